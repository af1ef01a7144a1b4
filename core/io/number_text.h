#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

namespace locuscope {

// The whole of `text` as a number, or nothing for empty, partial ("12abc") or unreadable text and for
// overflow. Underflow (p = 1e-400) gives the tiny value strtod returns: a p-value that small is real.
std::optional<double> parseDouble(std::string_view text);
// Base-10 integer, the whole text; nothing otherwise (including out of range).
std::optional<std::int64_t> parseInteger(std::string_view text);

}  // namespace locuscope
