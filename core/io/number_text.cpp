#include "core/io/number_text.h"

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstdlib>

namespace locuscope {
namespace {

// strtod/strtoll need a terminated string; numbers in text files are short.
constexpr std::size_t kLongest = 63;

}  // namespace

std::optional<double> parseDouble(std::string_view text) {
    if (text.empty() || text.size() > kLongest) {
        return std::nullopt;
    }
    char buffer[kLongest + 1];
    std::copy(text.begin(), text.end(), buffer);
    buffer[text.size()] = '\0';
    char* end = nullptr;
    errno = 0;
    const double value = std::strtod(buffer, &end);
    if (end != buffer + text.size() || (errno == ERANGE && std::isinf(value))) {
        return std::nullopt;
    }
    return value;
}

std::optional<std::int64_t> parseInteger(std::string_view text) {
    if (text.empty() || text.size() > kLongest) {
        return std::nullopt;
    }
    char buffer[kLongest + 1];
    std::copy(text.begin(), text.end(), buffer);
    buffer[text.size()] = '\0';
    char* end = nullptr;
    errno = 0;
    const long long value = std::strtoll(buffer, &end, 10);
    if (end != buffer + text.size() || errno == ERANGE) {
        return std::nullopt;
    }
    return static_cast<std::int64_t>(value);
}

}  // namespace locuscope
