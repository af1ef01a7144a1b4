#include "core/pipelines/simulation_pipeline.h"

#include <chrono>
#include <optional>

#include "core/data/alphasimr_text_writer.h"
#include "core/data/elm_hdf5_writer.h"
#include "core/runtime/input_error.h"
#include "core/runtime/stage_progress.h"

namespace locuscope {
namespace {

using Clock = std::chrono::steady_clock;

double secondsSince(Clock::time_point start) {
    return std::chrono::duration<double>(Clock::now() - start).count();
}

}  // namespace

SimulationOutputs simulateDataset(const SimulationRun& run, Progress& progress) {
    const SimulationConfig& config = run.population;
    validateSimulationConfig(config);
    const bool text = run.format != SimulationRun::Format::Hdf5;
    const bool hdf5 = run.format != SimulationRun::Format::Text;
    if (hdf5 && config.ploidy != 1) {
        throw InputError("the ELM HDF5 layout is haploid only; write a diploid population as text");
    }
    SimulationOutputs outputs;
    outputs.prefix = run.outputDirectory / run.prefix;
    outputs.samples = static_cast<std::size_t>(config.samples);
    outputs.pairsPerTrait = resolvedPairs(config);
    if (hdf5) {
        outputs.trainSamples = elmTrainSamples(outputs.samples, run.testFraction);
    }

    // Temporary files first, so a bad output directory fails before the simulation and nothing
    // becomes visible until every output is complete.
    std::optional<AlphaSimRTextWriter> textWriter;
    std::optional<ElmHdf5Writer> trainWriter;
    std::optional<ElmHdf5Writer> testWriter;
    if (text) {
        textWriter.emplace(outputs.prefix);
    }
    if (hdf5) {
        const ElmHdf5SplitFiles files = elmHdf5SplitFiles(outputs.prefix);
        trainWriter.emplace(files.train);
        testWriter.emplace(files.test);
    }

    // One bar over the whole job: the simulation half, the writing the other half.
    constexpr std::int64_t total = 1000;
    const double writeSpan = 500.0 / ((text ? 1 : 0) + (hdf5 ? 2 : 0));
    const auto start = Clock::now();
    StageProgress simulation(progress, 0, 500.0, total, "");
    const SimulatedPopulation population = simulatePopulation(config, simulation);
    outputs.simulateSeconds = secondsSince(start);
    double offset = 500.0;
    if (textWriter) {
        StageProgress writing(progress, offset, writeSpan, total, "");
        textWriter->write(population, writing);
        offset += writeSpan;
    }
    if (hdf5) {
        StageProgress trainWriting(progress, offset, writeSpan, total, "training file: ");
        trainWriter->write(population.data, population.phenotypes, 0, outputs.trainSamples, trainWriting);
        StageProgress testWriting(progress, offset + writeSpan, writeSpan, total, "test file: ");
        testWriter->write(population.data, population.phenotypes, outputs.trainSamples,
                          outputs.samples - outputs.trainSamples, testWriting);
    }
    throwIfCancelled(progress);
    if (textWriter) {
        textWriter->commit();
        outputs.files.push_back(textWriter->files().genotypes);
        outputs.files.push_back(textWriter->files().phenotypes);
        outputs.files.push_back(textWriter->files().effects);
    }
    if (hdf5) {
        trainWriter->commit();
        testWriter->commit();
        outputs.files.push_back(trainWriter->target());
        outputs.files.push_back(testWriter->target());
    }
    outputs.traitNames = population.data.traitNames;
    outputs.traitVariances = population.traitVariances;
    outputs.totalSeconds = secondsSince(start);
    progress.report(total, total, "Written");
    return outputs;
}

}  // namespace locuscope
