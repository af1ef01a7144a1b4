#pragma once

#include <cstddef>
#include <filesystem>

#include "core/data/genotype_dataset.h"

namespace locuscope {

// Reads AlphaSimR's simulated truth `<prefix>_eff.txt` (specs/elm.md §3.2): header
// `trait locus add_eff epi_loc epi_eff sfs` (columns found by name), 1-based trait, locus and
// partner locus `epi_loc`. Every (trait, locus) of the dataset must appear exactly once; pairs must be
// symmetric (i's partner is j and j's is i, with the same epi_eff). A pair with epi_eff 0 keeps its
// partner. `epi_loc` 0 or NA means no partner. `sfs` (frequency of allele 1) must agree across traits.
TrueEffects readTrueEffects(const std::filesystem::path& effFile, std::size_t traits, std::size_t loci);

}  // namespace locuscope
