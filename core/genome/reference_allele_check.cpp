#include "core/genome/reference_allele_check.h"

#include <cctype>

namespace locuscope {

std::string_view toString(ReferenceAlleleStatus status) {
    switch (status) {
        case ReferenceAlleleStatus::Match:
            return "match";
        case ReferenceAlleleStatus::Mismatch:
            return "ref_mismatch";
        case ReferenceAlleleStatus::ContigMissing:
            return "contig_not_in_reference";
        case ReferenceAlleleStatus::OutsideContig:
            return "outside_contig";
    }
    return "unknown";
}

ReferenceAlleleCheck checkReferenceAllele(const Variant& variant, const SequenceSource& reference) {
    ReferenceAlleleCheck check;
    std::optional<std::string> contig = reference.resolveContig(variant.chrom);
    if (!contig) {
        check.status = ReferenceAlleleStatus::ContigMissing;
        return check;
    }
    check.contig = std::move(*contig);
    const std::int64_t start = variant.pos - 1;
    const std::int64_t end = start + static_cast<std::int64_t>(variant.ref.size());
    if (start < 0 || end > reference.contigLength(check.contig)) {
        check.status = ReferenceAlleleStatus::OutsideContig;
        return check;
    }
    check.referenceBases = reference.fetch(check.contig, start, end);
    bool same = check.referenceBases.size() == variant.ref.size();
    for (std::size_t i = 0; same && i < variant.ref.size(); ++i) {
        same = std::toupper(static_cast<unsigned char>(variant.ref[i])) ==
               std::toupper(static_cast<unsigned char>(check.referenceBases[i]));
    }
    check.status = same ? ReferenceAlleleStatus::Match : ReferenceAlleleStatus::Mismatch;
    return check;
}

}  // namespace locuscope
