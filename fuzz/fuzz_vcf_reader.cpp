// libFuzzer target: VcfReader over any bytes (htslib detects VCF, gzip/BGZF or BCF) must give
// variants or an InputError naming the file, never a crash. Reads everything, then once more with a
// region (streamed filter, since the input has no index).
#include <cstddef>
#include <cstdint>

#include "core/genome/vcf_reader.h"
#include "core/runtime/input_error.h"
#include "fuzz_input_file.h"

namespace {

void readAll(const std::filesystem::path& file, const char* region) {
    locuscope::VcfReader reader(file);
    if (region != nullptr) {
        reader.setRegion(region);
    }
    locuscope::Variant variant;
    while (reader.next(variant)) {
        if (variant.altIndex > variant.altCount || variant.ref.empty()) {
            __builtin_trap();  // the reader promised otherwise
        }
    }
    (void)reader.undeclaredContigs();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::filesystem::path& file = locuscope::fuzz::FuzzInputFile::write(data, size);
    for (const char* region : {static_cast<const char*>(nullptr), "chr1:10-60"}) {
        try {
            readAll(file, region);
        } catch (const locuscope::InputError&) {
        }
    }
    return 0;
}
