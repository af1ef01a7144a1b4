#include "core/data/alphasimr_text_reader.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/data/whitespace_text_file.h"
#include "core/runtime/input_error.h"

namespace locuscope {
namespace {

struct PhenotypeTable {
    std::vector<std::string> ids;
    std::vector<std::string> traits;
    std::vector<float> values;  // ids x traits
};

PhenotypeTable readPhenotypes(const std::filesystem::path& file) {
    WhitespaceTextFile text(file);
    std::vector<std::string_view> tokens;
    text.nextLine(tokens);
    if (tokens.size() < 2) {
        text.fail("header must be `ind Trait1 ... TraitT` with at least one trait");
    }
    PhenotypeTable table;
    table.traits.assign(tokens.begin() + 1, tokens.end());
    const std::size_t columns = tokens.size();
    while (text.nextLine(tokens)) {
        if (tokens.size() != columns) {
            text.fail(std::to_string(tokens.size()) + " columns, the header has " + std::to_string(columns));
        }
        table.ids.emplace_back(tokens[0]);
        for (std::size_t c = 1; c < columns; ++c) {
            table.values.push_back(static_cast<float>(text.finiteDouble(tokens[c], c + 1, "phenotype")));
        }
    }
    if (table.ids.empty()) {
        throw InputError(file, "no individuals after the header");
    }
    return table;
}

// The g header's haplotype columns as (individual id, haplotype) pairs, checked against p.txt's ids.
// Returns the ploidy (1 or 2).
std::size_t checkHaplotypeHeader(const WhitespaceTextFile& text, const std::vector<std::string_view>& header,
                                 const std::vector<std::string>& ids,
                                 const std::filesystem::path& phenotypeFile) {
    const std::size_t columns = header.size() - 1;
    if (columns == 0 || columns % ids.size() != 0 || columns / ids.size() > 2) {
        text.fail(std::to_string(columns) + " haplotype columns for " + std::to_string(ids.size()) +
                  " individuals in " + phenotypeFile.filename().string() +
                  " (expected one column per individual, or two for diploids)");
    }
    const std::size_t ploidy = columns / ids.size();
    for (std::size_t c = 0; c < columns; ++c) {
        const std::string_view name = header[c + 1];
        const std::size_t underscore = name.rfind('_');
        const std::string_view individual = name.substr(0, underscore);
        const std::string_view haplotype =
            underscore == std::string_view::npos ? std::string_view() : name.substr(underscore + 1);
        const std::string expectedHaplotype = std::to_string(c % ploidy + 1);
        const std::string& expectedId = ids[c / ploidy];
        if (underscore == std::string_view::npos || haplotype != expectedHaplotype ||
            individual != expectedId) {
            text.fail("column " + std::to_string(c + 2) + ": header " + quoteToken(name) + ", expected '" +
                      expectedId + "_" + expectedHaplotype + "' (individual " +
                      std::to_string(c / ploidy + 1) + " of " + phenotypeFile.filename().string() + ")");
        }
    }
    return ploidy;
}

}  // namespace

GenotypeDataset readAlphaSimR(const std::filesystem::path& genotypeFile,
                              const std::filesystem::path& phenotypeFile) {
    PhenotypeTable phenotypes = readPhenotypes(phenotypeFile);
    const std::size_t samples = phenotypes.ids.size();

    WhitespaceTextFile text(genotypeFile);
    std::vector<std::string_view> tokens;
    text.nextLine(tokens);
    const std::size_t ploidy = checkHaplotypeHeader(text, tokens, phenotypes.ids, phenotypeFile);
    const std::size_t columns = tokens.size();

    // Alleles loci x haplotypes as in the file; transposed to samples x loci at the end.
    std::vector<std::string> locusNames;
    std::vector<std::uint8_t> alleles;
    while (text.nextLine(tokens)) {
        if (tokens.size() != columns) {
            text.fail(std::to_string(tokens.size()) + " columns, the header has " + std::to_string(columns));
        }
        locusNames.emplace_back(tokens[0]);
        for (std::size_t c = 1; c < columns; ++c) {
            const std::string_view value = tokens[c];
            if (value.size() != 1 || (value[0] != '0' && value[0] != '1')) {
                text.fail("column " + std::to_string(c + 1) + " (individual " +
                          phenotypes.ids[(c - 1) / ploidy] + "): genotype " + quoteToken(value) +
                          " is not 0 or 1");
            }
            alleles.push_back(static_cast<std::uint8_t>(value[0] - '0'));
        }
    }
    if (locusNames.empty()) {
        throw InputError(genotypeFile, "no loci after the header");
    }

    GenotypeDataset data;
    data.encoding =
        ploidy == 1 ? GenotypeEncoding::HaploidPlusMinusOne : GenotypeEncoding::DiploidCentredDosage;
    const std::size_t loci = locusNames.size();
    const std::size_t haplotypes = columns - 1;
    data.genotypes.resize(samples * loci);
    for (std::size_t locus = 0; locus < loci; ++locus) {
        const std::uint8_t* row = alleles.data() + locus * haplotypes;
        for (std::size_t sample = 0; sample < samples; ++sample) {
            float value;
            if (ploidy == 1) {
                value = row[sample] ? 1.0f : -1.0f;
            } else {
                value = static_cast<float>(row[2 * sample] + row[2 * sample + 1]) - 1.0f;
            }
            data.genotypes[sample * loci + locus] = value;
        }
    }
    data.sampleIds = std::move(phenotypes.ids);
    data.locusNames = std::move(locusNames);
    data.traitNames = std::move(phenotypes.traits);
    data.phenotypes = std::move(phenotypes.values);
    return data;
}

}  // namespace locuscope
