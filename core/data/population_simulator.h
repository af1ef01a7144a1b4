#pragma once

#include <cstdint>
#include <vector>

#include "core/data/genotype_dataset.h"
#include "core/runtime/progress.h"

namespace locuscope {

// A population with additive and additive-by-additive (pairwise) genetic effects, the model of the
// AlphaSimR simulations behind the ELM pub (docs/simulator.md, specs/elm.md §3.3), for teaching and
// tests. Every field is checked by simulatePopulation (InputError).
struct SimulationConfig {
    int loci = 64;
    int samples = 10000;
    int ploidy = 1;  // 1: x = -1/+1 per allele; 2: x = dosage - 1
    int traits = 5;
    // Per trait, Var(AA)/Var(A) realised in the population (the role of AlphaSimR's relAA, but exact;
    // docs/simulator.md); one per trait.
    std::vector<double> epistaticShare = {0, 0.1, 0.5, 1, 3};
    int pairs = -1;             // disjoint interacting locus pairs per trait, -1 = loci/2
    double minFrequency = 0.4;  // allele-1 frequency per locus ~ U[minFrequency, maxFrequency]
    double maxFrequency = 0.6;
    double heritability = 1.0;  // H^2 = Var(G)/Var(P), in (0, 1]; 1 adds no noise
    std::uint64_t seed = 1;
};

// Realised variances of one simulated trait (population variances, divided by n as AlphaSimR's
// popVar). Var(G) = 1 by construction; additive + epistatic need not sum to it exactly because the
// two parts have a small sampling covariance.
struct SimulatedTraitVariance {
    double additive = 0;    // Var(sum_i beta_i x_i)
    double epistatic = 0;   // Var(sum_pairs beta_ij x_i x_j)
    double genetic = 0;     // Var(G)
    double phenotypic = 0;  // Var(P)
    // G = sum_i beta_i x_i + sum_pairs beta_ij x_i x_j + intercept, the same for every sample;
    // it centres G to mean 0.
    double intercept = 0;
};

struct SimulatedPopulation {
    GenotypeDataset data;  // encoded genotypes; phenotypes rounded to float
    TrueEffects truth;     // final (scaled) effects; alleleFrequency = realised allele-1 frequency
    // Alleles 0/1, samples x loci x ploidy row-major (the text writer needs both haplotypes).
    std::vector<std::int8_t> haplotypes;
    std::vector<double> phenotypes;  // samples x traits, full precision (data.phenotypes is float)
    std::vector<SimulatedTraitVariance> traitVariances;  // one per trait
    int ploidy = 1;
};

// Deterministic: the same config (including seed) gives bit-identical output on every run.
// Reports progress and polls for cancellation (OperationCancelled) between chunks of samples.
SimulatedPopulation simulatePopulation(const SimulationConfig& config, Progress& progress);

// Throws InputError naming the first invalid field (simulatePopulation calls it first).
void validateSimulationConfig(const SimulationConfig& config);

// pairs with -1 resolved to loci/2.
int resolvedPairs(const SimulationConfig& config);

}  // namespace locuscope
