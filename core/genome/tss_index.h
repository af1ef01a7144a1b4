#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/genome/gene_annotation.h"

namespace locuscope {

// Nearest transcription start site of a 1-bp variant, with exactly the answers of BEDOPS
// `closest-features --closest --dist` for the variant as the BED interval [pos-1, pos) against a
// sort-bed-sorted TSS BED, which is how Seal finds a variant's gene (specs/seal.md §1.3):
//   - a TSS at the variant's base wins with distance 0;
//   - otherwise the nearer of the TSSs left and right of it; equal distances go to the left one;
//   - among TSSs with identical coordinates (sort-bed orders them by the remaining columns,
//     bytewise) an overlapping or left-side hit is the last of them, a right-side hit the first;
//   - a contig without TSSs has no answer (closest-features prints NA).
// Contig names match exactly, else after dropping a "chr" prefix ("1" finds "chr1", "chrX" finds
// "X"; "M", "MT", "chrM" and "chrMT" are one contig).
class TssIndex {
public:
    struct Hit {
        const TssEntry* tss = nullptr;  // points into this index
        // variant pos - TSS pos: Seal's dist_to_tss, in genomic orientation (not strand-corrected),
        // the negation of closest-features' distance.
        std::int64_t distToTss = 0;
    };

    TssIndex() = default;
    // `source` only names the file in messages.
    explicit TssIndex(std::vector<TssEntry> entries, std::filesystem::path source = {});
    // readGeneAnnotation, then index.
    static TssIndex fromFile(const std::filesystem::path& file, const GtfOptions& gtfOptions = {});

    // pos is 1-based. Thread-safe (const, no cursor).
    std::optional<Hit> nearest(std::string_view chrom, std::int64_t pos) const;

    // The index's contig for a variant's contig name, -1 when it has no TSSs there. Resolving once
    // and calling nearestOnContig saves the name lookup for runs of variants on one contig.
    int contigIndex(std::string_view chrom) const;
    std::optional<Hit> nearestOnContig(int contig, std::int64_t pos) const;

    // Every TSS of a gene, in genomic order: by gene_id (exactly, or ignoring a ".N" version suffix
    // on either side), else by symbol, ignoring case. Empty when nothing matches.
    std::vector<const TssEntry*> findGene(std::string_view idOrSymbol) const;

    // In index order: contigs by name (bytewise, as sort-bed), then by position, then by bedTail().
    const std::vector<TssEntry>& entries() const { return entries_; }
    const std::vector<std::string>& contigs() const { return contigNames_; }
    std::size_t size() const { return entries_.size(); }
    bool empty() const { return entries_.empty(); }
    const std::filesystem::path& source() const { return source_; }

private:
    std::filesystem::path source_;
    std::vector<TssEntry> entries_;
    std::vector<std::int64_t> positions_;  // entries_[i].tss, contiguous for the searches
    std::vector<std::string> contigNames_;
    std::vector<std::size_t> contigBegin_;  // contig c is [contigBegin_[c], contigBegin_[c + 1])
    std::unordered_map<std::string, int> exactContigs_;
    std::unordered_map<std::string, int> bareContigs_;  // without "chr"; -2 when two contigs share one
    std::unordered_multimap<std::string, std::size_t> byGeneId_;  // versionless gene_id
    std::unordered_multimap<std::string, std::size_t> bySymbol_;  // lower-case symbol
};

}  // namespace locuscope
