#include <gtest/gtest.h>

#include <fstream>
#include <nlohmann/json.hpp>

#include "cli_test_support.h"

using cli_test::freshDirectory;
using cli_test::runCli;

namespace {

const std::string kSizes =
    " --channels 16 --hidden 32 --heads 4 --ff 64 --layers 1 --head-hidden 32"
    " --batch-size 16 --max-sites-per-split 48 --train-chroms chr1,chr2 --valid-chroms chr3 --test-chroms "
    "chr4";
const std::string kTiny = " --init-preset small" + kSizes;

fs::path simulate(const std::string& name) {
    const fs::path directory = freshDirectory(name);
    const auto run =
        runCli("simulate methylation --contigs 4 --length 15000 --islands 4 --snv-every 0 --seed 3 --out " +
               (directory / "sim").string());
    EXPECT_EQ(run.exitCode, 0) << run.output;
    return directory;
}

}  // namespace

TEST(CliInteractTrain, testTrainsAndWritesModelAndReport) {
    const fs::path directory = simulate("interact-train");
    const fs::path sim = directory / "sim";
    const auto run =
        runCli("interact train --fasta " + (sim / "genome.fa").string() + " --methylation " +
               (sim / "methylation.bedGraph").string() + kTiny + " --epochs 2 --lr 1e-3 --warmup-steps 2" +
               " --out " + (directory / "model.safetensors").string() + " --report " +
               (directory / "report.json").string());
    ASSERT_EQ(run.exitCode, 0) << run.output;
    EXPECT_NE(run.output.find("epoch 1/2"), std::string::npos) << run.output;
    EXPECT_NE(run.output.find("epoch 2/2"), std::string::npos) << run.output;
    EXPECT_NE(run.output.find("test methylation: Pearson"), std::string::npos) << run.output;
    ASSERT_TRUE(fs::exists(directory / "model.safetensors"));
    EXPECT_FALSE(fs::exists(directory / "model.safetensors.checkpoint"));
    std::ifstream in(directory / "report.json");
    const nlohmann::json report = nlohmann::json::parse(in);
    EXPECT_EQ(report.at("epochs").size(), 2u);
    EXPECT_EQ(report.at("train_sites").get<int>(), 48);
    EXPECT_EQ(report.at("test").at(0).at("output").get<std::string>(), "methylation");

    // The trained model scores and fine-tunes like any other.
    const auto describe = runCli("model inspect " + (directory / "model.safetensors").string());
    EXPECT_EQ(describe.exitCode, 0) << describe.output;
    const auto fineTune = runCli(
        "interact train --fasta " + (sim / "genome.fa").string() + " --methylation " +
        (sim / "methylation.bedGraph").string() + " --model " + (directory / "model.safetensors").string() +
        " --batch-size 16 --max-sites-per-split 32 --train-chroms chr1,chr2 --valid-chroms "
        "chr3 --test-chroms chr4 --epochs 1 --out " +
        (directory / "tuned.safetensors").string());
    EXPECT_EQ(fineTune.exitCode, 0) << fineTune.output;
    EXPECT_TRUE(fs::exists(directory / "tuned.safetensors"));
    fs::remove_all(directory);
}

TEST(CliInteractTrain, testBadOptionsFailWithoutOutput) {
    const fs::path directory = simulate("interact-train-bad");
    const fs::path sim = directory / "sim";
    const std::string data = " --fasta " + (sim / "genome.fa").string() + " --methylation " +
                             (sim / "methylation.bedGraph").string();
    const fs::path out = directory / "model.safetensors";
    struct Case {
        std::string arguments;
        std::string message;
    };
    const std::vector<Case> cases = {
        {data + " --out " + out.string() + " --train-chroms chr1 --valid-chroms chr3 --test-chroms chr4",
         "--init-preset"},
        {data + kTiny + " --epochs 0 --out " + out.string(), "--epochs"},
        {data + " --init-preset small --valid-chroms chr9 --train-chroms chr1 --test-chroms chr4 --out " +
             out.string(),
         "validation"},
        {data +
             " --init-preset small --train-chroms chr1,chr3 --valid-chroms chr3 --test-chroms chr4 --out " +
             out.string(),
         "chr3"},
        {data + kSizes + " --init-preset nonsense --out " + out.string(), "preset"},
    };
    for (const auto& item : cases) {
        const auto run = runCli("interact train" + item.arguments);
        EXPECT_NE(run.exitCode, 0) << item.arguments << "\n" << run.output;
        EXPECT_NE(run.output.find(item.message), std::string::npos) << item.arguments << "\n" << run.output;
        EXPECT_FALSE(fs::exists(out)) << item.arguments;
    }
    fs::remove_all(directory);
}
