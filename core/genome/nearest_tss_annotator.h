#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/genome/tss_index.h"

namespace locuscope {

// Seal's variant filters (specs/seal.md §1.2). Both off by default: then every variant gets a row,
// NA where its contig has no TSS, as closest-features prints it.
struct NearestTssOptions {
    // Keep chr1-chr22, chrX, chrY only, decided as Seal does: the name with every "chr" removed must
    // be 1-22, X or Y ("1", "chr1" pass; "chrM", "chr1_gl000191_random", "x" do not).
    bool standardChromosomesOnly = false;
    // Keep |dist_to_tss| <= maxDistance only (Seal: 20000); also drops variants with no TSS.
    std::optional<std::int64_t> maxDistance;

    static NearestTssOptions seal() { return {true, 20000}; }
};

enum class TssOutcome {
    Found,                  // kept, with a TSS
    NoTssOnContig,          // kept with NA fields when no distance filter is set, else dropped
    NonStandardChromosome,  // dropped by standardChromosomesOnly
    TooFar,                 // dropped by maxDistance (tss and distToTss still say what was nearest)
};

struct TssAnnotation {
    TssOutcome outcome = TssOutcome::NoTssOnContig;
    bool keep = true;               // whether the variant belongs in the output
    const TssEntry* tss = nullptr;  // nearest TSS, null when none was looked up or found
    std::int64_t distToTss = 0;     // variant pos - TSS pos (genomic orientation)
};

// The per-variant step of the `tss` command: nearest TSS and Seal's filters for a stream of
// variants. Remembers the last contig, so VCF-ordered input resolves each contig name once. One
// annotator per thread (the index itself is shared and const).
class NearestTssAnnotator {
public:
    struct Counts {
        std::int64_t found = 0;
        std::int64_t noTssOnContig = 0;
        std::int64_t nonStandardChromosome = 0;
        std::int64_t tooFar = 0;
    };

    explicit NearestTssAnnotator(const TssIndex& index, NearestTssOptions options = {});

    TssAnnotation annotate(std::string_view chrom, std::int64_t pos);

    // The columns this step adds after chrom, pos, ref, alt.
    static const std::array<std::string_view, 3>& columns();  // gene_id, strand, dist_to_tss
    // Their values for a kept annotation: "NA" x 3 when there is no TSS.
    static std::array<std::string, 3> fields(const TssAnnotation& annotation);

    const Counts& counts() const { return counts_; }
    const NearestTssOptions& options() const { return options_; }

private:
    const TssIndex& index_;
    NearestTssOptions options_;
    std::string lastChrom_;
    int lastContig_ = -1;
    bool lastStandard_ = false;
    bool haveLast_ = false;
    Counts counts_;
};

// Seal's chromosome rule, see NearestTssOptions::standardChromosomesOnly.
bool isSealStandardChromosome(std::string_view chrom);

}  // namespace locuscope
