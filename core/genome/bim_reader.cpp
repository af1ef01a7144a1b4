#include "core/genome/bim_reader.h"

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstdlib>
#include <vector>

#include "core/runtime/input_error.h"

namespace locuscope {
namespace {

std::vector<std::string_view> splitWhitespace(std::string_view text) {
    std::vector<std::string_view> fields;
    std::size_t i = 0;
    while (i < text.size()) {
        while (i < text.size() && (text[i] == ' ' || text[i] == '\t')) {
            ++i;
        }
        const std::size_t start = i;
        while (i < text.size() && text[i] != ' ' && text[i] != '\t') {
            ++i;
        }
        if (i > start) {
            fields.push_back(text.substr(start, i - start));
        }
    }
    return fields;
}

std::string upperCased(std::string_view text) {
    std::string out(text);
    for (char& c : out) {
        c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    }
    return out;
}

}  // namespace

std::string_view toString(BimAlleleAssignment assignment) {
    switch (assignment) {
        case BimAlleleAssignment::RefIsA1:
            return "ref_is_a1";
        case BimAlleleAssignment::RefIsA2:
            return "ref_is_a2";
        case BimAlleleAssignment::BothMatch:
            return "both_match";
        case BimAlleleAssignment::NeitherMatches:
            return "ref_mismatch";
        case BimAlleleAssignment::ContigMissing:
            return "contig_not_in_reference";
        case BimAlleleAssignment::OutsideContig:
            return "outside_contig";
    }
    return "unknown";
}

std::string plinkChromosomeName(std::string_view code) {
    if (code == "23") {
        return "X";
    }
    if (code == "24") {
        return "Y";
    }
    if (code == "25" || code == "XY" || code == "xy") {
        return "X";
    }
    if (code == "26") {
        return "MT";
    }
    return std::string(code);
}

BimReader::BimReader(std::filesystem::path path, const SequenceSource& reference)
    : path_(std::move(path)), reference_(reference), input_(path_) {
    if (!input_) {
        throw InputError(path_, std::filesystem::exists(path_) ? "cannot open" : "file not found");
    }
}

bool BimReader::next(BimVariant& out) {
    while (std::getline(input_, line_)) {
        ++lines_;
        if (!line_.empty() && line_.back() == '\r') {
            line_.pop_back();
        }
        const std::vector<std::string_view> fields = splitWhitespace(line_);
        if (fields.empty()) {
            continue;  // blank line
        }
        if (fields.size() != 6) {
            throw InputError(path_, lines_,
                             "expected 6 columns (chr, id, cM, pos, A1, A2), found " + std::to_string(fields.size()));
        }
        const std::string pos(fields[3]);
        char* end = nullptr;
        errno = 0;
        const long long position = std::strtoll(pos.c_str(), &end, 10);
        if (end == pos.c_str() || *end != '\0' || errno != 0) {
            throw InputError(path_, lines_, "invalid position '" + pos + "'");
        }
        const std::string cm(fields[2]);
        errno = 0;
        out.centimorgans = std::strtod(cm.c_str(), &end);
        if (end == cm.c_str() || *end != '\0') {
            throw InputError(path_, lines_, "invalid genetic distance '" + cm + "'");
        }
        out.a1 = upperCased(fields[4]);
        out.a2 = upperCased(fields[5]);
        for (const std::string* allele : {&out.a1, &out.a2}) {
            const bool valid = std::all_of(allele->begin(), allele->end(), [](char c) {
                return c == 'A' || c == 'C' || c == 'G' || c == 'T' || c == 'N' || c == '0' || c == '-' || c == '.';
            });
            if (!valid) {
                throw InputError(path_, lines_, "invalid allele '" + *allele + "'");
            }
        }

        Variant& variant = out.variant;
        variant.chrom = plinkChromosomeName(fields[0]);
        variant.pos = position;
        variant.id = std::string(fields[1]);
        variant.line = lines_;
        variant.altIndex = 1;
        variant.altCount = 1;
        out.referenceBases.clear();

        // PLINK writes '0' for a missing allele (monomorphic SNP).
        auto assign = [&](const std::string& ref, const std::string& alt) {
            variant.ref = ref;
            variant.alt = alt == "0" || alt == "." || alt == "-" ? "." : alt;
            variant.kind = classifyAlleles(variant.ref, variant.alt);
        };
        const std::optional<std::string> contig =
            variant.chrom == "0" ? std::nullopt : reference_.resolveContig(variant.chrom);
        if (!contig) {
            out.assignment = BimAlleleAssignment::ContigMissing;
        } else if (position <= 0 || position > reference_.contigLength(*contig)) {
            out.assignment = BimAlleleAssignment::OutsideContig;
        } else {
            auto matches = [&](const std::string& allele) {
                if (allele == "0" || allele == "." || allele == "-") {
                    return false;
                }
                const std::string bases = reference_.fetch(*contig, position - 1, position - 1 + allele.size());
                return bases == allele;
            };
            out.referenceBases = reference_.fetch(*contig, position - 1, position);
            const bool a1 = matches(out.a1);
            const bool a2 = matches(out.a2);
            out.assignment = a1 && a2 ? BimAlleleAssignment::BothMatch
                             : a1     ? BimAlleleAssignment::RefIsA1
                             : a2     ? BimAlleleAssignment::RefIsA2
                                      : BimAlleleAssignment::NeitherMatches;
        }
        if (out.assignment == BimAlleleAssignment::RefIsA1) {
            assign(out.a1, out.a2);
        } else {
            assign(out.a2, out.a1);
        }
        if (out.assignment != BimAlleleAssignment::RefIsA1 && out.assignment != BimAlleleAssignment::RefIsA2) {
            ++flagged_;
        }
        return true;
    }
    if (input_.bad()) {
        throw InputError(path_, lines_, "read error");
    }
    return false;
}

}  // namespace locuscope
