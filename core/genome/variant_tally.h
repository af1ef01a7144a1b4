#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

#include "core/genome/reference_allele_check.h"
#include "core/genome/variant.h"

namespace locuscope {

// Why a pipeline did not use a variant. Every variant read is either usable or skipped for one of
// these reasons, so a run's summary accounts for all of them.
enum class VariantSkipReason {
    RefMismatch,            // REF differs from the reference
    ContigNotInReference,   // contig unknown to the reference
    OutsideContig,          // REF reaches past the contig's end
    Indel,                  // insertion, deletion or complex indel where the model takes SNVs only
    Mnv,                    // multi-base substitution where the model takes SNVs only
    Symbolic,               // <DEL>, <INS:ME> ...
    Breakend,               // G]17:198982] ...
    MissingAlt,             // ALT '*' or '.'
    OutsideRegion,          // outside the requested windows (e.g. too far from any TSS)
    Duplicate,              // same CHROM/POS/REF/ALT seen before
};
inline constexpr std::size_t kVariantSkipReasonCount = 10;

// "ref_mismatch", "contig_not_in_reference", "outside_contig", "indel", "mnv", "symbolic",
// "breakend", "missing_alt", "outside_region", "duplicate".
std::string_view toString(VariantSkipReason reason);

// The skip reason for a kind a model cannot score (Snv has none: do not call it with Snv).
VariantSkipReason skipReasonFor(VariantKind kind);
// The skip reason for a failed REF check (not for Match).
VariantSkipReason skipReasonFor(ReferenceAlleleStatus status);

// Counts of variants seen, usable and skipped per reason, for the run summary.
class VariantTally {
public:
    void countUsable() { ++usable_; }
    void countSkipped(VariantSkipReason reason) { ++skipped_[static_cast<std::size_t>(reason)]; }

    std::int64_t seen() const { return usable_ + skipped(); }
    std::int64_t usable() const { return usable_; }
    std::int64_t skipped() const;
    std::int64_t skipped(VariantSkipReason reason) const { return skipped_[static_cast<std::size_t>(reason)]; }

    VariantTally& operator+=(const VariantTally& other);  // merges shards

    // "1000 variants: 950 usable, 50 skipped (ref_mismatch 3, indel 47)"; reasons with 0 are left out.
    std::string summary() const;

private:
    std::int64_t usable_ = 0;
    std::array<std::int64_t, kVariantSkipReasonCount> skipped_{};
};

}  // namespace locuscope
