#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace locuscope {

// Reads back the tables TsvWriter writes: '#' comment lines, one header row, then tab-separated
// rows, every line ending in '\n' (a missing final newline means a cut-off file). Columns are found
// by name, so tables that gain columns stay readable. Errors are InputErrors naming the file and line.
class TsvReader {
public:
    explicit TsvReader(std::filesystem::path file);  // InputError when missing, unreadable or headerless

    bool hasColumn(std::string_view name) const;
    std::size_t column(std::string_view name) const;  // InputError when the header lacks it

    // Moves to the next data row; false at the end. InputError for a row with a different number of
    // fields than the header.
    bool nextRow();
    std::size_t rowsRead() const { return rowsRead_; }
    std::int64_t lineNumber() const { return lineNumber_; }

    std::string_view text(std::size_t column) const;
    double number(std::size_t column) const;  // as TsvWriter wrote it: NA -> NaN, Inf, -Inf
    long long integer(std::size_t column) const;

    [[noreturn]] void fail(const std::string& problem) const;  // InputError(file, current line, problem)
    const std::filesystem::path& path() const { return path_; }

private:
    bool nextLine(std::string_view& line);
    void split(std::string_view line, std::vector<std::string_view>& fields) const;

    std::filesystem::path path_;
    std::string text_;
    std::size_t position_ = 0;
    std::int64_t lineNumber_ = 0;
    std::size_t rowsRead_ = 0;
    std::vector<std::string> columns_;
    std::vector<std::string_view> fields_;
};

}  // namespace locuscope
