// simulateDataset: the files `locuscope-cli simulate genotypes` and the GUI write, complete or absent.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "core/data/alphasimr_text_writer.h"
#include "core/data/dataset_loader.h"
#include "core/pipelines/simulation_pipeline.h"
#include "core/runtime/input_error.h"
#include "core/runtime/operation_cancelled.h"
#include "core/runtime/silent_progress.h"

using namespace locuscope;
namespace fs = std::filesystem;

namespace {

// Cancels once a report's message contains `trigger` (a user pressing Cancel during that stage).
class CancelAtMessage : public Progress {
public:
    explicit CancelAtMessage(std::string trigger) : trigger_(std::move(trigger)) {}
    void report(std::int64_t, std::int64_t, std::string_view message) override {
        if (message.find(trigger_) != std::string_view::npos) {
            cancelled_ = true;
        }
    }
    bool cancelled() const override { return cancelled_; }

private:
    std::string trigger_;
    bool cancelled_ = false;
};

// Records that progress only moves forward over the whole job.
class MonotoneProgress : public SilentProgress {
public:
    void report(std::int64_t done, std::int64_t total, std::string_view) override {
        monotone_ = monotone_ && total == 1000 && done >= last_;
        last_ = done;
    }
    bool monotone() const { return monotone_; }
    std::int64_t last() const { return last_; }

private:
    bool monotone_ = true;
    std::int64_t last_ = 0;
};

std::string contents(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

std::size_t filesIn(const fs::path& directory) {
    return static_cast<std::size_t>(
        std::distance(fs::directory_iterator(directory), fs::directory_iterator()));
}

class SimulationPipelineTest : public ::testing::Test {
protected:
    void SetUp() override {
        directory_ = fs::temp_directory_path() /
                     ("locuscope-simulation-" +
                      std::string(::testing::UnitTest::GetInstance()->current_test_info()->name()) + "-" +
                      std::to_string(getpid()));
        fs::remove_all(directory_);
        fs::create_directories(directory_);
        run_.population.loci = 10;
        run_.population.samples = 500;
        run_.population.traits = 2;
        run_.population.epistaticShare = {0, 1};
        run_.population.seed = 9;
        run_.outputDirectory = directory_;
        run_.prefix = "pop";
    }
    void TearDown() override { fs::remove_all(directory_); }

    fs::path directory_;
    SimulationRun run_;
};

TEST_F(SimulationPipelineTest, TextIsWhatTheSimulatorAndTextWriterGive) {
    MonotoneProgress progress;
    const SimulationOutputs outputs = simulateDataset(run_, progress);
    ASSERT_EQ(outputs.files.size(), 3u);
    EXPECT_EQ(outputs.files[0], directory_ / "pop_g.txt");
    EXPECT_EQ(outputs.files[1], directory_ / "pop_p.txt");
    EXPECT_EQ(outputs.files[2], directory_ / "pop_eff.txt");
    EXPECT_EQ(filesIn(directory_), 3u);
    EXPECT_TRUE(progress.monotone());
    EXPECT_EQ(progress.last(), 1000);

    // The same bytes as simulating and writing by hand (what the CLI did before the pipeline).
    SilentProgress silent;
    const SimulatedPopulation population = simulatePopulation(run_.population, silent);
    fs::create_directories(directory_ / "direct");
    const AlphaSimRTextFiles direct = writeAlphaSimRText(population, directory_ / "direct" / "pop", silent);
    EXPECT_EQ(contents(outputs.files[0]), contents(direct.genotypes));
    EXPECT_EQ(contents(outputs.files[1]), contents(direct.phenotypes));
    EXPECT_EQ(contents(outputs.files[2]), contents(direct.effects));

    ASSERT_EQ(outputs.traitVariances.size(), 2u);
    EXPECT_EQ(outputs.traitNames, population.data.traitNames);
    EXPECT_NEAR(outputs.traitVariances[0].genetic, 1.0, 1e-9);
    EXPECT_EQ(outputs.traitVariances[0].epistatic, 0.0);
    EXPECT_GT(outputs.traitVariances[1].epistatic, 0.0);
    EXPECT_EQ(outputs.pairsPerTrait, 5);
    EXPECT_EQ(outputs.samples, 500u);
    EXPECT_EQ(outputs.trainSamples, 0u);
}

TEST_F(SimulationPipelineTest, BothFormatsLoadAsTheSameDataset) {
    run_.format = SimulationRun::Format::Both;
    run_.testFraction = 0.2;
    SilentProgress progress;
    const SimulationOutputs outputs = simulateDataset(run_, progress);
    ASSERT_EQ(outputs.files.size(), 5u);
    EXPECT_EQ(outputs.files[3], directory_ / "pop_train.hdf5");
    EXPECT_EQ(outputs.files[4], directory_ / "pop_test.hdf5");
    EXPECT_EQ(outputs.trainSamples, 400u);
    const DatasetSplit hdf5 = loadDataset(directory_ / "pop_train.hdf5");
    const DatasetSplit text =
        loadDataset(directory_ / "pop_g.txt", DatasetLoadOptions{SplitMethod::Auto, 0.2, 42});
    EXPECT_EQ(hdf5.train.samples(), 400u);
    EXPECT_EQ(hdf5.test.samples(), 100u);
    EXPECT_EQ(hdf5.test.genotypes, text.test.genotypes);
    EXPECT_EQ(hdf5.train.sampleIds, text.train.sampleIds);
}

TEST_F(SimulationPipelineTest, DiploidHdf5IsRejectedBeforeAnythingIsWritten) {
    run_.format = SimulationRun::Format::Hdf5;
    run_.population.ploidy = 2;
    SilentProgress progress;
    EXPECT_THROW(simulateDataset(run_, progress), InputError);
    EXPECT_EQ(filesIn(directory_), 0u);
}

TEST_F(SimulationPipelineTest, MissingOutputDirectoryFailsNamingIt) {
    run_.outputDirectory = directory_ / "missing";
    SilentProgress progress;
    try {
        simulateDataset(run_, progress);
        FAIL() << "no error";
    } catch (const InputError& error) {
        EXPECT_NE(std::string(error.what()).find("missing"), std::string::npos) << error.what();
    }
}

TEST_F(SimulationPipelineTest, CancelLeavesNoFile) {
    run_.format = SimulationRun::Format::Both;
    for (const char* stage : {"Drawing genotypes", "Writing genotypes", "test file"}) {
        CancelAtMessage progress(stage);
        EXPECT_THROW(simulateDataset(run_, progress), OperationCancelled) << stage;
        EXPECT_EQ(filesIn(directory_), 0u) << "cancelled at " << stage;
    }
}

}  // namespace
