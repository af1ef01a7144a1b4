// libFuzzer target: the TSS BED and GTF readers, then the index built from what they accept, must
// give entries or an InputError with file and line, never a crash.
#include <cstddef>
#include <cstdint>

#include "core/genome/gene_annotation.h"
#include "core/genome/tss_index.h"
#include "core/runtime/input_error.h"
#include "fuzz_input_file.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::filesystem::path& file = locuscope::fuzz::FuzzInputFile::write(data, size);
    try {
        const locuscope::TssIndex index(locuscope::readTssBed(file), file);
        (void)index.nearest("chr1", 1000);
        (void)index.findGene("GENE1");
    } catch (const locuscope::InputError&) {
    }
    try {
        locuscope::GtfOptions transcripts;
        transcripts.source = locuscope::GtfTssSource::Transcript;
        for (const locuscope::GtfOptions& options : {locuscope::GtfOptions{}, transcripts}) {
            const locuscope::TssIndex index(locuscope::readGtfTss(file, options), file);
            (void)index.nearest("1", 500);
        }
    } catch (const locuscope::InputError&) {
    }
    return 0;
}
