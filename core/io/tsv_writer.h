#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "core/io/atomic_file_writer.h"

namespace locuscope {

// Tab-separated output with '#' comment lines first (tool version, command line, parameters), then
// one header row and data rows. Written through AtomicFileWriter: nothing appears at the target
// until commit(), so a failed run leaves no half table.
class TsvWriter {
public:
    TsvWriter(const std::filesystem::path& target, const std::vector<std::string>& comments,
              const std::vector<std::string>& columns);

    TsvWriter& field(std::string_view text);
    TsvWriter& field(double value);  // shortest text that reads back as the same double; NaN -> "NA"
    TsvWriter& field(long long value);
    TsvWriter& field(int value) { return field(static_cast<long long>(value)); }
    TsvWriter& field(std::size_t value) { return field(static_cast<long long>(value)); }
    void endRow();  // checks the row has as many fields as there are columns
    void commit();

private:
    void flushIfLarge();

    AtomicFileWriter file_;
    std::size_t columns_;
    std::size_t fieldsInRow_ = 0;
    std::string buffer_;
};

}  // namespace locuscope
