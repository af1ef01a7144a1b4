#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>

#include "core/data/methylation_track_reader.h"
#include "core/genome/reference_genome.h"
#include "core/models/interact/interact_model_file.h"
#include "core/models/interact/interact_tokens.h"
#include "core/models/interact/interact_trainer.h"
#include "core/nn/tensor_file.h"
#include "core/pipelines/interact_model_pipeline.h"
#include "core/pipelines/interact_train_pipeline.h"
#include "core/train/regression_metrics.h"
#include "core/pipelines/methylation_simulation_pipeline.h"
#include "core/runtime/input_error.h"
#include "core/runtime/operation_cancelled.h"

namespace fs = std::filesystem;
using namespace locuscope;

namespace {

class QuietProgress : public Progress {
public:
    void report(std::int64_t, std::int64_t, std::string_view) override {}
    bool cancelled() const override { return stop; }
    std::atomic<bool> stop{false};
};

InteractModelSpec tinySpec() {
    InteractModelSpec spec;
    spec.preset = "small";
    spec.cnnChannels = 16;
    spec.hidden = 32;
    spec.heads = 4;
    spec.intermediate = 64;
    spec.layers = 1;
    spec.headHidden = 32;
    spec.seed = 5;
    return spec;
}

// 4 contigs x 20 kb: chr1-2 train, chr3 validation, chr4 test. Simulated once for all tests.
class InteractTrainerTest : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        directory_ = fs::temp_directory_path() / ("locuscope-interact-train-" + std::to_string(getpid()));
        fs::remove_all(directory_);
        MethylationSimulationRun run;
        run.simulation.contigs = 4;
        run.simulation.contigLength = 20'000;
        run.simulation.islandsPerContig = 5;
        run.simulation.motifsPerMegabase = 0;
        run.simulation.snvEvery = 0;
        run.simulation.seed = 11;
        run.outputDirectory = directory_ / "sim";
        QuietProgress progress;
        runMethylationSimulation(run, progress);
    }
    static void TearDownTestSuite() { fs::remove_all(directory_); }

    static fs::path fasta() { return directory_ / "sim" / "genome.fa"; }
    static fs::path bedGraph() { return directory_ / "sim" / "methylation.bedGraph"; }

    static InteractTrainConfig baseConfig(const std::string& name) {
        InteractTrainConfig config;
        config.fasta = fasta();
        config.methylation = {bedGraph()};
        config.out = directory_ / (name + ".safetensors");
        config.report = directory_ / (name + ".json");
        config.init = tinySpec();
        config.trainChroms = {"chr1", "chr2"};
        config.validChroms = {"chr3"};
        config.testChroms = {"chr4"};
        config.batchSize = 32;
        config.learningRate = 1e-3;
        config.warmupSteps = 5;
        config.seed = 7;
        config.device = "cpu";
        return config;
    }

    static fs::path directory_;
};
fs::path InteractTrainerTest::directory_;

// Predictions of a saved model for every site of `chrom`, next to the observed betas.
std::pair<std::vector<double>, std::vector<double>> predictContig(const fs::path& model,
                                                                  const fs::path& fasta,
                                                                  const fs::path& bedGraph,
                                                                  const std::string& chrom) {
    LoadedInteractModel loaded = loadInteractModel(model);
    const ReferenceGenome genome(fasta);
    const MethylationTrack track = readMethylationTrack(bedGraph);
    std::vector<double> predicted, observed;
    const auto& sites = track.sites(chrom);
    const std::int64_t window = loaded.network->config().window;
    torch::NoGradGuard noGrad;
    for (std::size_t first = 0; first < sites.size(); first += 64) {
        const std::size_t last = std::min(sites.size(), first + 64);
        torch::Tensor tokens = torch::empty({static_cast<std::int64_t>(last - first), window}, torch::kInt64);
        for (std::size_t i = first; i < last; ++i) {
            encodeInteractTokens(
                genome.window(chrom, sites[i].position, window / 2),
                tokens.data_ptr<std::int64_t>() + static_cast<std::int64_t>(i - first) * window);
            observed.push_back(sites[i].beta);
        }
        const torch::Tensor out = loaded.network->forward(tokens).to(torch::kFloat64).contiguous();
        predicted.insert(predicted.end(), out.data_ptr<double>(), out.data_ptr<double>() + out.numel());
    }
    return {predicted, observed};
}

}  // namespace

TEST(InteractTrainerRules, testDecayGroupsFollowTheOriginalNames) {
    InteractConfig config;
    config.cnnChannels = 16;
    config.hidden = 32;
    config.heads = 4;
    config.intermediate = 64;
    config.layers = 1;
    config.maxPositions = 128;
    config.headHidden = 32;
    config.outputs = 2;
    InteractNetwork network(config);
    const InteractParameterGroups groups = interactParameterGroups(*network);
    const auto in = [](const std::vector<std::string>& names, const std::string& name) {
        return std::find(names.begin(), names.end(), name) != names.end();
    };
    // The CNN's LayerNorms are called layer_batchN in the original: their weights get decay.
    EXPECT_TRUE(in(groups.decay, "cnn.layer_batch1.weight"));
    EXPECT_TRUE(in(groups.decay, "cnn.layer_batch3.weight"));
    EXPECT_TRUE(in(groups.noDecay, "cnn.layer_batch2.bias"));
    EXPECT_TRUE(in(groups.decay, "cnn.conv1.weight"));
    EXPECT_TRUE(in(groups.noDecay, "cnn.conv1.bias"));
    EXPECT_TRUE(in(groups.decay, "cnn.batch.weight"));
    EXPECT_TRUE(in(groups.noDecay, "bert.embeddings.LayerNorm.weight"));
    EXPECT_TRUE(in(groups.noDecay, "bert.encoder.layer.0.attention.output.LayerNorm.weight"));
    EXPECT_TRUE(in(groups.noDecay, "bert.encoder.layer.0.output.LayerNorm.bias"));
    EXPECT_TRUE(in(groups.decay, "bert.embeddings.word_embeddings.weight"));
    EXPECT_TRUE(in(groups.decay, "bert.encoder.layer.0.attention.self.query.weight"));
    EXPECT_TRUE(in(groups.decay, "mlm.classifier.main.0.weight_g"));
    EXPECT_TRUE(in(groups.noDecay, "mlm.classifier.main.3.bias"));
    EXPECT_EQ(groups.frozen, std::vector<std::string>{"cnn.one_hot_embedding.weight"});
    // Every parameter in exactly one group, and the rule holds for each.
    std::set<std::string> seen;
    for (const auto* group : {&groups.decay, &groups.noDecay, &groups.frozen}) {
        for (const auto& name : *group) {
            EXPECT_TRUE(seen.insert(name).second) << name;
        }
    }
    EXPECT_EQ(seen.size(), network->named_parameters().size());
    for (const auto& name : groups.decay) {
        EXPECT_EQ(name.find("bias"), std::string::npos);
        EXPECT_EQ(name.find("LayerNorm"), std::string::npos);
    }
    for (const auto& name : groups.noDecay) {
        EXPECT_TRUE(name.find("bias") != std::string::npos || name.find("LayerNorm") != std::string::npos)
            << name;
    }
}

TEST(InteractTrainerRules, testFrozenTableAndNoDecayParametersAreNotDecayed) {
    InteractConfig config;
    config.cnnChannels = 8;
    config.hidden = 16;
    config.heads = 2;
    config.intermediate = 32;
    config.layers = 1;
    config.maxPositions = 128;
    config.headHidden = 16;
    config.outputs = 1;
    torch::manual_seed(3);
    InteractNetwork network(config);
    network->to(torch::kFloat32);
    const auto before = [&] {
        std::map<std::string, torch::Tensor> copy;
        for (const auto& p : network->named_parameters())
            copy[p.key()] = p.value().detach().clone();
        return copy;
    }();
    InteractTrainerOptions options;
    options.learningRate = 0.1;
    options.warmupSteps = 0;
    options.totalSteps = 100;
    options.weightDecay = 0.5;
    InteractTrainer trainer(network, options, torch::kCPU);
    // A batch of all-N windows: the table's row 0 feeds every position, yet the table must not move.
    trainer.trainStep(torch::zeros({2, config.window}, torch::kInt64), torch::full({2, 1}, 0.3));
    EXPECT_TRUE(
        torch::equal(before.at("cnn.one_hot_embedding.weight"), network->cnn->one_hot_embedding->weight));
    EXPECT_EQ(trainer.step(), 1);
}

TEST(InteractTrainerRules, testWarmupLinearSchedule) {
    // Warm-up from 0 over 10 steps, then linear decay to 0 at step 110.
    EXPECT_DOUBLE_EQ(warmupLinearRate(2e-4, 0, 10, 110), 0.0);
    EXPECT_DOUBLE_EQ(warmupLinearRate(2e-4, 5, 10, 110), 1e-4);
    EXPECT_DOUBLE_EQ(warmupLinearRate(2e-4, 10, 10, 110), 2e-4);
    EXPECT_DOUBLE_EQ(warmupLinearRate(2e-4, 60, 10, 110), 1e-4);
    EXPECT_DOUBLE_EQ(warmupLinearRate(2e-4, 110, 10, 110), 0.0);
    EXPECT_DOUBLE_EQ(warmupLinearRate(2e-4, 120, 10, 110), 0.0);
    EXPECT_DOUBLE_EQ(warmupLinearRate(2e-4, 0, 0, 100), 2e-4);
}

TEST(InteractTrainerRules, testSpearmanAveragesTiedRanks) {
    // Ranks {1, 2.5, 2.5, 4} vs {1, 3, 2, 4}: r = 4.5 / sqrt(4.5 * 5).
    EXPECT_NEAR(spearman({1, 2, 2, 3}, {10, 30, 20, 40}), 4.5 / std::sqrt(22.5), 1e-12);
    EXPECT_NEAR(pearson({1, 2, 3}, {2, 4, 6}), 1.0, 1e-12);
    EXPECT_TRUE(std::isnan(pearson({1, 1, 1}, {1, 2, 3})));
}

TEST_F(InteractTrainerTest, testTrainingRaisesValidationPearsonAndReportMatchesSavedModel) {
    InteractTrainConfig config = baseConfig("trained");
    const fs::path start = directory_ / "start.safetensors";
    createInteractModel(tinySpec(), start);
    config.model = start;
    config.epochs = 4;
    QuietProgress progress;
    const InteractTrainReport report = runInteractTrain(config, progress);
    ASSERT_TRUE(fs::exists(config.out));
    ASSERT_TRUE(fs::exists(config.report));
    EXPECT_FALSE(fs::exists(config.out.string() + ".checkpoint"));
    ASSERT_EQ(report.epochs.size(), 4u);

    // Validation Pearson recomputed from the files, independently of the pipeline's loop.
    const auto [initialPredicted, observed] = predictContig(start, fasta(), bedGraph(), "chr3");
    const auto [trainedPredicted, observedAgain] = predictContig(config.out, fasta(), bedGraph(), "chr3");
    const double initialPearson = pearson(initialPredicted, observed);
    const double trainedPearson = pearson(trainedPredicted, observed);
    std::printf("validation Pearson: untrained %.4f, trained %.4f (best epoch %lld); epoch seconds",
                initialPearson, trainedPearson, static_cast<long long>(report.bestEpoch));
    for (const auto& epoch : report.epochs)
        std::printf(" %.2f", epoch.seconds);
    std::printf("\n");
    EXPECT_NEAR(report.initialValidPearson, initialPearson, 1e-4);
    EXPECT_NEAR(report.bestValidPearson, trainedPearson, 1e-4);
    EXPECT_GT(trainedPearson, 0.5);
    EXPECT_GT(trainedPearson, initialPearson + 0.3);

    // The report's test metrics are those of the saved model on chr4.
    const auto [testPredicted, testObserved] = predictContig(config.out, fasta(), bedGraph(), "chr4");
    ASSERT_EQ(report.test.size(), 1u);
    EXPECT_EQ(report.test[0].name, "methylation");
    EXPECT_EQ(report.test[0].sites, static_cast<std::int64_t>(testObserved.size()));
    EXPECT_NEAR(report.test[0].pearson, pearson(testPredicted, testObserved), 1e-4);
    EXPECT_NEAR(report.test[0].spearman, spearman(testPredicted, testObserved), 1e-4);
    double mse = 0;
    for (std::size_t i = 0; i < testObserved.size(); ++i) {
        mse += (testPredicted[i] - testObserved[i]) * (testPredicted[i] - testObserved[i]);
    }
    EXPECT_NEAR(report.test[0].mse, mse / double(testObserved.size()), 1e-6);

    std::ifstream in(config.report);
    const nlohmann::json json = nlohmann::json::parse(in);
    EXPECT_EQ(json.at("epochs").size(), 4u);
    EXPECT_NEAR(json.at("test").at(0).at("pearson").get<double>(), report.test[0].pearson, 1e-12);
    EXPECT_EQ(json.at("best_epoch").get<std::int64_t>(), report.bestEpoch);
    const LoadedInteractModel saved = loadInteractModel(config.out);
    EXPECT_EQ(saved.outputNames, std::vector<std::string>{"methylation"});
    const nlohmann::json provenance = nlohmann::json::parse(saved.metadata.at("training"));
    EXPECT_EQ(provenance.at("data").at(0).at("md5").get<std::string>().size(), 32u);
    EXPECT_EQ(provenance.at("best_epoch").get<std::int64_t>(), report.bestEpoch);
    // The lr column follows the schedule: the last step of the last epoch has rate base * 1/total.
    EXPECT_NEAR(report.epochs.back().learningRate, config.learningRate / double(report.totalSteps - 5),
                1e-12);
}

TEST_F(InteractTrainerTest, testResumeMatchesAnUninterruptedRun) {
    InteractTrainConfig config = baseConfig("whole");
    config.epochs = 3;
    config.maxSitesPerSplit = 96;
    QuietProgress progress;
    runInteractTrain(config, progress);

    InteractTrainConfig interrupted = baseConfig("interrupted");
    interrupted.epochs = 3;
    interrupted.maxSitesPerSplit = 96;
    interrupted.checkpoint = directory_ / "interrupted.ckpt";
    QuietProgress stopper;
    std::int64_t epochsSeen = 0;
    EXPECT_THROW(runInteractTrain(interrupted, stopper,
                                  [&](const InteractEpochRecord& record) {
                                      epochsSeen = record.epoch;
                                      stopper.stop = record.epoch == 2;  // after epoch 2's checkpoint
                                  }),
                 OperationCancelled);
    EXPECT_EQ(epochsSeen, 2);
    EXPECT_FALSE(fs::exists(interrupted.out));
    EXPECT_FALSE(fs::exists(interrupted.report));
    ASSERT_TRUE(fs::exists(interrupted.checkpoint));

    interrupted.resume = interrupted.checkpoint;
    const InteractTrainReport resumed = runInteractTrain(interrupted, progress);
    EXPECT_EQ(resumed.resumedFromEpoch, 2);
    ASSERT_EQ(resumed.epochs.size(), 3u);
    EXPECT_EQ(resumed.epochs.back().step, resumed.totalSteps);

    const SafetensorsFile whole = readSafetensors(config.out);
    const SafetensorsFile continued = readSafetensors(interrupted.out);
    ASSERT_EQ(whole.tensors.size(), continued.tensors.size());
    double largest = 0;
    for (const auto& record : whole.tensors) {
        const TensorRecord* other = continued.find(record.name);
        ASSERT_NE(other, nullptr) << record.name;
        const torch::Tensor a = toTensor(record).to(torch::kFloat64);
        const torch::Tensor b = toTensor(*other).to(torch::kFloat64);
        largest = std::max(largest, (a - b).abs().max().item<double>());
    }
    std::printf("resumed vs uninterrupted: max |difference| %.3g\n", largest);
    EXPECT_LE(largest, 1e-6);
}

TEST_F(InteractTrainerTest, testNoTrainSitesIsAnError) {
    InteractTrainConfig config = baseConfig("no-train");
    config.trainChroms = {"chr9"};
    QuietProgress progress;
    try {
        runInteractTrain(config, progress);
        FAIL() << "expected InputError";
    } catch (const InputError& error) {
        EXPECT_NE(std::string(error.what()).find("train"), std::string::npos) << error.what();
        EXPECT_NE(std::string(error.what()).find("chr9"), std::string::npos) << error.what();
    }
    EXPECT_FALSE(fs::exists(config.out));
    EXPECT_FALSE(fs::exists(config.report));
}

TEST_F(InteractTrainerTest, testContigAbsentFromFastaIsAnError) {
    InteractTrainConfig config = baseConfig("bad-contig");
    const fs::path bad = directory_ / "bad.bedGraph";
    std::ofstream(bad) << "chr1\t10\t11\t0.5\nchrZ\t10\t11\t0.5\n";
    config.methylation = {bad};
    QuietProgress progress;
    try {
        runInteractTrain(config, progress);
        FAIL() << "expected InputError";
    } catch (const InputError& error) {
        EXPECT_NE(std::string(error.what()).find("chrZ"), std::string::npos) << error.what();
        EXPECT_NE(std::string(error.what()).find("bad.bedGraph"), std::string::npos) << error.what();
    }
    EXPECT_FALSE(fs::exists(config.out));
}

TEST_F(InteractTrainerTest, testOutputCountMustMatchMethylationFiles) {
    InteractTrainConfig config = baseConfig("mismatch");
    const fs::path start = directory_ / "one-output.safetensors";
    createInteractModel(tinySpec(), start);
    config.model = start;
    config.methylation = {bedGraph(), bedGraph()};
    QuietProgress progress;
    try {
        runInteractTrain(config, progress);
        FAIL() << "expected InputError";
    } catch (const InputError& error) {
        EXPECT_NE(std::string(error.what()).find("1 outputs"), std::string::npos) << error.what();
        EXPECT_NE(std::string(error.what()).find("2 --methylation"), std::string::npos) << error.what();
    }
    EXPECT_FALSE(fs::exists(config.out));
}

TEST_F(InteractTrainerTest, testTwoOutputsTrainOnePerFile) {
    InteractTrainConfig config = baseConfig("two");
    const fs::path copy = directory_ / "second.bedGraph";
    fs::copy_file(bedGraph(), copy, fs::copy_options::overwrite_existing);
    config.methylation = {bedGraph(), copy};
    config.epochs = 1;
    config.maxSitesPerSplit = 40;
    QuietProgress progress;
    const InteractTrainReport report = runInteractTrain(config, progress);
    EXPECT_EQ(report.outputNames, (std::vector<std::string>{"methylation", "second"}));
    ASSERT_EQ(report.test.size(), 2u);
    EXPECT_EQ(report.trainSites, 40);
    EXPECT_EQ(loadInteractModel(config.out).network->config().outputs, 2);
}
