#include "core/data/population_simulator.h"

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdio>
#include <random>
#include <string>
#include <utility>

#include "core/runtime/input_error.h"

namespace locuscope {
namespace {

constexpr std::size_t kSamplesPerChunk = 1024;
constexpr double kTwoPi = 6.283185307179586476925286766559;

// Uniforms and normals computed by us from the raw 64-bit stream: the standard distributions'
// algorithms are implementation-defined, so they would break identical output across libraries.
class RandomSource {
public:
    explicit RandomSource(std::uint64_t seed) : engine_(seed) {}

    // [0, 1) with 53 random bits.
    double uniform() { return static_cast<double>(engine_() >> 11) * 0x1.0p-53; }

    // Unbiased integer in [0, n), n > 0 (rejects the top remainder of the 64-bit range).
    std::uint64_t below(std::uint64_t n) {
        const std::uint64_t threshold = (0 - n) % n;
        for (;;) {
            const std::uint64_t value = engine_();
            if (value >= threshold) {
                return value % n;
            }
        }
    }

    // Standard normal by Box-Muller; the second value of each pair is kept for the next call.
    double normal() {
        if (hasSpare_) {
            hasSpare_ = false;
            return spare_;
        }
        const double u1 = 1.0 - uniform();  // (0, 1], keeps log finite
        const double u2 = uniform();
        const double radius = std::sqrt(-2.0 * std::log(u1));
        const double angle = kTwoPi * u2;
        spare_ = radius * std::sin(angle);
        hasSpare_ = true;
        return radius * std::cos(angle);
    }

private:
    std::mt19937_64 engine_;
    double spare_ = 0;
    bool hasSpare_ = false;
};

struct TraitModel {
    std::vector<double> additive;            // loci
    std::vector<std::pair<int, int>> pairs;  // disjoint, 0-based
    std::vector<double> pairEffect;          // one per pair
};

std::string text(double value) {
    char buffer[32];
    std::snprintf(buffer, sizeof(buffer), "%g", value);
    return buffer;
}

// Four independent accumulators: the sum order is fixed (deterministic) yet not one long chain.
double dot(const double* beta, const float* x, std::size_t n) {
    double a0 = 0, a1 = 0, a2 = 0, a3 = 0;
    std::size_t i = 0;
    for (; i + 4 <= n; i += 4) {
        a0 += beta[i] * x[i];
        a1 += beta[i + 1] * x[i + 1];
        a2 += beta[i + 2] * x[i + 2];
        a3 += beta[i + 3] * x[i + 3];
    }
    for (; i < n; ++i) {
        a0 += beta[i] * x[i];
    }
    return (a0 + a1) + (a2 + a3);
}

double mean(const std::vector<double>& values) {
    double sum = 0;
    for (double value : values) {
        sum += value;
    }
    return sum / static_cast<double>(values.size());
}

// Population variance (divides by n, as AlphaSimR's popVar).
double populationVariance(const std::vector<double>& values) {
    const double centre = mean(values);
    double sum = 0;
    for (double value : values) {
        sum += (value - centre) * (value - centre);
    }
    return sum / static_cast<double>(values.size());
}

void reportChunk(Progress& progress, std::size_t done, std::size_t total, const char* message) {
    throwIfCancelled(progress);
    progress.report(static_cast<std::int64_t>(done), static_cast<std::int64_t>(total), message);
}

std::vector<double> drawFrequencies(const SimulationConfig& config, RandomSource& random) {
    std::vector<double> frequency(static_cast<std::size_t>(config.loci));
    for (double& value : frequency) {
        value = config.minFrequency + (config.maxFrequency - config.minFrequency) * random.uniform();
    }
    return frequency;
}

// Fills haplotypes, encoded genotypes and the realised allele-1 frequencies.
void drawGenotypes(const SimulationConfig& config, const std::vector<double>& frequency, RandomSource& random,
                   SimulatedPopulation& population, Progress& progress, std::size_t progressTotal) {
    const std::size_t loci = static_cast<std::size_t>(config.loci);
    const std::size_t samples = static_cast<std::size_t>(config.samples);
    const std::size_t ploidy = static_cast<std::size_t>(config.ploidy);
    population.haplotypes.assign(samples * loci * ploidy, 0);
    population.data.genotypes.assign(samples * loci, 0.0f);
    std::vector<std::uint64_t> alleleCount(loci, 0);
    for (std::size_t first = 0; first < samples; first += kSamplesPerChunk) {
        reportChunk(progress, first, progressTotal, "Drawing genotypes");
        const std::size_t last = std::min(samples, first + kSamplesPerChunk);
        for (std::size_t sample = first; sample < last; ++sample) {
            std::int8_t* alleles = &population.haplotypes[sample * loci * ploidy];
            float* encoded = &population.data.genotypes[sample * loci];
            for (std::size_t locus = 0; locus < loci; ++locus) {
                int dosage = 0;
                for (std::size_t copy = 0; copy < ploidy; ++copy) {
                    const int allele = random.uniform() < frequency[locus] ? 1 : 0;
                    alleles[locus * ploidy + copy] = static_cast<std::int8_t>(allele);
                    dosage += allele;
                }
                alleleCount[locus] += static_cast<std::uint64_t>(dosage);
                encoded[locus] = static_cast<float>(ploidy == 1 ? 2 * dosage - 1 : dosage - 1);
            }
        }
    }
    population.truth.alleleFrequency.resize(loci);
    for (std::size_t locus = 0; locus < loci; ++locus) {
        population.truth.alleleFrequency[locus] =
            static_cast<double>(alleleCount[locus]) / static_cast<double>(samples * ploidy);
    }
}

// Raw N(0,1) effects and a random set of disjoint pairs (the first `pairs` pairs of a uniformly
// shuffled locus order). Pair effects are drawn even for share 0 so that the share of one trait
// never changes the random numbers of another.
TraitModel drawTraitModel(int loci, int pairs, RandomSource& random) {
    TraitModel model;
    model.additive.resize(static_cast<std::size_t>(loci));
    for (double& beta : model.additive) {
        beta = random.normal();
    }
    std::vector<int> order(static_cast<std::size_t>(loci));
    for (int i = 0; i < loci; ++i) {
        order[static_cast<std::size_t>(i)] = i;
    }
    for (std::size_t i = order.size(); i > 1; --i) {
        std::swap(order[i - 1], order[random.below(i)]);
    }
    for (int k = 0; k < pairs; ++k) {
        model.pairs.emplace_back(order[static_cast<std::size_t>(2 * k)],
                                 order[static_cast<std::size_t>(2 * k + 1)]);
        model.pairEffect.push_back(random.normal());
    }
    return model;
}

}  // namespace

int resolvedPairs(const SimulationConfig& config) {
    return config.pairs < 0 ? config.loci / 2 : config.pairs;
}

void validateSimulationConfig(const SimulationConfig& config) {
    if (config.loci < 1) {
        throw InputError("simulation: loci must be at least 1 (got " + std::to_string(config.loci) + ")");
    }
    if (config.samples < 2) {
        throw InputError("simulation: samples must be at least 2 (got " + std::to_string(config.samples) +
                         ")");
    }
    if (config.ploidy != 1 && config.ploidy != 2) {
        throw InputError("simulation: ploidy must be 1 (haploid) or 2 (diploid), got " +
                         std::to_string(config.ploidy));
    }
    if (config.traits < 1) {
        throw InputError("simulation: traits must be at least 1 (got " + std::to_string(config.traits) + ")");
    }
    if (config.epistaticShare.size() != static_cast<std::size_t>(config.traits)) {
        throw InputError("simulation: " + std::to_string(config.epistaticShare.size()) +
                         " epistatic shares given for " + std::to_string(config.traits) +
                         " traits; give exactly one per trait");
    }
    if (config.pairs < -1 || config.pairs > config.loci / 2) {
        throw InputError(
            "simulation: pairs must be between 0 and loci/2 = " + std::to_string(config.loci / 2) +
            " (disjoint pairs), or -1 for loci/2; got " + std::to_string(config.pairs));
    }
    for (std::size_t t = 0; t < config.epistaticShare.size(); ++t) {
        const double share = config.epistaticShare[t];
        if (!std::isfinite(share) || share < 0) {
            throw InputError("simulation: epistatic share of trait " + std::to_string(t + 1) +
                             " must be a finite number >= 0, got " + text(share));
        }
        if (share > 0 && resolvedPairs(config) == 0) {
            throw InputError("simulation: trait " + std::to_string(t + 1) + " has epistatic share " +
                             text(share) + " but there are no interacting pairs (pairs = 0)");
        }
    }
    if (!std::isfinite(config.minFrequency) || !std::isfinite(config.maxFrequency) ||
        config.minFrequency < 0 || config.maxFrequency > 1 || config.minFrequency > config.maxFrequency) {
        throw InputError("simulation: allele frequencies need 0 <= min <= max <= 1, got min " +
                         text(config.minFrequency) + ", max " + text(config.maxFrequency));
    }
    if (!std::isfinite(config.heritability) || config.heritability <= 0 || config.heritability > 1) {
        throw InputError("simulation: heritability H^2 must be in (0, 1], got " + text(config.heritability));
    }
    // Keeps every samples x loci x ploidy index well inside size_t and the output in reason.
    const double cells = static_cast<double>(config.samples) * config.loci * config.ploidy;
    if (cells > 4e10) {
        throw InputError("simulation: samples x loci x ploidy = " + text(cells) +
                         " is too large (at most 4e10)");
    }
}

SimulatedPopulation simulatePopulation(const SimulationConfig& config, Progress& progress) {
    validateSimulationConfig(config);
    const std::size_t loci = static_cast<std::size_t>(config.loci);
    const std::size_t samples = static_cast<std::size_t>(config.samples);
    const std::size_t traits = static_cast<std::size_t>(config.traits);
    const int pairs = resolvedPairs(config);
    const std::size_t progressTotal = 2 * samples;

    SimulatedPopulation population;
    population.ploidy = config.ploidy;
    GenotypeDataset& data = population.data;
    data.encoding =
        config.ploidy == 1 ? GenotypeEncoding::HaploidPlusMinusOne : GenotypeEncoding::DiploidCentredDosage;
    for (std::size_t s = 0; s < samples; ++s) {
        data.sampleIds.push_back(std::to_string(s + 1));
    }
    for (std::size_t l = 0; l < loci; ++l) {
        data.locusNames.push_back("1_" + std::to_string(l + 1));  // chromosome 1, site l+1 (AlphaSimR)
    }
    for (std::size_t t = 0; t < traits; ++t) {
        data.traitNames.push_back("Trait" + std::to_string(t + 1));
    }

    // The draw order below is part of the output's definition: frequencies, genotypes (sample,
    // locus, haplotype), per trait additive effects / pair shuffle / pair effects, then noise.
    RandomSource random(config.seed);
    const std::vector<double> frequency = drawFrequencies(config, random);
    drawGenotypes(config, frequency, random, population, progress, progressTotal);
    std::vector<TraitModel> models;
    for (std::size_t t = 0; t < traits; ++t) {
        models.push_back(drawTraitModel(config.loci, pairs, random));
    }

    // Additive and pairwise parts of G for each trait and sample, with the raw effects.
    std::vector<std::vector<double>> additivePart(traits, std::vector<double>(samples));
    std::vector<std::vector<double>> epistaticPart(traits, std::vector<double>(samples));
    for (std::size_t first = 0; first < samples; first += kSamplesPerChunk) {
        reportChunk(progress, samples + first, progressTotal, "Computing genetic values");
        const std::size_t last = std::min(samples, first + kSamplesPerChunk);
        for (std::size_t sample = first; sample < last; ++sample) {
            const float* x = &data.genotypes[sample * loci];
            for (std::size_t t = 0; t < traits; ++t) {
                const TraitModel& model = models[t];
                additivePart[t][sample] = dot(model.additive.data(), x, loci);
                double pairSum = 0;
                for (std::size_t k = 0; k < model.pairs.size(); ++k) {
                    pairSum += model.pairEffect[k] * (x[model.pairs[k].first] * x[model.pairs[k].second]);
                }
                epistaticPart[t][sample] = pairSum;
            }
        }
    }
    throwIfCancelled(progress);

    TrueEffects& truth = population.truth;
    truth.traits = traits;
    truth.loci = loci;
    truth.additive.assign(traits * loci, 0.0);
    truth.partner.assign(traits * loci, -1);
    truth.epistatic.assign(traits * loci, 0.0);
    population.phenotypes.assign(samples * traits, 0.0);
    population.traitVariances.resize(traits);
    const double noiseVarianceRatio = (1.0 - config.heritability) / config.heritability;

    for (std::size_t t = 0; t < traits; ++t) {
        const std::string trait = data.traitNames[t];
        const double share = config.epistaticShare[t];
        const double additiveVariance = populationVariance(additivePart[t]);
        const double epistaticVariance = populationVariance(epistaticPart[t]);
        if (!(additiveVariance > 0)) {
            throw InputError("simulation: " + trait +
                             " has no additive variance in the sample (too few samples or monomorphic loci)");
        }
        if (share > 0 && !(epistaticVariance > 0)) {
            throw InputError("simulation: " + trait +
                             " has no pairwise variance in the sample (too few samples or monomorphic loci)");
        }
        // Pairwise part scaled to share x Var(A); then both together to Var(G) = 1, centred.
        const double pairScale = share > 0 ? std::sqrt(share * additiveVariance / epistaticVariance) : 0.0;
        std::vector<double> genetic(samples);
        for (std::size_t s = 0; s < samples; ++s) {
            genetic[s] = additivePart[t][s] + pairScale * epistaticPart[t][s];
        }
        const double scale = 1.0 / std::sqrt(populationVariance(genetic));
        for (double& value : genetic) {
            value *= scale;
        }
        const double centre = mean(genetic);
        for (double& value : genetic) {
            value -= centre;
        }

        const TraitModel& model = models[t];
        for (std::size_t l = 0; l < loci; ++l) {
            truth.additive[t * loci + l] = scale * model.additive[l];
        }
        for (std::size_t k = 0; k < model.pairs.size(); ++k) {
            const double beta = share > 0 ? scale * pairScale * model.pairEffect[k] : 0.0;
            const auto [i, j] = model.pairs[k];
            truth.partner[t * loci + static_cast<std::size_t>(i)] = j;
            truth.partner[t * loci + static_cast<std::size_t>(j)] = i;
            truth.epistatic[t * loci + static_cast<std::size_t>(i)] = beta;
            truth.epistatic[t * loci + static_cast<std::size_t>(j)] = beta;
        }

        SimulatedTraitVariance& variance = population.traitVariances[t];
        variance.additive = scale * scale * additiveVariance;
        variance.epistatic = scale * scale * pairScale * pairScale * epistaticVariance;
        variance.genetic = populationVariance(genetic);
        variance.intercept = -centre;

        std::vector<double>& phenotype = genetic;  // P = G + e, in place
        if (config.heritability < 1.0) {
            const double noiseSd = std::sqrt(noiseVarianceRatio * variance.genetic);
            for (double& value : phenotype) {
                value += noiseSd * random.normal();
            }
        }
        variance.phenotypic = populationVariance(phenotype);
        for (std::size_t s = 0; s < samples; ++s) {
            population.phenotypes[s * traits + t] = phenotype[s];
        }
    }

    data.phenotypes.resize(samples * traits);
    for (std::size_t i = 0; i < data.phenotypes.size(); ++i) {
        data.phenotypes[i] = static_cast<float>(population.phenotypes[i]);
    }
    progress.report(static_cast<std::int64_t>(progressTotal), static_cast<std::int64_t>(progressTotal),
                    "Simulated");
    return population;
}

}  // namespace locuscope
