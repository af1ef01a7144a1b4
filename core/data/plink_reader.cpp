#include "core/data/plink_reader.h"

#include <array>
#include <cstdint>
#include <fstream>
#include <iterator>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/data/whitespace_text_file.h"
#include "core/runtime/input_error.h"

namespace locuscope {
namespace {

std::filesystem::path withExtension(std::filesystem::path prefix, const char* extension) {
    prefix += extension;
    return prefix;
}

// .fam (FID IID father mother sex phenotype) -> IIDs; .bim (chr snp cM bp A1 A2) -> SNP ids.
std::vector<std::string> readColumn(const std::filesystem::path& file, std::size_t column,
                                    const char* layout) {
    WhitespaceTextFile text(file);
    std::vector<std::string_view> tokens;
    std::vector<std::string> values;
    while (text.nextLine(tokens)) {
        if (tokens.size() != 6) {
            text.fail(std::to_string(tokens.size()) + " columns, expected 6 (" + layout + ")");
        }
        values.emplace_back(tokens[column]);
    }
    return values;
}

struct PhenotypeTable {
    std::vector<std::string> traits;
    std::unordered_map<std::string, std::vector<float>> byIid;
};

PhenotypeTable readPhenotypeTable(const std::filesystem::path& file) {
    WhitespaceTextFile text(file);
    std::vector<std::string_view> tokens;
    text.nextLine(tokens);
    std::size_t firstTrait = 0;
    if (tokens.size() >= 2 && tokens[0] == "FID" && tokens[1] == "IID") {
        firstTrait = 2;
    } else if (!tokens.empty() && tokens[0] == "IID") {
        firstTrait = 1;
    } else {
        text.fail("header must start with `FID IID` or `IID`, followed by the trait names");
    }
    if (tokens.size() <= firstTrait) {
        text.fail("header names no trait");
    }
    PhenotypeTable table;
    table.traits.assign(tokens.begin() + static_cast<std::ptrdiff_t>(firstTrait), tokens.end());
    const std::size_t columns = tokens.size();
    std::unordered_map<std::string, std::int64_t> lineOf;
    while (text.nextLine(tokens)) {
        if (tokens.size() != columns) {
            text.fail(std::to_string(tokens.size()) + " columns, the header has " + std::to_string(columns));
        }
        std::string iid(tokens[firstTrait - 1]);
        const auto [previous, inserted] = lineOf.emplace(iid, text.lineNumber());
        if (!inserted) {
            text.fail("IID '" + iid + "' already given on line " + std::to_string(previous->second));
        }
        std::vector<float> values;
        values.reserve(columns - firstTrait);
        for (std::size_t c = firstTrait; c < columns; ++c) {
            values.push_back(static_cast<float>(text.finiteDouble(tokens[c], c + 1, "phenotype")));
        }
        table.byIid.emplace(std::move(iid), std::move(values));
    }
    return table;
}

std::vector<char> readBed(const std::filesystem::path& file, std::size_t snps, std::size_t samples) {
    std::ifstream stream(file, std::ios::binary);
    if (!stream) {
        throw InputError(file, "cannot open the file for reading");
    }
    std::vector<char> bytes((std::istreambuf_iterator<char>(stream)), std::istreambuf_iterator<char>());
    if (bytes.size() < 3 || static_cast<unsigned char>(bytes[0]) != 0x6c ||
        static_cast<unsigned char>(bytes[1]) != 0x1b) {
        throw InputError(file, "not a PLINK 1 .bed file (magic bytes 0x6c 0x1b missing)");
    }
    if (bytes[2] != 0x01) {
        throw InputError(file,
                         "individual-major .bed files are not supported; convert with `plink --make-bed`");
    }
    const std::size_t expected = 3 + snps * ((samples + 3) / 4);
    if (bytes.size() != expected) {
        throw InputError(file, std::to_string(bytes.size()) + " bytes, expected " + std::to_string(expected) +
                                   " for " + std::to_string(snps) + " SNPs x " + std::to_string(samples) +
                                   " samples (.bim/.fam do not match the .bed)");
    }
    return bytes;
}

}  // namespace

GenotypeDataset readPlink(const std::filesystem::path& bedOrPrefix,
                          const std::filesystem::path& phenotypeTable) {
    std::filesystem::path prefix = bedOrPrefix;
    const auto extension = bedOrPrefix.extension();
    if (extension == ".bed" || extension == ".bim" || extension == ".fam") {
        prefix.replace_extension();
    }
    const auto bedFile = withExtension(prefix, ".bed");
    const auto bimFile = withExtension(prefix, ".bim");
    const auto famFile = withExtension(prefix, ".fam");

    GenotypeDataset data;
    data.encoding = GenotypeEncoding::DiploidCentredDosage;
    data.sampleIds = readColumn(famFile, 1, "FID IID father mother sex phenotype");
    data.locusNames = readColumn(bimFile, 1, "chromosome SNP cM position A1 A2");
    const std::size_t samples = data.samples();
    const std::size_t loci = data.loci();

    PhenotypeTable table = readPhenotypeTable(phenotypeTable);
    data.traitNames = table.traits;
    data.phenotypes.reserve(samples * data.traits());
    for (std::size_t s = 0; s < samples; ++s) {
        const auto found = table.byIid.find(data.sampleIds[s]);
        if (found == table.byIid.end()) {
            throw InputError(phenotypeTable, "no phenotype row for IID '" + data.sampleIds[s] + "' of " +
                                                 famFile.filename().string() + " (line " +
                                                 std::to_string(s + 1) + ")");
        }
        data.phenotypes.insert(data.phenotypes.end(), found->second.begin(), found->second.end());
    }

    const std::vector<char> bed = readBed(bedFile, loci, samples);
    // 2-bit codes, lowest bits first: 00 hom A1, 01 missing, 10 het, 11 hom A2 -> A2 dosage - 1.
    constexpr std::array<float, 4> centred = {-1.0f, 0.0f, 0.0f, 1.0f};
    const std::size_t bytesPerSnp = (samples + 3) / 4;
    data.genotypes.resize(samples * loci);
    for (std::size_t snp = 0; snp < loci; ++snp) {
        const auto* row = reinterpret_cast<const unsigned char*>(bed.data()) + 3 + snp * bytesPerSnp;
        for (std::size_t s = 0; s < samples; ++s) {
            const unsigned code = (row[s / 4] >> (2 * (s % 4))) & 0x3u;
            if (code == 0x1u) {
                throw InputError(bedFile, "missing genotype for sample '" + data.sampleIds[s] + "' at SNP '" +
                                              data.locusNames[snp] + "' (missing calls are not imputed; " +
                                              "filter or impute them first, e.g. plink --geno 0)");
            }
            data.genotypes[s * loci + snp] = centred[code];
        }
    }
    return data;
}

}  // namespace locuscope
