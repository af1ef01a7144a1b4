#pragma once

#include <string>

#include "core/genome/sequence_source.h"
#include "core/genome/variant.h"

namespace locuscope {

enum class ReferenceAlleleStatus {
    Match,                 // REF equals the reference bases at pos (case-insensitive)
    Mismatch,              // REF differs; referenceBases holds what the reference has there
    ContigMissing,         // the reference has no contig of that name (after harmonisation)
    OutsideContig,         // REF reaches past the contig's end
};

// "match", "ref_mismatch", "contig_not_in_reference", "outside_contig".
std::string_view toString(ReferenceAlleleStatus status);

struct ReferenceAlleleCheck {
    ReferenceAlleleStatus status = ReferenceAlleleStatus::Match;
    std::string contig;          // the reference's name for the variant's contig ("" when missing)
    std::string referenceBases;  // reference over REF's span (upper-case); "" when not fetched
};

// Compares the variant's REF with the reference over [pos, pos + len(REF)). Bases are compared
// exactly after upper-casing: an IUPAC code or N in REF matches only the same letter.
ReferenceAlleleCheck checkReferenceAllele(const Variant& variant, const SequenceSource& reference);

}  // namespace locuscope
