#include "core/io/tsv_writer.h"

#include <charconv>
#include <cmath>
#include <stdexcept>

namespace locuscope {

TsvWriter::TsvWriter(const std::filesystem::path& target, const std::vector<std::string>& comments,
                     const std::vector<std::string>& columns)
    : file_(target), columns_(columns.size()) {
    for (const std::string& comment : comments) {
        buffer_ += "# " + comment + "\n";
    }
    for (std::size_t i = 0; i < columns.size(); ++i) {
        buffer_ += (i > 0 ? "\t" : "") + columns[i];
    }
    buffer_ += '\n';
}

TsvWriter& TsvWriter::field(std::string_view text) {
    if (fieldsInRow_ > 0) {
        buffer_ += '\t';
    }
    buffer_ += text;
    ++fieldsInRow_;
    return *this;
}

TsvWriter& TsvWriter::field(double value) {
    if (!std::isfinite(value)) {
        return field(std::isnan(value) ? "NA" : (value > 0 ? "Inf" : "-Inf"));
    }
    char text[32];
    const auto result = std::to_chars(text, text + sizeof(text), value);
    return field(std::string_view(text, static_cast<std::size_t>(result.ptr - text)));
}

TsvWriter& TsvWriter::field(long long value) {
    char text[24];
    const auto result = std::to_chars(text, text + sizeof(text), value);
    return field(std::string_view(text, static_cast<std::size_t>(result.ptr - text)));
}

void TsvWriter::endRow() {
    if (fieldsInRow_ != columns_) {
        throw std::logic_error("TSV row has " + std::to_string(fieldsInRow_) + " fields, expected " +
                               std::to_string(columns_));
    }
    buffer_ += '\n';
    fieldsInRow_ = 0;
    flushIfLarge();
}

void TsvWriter::flushIfLarge() {
    if (buffer_.size() > (1u << 20)) {
        file_.write(buffer_);
        buffer_.clear();
    }
}

void TsvWriter::commit() {
    file_.write(buffer_);
    buffer_.clear();
    file_.commit();
}

}  // namespace locuscope
