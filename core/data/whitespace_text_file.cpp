#include "core/data/whitespace_text_file.h"

#include <charconv>
#include <cmath>
#include <fstream>
#include <iterator>
#include <utility>

#include "core/runtime/input_error.h"

namespace locuscope {
namespace {

bool isBlank(char c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\v' || c == '\f';
}

}  // namespace

std::string quoteToken(std::string_view token) {
    constexpr std::size_t maxShown = 40;
    if (token.size() > maxShown) {
        return "'" + std::string(token.substr(0, maxShown)) + "...'";
    }
    return "'" + std::string(token) + "'";
}

WhitespaceTextFile::WhitespaceTextFile(std::filesystem::path file) : path_(std::move(file)) {
    std::error_code error;
    if (!std::filesystem::is_regular_file(path_, error)) {
        throw InputError(path_,
                         std::filesystem::exists(path_, error) ? "not a regular file" : "file not found");
    }
    std::ifstream stream(path_, std::ios::binary);
    if (!stream) {
        throw InputError(path_, "cannot open the file for reading");
    }
    // One read of the whole file: the tables are at most a few hundred MB and parsing from memory
    // is several times faster than stream extraction.
    const auto size = std::filesystem::file_size(path_, error);
    if (!error) {
        text_.resize(static_cast<std::size_t>(size));
        stream.read(text_.data(), static_cast<std::streamsize>(size));
        text_.resize(static_cast<std::size_t>(stream.gcount()));
    }
    if (stream.bad()) {
        throw InputError(path_, "read error");
    }
    bool hasToken = false;
    for (char c : text_) {
        if (!isBlank(c) && c != '\n') {
            hasToken = true;
            break;
        }
    }
    if (!hasToken) {
        throw InputError(path_, "the file is empty");
    }
}

bool WhitespaceTextFile::nextLine(std::vector<std::string_view>& tokens) {
    tokens.clear();
    const char* const data = text_.data();
    const std::size_t end = text_.size();
    while (position_ < end) {
        ++lineNumber_;
        std::size_t i = position_;
        while (i < end && data[i] != '\n') {
            while (i < end && isBlank(data[i])) {
                ++i;
            }
            const std::size_t start = i;
            while (i < end && data[i] != '\n' && !isBlank(data[i])) {
                ++i;
            }
            if (i > start) {
                tokens.emplace_back(data + start, i - start);
            }
        }
        position_ = i < end ? i + 1 : end;
        if (!tokens.empty()) {
            return true;
        }
    }
    return false;
}

void WhitespaceTextFile::fail(const std::string& problem) const {
    throw InputError(path_, lineNumber_, problem);
}

double WhitespaceTextFile::finiteDouble(std::string_view token, std::size_t column,
                                        std::string_view what) const {
    std::string_view digits = token;
    if (!digits.empty() && digits.front() == '+') {
        digits.remove_prefix(1);  // from_chars rejects a leading '+', R and Python may write one
    }
    double value = 0.0;
    const auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
    if (error != std::errc() || end != digits.data() + digits.size() || digits.empty()) {
        fail("column " + std::to_string(column) + ": " + std::string(what) + " " + quoteToken(token) +
             " is not a number");
    }
    if (!std::isfinite(value)) {
        fail("column " + std::to_string(column) + ": " + std::string(what) + " " + quoteToken(token) +
             " is not finite");
    }
    return value;
}

long long WhitespaceTextFile::integer(std::string_view token, std::size_t column,
                                      std::string_view what) const {
    long long value = 0;
    const auto [end, error] = std::from_chars(token.data(), token.data() + token.size(), value);
    if (error != std::errc() || end != token.data() + token.size()) {
        fail("column " + std::to_string(column) + ": " + std::string(what) + " " + quoteToken(token) +
             " is not an integer");
    }
    return value;
}

}  // namespace locuscope
