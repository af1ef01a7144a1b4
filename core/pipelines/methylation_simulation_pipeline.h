#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <utility>
#include <vector>

#include "core/data/methylation_simulator.h"
#include "core/runtime/progress.h"

namespace locuscope {

// `locuscope-cli simulate methylation` and the GUI: a synthetic genome with planted methylation
// rules, written as a folder (docs/methdata.md).
struct MethylationSimulationRun {
    MethylationSimulationConfig simulation;
    // Created if missing. An existing folder must be empty or hold an earlier simulation (it has a
    // simulation.json), which is then replaced as a whole.
    std::filesystem::path outputDirectory;
    bool writeBedMethyl = false;  // also methylation.bed (ENCODE bedMethyl); turns on per-site coverage
    std::string commandLine;      // recorded in simulation.json
};

struct MethylationSimulationReport {
    std::filesystem::path outputDirectory;
    std::vector<std::filesystem::path> files;  // inside outputDirectory, as written
    std::uintmax_t bytes = 0;                  // all files together
    std::int64_t bases = 0;
    std::int64_t cpgSites = 0;
    SimulatedSiteClass island;
    SimulatedSiteClass motif;
    SimulatedSiteClass background;
    double backgroundGc = 0;
    double backgroundCpgRatio = 0;
    double islandGc = 0;
    double islandCpgRatio = 0;
    std::int64_t islands = 0;
    std::vector<std::pair<std::string, std::int64_t>> motifOccurrences;  // name, count (planted + chance)
    std::int64_t chanceMotifs = 0;  // occurrences created by chance where a planted copy met its neighbours
    std::int64_t snvs = 0;
    std::vector<SimulatedVariant> edgeCases;      // every record that is not a plain SNV
    std::vector<SimulatedVariant> refMismatches;  // the records whose REF deliberately differs from genome.fa
    double simulateSeconds = 0;
    double totalSeconds = 0;
};

// Validates first (InputError, nothing created), then simulates and writes into a temporary folder
// beside the target that is renamed into place at the end: the folder appears complete or not at
// all, also on error or cancel (OperationCancelled).
MethylationSimulationReport runMethylationSimulation(const MethylationSimulationRun& run, Progress& progress);

}  // namespace locuscope
