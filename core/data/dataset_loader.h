#pragma once

#include <cstdint>
#include <filesystem>

#include "core/data/genotype_dataset.h"

namespace locuscope {

// How a dataset is divided into train and test sets.
// - Auto: pre-split HDF5 files keep their split; single datasets (text, PLINK) get HeadTail.
// - HeadTail: the ELM pub's split: train = the first round((1 - testFraction) * n) samples in file
//   order, test = the rest.
// - Random: a seeded shuffle (std::mt19937_64, platform-independent Fisher-Yates), then the same sizes.
// Each part is then ordered lexicographically by sample id, the order h5py gives the pub's HDF5 files,
// so text and HDF5 copies of one dataset load identically (and get identical heritability noise).
enum class SplitMethod { Auto, HeadTail, Random };

struct DatasetLoadOptions {
    SplitMethod split = SplitMethod::Auto;
    double testFraction = 0.15;
    std::uint64_t seed = 42;
};

// Loads a genotype dataset for the ELM engine. `data` may be
// - a directory holding exactly one of (in this order of preference): an `X_train.hdf5` +
//   `X_test.hdf5` pair, an `X_g.txt` + `X_p.txt` pair, or `X.bed` + `.bim` + `.fam` with a phenotype
//   table `X.pheno` or `X_p.txt`;
// - one file of such a set (`X_train.hdf5`, `X_test.hdf5`, `X_g.txt`, `X_p.txt`, `X.bed/.bim/.fam`),
//   whose siblings are found, or the prefix `X` itself.
// `X_eff.txt` beside the data is read as the simulated truth (hasTruth). Train and test must have the
// same loci and traits and no sample in common. Throws InputError saying what was found or missing.
DatasetSplit loadDataset(const std::filesystem::path& data, const DatasetLoadOptions& options = {});

}  // namespace locuscope
