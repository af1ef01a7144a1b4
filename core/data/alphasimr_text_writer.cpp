#include "core/data/alphasimr_text_writer.h"

#include <algorithm>
#include <charconv>
#include <cstddef>
#include <string>
#include <vector>

#include "core/io/atomic_file_writer.h"
#include "core/runtime/input_error.h"

namespace locuscope {
namespace {

// Loci per block when transposing samples x loci into loci x haplotypes rows: few enough rows
// open at once to stay in cache, enough to make each write() large.
constexpr std::size_t kLociPerBlock = 64;

void appendNumber(std::string& out, double value) {
    if (value == 0) {
        value = 0;  // no "-0"
    }
    char buffer[32];
    const auto result = std::to_chars(buffer, buffer + sizeof(buffer), value);  // shortest round-trip
    out.append(buffer, result.ptr);
}

void appendInteger(std::string& out, long long value) {
    char buffer[24];
    const auto result = std::to_chars(buffer, buffer + sizeof(buffer), value);
    out.append(buffer, result.ptr);
}

void checkConsistent(const SimulatedPopulation& population) {
    const GenotypeDataset& data = population.data;
    const std::size_t ploidy = static_cast<std::size_t>(population.ploidy);
    const TrueEffects& truth = population.truth;
    if ((ploidy != 1 && ploidy != 2) ||
        population.haplotypes.size() != data.samples() * data.loci() * ploidy ||
        population.phenotypes.size() != data.samples() * data.traits() || truth.loci != data.loci() ||
        truth.traits != data.traits() || truth.additive.size() != truth.traits * truth.loci ||
        truth.partner.size() != truth.additive.size() || truth.epistatic.size() != truth.additive.size() ||
        truth.alleleFrequency.size() != truth.loci) {
        throw InputError(
            "AlphaSimR text writer: the population's genotypes, phenotypes and effects do not match "
            "in size");
    }
}

void writeGenotypes(const SimulatedPopulation& population, AtomicFileWriter& file, Progress& progress,
                    std::int64_t& done, std::int64_t total) {
    const GenotypeDataset& data = population.data;
    const std::size_t samples = data.samples();
    const std::size_t loci = data.loci();
    const std::size_t ploidy = static_cast<std::size_t>(population.ploidy);
    const std::size_t columns = samples * ploidy;

    std::string text = "qtl";
    for (std::size_t s = 0; s < samples; ++s) {
        for (std::size_t copy = 1; copy <= ploidy; ++copy) {
            text += ' ';
            text += data.sampleIds[s];
            text += '_';
            appendInteger(text, static_cast<long long>(copy));
        }
    }
    text += '\n';
    file.write(text);

    std::vector<std::size_t> valueStart(kLociPerBlock);
    for (std::size_t first = 0; first < loci; first += kLociPerBlock) {
        throwIfCancelled(progress);
        progress.report(done, total, "Writing genotypes");
        const std::size_t count = std::min(kLociPerBlock, loci - first);
        // Lay out every row ("<name> v v v ...\n") with blanks, then scatter the alleles sample by
        // sample, reading the haplotype matrix in its own (row-major) order.
        text.clear();
        for (std::size_t b = 0; b < count; ++b) {
            text += data.locusNames[first + b];
            valueStart[b] = text.size() + 1;
            text.append(2 * columns, ' ');
            text += '\n';
        }
        char* out = text.data();
        for (std::size_t s = 0; s < samples; ++s) {
            const std::int8_t* alleles = &population.haplotypes[(s * loci + first) * ploidy];
            for (std::size_t b = 0; b < count; ++b) {
                char* cell = out + valueStart[b] + 2 * s * ploidy;
                for (std::size_t copy = 0; copy < ploidy; ++copy) {
                    cell[2 * copy] = static_cast<char>('0' + alleles[b * ploidy + copy]);
                }
            }
        }
        file.write(text);
        done += static_cast<std::int64_t>(count);
    }
}

void writePhenotypes(const SimulatedPopulation& population, AtomicFileWriter& file) {
    const GenotypeDataset& data = population.data;
    std::string text = "ind";
    for (const std::string& name : data.traitNames) {
        text += ' ';
        text += name;
    }
    text += '\n';
    for (std::size_t s = 0; s < data.samples(); ++s) {
        text += data.sampleIds[s];
        for (std::size_t t = 0; t < data.traits(); ++t) {
            text += ' ';
            appendNumber(text, population.phenotypes[s * data.traits() + t]);
        }
        text += '\n';
        if (text.size() > (1u << 20)) {
            file.write(text);
            text.clear();
        }
    }
    file.write(text);
}

void writeEffects(const SimulatedPopulation& population, AtomicFileWriter& file) {
    const TrueEffects& truth = population.truth;
    std::string text = "trait locus add_eff epi_loc epi_eff sfs\n";
    for (std::size_t t = 0; t < truth.traits; ++t) {
        for (std::size_t l = 0; l < truth.loci; ++l) {
            appendInteger(text, static_cast<long long>(t + 1));
            text += ' ';
            appendInteger(text, static_cast<long long>(l + 1));
            text += ' ';
            appendNumber(text, truth.additiveAt(t, l));
            text += ' ';
            appendInteger(text, truth.partnerOf(t, l) + 1);  // -1 (no partner) -> 0
            text += ' ';
            appendNumber(text, truth.partnerOf(t, l) < 0 ? 0.0 : truth.epistaticAt(t, l));
            text += ' ';
            appendNumber(text, truth.alleleFrequency[l]);
            text += '\n';
        }
    }
    file.write(text);
}

}  // namespace

AlphaSimRTextFiles alphaSimRTextFiles(const std::filesystem::path& prefix) {
    if (prefix.empty() || !prefix.has_filename()) {
        throw InputError(prefix, "output prefix needs a file name part (e.g. out/pop -> out/pop_g.txt)");
    }
    const std::string base = prefix.string();
    return AlphaSimRTextFiles{base + "_g.txt", base + "_p.txt", base + "_eff.txt"};
}

AlphaSimRTextWriter::AlphaSimRTextWriter(const std::filesystem::path& prefix)
    : files_(alphaSimRTextFiles(prefix)) {
    genotypes_ = std::make_unique<AtomicFileWriter>(files_.genotypes);
    phenotypes_ = std::make_unique<AtomicFileWriter>(files_.phenotypes);
    effects_ = std::make_unique<AtomicFileWriter>(files_.effects);
}

AlphaSimRTextWriter::~AlphaSimRTextWriter() = default;

void AlphaSimRTextWriter::write(const SimulatedPopulation& population, Progress& progress) {
    checkConsistent(population);
    const std::int64_t total = static_cast<std::int64_t>(population.data.loci()) + 2;
    std::int64_t done = 0;
    writeGenotypes(population, *genotypes_, progress, done, total);
    throwIfCancelled(progress);
    progress.report(done, total, "Writing phenotypes");
    writePhenotypes(population, *phenotypes_);
    ++done;
    throwIfCancelled(progress);
    progress.report(done, total, "Writing effects");
    writeEffects(population, *effects_);
    ++done;
    progress.report(done, total, "Written AlphaSimR text");
    written_ = true;
}

void AlphaSimRTextWriter::commit() {
    if (!written_) {
        throw InputError(files_.genotypes, "nothing was written; not committing");
    }
    genotypes_->commit();
    phenotypes_->commit();
    effects_->commit();
}

AlphaSimRTextFiles writeAlphaSimRText(const SimulatedPopulation& population,
                                      const std::filesystem::path& prefix, Progress& progress) {
    AlphaSimRTextWriter writer(prefix);
    writer.write(population, progress);
    writer.commit();
    return writer.files();
}

}  // namespace locuscope
