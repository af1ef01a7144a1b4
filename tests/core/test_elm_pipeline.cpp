// The ELM pipeline around the engine: analysing a saved model, the sensitivities file, and the
// dataset summary the GUI shows before a run.
#include <gtest/gtest.h>
#include <unistd.h>

#include <cmath>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "core/nn/safetensors_file.h"
#include "core/pipelines/elm_dataset_summary.h"
#include "core/pipelines/elm_pipeline.h"
#include "core/pipelines/simulation_pipeline.h"
#include "core/runtime/input_error.h"
#include "core/runtime/runtime.h"
#include "core/runtime/silent_progress.h"

using namespace locuscope;
namespace fs = std::filesystem;

namespace {

fs::path freshDirectory(const std::string& name) {
    const fs::path directory =
        fs::temp_directory_path() / ("locuscope-elm-" + name + "-" + std::to_string(getpid()));
    fs::remove_all(directory);
    fs::create_directories(directory);
    return directory;
}

// An AlphaSimR text set with truth: <directory>/<name>_g.txt, _p.txt, _eff.txt.
fs::path simulated(const fs::path& directory, const std::string& name, int loci) {
    SimulationRun run;
    run.population.loci = loci;
    run.population.samples = 300;
    run.population.traits = 2;
    run.population.epistaticShare = {0, 1};
    run.population.seed = 5;
    run.outputDirectory = directory;
    run.prefix = name;
    SilentProgress progress;
    simulateDataset(run, progress);
    return directory / (name + "_g.txt");
}

ElmConfig quickConfig(const fs::path& data) {
    ElmConfig config;
    config.data = data;
    config.train.hidden = 32;
    config.train.maxEpochs = 3;
    config.train.weightDecay = 0.01;
    return config;
}

bool sameWithNaN(const std::vector<double>& a, const std::vector<double>& b) {
    if (a.size() != b.size()) {
        return false;
    }
    for (std::size_t k = 0; k < a.size(); ++k) {
        if (!(a[k] == b[k] || (std::isnan(a[k]) && std::isnan(b[k])))) {
            return false;
        }
    }
    return true;
}

class ElmPipelineTest : public ::testing::Test {
protected:
    void SetUp() override {
        configureRuntime(RuntimeOptions{0, "cpu"});
        directory_ = freshDirectory(::testing::UnitTest::GetInstance()->current_test_info()->name());
    }
    void TearDown() override { fs::remove_all(directory_); }

    fs::path directory_;
};

TEST_F(ElmPipelineTest, SavedModelGivesIdenticalEstimatesWithoutTraining) {
    const ElmConfig config = quickConfig(simulated(directory_, "pop", 8));
    SilentProgress progress;
    const ElmReport trained = runElm(config, progress);
    writeElmOutputs(trained, directory_ / "trained", "test");

    ElmConfig analyse = config;
    analyse.initialModel = directory_ / "trained" / "model.safetensors";
    analyse.train.hidden = 1024;  // ignored: the saved network has its own width
    const ElmReport reloaded = runElm(analyse, progress);
    ASSERT_EQ(reloaded.analysis.perTrait.size(), trained.analysis.perTrait.size());
    for (std::size_t t = 0; t < trained.analysis.perTrait.size(); ++t) {
        EXPECT_TRUE(sameWithNaN(reloaded.analysis.perTrait[t].pairEstimate,
                                trained.analysis.perTrait[t].pairEstimate))
            << "trait " << t;
        EXPECT_TRUE(sameWithNaN(reloaded.analysis.perTrait[t].meanSensitivity,
                                trained.analysis.perTrait[t].meanSensitivity));
    }
    EXPECT_EQ(reloaded.analysis.predictions, trained.analysis.predictions);
    ASSERT_EQ(reloaded.replicates.size(), 1u);
    EXPECT_TRUE(reloaded.replicates[0].history.epochs.empty());
    EXPECT_EQ(reloaded.timings.train, 0.0);
    EXPECT_EQ(reloaded.config.train.hidden, 32);
    // The model keeps its training provenance.
    EXPECT_EQ(reloaded.model.metadata, trained.model.metadata);
    const auto summary = nlohmann::json::parse(elmSummaryJson(reloaded));
    EXPECT_EQ(summary["epochs_trained"].get<int>(), 0);
    EXPECT_EQ(summary["config"]["initial_model"].get<std::string>(), analyse.initialModel.string());
}

TEST_F(ElmPipelineTest, SavedModelForOtherLociIsRejectedNamingTheFile) {
    SilentProgress progress;
    const ElmReport trained = runElm(quickConfig(simulated(directory_, "eight", 8)), progress);
    writeElmOutputs(trained, directory_ / "trained", "test");
    ElmConfig other = quickConfig(simulated(directory_, "six", 6));
    other.initialModel = directory_ / "trained" / "model.safetensors";
    try {
        runElm(other, progress);
        FAIL() << "no error";
    } catch (const InputError& error) {
        EXPECT_EQ(error.file(), other.initialModel);
        EXPECT_NE(std::string(error.what()).find("8 inputs"), std::string::npos) << error.what();
    }
}

TEST_F(ElmPipelineTest, SavedModelIsAnalysedOnceAndMustBeAnElmModel) {
    SilentProgress progress;
    const ElmReport trained = runElm(quickConfig(simulated(directory_, "pop", 8)), progress);
    writeElmOutputs(trained, directory_ / "trained", "test");
    ElmConfig config = quickConfig(directory_ / "pop_g.txt");
    config.initialModel = directory_ / "trained" / "model.safetensors";
    config.replicates = 2;
    EXPECT_THROW(runElm(config, progress), InputError);

    SafetensorsFile foreign = trained.model;
    foreign.metadata["model_kind"] = "interact";
    writeSafetensors(directory_ / "foreign.safetensors", foreign);
    config.replicates = 1;
    config.initialModel = directory_ / "foreign.safetensors";
    try {
        runElm(config, progress);
        FAIL() << "no error";
    } catch (const InputError& error) {
        EXPECT_EQ(error.file(), config.initialModel);
    }
}

TEST_F(ElmPipelineTest, SensitivitiesFileHoldsJacobiansGenotypesAndNames) {
    ElmConfig config = quickConfig(simulated(directory_, "pop", 8));
    config.keepSensitivities = true;
    SilentProgress progress;
    const ElmReport report = runElm(config, progress);
    writeElmOutputs(report, directory_ / "out", "test");
    const SafetensorsFile file = readSafetensors(directory_ / "out" / "sensitivities.safetensors");
    const auto samples = static_cast<std::int64_t>(report.testSampleIds.size());
    const TensorRecord* sensitivities = file.find("sensitivities");
    const TensorRecord* genotypes = file.find("genotypes");
    ASSERT_NE(sensitivities, nullptr);
    ASSERT_NE(genotypes, nullptr);
    EXPECT_EQ(sensitivities->dtype, TensorDType::F32);
    EXPECT_EQ(sensitivities->shape, (std::vector<std::int64_t>{samples, 2, 8}));
    EXPECT_EQ(genotypes->shape, (std::vector<std::int64_t>{samples, 8}));
    // J(x) . x reconstructs the prediction of the first sample, first trait.
    const auto* s = reinterpret_cast<const float*>(sensitivities->bytes.data());
    const auto* x = reinterpret_cast<const float*>(genotypes->bytes.data());
    double reconstruction = 0;
    for (int i = 0; i < 8; ++i) {
        reconstruction += static_cast<double>(s[i]) * x[i];
    }
    EXPECT_NEAR(reconstruction, report.analysis.predictions[0], 1e-4);
    EXPECT_EQ(nlohmann::json::parse(file.metadata.at("sample_ids")).get<std::vector<std::string>>(),
              report.testSampleIds);
    EXPECT_EQ(nlohmann::json::parse(file.metadata.at("locus_names")).get<std::vector<std::string>>(),
              report.locusNames);
    EXPECT_EQ(nlohmann::json::parse(file.metadata.at("trait_names")).get<std::vector<std::string>>(),
              report.traitNames);

    // A later run without sensitivities into the same folder leaves none of the old ones behind.
    config.keepSensitivities = false;
    writeElmOutputs(runElm(config, progress), directory_ / "out", "test");
    EXPECT_FALSE(fs::exists(directory_ / "out" / "sensitivities.safetensors"));
    EXPECT_TRUE(fs::exists(directory_ / "out" / "model.safetensors"));
    for (const auto& entry : fs::directory_iterator(directory_ / "out")) {
        EXPECT_NE(entry.path().filename().string().front(), '.') << "temporary left: " << entry.path();
    }
}

TEST(ElmDatasetSummary, DescribesTheBundledReferenceData) {
    const ElmDatasetSummary summary = describeElmDataset(fs::path(LOCUSCOPE_RESOURCES) / "demo" / "elm");
    EXPECT_EQ(summary.samples, 10000u);
    EXPECT_EQ(summary.trainSamples, 8500u);
    EXPECT_EQ(summary.testSamples, 1500u);
    EXPECT_EQ(summary.loci, 64u);
    EXPECT_EQ(summary.locusNames.size(), 64u);
    EXPECT_EQ(summary.traits, 5u);
    EXPECT_EQ(summary.traitNames,
              (std::vector<std::string>{"Trait1", "Trait2", "Trait3", "Trait4", "Trait5"}));
    EXPECT_TRUE(summary.hasTruth);
    // Trait 1 is purely additive; the others have 32 disjoint interacting pairs each.
    EXPECT_EQ(summary.epistaticPairs, (std::vector<std::size_t>{0, 32, 32, 32, 32}));
    EXPECT_EQ(summary.encoding.rfind("haploid", 0), 0u) << summary.encoding;
    EXPECT_NE(summary.splitDescription.find("8500/1500"), std::string::npos) << summary.splitDescription;
    EXPECT_EQ(summary.source, fs::path(LOCUSCOPE_RESOURCES) / "demo" / "elm");
}

TEST(ElmDatasetSummary, FollowsTheLoadOptionsAndNamesBadData) {
    DatasetLoadOptions options;
    options.testFraction = 0.25;
    const ElmDatasetSummary summary =
        describeElmDataset(fs::path(LOCUSCOPE_TEST_DATA) / "elm" / "tiny" / "tiny_g.txt", options);
    EXPECT_EQ(summary.samples, 12u);
    EXPECT_EQ(summary.testSamples, 3u);
    EXPECT_EQ(summary.loci, 4u);
    EXPECT_TRUE(summary.hasTruth);
    EXPECT_EQ(summary.epistaticPairs, (std::vector<std::size_t>{0, 2}));  // trait 1's pairs have epi_eff 0
    EXPECT_THROW(describeElmDataset(fs::path(LOCUSCOPE_TEST_DATA) / "elm" / "nowhere"), InputError);
}

}  // namespace
