#include "core/data/methylation_track.h"

#include <algorithm>

#include "core/runtime/input_error.h"

namespace locuscope {

void MethylationTrack::addContig(std::string name, std::vector<MethylationSite> sites) {
    if (index_.count(name) != 0) {
        throw InputError("methylation track: contig '" + name + "' added twice");
    }
    const auto unsorted = std::adjacent_find(
        sites.begin(), sites.end(), [](const auto& a, const auto& b) { return b.position < a.position; });
    if (unsorted != sites.end()) {
        throw InputError("methylation track: the sites of contig '" + name +
                         "' are not sorted by position (" + std::to_string(unsorted->position) + " before " +
                         std::to_string(std::next(unsorted)->position) + ")");
    }
    std::vector<std::string> names = names_.names();
    names.push_back(name);
    names_ = ContigNameMap(std::move(names));
    index_.emplace(std::move(name), sites_.size());
    siteCount_ += sites.size();
    sites_.push_back(std::move(sites));
}

const std::vector<MethylationSite>* MethylationTrack::find(std::string_view chrom) const {
    const std::optional<std::string> name = names_.resolve(chrom);
    if (!name) {
        return nullptr;
    }
    return &sites_[index_.at(*name)];
}

const std::vector<MethylationSite>& MethylationTrack::sites(std::string_view chrom) const {
    static const std::vector<MethylationSite> none;
    const std::vector<MethylationSite>* found = find(chrom);
    return found != nullptr ? *found : none;
}

MethylationSiteRange MethylationTrack::sitesIn(std::string_view chrom, std::int64_t start,
                                               std::int64_t end) const {
    const std::vector<MethylationSite>* found = find(chrom);
    if (found == nullptr || end < start) {
        return {};
    }
    const auto first =
        std::lower_bound(found->begin(), found->end(), start,
                         [](const MethylationSite& site, std::int64_t p) { return site.position < p; });
    const auto last =
        std::upper_bound(first, found->end(), end,
                         [](std::int64_t p, const MethylationSite& site) { return p < site.position; });
    return {found->data() + (first - found->begin()), found->data() + (last - found->begin())};
}

}  // namespace locuscope
