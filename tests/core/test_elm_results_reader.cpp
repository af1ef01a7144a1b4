// readElmOutputs gives back the report writeElmOutputs wrote, so a results folder redraws every
// figure exactly; damaged folders fail with the file named.
#include <gtest/gtest.h>
#include <unistd.h>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "core/pipelines/elm_pipeline.h"
#include "core/pipelines/elm_results_reader.h"
#include "core/pipelines/simulation_pipeline.h"
#include "core/runtime/input_error.h"
#include "core/runtime/runtime.h"
#include "core/runtime/silent_progress.h"

using namespace locuscope;
namespace fs = std::filesystem;

namespace {

fs::path freshDirectory(const std::string& name) {
    const fs::path directory =
        fs::temp_directory_path() / ("locuscope-results-" + name + "-" + std::to_string(getpid()));
    fs::remove_all(directory);
    fs::create_directories(directory);
    return directory;
}

std::string contents(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

// Same value, NaN equal to NaN (pairs with an empty genotype class, traits without epistasis).
bool same(double a, double b) {
    return (std::isnan(a) && std::isnan(b)) || a == b;
}

void expectSame(const std::vector<double>& actual, const std::vector<double>& expected,
                const std::string& what) {
    ASSERT_EQ(actual.size(), expected.size()) << what;
    for (std::size_t k = 0; k < expected.size(); ++k) {
        EXPECT_TRUE(same(actual[k], expected[k]))
            << what << "[" << k << "]: " << actual[k] << " vs " << expected[k];
    }
}

class ElmResultsReaderTest : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        configureRuntime(RuntimeOptions{0, "cpu"});
        root_ = new fs::path(freshDirectory("suite"));
        SimulationRun simulation;
        simulation.population.loci = 8;
        simulation.population.samples = 400;
        simulation.population.traits = 2;
        simulation.population.epistaticShare = {0, 1};
        simulation.population.seed = 3;
        simulation.outputDirectory = *root_;
        simulation.prefix = "pop";
        SilentProgress progress;
        simulateDataset(simulation, progress);

        ElmConfig config;
        config.data = *root_ / "pop_g.txt";
        config.heritability = 0.8;  // the truth is written scaled by sqrt(H^2) and read back unscaled
        config.replicates = 2;
        config.keepSensitivities = true;
        config.train.hidden = 32;
        config.train.maxEpochs = 4;
        config.train.weightDecay = 0.01;
        report_ = new ElmReport(runElm(config, progress));
        writeElmOutputs(*report_, *root_ / "out", "locuscope-cli elm (test)");
    }
    static void TearDownTestSuite() {
        fs::remove_all(*root_);
        delete report_;
        delete root_;
    }

    static const ElmReport& written() { return *report_; }
    static fs::path results() { return *root_ / "out"; }

    // A copy of the results folder to damage.
    static fs::path copyOfResults(const std::string& name) {
        const fs::path copy = *root_ / name;
        fs::remove_all(copy);
        fs::copy(results(), copy);
        return copy;
    }

    static void expectInputErrorNaming(const fs::path& directory, const std::string& file) {
        try {
            readElmOutputs(directory);
            ADD_FAILURE() << "no error for a damaged " << file;
        } catch (const InputError& error) {
            EXPECT_EQ(error.file().filename().string(), file) << error.what();
        }
    }

private:
    static fs::path* root_;
    static ElmReport* report_;
};

fs::path* ElmResultsReaderTest::root_ = nullptr;
ElmReport* ElmResultsReaderTest::report_ = nullptr;

TEST_F(ElmResultsReaderTest, NamesAndTestPredictionsComeBackExactly) {
    const ElmReport& expected = written();
    const ElmReport read = readElmOutputs(results());
    EXPECT_EQ(read.locusNames, expected.locusNames);
    EXPECT_EQ(read.traitNames, expected.traitNames);
    EXPECT_EQ(read.testSampleIds, expected.testSampleIds);
    EXPECT_EQ(read.testObserved, expected.testObserved);
    EXPECT_EQ(read.analysis.predictions, expected.analysis.predictions);
    EXPECT_EQ(read.analysis.jacobianDotX, expected.analysis.jacobianDotX);
    EXPECT_EQ(read.analysis.samples, expected.analysis.samples);
    EXPECT_EQ(read.analysis.loci, expected.analysis.loci);
    EXPECT_EQ(read.analysis.traits, expected.analysis.traits);
    EXPECT_EQ(read.analysis.maxReconstructionError, expected.analysis.maxReconstructionError);
    EXPECT_EQ(read.splitDescription, expected.splitDescription);
    EXPECT_EQ(read.trainSamples, expected.trainSamples);
    EXPECT_EQ(read.monitorSamples, expected.monitorSamples);
}

TEST_F(ElmResultsReaderTest, LocusPairAndPcaEstimatesComeBackExactly) {
    const ElmReport& expected = written();
    const ElmReport read = readElmOutputs(results());
    ASSERT_EQ(read.analysis.perTrait.size(), expected.analysis.perTrait.size());
    for (std::size_t t = 0; t < expected.analysis.perTrait.size(); ++t) {
        const ElmTraitAnalysis& a = read.analysis.perTrait[t];
        const ElmTraitAnalysis& e = expected.analysis.perTrait[t];
        const std::string trait = " of trait " + std::to_string(t);
        expectSame(a.meanSensitivity, e.meanSensitivity, "mean sensitivity" + trait);
        expectSame(a.sensitivityVariance, e.sensitivityVariance, "sensitivity variance" + trait);
        expectSame(a.pairEstimate, e.pairEstimate, "pair estimate" + trait);
        expectSame(a.pcaExplainedRatio, e.pcaExplainedRatio, "PCA explained ratio" + trait);
        expectSame(a.pcaLoadings, e.pcaLoadings, "PCA loadings" + trait);
        expectSame(read.pairMean[t], expected.pairMean[t], "replicate mean" + trait);
        expectSame(read.pairSd[t], expected.pairSd[t], "replicate sd" + trait);
    }
}

TEST_F(ElmResultsReaderTest, TruthComesBackExactlyAndUnscaled) {
    const ElmReport& expected = written();
    const ElmReport read = readElmOutputs(results());
    ASSERT_TRUE(expected.hasTruth);
    ASSERT_TRUE(read.hasTruth);
    EXPECT_EQ(read.truth.traits, expected.truth.traits);
    EXPECT_EQ(read.truth.loci, expected.truth.loci);
    bool anyEpistasis = false;
    for (std::size_t t = 0; t < expected.truth.traits; ++t) {
        for (std::size_t i = 0; i < expected.truth.loci; ++i) {
            EXPECT_EQ(read.truth.additiveAt(t, i), expected.truth.additiveAt(t, i));
            EXPECT_EQ(read.truth.epistaticAt(t, i), expected.truth.epistaticAt(t, i));
            EXPECT_EQ(read.truth.partnerOf(t, i), expected.truth.partnerOf(t, i));
            for (std::size_t j = 0; j < expected.truth.loci; ++j) {
                EXPECT_EQ(read.truth.pairEffect(t, i, j), expected.truth.pairEffect(t, i, j));
                anyEpistasis = anyEpistasis || expected.truth.pairEffect(t, i, j) != 0.0;
            }
        }
    }
    EXPECT_TRUE(anyEpistasis);
}

TEST_F(ElmResultsReaderTest, ReplicatesAndTrainingHistoriesComeBack) {
    const ElmReport& expected = written();
    const ElmReport read = readElmOutputs(results());
    ASSERT_EQ(read.replicates.size(), 2u);
    for (std::size_t r = 0; r < expected.replicates.size(); ++r) {
        const ElmReplicateRun& a = read.replicates[r];
        const ElmReplicateRun& e = expected.replicates[r];
        EXPECT_EQ(a.index, e.index);
        EXPECT_EQ(a.noiseSeed, e.noiseSeed);
        EXPECT_EQ(a.modelSeed, e.modelSeed);
        EXPECT_EQ(a.history.bestEpoch, e.history.bestEpoch);
        EXPECT_EQ(a.history.stoppedEarly, e.history.stoppedEarly);
        EXPECT_EQ(a.history.monitored, e.history.monitored);
        expectSame(a.pearsonR, e.pearsonR, "replicate pearson r");
        expectSame(a.pairR2, e.pairR2, "replicate pair r2");
        EXPECT_EQ(a.maxReconstructionError, e.maxReconstructionError);
        ASSERT_EQ(a.history.epochsTrained(), e.history.epochsTrained());
        for (std::size_t k = 0; k < e.history.epochs.size(); ++k) {
            EXPECT_EQ(a.history.epochs[k].epoch, e.history.epochs[k].epoch);
            EXPECT_EQ(a.history.epochs[k].trainLoss, e.history.epochs[k].trainLoss);
            EXPECT_EQ(a.history.epochs[k].monitoredLoss, e.history.epochs[k].monitoredLoss);
            EXPECT_EQ(a.history.epochs[k].learningRate, e.history.epochs[k].learningRate);
            EXPECT_EQ(a.history.epochs[k].seconds, e.history.epochs[k].seconds);
        }
    }
}

TEST_F(ElmResultsReaderTest, SummariesTimingsAndConfigComeBack) {
    const ElmReport& expected = written();
    const ElmReport read = readElmOutputs(results());
    ASSERT_EQ(read.traits.size(), expected.traits.size());
    for (std::size_t t = 0; t < expected.traits.size(); ++t) {
        const ElmTraitSummary& a = read.traits[t];
        const ElmTraitSummary& e = expected.traits[t];
        EXPECT_EQ(a.name, e.name);
        expectSame({a.pearsonR, a.r2, a.additiveSlope, a.additiveR2, a.varianceQuadCoef, a.varianceQuadR2,
                    a.pairSlope, a.pairR2, a.pairPearson, a.replicateMeanPairSlope, a.replicateMeanPairR2},
                   {e.pearsonR, e.r2, e.additiveSlope, e.additiveR2, e.varianceQuadCoef, e.varianceQuadR2,
                    e.pairSlope, e.pairR2, e.pairPearson, e.replicateMeanPairSlope, e.replicateMeanPairR2},
                   "summary of trait " + std::to_string(t));
        EXPECT_EQ(a.topVarianceLoci, e.topVarianceLoci);
    }
    EXPECT_EQ(read.maxReconstructionError, expected.maxReconstructionError);
    expectSame({read.timings.load, read.timings.train, read.timings.jacobian, read.timings.pairs,
                read.timings.total, read.timings.perEpoch},
               {expected.timings.load, expected.timings.train, expected.timings.jacobian,
                expected.timings.pairs, expected.timings.total, expected.timings.perEpoch},
               "timings");
    const ElmConfig& a = read.config;
    const ElmConfig& e = expected.config;
    EXPECT_EQ(a.data, e.data);
    EXPECT_EQ(a.heritability, e.heritability);
    EXPECT_EQ(a.replicates, e.replicates);
    EXPECT_EQ(a.noiseSeed, e.noiseSeed);
    EXPECT_EQ(a.keepSensitivities, e.keepSensitivities);
    EXPECT_EQ(a.initialModel, e.initialModel);
    EXPECT_EQ(a.load.split, e.load.split);
    EXPECT_EQ(a.load.testFraction, e.load.testFraction);
    EXPECT_EQ(a.load.seed, e.load.seed);
    EXPECT_EQ(a.train.hidden, e.train.hidden);
    EXPECT_EQ(a.train.negativeSlope, e.train.negativeSlope);
    EXPECT_EQ(a.train.learningRate, e.train.learningRate);
    EXPECT_EQ(a.train.weightDecay, e.train.weightDecay);
    EXPECT_EQ(a.train.batchSize, e.train.batchSize);
    EXPECT_EQ(a.train.maxEpochs, e.train.maxEpochs);
    EXPECT_EQ(a.train.patience, e.train.patience);
    EXPECT_EQ(a.train.minDelta, e.train.minDelta);
    EXPECT_EQ(a.train.lrPatience, e.train.lrPatience);
    EXPECT_EQ(a.train.lrFactor, e.train.lrFactor);
    EXPECT_EQ(a.train.seed, e.train.seed);
    EXPECT_EQ(a.train.monitor, e.train.monitor);
    EXPECT_EQ(a.train.validationFraction, e.train.validationFraction);
    EXPECT_EQ(a.train.device, e.train.device);
}

TEST_F(ElmResultsReaderTest, SensitivitiesGenotypesAndModelComeBack) {
    const ElmReport& expected = written();
    const ElmReport read = readElmOutputs(results());
    ASSERT_FALSE(expected.analysis.sensitivities.empty());
    EXPECT_EQ(read.analysis.sensitivities, expected.analysis.sensitivities);
    EXPECT_EQ(read.testGenotypes, expected.testGenotypes);
    EXPECT_EQ(read.model.metadata, expected.model.metadata);
    ASSERT_EQ(read.model.tensors.size(), expected.model.tensors.size());
    for (const TensorRecord& tensor : expected.model.tensors) {
        const TensorRecord* back = read.model.find(tensor.name);
        ASSERT_NE(back, nullptr) << tensor.name;
        EXPECT_EQ(back->shape, tensor.shape);
        EXPECT_EQ(back->bytes, tensor.bytes) << tensor.name;
    }
}

TEST_F(ElmResultsReaderTest, ReadReportWritesTheSameTables) {
    // Everything a figure or table needs survives the round trip: writing what was read gives the
    // same files, byte for byte.
    const fs::path again = copyOfResults("again");
    fs::remove_all(again);
    writeElmOutputs(readElmOutputs(results()), again, "locuscope-cli elm (test)");
    for (const char* file : {"predictions.tsv", "loci.tsv", "pairs.tsv", "replicates.tsv", "training.tsv",
                             "pca.tsv", "summary.json", "model.safetensors", "sensitivities.safetensors"}) {
        EXPECT_EQ(contents(again / file), contents(results() / file)) << file;
    }
}

TEST_F(ElmResultsReaderTest, FolderWithoutSensitivitiesReadsWithoutThem) {
    const fs::path copy = copyOfResults("no-sensitivities");
    fs::remove(copy / "sensitivities.safetensors");
    const ElmReport read = readElmOutputs(copy);
    EXPECT_TRUE(read.analysis.sensitivities.empty());
    EXPECT_TRUE(read.testGenotypes.empty());
    EXPECT_EQ(read.analysis.predictions, written().analysis.predictions);
}

TEST_F(ElmResultsReaderTest, MissingFilesAreNamed) {
    EXPECT_THROW(readElmOutputs(results() / "nowhere"), InputError);
    for (const char* file : {"summary.json", "loci.tsv", "predictions.tsv", "pairs.tsv", "replicates.tsv",
                             "training.tsv", "pca.tsv", "model.safetensors"}) {
        const fs::path copy = copyOfResults(std::string("missing-") + file);
        fs::remove(copy / file);
        expectInputErrorNaming(copy, file);
    }
}

TEST_F(ElmResultsReaderTest, CutOffFilesAreNamed) {
    // Cut mid-line and cut at a line end: both must be noticed, never read as a shorter result.
    for (const char* file : {"summary.json", "loci.tsv", "predictions.tsv", "pairs.tsv", "replicates.tsv",
                             "training.tsv", "pca.tsv", "model.safetensors", "sensitivities.safetensors"}) {
        const std::string text = contents(results() / file);
        for (const bool atLineEnd : {false, true}) {
            std::size_t keep = text.size() - 5;
            if (atLineEnd) {
                keep = text.rfind('\n', text.size() - 2) + 1;
            }
            const fs::path copy = copyOfResults(std::string("cut-") + file + (atLineEnd ? "-line" : ""));
            std::ofstream(copy / file, std::ios::binary | std::ios::trunc) << text.substr(0, keep);
            expectInputErrorNaming(copy, file);
        }
    }
}

TEST_F(ElmResultsReaderTest, RowsOfAnotherRunAreRejectedWithTheLine) {
    const fs::path copy = copyOfResults("renamed-locus");
    std::string text = contents(copy / "pairs.tsv");
    const std::size_t second = text.find('\n', text.find("\ntrait")) + 1;  // first data row
    const std::size_t row = text.find('\n', second) + 1;                   // second data row
    const std::size_t tab = text.find('\t', row);
    text.replace(row, tab - row, "NoSuchTrait");
    std::ofstream(copy / "pairs.tsv", std::ios::binary | std::ios::trunc) << text;
    try {
        readElmOutputs(copy);
        FAIL() << "no error";
    } catch (const InputError& error) {
        EXPECT_EQ(error.file().filename(), "pairs.tsv");
        EXPECT_GT(error.line(), 0);
        EXPECT_NE(std::string(error.what()).find("NoSuchTrait"), std::string::npos) << error.what();
    }
}

}  // namespace
