#pragma once

#include <string_view>
#include <vector>

namespace locuscope {

// Splits a line at every tab; empty fields are kept ("a\t\tb" is three fields). Views into `line`.
inline void splitTabs(std::string_view line, std::vector<std::string_view>& fields) {
    fields.clear();
    std::size_t start = 0;
    while (true) {
        const std::size_t tab = line.find('\t', start);
        fields.push_back(
            line.substr(start, tab == std::string_view::npos ? std::string_view::npos : tab - start));
        if (tab == std::string_view::npos) {
            return;
        }
        start = tab + 1;
    }
}

}  // namespace locuscope
