#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace locuscope {

// What an ALT allele does to its REF, decided from the alleles alone (VCF 4.3 §1.6.1).
enum class VariantKind {
    Snv,           // one base for one base
    Mnv,           // equal lengths > 1
    Insertion,     // REF is a prefix of ALT
    Deletion,      // ALT is a prefix of REF
    ComplexIndel,  // lengths differ, neither is a prefix of the other
    Symbolic,      // <DEL>, <INS:ME>, <*> ...
    Breakend,      // G]17:198982], .A ...
    Missing,       // '*' (overlapping deletion) or '.' (no ALT)
};

// "snv", "mnv", "insertion", "deletion", "complex_indel", "symbolic", "breakend", "missing".
std::string_view toString(VariantKind kind);

// Alleles are compared case-insensitively.
VariantKind classifyAlleles(std::string_view ref, std::string_view alt);

// One REF/ALT pair. A multi-allelic VCF record becomes one Variant per ALT allele.
struct Variant {
    std::string chrom;     // as written in the input
    std::int64_t pos = 0;  // 1-based position of the first REF base
    std::string id = ".";  // rsID or other identifier, "." when missing
    std::string ref;       // upper-case
    std::string alt;       // upper-case (symbolic alleles and breakends kept as written)
    int altIndex = 1;      // 1-based index of this allele in the record's ALT list
    int altCount = 1;      // number of ALT alleles in the record
    VariantKind kind = VariantKind::Snv;
    std::int64_t line = 0;  // line in a text input (VCF, .bim); 0 when unknown (BCF)
};

}  // namespace locuscope
