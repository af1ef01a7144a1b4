#include "core/data/true_effects_reader.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/data/whitespace_text_file.h"
#include "core/runtime/input_error.h"

namespace locuscope {
namespace {

enum Column { Trait, Locus, AddEff, EpiLoc, EpiEff, Sfs, ColumnCount };
constexpr std::array<std::string_view, ColumnCount> columnNames = {"trait",   "locus",   "add_eff",
                                                                   "epi_loc", "epi_eff", "sfs"};

bool nearlyEqual(double a, double b) {
    return std::abs(a - b) <= 1e-12 * std::max(1.0, std::abs(a));
}

std::string traitLocus(std::size_t trait, std::size_t locus) {
    return "trait " + std::to_string(trait + 1) + ", locus " + std::to_string(locus + 1);
}

}  // namespace

TrueEffects readTrueEffects(const std::filesystem::path& effFile, std::size_t traits, std::size_t loci) {
    WhitespaceTextFile text(effFile);
    std::vector<std::string_view> tokens;
    text.nextLine(tokens);
    std::array<std::size_t, ColumnCount> index{};
    for (std::size_t k = 0; k < ColumnCount; ++k) {
        std::size_t found = tokens.size();
        for (std::size_t c = 0; c < tokens.size(); ++c) {
            if (tokens[c] == columnNames[k]) {
                found = c;
            }
        }
        if (found == tokens.size()) {
            text.fail("header lacks column '" + std::string(columnNames[k]) +
                      "' (expected `trait locus add_eff epi_loc epi_eff sfs`)");
        }
        index[k] = found;
    }
    const std::size_t columns = tokens.size();

    TrueEffects truth;
    truth.traits = traits;
    truth.loci = loci;
    truth.additive.assign(traits * loci, 0.0);
    truth.partner.assign(traits * loci, -1);
    truth.epistatic.assign(traits * loci, 0.0);
    truth.alleleFrequency.assign(loci, 0.0);
    std::vector<std::int64_t> lineOf(traits * loci, 0);
    std::vector<std::int64_t> sfsLine(loci, 0);

    auto oneBased = [&](Column column, std::size_t limit, std::string_view what) {
        const long long value = text.integer(tokens[index[column]], index[column] + 1, what);
        if (value < 1 || static_cast<unsigned long long>(value) > limit) {
            text.fail(std::string(what) + " " + std::to_string(value) + " is outside 1.." +
                      std::to_string(limit) + " (the dataset has " + std::to_string(limit) + ")");
        }
        return static_cast<std::size_t>(value - 1);
    };

    while (text.nextLine(tokens)) {
        if (tokens.size() != columns) {
            text.fail(std::to_string(tokens.size()) + " columns, the header has " + std::to_string(columns));
        }
        const std::size_t trait = oneBased(Trait, traits, "trait");
        const std::size_t locus = oneBased(Locus, loci, "locus");
        const std::size_t at = trait * loci + locus;
        if (lineOf[at] != 0) {
            text.fail(traitLocus(trait, locus) + " already given on line " + std::to_string(lineOf[at]));
        }
        lineOf[at] = text.lineNumber();
        truth.additive[at] = text.finiteDouble(tokens[index[AddEff]], index[AddEff] + 1, "add_eff");

        const std::string_view partnerToken = tokens[index[EpiLoc]];
        const std::string_view epiToken = tokens[index[EpiEff]];
        if (partnerToken == "NA" || partnerToken == "0") {
            if (epiToken != "NA" && text.finiteDouble(epiToken, index[EpiEff] + 1, "epi_eff") != 0.0) {
                text.fail("epi_eff " + quoteToken(epiToken) + " without a partner locus (epi_loc " +
                          quoteToken(partnerToken) + ")");
            }
        } else {
            const std::size_t partner = oneBased(EpiLoc, loci, "epi_loc");
            if (partner == locus) {
                text.fail("locus " + std::to_string(locus + 1) + " is its own epistatic partner");
            }
            truth.partner[at] = static_cast<int>(partner);
            truth.epistatic[at] = text.finiteDouble(epiToken, index[EpiEff] + 1, "epi_eff");
        }

        const double sfs = text.finiteDouble(tokens[index[Sfs]], index[Sfs] + 1, "sfs");
        if (sfs < 0.0 || sfs > 1.0) {
            text.fail("sfs " + quoteToken(tokens[index[Sfs]]) + " is not a frequency in [0, 1]");
        }
        if (sfsLine[locus] == 0) {
            truth.alleleFrequency[locus] = sfs;
            sfsLine[locus] = text.lineNumber();
        } else if (!nearlyEqual(truth.alleleFrequency[locus], sfs)) {
            text.fail("sfs of locus " + std::to_string(locus + 1) + " differs from line " +
                      std::to_string(sfsLine[locus]));
        }
    }

    for (std::size_t trait = 0; trait < traits; ++trait) {
        for (std::size_t locus = 0; locus < loci; ++locus) {
            const std::size_t at = trait * loci + locus;
            if (lineOf[at] == 0) {
                throw InputError(effFile, "no row for " + traitLocus(trait, locus) + " (expected " +
                                              std::to_string(traits * loci) + " rows: every trait x locus)");
            }
        }
    }
    for (std::size_t trait = 0; trait < traits; ++trait) {
        for (std::size_t locus = 0; locus < loci; ++locus) {
            const std::size_t at = trait * loci + locus;
            const int partner = truth.partner[at];
            if (partner < 0) {
                continue;
            }
            const std::size_t back = trait * loci + static_cast<std::size_t>(partner);
            if (truth.partner[back] != static_cast<int>(locus)) {
                throw InputError(effFile, lineOf[at],
                                 traitLocus(trait, locus) + " names partner " + std::to_string(partner + 1) +
                                     " but locus " + std::to_string(partner + 1) + " (line " +
                                     std::to_string(lineOf[back]) + ") does not name it back");
            }
            if (!nearlyEqual(truth.epistatic[at], truth.epistatic[back])) {
                throw InputError(effFile, lineOf[at],
                                 traitLocus(trait, locus) + ": epi_eff differs from its partner's on line " +
                                     std::to_string(lineOf[back]));
            }
        }
    }
    return truth;
}

}  // namespace locuscope
