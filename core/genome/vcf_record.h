#pragma once

#include <cstdint>
#include <vector>

#include "core/genome/variant.h"

struct bcf1_t;

namespace locuscope {

// One VCF/BCF record as htslib holds it (all ALT alleles, INFO, samples), plus its split Variants.
// VcfReader fills it; AnnotatedVcfWriter writes it back with added INFO fields. Move-only: it owns
// the htslib record, so a batching pipeline can keep a few records while it scores their variants.
class VcfRecord {
public:
    VcfRecord();
    ~VcfRecord();
    VcfRecord(VcfRecord&& other) noexcept;
    VcfRecord& operator=(VcfRecord&& other) noexcept;
    VcfRecord(const VcfRecord&) = delete;
    VcfRecord& operator=(const VcfRecord&) = delete;

    // One Variant per ALT allele, in ALT order (altIndex 1..altCount). A record whose ALT is '.'
    // gives one Variant of kind Missing with altIndex = altCount = 0.
    const std::vector<Variant>& variants() const { return variants_; }
    int altCount() const { return altCount_; }
    // Line in a text VCF read from the start; 0 for BCF and for region queries through an index.
    std::int64_t line() const { return line_; }

    // The htslib record (for AnnotatedVcfWriter); never null.
    bcf1_t* htsRecord() const { return record_; }

private:
    friend class VcfReader;

    bcf1_t* record_ = nullptr;
    std::vector<Variant> variants_;
    int altCount_ = 0;
    std::int64_t line_ = 0;
};

}  // namespace locuscope
