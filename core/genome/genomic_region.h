#pragma once

#include <cstdint>
#include <filesystem>
#include <limits>
#include <string>
#include <string_view>
#include <vector>

namespace locuscope {

// A stretch of one contig, 1-based and inclusive at both ends as people write them ("chr1:1000-2000"
// is 1001 bases). A whole contig has end = wholeContig until it is resolved against a reference.
struct GenomicRegion {
    static constexpr std::int64_t wholeContig = std::numeric_limits<std::int64_t>::max();

    std::string chrom;
    std::int64_t start = 1;
    std::int64_t end = wholeContig;

    std::int64_t length() const { return end - start + 1; }
    // 0-based half-open, as htslib and BED use them.
    std::int64_t begin0() const { return start - 1; }
    std::int64_t end0() const { return end; }
    std::string toString() const;  // "chr1:1000-2000", "chr1" for a whole contig
};

// "chr1:1000-2000", "chr1:1,000-2,000", "chr1:1500" (one base), "chr1" (the whole contig).
// InputError naming `what` (e.g. "--region") for anything else: start > end, 0, garbage.
GenomicRegion parseGenomicRegion(std::string_view text, std::string_view what = "region");

// A regions file: BED (tab-separated chrom, 0-based start, end, anything after; "#", "track" and
// "browser" lines skipped) or one "chr:start-end" per line. InputError with file and line.
std::vector<GenomicRegion> readRegionsFile(const std::filesystem::path& file);

// Sorted by contig (first appearance) and start, overlapping or touching regions joined: the same
// bases, each once.
std::vector<GenomicRegion> mergeRegions(std::vector<GenomicRegion> regions);

// What a locus string names: a region, a variant ID ("rs123"), or a gene (symbol or gene_id). Names
// are resolved by whoever holds the gene annotation or the VCF.
struct LocusQuery {
    enum class Kind { Region, VariantId, Gene };
    Kind kind = Kind::Region;
    GenomicRegion region;  // Kind::Region
    std::string name;      // VariantId, Gene
};
LocusQuery parseLocus(std::string_view text);

}  // namespace locuscope
