#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace locuscope {

// Matches the chromosome names of one file against those of another: the same name first, then the
// UCSC/Ensembl spellings of one chromosome ("1" <-> "chr1", "X" <-> "chrX", "MT"/"M" <-> "chrM"/"chrMT").
// When a file has both "1" and "chr1", each name finds only itself.
class ContigNameMap {
public:
    ContigNameMap() = default;
    explicit ContigNameMap(std::vector<std::string> names);

    std::optional<std::string> resolve(std::string_view name) const;
    const std::vector<std::string>& names() const { return names_; }

    // "chr1, chr2, chr3, … (84 contigs)": for messages about a missing contig.
    std::string describe(std::size_t shown = 5) const;

private:
    std::vector<std::string> names_;
    std::unordered_map<std::string, std::size_t> exact_;
    std::unordered_map<std::string, std::size_t> bare_;  // canonical spelling; npos when ambiguous
};

// "chr1" -> "1", "chrM"/"MT"/"chrMT" -> "M", "CHRX" -> "X": the key two spellings of one contig share.
std::string canonicalContigName(std::string_view name);

}  // namespace locuscope
