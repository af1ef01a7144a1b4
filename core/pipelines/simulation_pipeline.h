#pragma once

#include <cstddef>
#include <filesystem>
#include <string>
#include <vector>

#include "core/data/population_simulator.h"
#include "core/runtime/progress.h"

namespace locuscope {

// Simulates a population with additive and pairwise effects (docs/simulator.md) and writes it as a
// dataset the ELM engine reads. Shared by `locuscope-cli simulate genotypes` and the GUI.
struct SimulationRun {
    // Text: AlphaSimR <prefix>_g.txt, _p.txt, _eff.txt (any ploidy). Hdf5: the ELM pub's
    // <prefix>_train.hdf5 + _test.hdf5 (haploid only). Both: all five.
    enum class Format { Text, Hdf5, Both };

    SimulationConfig population;
    std::filesystem::path outputDirectory;  // must exist; empty = the working directory
    std::string prefix = "population";      // every file name starts with it
    Format format = Format::Text;
    double testFraction = 0.15;  // HDF5: the last round(f * samples) samples are the test file
};

struct SimulationOutputs {
    std::filesystem::path prefix;              // outputDirectory / prefix
    std::vector<std::filesystem::path> files;  // as written: _g, _p, _eff.txt, then _train, _test.hdf5
    std::size_t samples = 0;
    std::size_t trainSamples = 0;  // samples in _train.hdf5 (0 without HDF5)
    int pairsPerTrait = 0;
    std::vector<std::string> traitNames;
    std::vector<SimulatedTraitVariance> traitVariances;  // realised, one per trait
    double simulateSeconds = 0;                          // the simulation alone
    double totalSeconds = 0;                             // with writing
};

// Checks the run first (InputError: invalid population, HDF5 with ploidy 2, a test fraction that
// leaves a file empty, an output directory that is missing or not writable), then simulates and
// writes. Every file is complete or absent: all are written to temporary files and published
// together at the end, so an error or a cancel (OperationCancelled) leaves no file.
SimulationOutputs simulateDataset(const SimulationRun& run, Progress& progress);

}  // namespace locuscope
