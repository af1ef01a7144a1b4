#pragma once

#include <filesystem>

#include "core/data/genotype_dataset.h"

namespace locuscope {

// Reads an AlphaSimR text export (docs/file-formats.md, specs/elm.md §3.2):
// - `<prefix>_g.txt`: loci x haplotypes; header `qtl 1_1 2_1 ...` (individual_haplotype), then one
//   row per locus `1_1 0 1 0 ...` with alleles 0/1.
// - `<prefix>_p.txt`: header `ind Trait1 ... TraitT`, one row per individual.
// One haplotype column per individual -> HaploidPlusMinusOne (0 -> -1, 1 -> +1). Two consecutive
// columns per individual (`5_1 5_2`) -> DiploidCentredDosage (allele-1 count minus 1).
// Samples come in p.txt row order; the g header's individuals must be the same ids in the same order.
// Throws InputError (file, line, problem) on any malformed or inconsistent input.
GenotypeDataset readAlphaSimR(const std::filesystem::path& genotypeFile,
                              const std::filesystem::path& phenotypeFile);

}  // namespace locuscope
