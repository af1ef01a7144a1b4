#pragma once

#include <filesystem>

#include "core/data/genotype_dataset.h"

namespace locuscope {

// Reads one file of the ELM pub's HDF5 layout (specs/elm.md §3.1, written by prep_data.py):
//   /metadata/loci             (loci,)      UTF-8 strings
//   /metadata/phenotype_names  (traits,)    UTF-8 strings
//   /strains/<id>/genotype     (loci, 2)    int8 one-hot: allele 0 -> [1,0], allele 1 -> [0,1]
//   /strains/<id>/phenotype    (traits,)    float64
// Samples are in lexicographic order of the strain names, the order h5py's keys() gives and the pub's
// Dataset indexes. Genotypes are HaploidPlusMinusOne: [1,0] -> -1, [0,1] -> +1.
// Throws InputError naming the file and the HDF5 object (and strain/locus) on any problem.
GenotypeDataset readElmHdf5(const std::filesystem::path& file);

}  // namespace locuscope
