#include "core/io/tsv_reader.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <fstream>
#include <limits>
#include <sstream>

#include "core/io/tab_fields.h"
#include "core/runtime/input_error.h"

namespace locuscope {

TsvReader::TsvReader(std::filesystem::path file) : path_(std::move(file)) {
    std::error_code error;
    if (!std::filesystem::is_regular_file(path_, error)) {
        throw InputError(path_, "missing (no such file)");
    }
    std::ifstream in(path_, std::ios::binary);
    std::ostringstream contents;
    contents << in.rdbuf();
    if (!in && !in.eof()) {
        throw InputError(path_, "cannot be read");
    }
    text_ = contents.str();
    if (!text_.empty() && text_.back() != '\n') {
        const auto lines = static_cast<std::int64_t>(std::count(text_.begin(), text_.end(), '\n')) + 1;
        throw InputError(path_, lines, "the last line is incomplete (the file was cut off)");
    }
    std::string_view line;
    while (nextLine(line)) {
        if (!line.empty() && line.front() == '#') {
            continue;
        }
        std::vector<std::string_view> names;
        split(line, names);
        columns_.assign(names.begin(), names.end());
        return;
    }
    throw InputError(path_, "no header row");
}

bool TsvReader::nextLine(std::string_view& line) {
    if (position_ >= text_.size()) {
        return false;
    }
    const std::size_t end = text_.find('\n', position_);
    line = std::string_view(text_).substr(position_, end - position_);
    position_ = end + 1;
    ++lineNumber_;
    return true;
}

void TsvReader::split(std::string_view line, std::vector<std::string_view>& fields) const {
    splitTabs(line, fields);
}

bool TsvReader::hasColumn(std::string_view name) const {
    return std::find(columns_.begin(), columns_.end(), name) != columns_.end();
}

std::size_t TsvReader::column(std::string_view name) const {
    const auto found = std::find(columns_.begin(), columns_.end(), name);
    if (found == columns_.end()) {
        throw InputError(path_, "no column '" + std::string(name) + "' in the header");
    }
    return static_cast<std::size_t>(found - columns_.begin());
}

bool TsvReader::nextRow() {
    std::string_view line;
    if (!nextLine(line)) {
        return false;
    }
    split(line, fields_);
    if (fields_.size() != columns_.size()) {
        fail("has " + std::to_string(fields_.size()) + " fields, the header has " +
             std::to_string(columns_.size()));
    }
    ++rowsRead_;
    return true;
}

std::string_view TsvReader::text(std::size_t column) const {
    return fields_.at(column);
}

double TsvReader::number(std::size_t column) const {
    const std::string_view field = text(column);
    if (field == "NA") {
        return std::numeric_limits<double>::quiet_NaN();
    }
    if (field == "Inf" || field == "-Inf") {
        return field.front() == '-' ? -std::numeric_limits<double>::infinity()
                                    : std::numeric_limits<double>::infinity();
    }
    double value = 0;
    const auto result = std::from_chars(field.data(), field.data() + field.size(), value);
    if (result.ec != std::errc() || result.ptr != field.data() + field.size() || !std::isfinite(value)) {
        fail("column '" + columns_[column] + "': '" + std::string(field) + "' is not a number");
    }
    return value;
}

long long TsvReader::integer(std::size_t column) const {
    const std::string_view field = text(column);
    long long value = 0;
    const auto result = std::from_chars(field.data(), field.data() + field.size(), value);
    if (result.ec != std::errc() || result.ptr != field.data() + field.size()) {
        fail("column '" + columns_[column] + "': '" + std::string(field) + "' is not an integer");
    }
    return value;
}

void TsvReader::fail(const std::string& problem) const {
    throw InputError(path_, lineNumber_, problem);
}

}  // namespace locuscope
