#pragma once

// CpG sites as INTERACT scores them (specs/interact.md §1): every "CG" of the + strand, recorded
// at the 1-based position of its C. Strand-aware models (Cell-type-INTERACT) also score the
// minus-strand C of the same dinucleotide, which sits at the G's position on the + strand.

#include <cstdint>
#include <string_view>
#include <vector>

namespace locuscope {

struct CpgSite {
    std::int64_t pos = 0;  // 1-based: the C on its strand (for '-', the + strand G)
    char strand = '+';
};

// CpG sites whose position lies in [first, last] (1-based, inclusive), in position order ('+' of
// a dinucleotide before the '-' one position later). `bases` holds the + strand from 1-based
// position `offset` on, upper-case; a dinucleotide needs both bases inside `bases`.
std::vector<CpgSite> findCpgSites(std::string_view bases, std::int64_t offset, std::int64_t first,
                                  std::int64_t last, bool bothStrands);

}  // namespace locuscope
