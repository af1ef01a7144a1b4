#pragma once

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>

#include "core/genome/sequence_source.h"
#include "core/genome/variant.h"

namespace locuscope {

// How a .bim line's alleles were assigned to REF and ALT (INTERACT's rule: REF is the allele equal
// to the reference at pos, ALT the other).
enum class BimAlleleAssignment {
    RefIsA1,          // A1 matches the reference: REF = A1, ALT = A2
    RefIsA2,          // A2 matches the reference: REF = A2, ALT = A1
    BothMatch,        // both match (A1 == A2, or an indel prefix): REF = A2, ALT = A1, flagged
    NeitherMatches,   // strand flip or wrong build: REF = A2, ALT = A1, flagged as a REF mismatch
    ContigMissing,    // chromosome unknown to the reference (or code 0): REF = A2, ALT = A1
    OutsideContig,    // position past the contig's end, or <= 0 (PLINK's "excluded")
};

// "ref_is_a1", "ref_is_a2", "both_match", "ref_mismatch", "contig_not_in_reference", "outside_contig".
std::string_view toString(BimAlleleAssignment assignment);

struct BimVariant {
    Variant variant;  // chrom after PLINK code translation, REF/ALT assigned as above, line set
    BimAlleleAssignment assignment = BimAlleleAssignment::RefIsA1;
    std::string a1, a2;          // as written (upper-cased)
    double centimorgans = 0.0;
    std::string referenceBases;  // what the reference has at pos ("" when not fetched)
};

// PLINK chromosome codes: 23 -> X, 24 -> Y, 25 (XY, pseudo-autosomal) -> X, 26 -> MT; "XY" -> X;
// "0" stays "0" (unplaced). Other names pass through for the reference's harmonisation.
std::string plinkChromosomeName(std::string_view code);

// Streams a PLINK .bim (chr, id, cM, pos, A1, A2; tabs or spaces) and assigns REF/ALT against the
// reference. Unassignable lines are flagged, never dropped or fatal; malformed lines throw
// InputError with file and line.
class BimReader {
public:
    BimReader(std::filesystem::path path, const SequenceSource& reference);

    bool next(BimVariant& out);

    std::int64_t linesRead() const { return lines_; }
    std::int64_t flagged() const { return flagged_; }  // everything but RefIsA1 / RefIsA2

private:
    std::filesystem::path path_;
    const SequenceSource& reference_;
    std::ifstream input_;
    std::string line_;
    std::int64_t lines_ = 0;
    std::int64_t flagged_ = 0;
};

}  // namespace locuscope
