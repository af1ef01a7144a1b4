#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace locuscope {

// How genotypes are turned into model inputs (docs/file-formats.md):
// - Haploid: allele 0 -> -1, allele 1 -> +1, exactly as the ELM pub (one-hot [1,0]/[0,1] -> 2x-1,
//   second column kept).
// - Diploid: allele-1 dosage 0/1/2 centred by subtracting 1 -> -1/0/+1.
enum class GenotypeEncoding { HaploidPlusMinusOne, DiploidCentredDosage };

// Samples x loci genotypes (already encoded) and samples x traits phenotypes, row-major.
// Plain data so pipelines, the GUI and tests can share it without LibTorch.
struct GenotypeDataset {
    std::vector<std::string> sampleIds;
    std::vector<std::string> locusNames;
    std::vector<std::string> traitNames;
    std::vector<float> genotypes;    // samples() * loci()
    std::vector<float> phenotypes;   // samples() * traits()
    GenotypeEncoding encoding = GenotypeEncoding::HaploidPlusMinusOne;

    std::size_t samples() const { return sampleIds.size(); }
    std::size_t loci() const { return locusNames.size(); }
    std::size_t traits() const { return traitNames.size(); }
    float genotype(std::size_t sample, std::size_t locus) const { return genotypes[sample * loci() + locus]; }
    float phenotype(std::size_t sample, std::size_t trait) const { return phenotypes[sample * traits() + trait]; }
};

// Simulated truth (AlphaSimR _eff.txt layout): per trait and locus the additive effect, the one
// partner locus it interacts with (-1 for none) and the pairwise effect beta_ij of that pair.
struct TrueEffects {
    std::size_t traits = 0;
    std::size_t loci = 0;
    std::vector<double> additive;        // traits * loci
    std::vector<int> partner;            // traits * loci, 0-based, -1 = none
    std::vector<double> epistatic;       // traits * loci (same value at both members of a pair)
    std::vector<double> alleleFrequency; // loci (frequency of allele 1)

    double additiveAt(std::size_t trait, std::size_t locus) const { return additive[trait * loci + locus]; }
    int partnerOf(std::size_t trait, std::size_t locus) const { return partner[trait * loci + locus]; }
    double epistaticAt(std::size_t trait, std::size_t locus) const { return epistatic[trait * loci + locus]; }
    // beta_ij for any pair (0 when i and j do not interact).
    double pairEffect(std::size_t trait, std::size_t i, std::size_t j) const {
        return partnerOf(trait, i) == static_cast<int>(j) ? epistaticAt(trait, i) : 0.0;
    }
};

// A dataset divided for training. `description` says how ("head/tail 8500/1500 as the ELM pub",
// "random 85/15, seed 7", "pre-split HDF5 files").
struct DatasetSplit {
    GenotypeDataset train;
    GenotypeDataset test;
    bool hasTruth = false;
    TrueEffects truth;
    std::string description;
};

}  // namespace locuscope
