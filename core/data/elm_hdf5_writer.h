#pragma once

#include <cstddef>
#include <filesystem>
#include <memory>
#include <vector>

#include "core/data/genotype_dataset.h"
#include "core/data/population_simulator.h"
#include "core/runtime/progress.h"

namespace locuscope {

// Writes haploid datasets in the HDF5 layout of the ELM pub (specs/elm.md §3.1):
//   /metadata/loci, /metadata/phenotype_names   variable-length UTF-8 strings
//   /strains/<id>/genotype   (loci, 2) int8, chunked (loci, 2), gzip 4; allele 0 -> [1,0], 1 -> [0,1]
//   /strains/<id>/phenotype  (traits,) float64
// Data goes to a temporary file in the target's directory; commit() closes, fsyncs and renames it.
// Destroyed without commit() it removes the temporary, so failures and cancels leave no file.
class ElmHdf5Writer {
public:
    explicit ElmHdf5Writer(std::filesystem::path target);  // InputError if the file cannot be created
    ~ElmHdf5Writer();
    ElmHdf5Writer(const ElmHdf5Writer&) = delete;
    ElmHdf5Writer& operator=(const ElmHdf5Writer&) = delete;

    // Writes samples [first, first + count) of `data`, which must be haploid (x = -1/+1).
    // `phenotypes` (samples x traits) overrides data.phenotypes when not empty, so simulated
    // phenotypes keep full double precision. Call once.
    void write(const GenotypeDataset& data, const std::vector<double>& phenotypes, std::size_t first,
               std::size_t count, Progress& progress);
    void commit();

    const std::filesystem::path& target() const { return target_; }

private:
    struct State;
    std::filesystem::path target_;
    std::unique_ptr<State> state_;
};

// Writes all samples of `data` (phenotypes as stored, widened to float64) and commits.
void writeElmHdf5(const GenotypeDataset& data, const std::filesystem::path& file, Progress& progress);

struct ElmHdf5SplitFiles {
    std::filesystem::path train;  // <prefix>_train.hdf5
    std::filesystem::path test;   // <prefix>_test.hdf5
};
ElmHdf5SplitFiles elmHdf5SplitFiles(const std::filesystem::path& prefix);

// Samples in the training file: round((1 - testFraction) * samples), as the pub's prep_data.py;
// InputError unless 0 < testFraction < 1 and both parts keep at least one sample.
std::size_t elmTrainSamples(std::size_t samples, double testFraction);

// The pub's split: the first round((1 - f) n) samples to <prefix>_train.hdf5, the rest to
// <prefix>_test.hdf5, no shuffling. Both files are complete before either becomes visible.
ElmHdf5SplitFiles writeElmHdf5Split(const SimulatedPopulation& population,
                                    const std::filesystem::path& prefix, double testFraction,
                                    Progress& progress);
void writeElmHdf5Split(const SimulatedPopulation& population, const std::filesystem::path& prefix,
                       double testFraction = 0.15);

}  // namespace locuscope
