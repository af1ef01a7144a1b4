#pragma once

#include <cstddef>
#include <filesystem>
#include <string>
#include <vector>

#include "core/data/dataset_loader.h"
#include "core/data/genotype_dataset.h"

namespace locuscope {

// What an ELM run would see of a dataset, before anything is trained: sizes, names, the split and
// whether the simulated truth is known (the GUI shows it when a dataset is opened).
struct ElmDatasetSummary {
    std::filesystem::path source;  // as given
    std::size_t samples = 0, trainSamples = 0, testSamples = 0;
    std::size_t loci = 0, traits = 0;
    std::vector<std::string> traitNames, locusNames;
    std::string splitDescription;  // loadDataset's description
    std::string encoding;          // encodingDescription of the genotypes
    bool hasTruth = false;
    // Per trait, interacting pairs with a non-zero beta_ij in the truth; empty without truth.
    std::vector<std::size_t> epistaticPairs;
};

// Loads the dataset as runElm would (InputError naming the file for bad data).
ElmDatasetSummary describeElmDataset(const std::filesystem::path& data,
                                     const DatasetLoadOptions& options = {});

// "haploid: allele 0 -> -1, allele 1 -> +1" or "diploid: allele-1 dosage - 1" (also the
// input_encoding of ELM model files).
std::string encodingDescription(GenotypeEncoding encoding);

}  // namespace locuscope
