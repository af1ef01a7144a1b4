#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/genome/contig_names.h"

namespace locuscope {

// One methylation call: the C of a CpG (or any C) with the fraction of methylated reads.
// 16 bytes, so a genome-wide WGBS track (~28 million CpGs) stays under half a gigabyte.
struct MethylationSite {
    std::int64_t position = 0;   // 1-based; after strand merging, the C of the CpG on the + strand
    float beta = 0;              // methylated fraction in [0, 1]
    std::int32_t coverage = -1;  // reads behind the call; -1 when the file does not say (bedGraph)
    char strand = '.';           // '+', '-', or '.' (not stated, or both strands combined)

    friend bool operator==(const MethylationSite& a, const MethylationSite& b) {
        return a.position == b.position && a.beta == b.beta && a.coverage == b.coverage &&
               a.strand == b.strand;
    }
};

// A view of consecutive sites of one contig (what sitesIn returns); valid while the track lives.
class MethylationSiteRange {
public:
    MethylationSiteRange() = default;
    MethylationSiteRange(const MethylationSite* first, const MethylationSite* last)
        : first_(first), last_(last) {}
    const MethylationSite* begin() const { return first_; }
    const MethylationSite* end() const { return last_; }
    std::size_t size() const { return static_cast<std::size_t>(last_ - first_); }
    bool empty() const { return first_ == last_; }
    const MethylationSite& operator[](std::size_t i) const { return first_[i]; }

private:
    const MethylationSite* first_ = nullptr;
    const MethylationSite* last_ = nullptr;
};

// Methylation calls per contig, each contig's sites sorted by position (then strand: '+'/'.' before
// '-'). Contigs keep the order in which they were added (for files: order of first appearance).
// Contig names are harmonised on lookup ("1" finds "chr1"), as for the reference genome.
class MethylationTrack {
public:
    // Adds a contig; `sites` must be sorted by position (InputError naming the contig otherwise, or
    // when the contig is already there).
    void addContig(std::string name, std::vector<MethylationSite> sites);

    const std::vector<std::string>& contigs() const { return names_.names(); }
    std::optional<std::string> resolveContig(std::string_view chrom) const { return names_.resolve(chrom); }

    // Every site of a contig; empty for a contig the track does not have.
    const std::vector<MethylationSite>& sites(std::string_view chrom) const;
    // The sites with start <= position <= end (1-based, inclusive) by binary search: for a GUI track.
    MethylationSiteRange sitesIn(std::string_view chrom, std::int64_t start, std::int64_t end) const;

    std::size_t siteCount() const { return siteCount_; }
    bool empty() const { return siteCount_ == 0; }

private:
    const std::vector<MethylationSite>* find(std::string_view chrom) const;

    ContigNameMap names_;
    std::unordered_map<std::string, std::size_t> index_;
    std::vector<std::vector<MethylationSite>> sites_;  // parallel to names_.names()
    std::size_t siteCount_ = 0;
};

}  // namespace locuscope
