#include "core/genome/contig_names.h"

#include <cctype>

namespace locuscope {

std::string canonicalContigName(std::string_view name) {
    if (name.size() > 3 && (name[0] == 'c' || name[0] == 'C') && (name[1] == 'h' || name[1] == 'H') &&
        (name[2] == 'r' || name[2] == 'R')) {
        name.remove_prefix(3);
    }
    std::string canonical(name);
    for (char& c : canonical) {
        c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    }
    if (canonical == "MT") {
        canonical = "M";
    }
    return canonical;
}

ContigNameMap::ContigNameMap(std::vector<std::string> names) : names_(std::move(names)) {
    for (std::size_t i = 0; i < names_.size(); ++i) {
        exact_.emplace(names_[i], i);
        const auto [at, inserted] = bare_.emplace(canonicalContigName(names_[i]), i);
        if (!inserted) {
            at->second = std::string::npos;  // "1" and "chr1" both present: no cross-matching
        }
    }
}

std::optional<std::string> ContigNameMap::resolve(std::string_view name) const {
    if (const auto exact = exact_.find(std::string(name)); exact != exact_.end()) {
        return names_[exact->second];
    }
    const auto bare = bare_.find(canonicalContigName(name));
    if (bare == bare_.end() || bare->second == std::string::npos) {
        return std::nullopt;
    }
    return names_[bare->second];
}

std::string ContigNameMap::describe(std::size_t shown) const {
    std::string text;
    for (std::size_t i = 0; i < names_.size() && i < shown; ++i) {
        text += (i > 0 ? ", " : "") + names_[i];
    }
    if (names_.size() > shown) {
        text += ", …";
    }
    return text + " (" + std::to_string(names_.size()) + (names_.size() == 1 ? " contig)" : " contigs)");
}

}  // namespace locuscope
