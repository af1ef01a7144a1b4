#pragma once

#include <cstdint>

#include "core/data/genotype_dataset.h"

namespace locuscope {

// Lowers the heritability of `data`'s phenotypes as the ELM pub's HeritabilityAdjustedDataset
// (specs/elm.md §4.3): P' = sqrt(H2) * P + N(0, 1 - H2). The noise is drawn from one
// numpy-compatible RandomState(seed), sample by sample in dataset order and trait by trait within a
// sample (numpy's normal(0, sqrt(1 - H2), size=traits) per sample), so the same dataset order and seed
// give the pub's noise. H2 must be in (0, 1] (InputError otherwise); H2 = 1 leaves P unchanged.
void adjustHeritability(GenotypeDataset& data, double heritability, std::uint32_t seed);

}  // namespace locuscope
