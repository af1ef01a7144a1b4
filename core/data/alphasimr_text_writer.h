#pragma once

#include <filesystem>
#include <memory>

#include "core/data/population_simulator.h"
#include "core/runtime/progress.h"

namespace locuscope {

class AtomicFileWriter;

// The three files of an AlphaSimR export (specs/elm.md §3.2, docs/simulator.md).
struct AlphaSimRTextFiles {
    std::filesystem::path genotypes;   // <prefix>_g.txt: loci x haplotypes, 0/1
    std::filesystem::path phenotypes;  // <prefix>_p.txt: samples x traits
    std::filesystem::path effects;     // <prefix>_eff.txt: trait locus add_eff epi_loc epi_eff sfs
};

AlphaSimRTextFiles alphaSimRTextFiles(const std::filesystem::path& prefix);

// Writes a simulated population as AlphaSimR text into temporary files next to the targets;
// commit() makes all three visible. Destroyed without commit() (error, cancel, or a sibling output
// that failed), it leaves no file behind. Phenotypes and effects are written as the shortest
// decimal that reads back to the same double. Loci outside every pair (pairs < loci/2) get
// epi_loc 0 and epi_eff 0.
class AlphaSimRTextWriter {
public:
    explicit AlphaSimRTextWriter(const std::filesystem::path& prefix);  // InputError if it cannot create
    ~AlphaSimRTextWriter();
    AlphaSimRTextWriter(const AlphaSimRTextWriter&) = delete;
    AlphaSimRTextWriter& operator=(const AlphaSimRTextWriter&) = delete;

    void write(const SimulatedPopulation& population, Progress& progress);
    void commit();

    const AlphaSimRTextFiles& files() const { return files_; }

private:
    AlphaSimRTextFiles files_;
    std::unique_ptr<AtomicFileWriter> genotypes_;
    std::unique_ptr<AtomicFileWriter> phenotypes_;
    std::unique_ptr<AtomicFileWriter> effects_;
    bool written_ = false;
};

// Writes and commits the three files in one go.
AlphaSimRTextFiles writeAlphaSimRText(const SimulatedPopulation& population,
                                      const std::filesystem::path& prefix, Progress& progress);

}  // namespace locuscope
