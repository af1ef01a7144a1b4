#include "core/genome/variant_tally.h"

namespace locuscope {

std::string_view toString(VariantSkipReason reason) {
    switch (reason) {
        case VariantSkipReason::RefMismatch:
            return "ref_mismatch";
        case VariantSkipReason::ContigNotInReference:
            return "contig_not_in_reference";
        case VariantSkipReason::OutsideContig:
            return "outside_contig";
        case VariantSkipReason::Indel:
            return "indel";
        case VariantSkipReason::Mnv:
            return "mnv";
        case VariantSkipReason::Symbolic:
            return "symbolic";
        case VariantSkipReason::Breakend:
            return "breakend";
        case VariantSkipReason::MissingAlt:
            return "missing_alt";
        case VariantSkipReason::OutsideRegion:
            return "outside_region";
        case VariantSkipReason::Duplicate:
            return "duplicate";
    }
    return "unknown";
}

VariantSkipReason skipReasonFor(VariantKind kind) {
    switch (kind) {
        case VariantKind::Mnv:
            return VariantSkipReason::Mnv;
        case VariantKind::Symbolic:
            return VariantSkipReason::Symbolic;
        case VariantKind::Breakend:
            return VariantSkipReason::Breakend;
        case VariantKind::Missing:
            return VariantSkipReason::MissingAlt;
        case VariantKind::Snv:  // not a skip; callers check the kind first
        case VariantKind::Insertion:
        case VariantKind::Deletion:
        case VariantKind::ComplexIndel:
            break;
    }
    return VariantSkipReason::Indel;
}

VariantSkipReason skipReasonFor(ReferenceAlleleStatus status) {
    switch (status) {
        case ReferenceAlleleStatus::ContigMissing:
            return VariantSkipReason::ContigNotInReference;
        case ReferenceAlleleStatus::OutsideContig:
            return VariantSkipReason::OutsideContig;
        case ReferenceAlleleStatus::Match:
        case ReferenceAlleleStatus::Mismatch:
            break;
    }
    return VariantSkipReason::RefMismatch;
}

std::int64_t VariantTally::skipped() const {
    std::int64_t total = 0;
    for (std::int64_t count : skipped_) {
        total += count;
    }
    return total;
}

VariantTally& VariantTally::operator+=(const VariantTally& other) {
    usable_ += other.usable_;
    for (std::size_t i = 0; i < skipped_.size(); ++i) {
        skipped_[i] += other.skipped_[i];
    }
    return *this;
}

std::string VariantTally::summary() const {
    std::string text = std::to_string(seen()) + " variants: " + std::to_string(usable_) + " usable, " +
                       std::to_string(skipped()) + " skipped";
    std::string reasons;
    for (std::size_t i = 0; i < skipped_.size(); ++i) {
        if (skipped_[i] > 0) {
            reasons += (reasons.empty() ? "" : ", ") + std::string(toString(static_cast<VariantSkipReason>(i))) +
                       " " + std::to_string(skipped_[i]);
        }
    }
    return reasons.empty() ? text : text + " (" + reasons + ")";
}

}  // namespace locuscope
