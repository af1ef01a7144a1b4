// libFuzzer target: TsvReader (reads back Locuscope's own tables, e.g. for `merge` and the GUI's
// results browser) must reject any malformed table with an InputError, never crash.
#include <cstddef>
#include <cstdint>

#include "core/io/tsv_reader.h"
#include "core/runtime/input_error.h"
#include "fuzz_input_file.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::filesystem::path& file = locuscope::fuzz::FuzzInputFile::write(data, size);
    try {
        locuscope::TsvReader reader(file);
        const bool hasChrom = reader.hasColumn("chrom");
        while (reader.nextRow()) {
            // Every accessor on every cell: each either converts or throws InputError.
            for (std::size_t column = 0;; ++column) {
                try {
                    (void)reader.text(column);
                } catch (const std::out_of_range&) {
                    break;
                }
                try {
                    (void)reader.number(column);
                } catch (const locuscope::InputError&) {
                }
                try {
                    (void)reader.integer(column);
                } catch (const locuscope::InputError&) {
                }
            }
            if (hasChrom) {
                (void)reader.text(reader.column("chrom"));
            }
        }
    } catch (const locuscope::InputError&) {
    }
    return 0;
}
