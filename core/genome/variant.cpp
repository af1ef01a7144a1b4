#include "core/genome/variant.h"

#include <cctype>

namespace locuscope {
namespace {

bool equalsIgnoringCase(std::string_view a, std::string_view b) {
    if (a.size() != b.size()) {
        return false;
    }
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (std::toupper(static_cast<unsigned char>(a[i])) != std::toupper(static_cast<unsigned char>(b[i]))) {
            return false;
        }
    }
    return true;
}

bool startsWithIgnoringCase(std::string_view text, std::string_view prefix) {
    return text.size() >= prefix.size() && equalsIgnoringCase(text.substr(0, prefix.size()), prefix);
}

// VCF 4.3 §5.4: "G]17:198982]", "]13:123456]T"; single breakends "G." and ".A" (§5.4.9).
bool isBreakend(std::string_view alt) {
    if (alt.find('[') != std::string_view::npos || alt.find(']') != std::string_view::npos) {
        return true;
    }
    return alt.size() > 1 && (alt.front() == '.' || alt.back() == '.');
}

}  // namespace

std::string_view toString(VariantKind kind) {
    switch (kind) {
        case VariantKind::Snv:
            return "snv";
        case VariantKind::Mnv:
            return "mnv";
        case VariantKind::Insertion:
            return "insertion";
        case VariantKind::Deletion:
            return "deletion";
        case VariantKind::ComplexIndel:
            return "complex_indel";
        case VariantKind::Symbolic:
            return "symbolic";
        case VariantKind::Breakend:
            return "breakend";
        case VariantKind::Missing:
            return "missing";
    }
    return "unknown";
}

VariantKind classifyAlleles(std::string_view ref, std::string_view alt) {
    if (alt.empty() || alt == "." || alt == "*") {
        return VariantKind::Missing;
    }
    if (alt.front() == '<' && alt.back() == '>') {  // <DEL>, <INS:ME>, <*>, <NON_REF>
        return VariantKind::Symbolic;
    }
    if (isBreakend(alt)) {
        return VariantKind::Breakend;
    }
    if (ref.size() == alt.size()) {
        return ref.size() == 1 ? VariantKind::Snv : VariantKind::Mnv;
    }
    if (ref.size() < alt.size()) {
        return startsWithIgnoringCase(alt, ref) ? VariantKind::Insertion : VariantKind::ComplexIndel;
    }
    return startsWithIgnoringCase(ref, alt) ? VariantKind::Deletion : VariantKind::ComplexIndel;
}

}  // namespace locuscope
