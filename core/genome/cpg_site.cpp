#include "core/genome/cpg_site.h"

#include <algorithm>

namespace locuscope {

std::vector<CpgSite> findCpgSites(std::string_view bases, std::int64_t offset, std::int64_t first,
                                  std::int64_t last, bool bothStrands) {
    std::vector<CpgSite> sites;
    // Index i holds position offset + i; the dinucleotide at i is (i, i + 1). A '-' site at the G
    // (position p + 1) can be in range when its C (p) is not, so start one base early.
    const std::int64_t begin = std::max<std::int64_t>(0, first - 1 - offset);
    const std::int64_t end = std::min<std::int64_t>(static_cast<std::int64_t>(bases.size()) - 1, last - offset + 1);
    for (std::int64_t i = begin; i < end; ++i) {
        if (bases[i] != 'C' || bases[i + 1] != 'G') {
            continue;
        }
        const std::int64_t c = offset + i;
        if (c >= first && c <= last) {
            sites.push_back({c, '+'});
        }
        if (bothStrands && c + 1 >= first && c + 1 <= last) {
            sites.push_back({c + 1, '-'});
        }
    }
    return sites;
}

}  // namespace locuscope
