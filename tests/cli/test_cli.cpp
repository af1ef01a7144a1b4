// Runs the real locuscope-cli binary as a user would and checks what it prints and writes.
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sched.h>
#include <string>
#include <thread>
#include <vector>

#include "cli_test_support.h"

using namespace cli_test;

TEST(Cli, VersionNamesTheComponents) {
    const CliRun run = runCli("--version");
    EXPECT_EQ(run.exitCode, 0);
    EXPECT_NE(run.output.find("Locuscope 0."), std::string::npos) << run.output;
    EXPECT_NE(run.output.find("LibTorch"), std::string::npos);
    EXPECT_NE(run.output.find("htslib"), std::string::npos);
}

TEST(Cli, InfoReportsEveryCoreAndAnOptimisedBlas) {
    const CliRun run = runCli("info --json");
    ASSERT_EQ(run.exitCode, 0) << run.output;
    const auto json = nlohmann::json::parse(run.output);
    EXPECT_EQ(json["threads"].get<int>(), cores());
    EXPECT_EQ(json["cores"].get<int>(), cores());
    EXPECT_TRUE(json["blas"]["optimised"].get<bool>()) << json["blas"].dump();
    EXPECT_FALSE(json["libtorch_version"].get<std::string>().empty());
    ASSERT_TRUE(json.contains("onednn_sgemm"));  // whether the ELM trainer's fast products are in use
    EXPECT_TRUE(json["onednn_sgemm"].is_boolean());
}

TEST(Cli, ThreadsOptionIsApplied) {
    const CliRun run = runCli("--threads 1 info --json");
    ASSERT_EQ(run.exitCode, 0) << run.output;
    EXPECT_EQ(nlohmann::json::parse(run.output)["threads"].get<int>(), 1);
}

TEST(Cli, UnknownDeviceFailsWithAClearMessage) {
    const CliRun run = runCli("--device warp9 info");
    EXPECT_NE(run.exitCode, 0);
    EXPECT_NE(run.output.find("unknown device 'warp9'"), std::string::npos) << run.output;
}

TEST(Cli, UnknownOptionFails) {
    const CliRun run = runCli("info --frobnicate");
    EXPECT_NE(run.exitCode, 0);
    EXPECT_NE(run.output.find("frobnicate"), std::string::npos) << run.output;
}

TEST(Cli, GemmBenchmarkWritesItsReport) {
    const fs::path directory = freshDirectory("gemm");
    const fs::path report = directory / "gemm.json";
    const CliRun run = runCli("bench gemm --size 64 --repeats 3 --out " + report.string());
    ASSERT_EQ(run.exitCode, 0) << run.output;
    EXPECT_NE(run.output.find("GFLOP/s"), std::string::npos);
    std::ifstream in(report);
    const auto json = nlohmann::json::parse(in);
    EXPECT_EQ(json["size"].get<int>(), 64);
    EXPECT_GT(json["best_gflops"].get<double>(), 0.0);
    fs::remove_all(directory);
}

TEST(Cli, BadOptionWritesNoOutput) {
    const fs::path directory = freshDirectory("bad");
    const CliRun run = runCli("bench gemm --size 8 --out " + (directory / "gemm.json").string());
    EXPECT_NE(run.exitCode, 0);
    EXPECT_FALSE(fs::exists(directory / "gemm.json"));
    fs::remove_all(directory);
}

TEST(Cli, InterruptCancelsCleanlyWithoutOutput) {
    const fs::path directory = freshDirectory("interrupt");
    const fs::path report = directory / "gemm.json";
    int channel[2];
    ASSERT_EQ(pipe(channel), 0);
    const pid_t child = fork();
    ASSERT_GE(child, 0);
    if (child == 0) {
        close(channel[0]);
        dup2(channel[1], STDERR_FILENO);
        freopen("/dev/null", "w", stdout);
        execl(LOCUSCOPE_CLI_PATH, LOCUSCOPE_CLI_PATH, "--no-progress", "--log-level", "debug", "bench", "gemm",
              "--size", "256", "--repeats", "1000000", "--out", report.c_str(), static_cast<char*>(nullptr));
        _exit(127);
    }
    close(channel[1]);
    // Wait (however slow the machine) until the CLI has configured its runtime, which it does after
    // installing its Ctrl-C handler; then interrupt it.
    std::string seen;
    char buffer[512];
    while (seen.find("runtime:") == std::string::npos) {
        const ssize_t count = read(channel[0], buffer, sizeof(buffer));
        ASSERT_GT(count, 0) << "the CLI ended before starting: " << seen;
        seen.append(buffer, static_cast<std::size_t>(count));
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(500));
    kill(child, SIGINT);
    while (read(channel[0], buffer, sizeof(buffer)) > 0) {  // drain until the child exits
    }
    close(channel[0]);
    int status = 0;
    waitpid(child, &status, 0);
    ASSERT_TRUE(WIFEXITED(status)) << "killed by signal " << (WIFSIGNALED(status) ? WTERMSIG(status) : 0);
    EXPECT_EQ(WEXITSTATUS(status), 130);
    EXPECT_FALSE(fs::exists(report));
    EXPECT_EQ(std::distance(fs::directory_iterator(directory), {}), 0);
    fs::remove_all(directory);
}

TEST(Cli, DemoWritesItsReport) {
    const fs::path directory = freshDirectory("demo");
    const CliRun run = runCli("demo --elm-epochs 2 --out " + (directory / "out").string());
    ASSERT_EQ(run.exitCode, 0) << run.output;
    EXPECT_TRUE(fs::exists(directory / "out" / "report.md"));
    EXPECT_TRUE(fs::exists(directory / "out" / "elm" / "summary.json"));
    EXPECT_TRUE(fs::exists(directory / "out" / "system_info.json"));
    EXPECT_NE(run.output.find("report.md"), std::string::npos);
    fs::remove_all(directory);
}

TEST(Cli, ElmOnAMissingDatasetFailsClearlyAndWritesNothing) {
    const fs::path directory = freshDirectory("elm-missing");
    const CliRun run = runCli("elm --data " + (directory / "nowhere").string() + " --out " + (directory / "out").string());
    EXPECT_EQ(run.exitCode, 2) << run.output;
    EXPECT_NE(run.output.find("nowhere"), std::string::npos) << run.output;
    EXPECT_FALSE(fs::exists(directory / "out" / "summary.json"));
    fs::remove_all(directory);
}

TEST(Cli, ElmOnBadGenotypesNamesFileAndLine) {
    const fs::path directory = freshDirectory("elm-bad");
    const fs::path fixtures = fs::path(LOCUSCOPE_TEST_DATA) / "elm";
    fs::copy_file(fixtures / "value2_g.txt", directory / "bad_g.txt");
    fs::copy_file(fixtures / "tiny" / "tiny_p.txt", directory / "bad_p.txt");
    const CliRun run = runCli("elm --data " + (directory / "bad_g.txt").string() + " --out " + (directory / "out").string());
    EXPECT_EQ(run.exitCode, 2) << run.output;
    EXPECT_NE(run.output.find("bad_g.txt:3"), std::string::npos) << run.output;
    EXPECT_FALSE(fs::exists(directory / "out" / "summary.json"));
    fs::remove_all(directory);
}

TEST(Cli, ElmRejectsAnImpossibleHeritability) {
    const CliRun run = runCli("elm --data x --out y --heritability 1.5");
    EXPECT_NE(run.exitCode, 0);
    EXPECT_NE(run.output.find("heritability"), std::string::npos) << run.output;
}

TEST(Cli, SimulateThenElmRecoversTheSimulatedEffects) {
    const fs::path directory = freshDirectory("elm-e2e");
    const CliRun simulate = runCli("simulate genotypes --loci 8 --samples 1500 --traits 2 --epistatic-share 0,1 "
                                   "--seed 3 --out " + (directory / "pop").string());
    ASSERT_EQ(simulate.exitCode, 0) << simulate.output;
    const CliRun elm = runCli("elm --data " + (directory / "pop_g.txt").string() +
                              " --hidden 64 --max-epochs 60 --weight-decay 0.01 --out " + (directory / "out").string());
    ASSERT_EQ(elm.exitCode, 0) << elm.output;
    std::ifstream in(directory / "out" / "summary.json");
    const auto summary = nlohmann::json::parse(in);
    ASSERT_EQ(summary["traits"].size(), 2u);
    EXPECT_LT(summary["max_reconstruction_error"].get<double>(), 1e-4);
    EXPECT_GT(summary["traits"][0]["pearson_r"].get<double>(), 0.95);
    EXPECT_NEAR(summary["traits"][0]["additive_slope"].get<double>(), 1.0, 0.15);
    EXPECT_TRUE(summary["traits"][0]["pair_slope"].is_null());  // trait 1 has no epistasis
    EXPECT_GT(summary["traits"][1]["pair_slope"].get<double>(), 0.3);
    for (const char* file : {"predictions.tsv", "loci.tsv", "pairs.tsv", "replicates.tsv", "training.tsv", "pca.tsv"}) {
        EXPECT_TRUE(fs::exists(directory / "out" / file)) << file;
    }
    const CliRun inspect = runCli("model inspect " + (directory / "out" / "model.safetensors").string());
    EXPECT_EQ(inspect.exitCode, 0) << inspect.output;
    EXPECT_NE(inspect.output.find("elm_mlp"), std::string::npos) << inspect.output;
    EXPECT_NE(inspect.output.find("layer2.weight"), std::string::npos) << inspect.output;
    fs::remove_all(directory);
}

namespace {

// The estimate column of pairs.tsv (comment lines and header skipped).
std::vector<std::string> pairEstimates(const fs::path& file) {
    std::ifstream in(file);
    std::vector<std::string> estimates;
    std::string line;
    bool header = true;
    while (std::getline(in, line)) {
        if (line.empty() || line[0] == '#') {
            continue;
        }
        if (header) {
            header = false;
            continue;
        }
        std::size_t start = 0;
        for (int field = 0; field < 3; ++field) {
            start = line.find('\t', start) + 1;
        }
        estimates.push_back(line.substr(start, line.find('\t', start) - start));
    }
    return estimates;
}

}  // namespace

TEST(Cli, ElmKeepsSensitivitiesAndReanalysesItsSavedModel) {
    const fs::path directory = freshDirectory("elm-model");
    const CliRun simulate = runCli(
        "simulate genotypes --loci 6 --samples 300 --traits 2 --epistatic-share 0,1 "
        "--seed 4 --out " +
        (directory / "pop").string());
    ASSERT_EQ(simulate.exitCode, 0) << simulate.output;
    const std::string data = " --data " + (directory / "pop_g.txt").string();
    const CliRun trained =
        runCli("elm" + data + " --hidden 16 --max-epochs 3 --out " + (directory / "trained").string());
    ASSERT_EQ(trained.exitCode, 0) << trained.output;
    EXPECT_TRUE(fs::exists(directory / "trained" / "sensitivities.safetensors"));

    const std::string model = (directory / "trained" / "model.safetensors").string();
    const CliRun analysed = runCli("elm" + data + " --model " + model + " --no-sensitivities --out " +
                                   (directory / "analysed").string());
    ASSERT_EQ(analysed.exitCode, 0) << analysed.output;
    EXPECT_NE(analysed.output.find("no training"), std::string::npos) << analysed.output;
    EXPECT_FALSE(fs::exists(directory / "analysed" / "sensitivities.safetensors"));
    const std::vector<std::string> before = pairEstimates(directory / "trained" / "pairs.tsv");
    EXPECT_EQ(before.size(), 2u * 15u);
    EXPECT_EQ(pairEstimates(directory / "analysed" / "pairs.tsv"), before);
    std::ifstream in(directory / "analysed" / "summary.json");
    EXPECT_EQ(nlohmann::json::parse(in)["epochs_trained"].get<int>(), 0);

    const CliRun replicated = runCli("elm" + data + " --model " + model + " --replicates 2 --out " +
                                     (directory / "replicated").string());
    EXPECT_EQ(replicated.exitCode, 2) << replicated.output;
    EXPECT_NE(replicated.output.find("replicates must be 1"), std::string::npos) << replicated.output;
    fs::remove_all(directory);
}

TEST(Cli, ElmRejectsASavedModelForOtherLoci) {
    const fs::path directory = freshDirectory("elm-model-loci");
    for (const char* loci : {"6", "8"}) {
        const CliRun simulate = runCli(std::string("simulate genotypes --loci ") + loci +
                                       " --samples 200 --traits 1 --epistatic-share 0 --out " +
                                       (directory / (std::string("pop") + loci)).string());
        ASSERT_EQ(simulate.exitCode, 0) << simulate.output;
    }
    const CliRun trained =
        runCli("elm --data " + (directory / "pop6_g.txt").string() +
               " --hidden 8 --max-epochs 1 --no-sensitivities --out " + (directory / "six").string());
    ASSERT_EQ(trained.exitCode, 0) << trained.output;
    const CliRun mismatched = runCli("elm --data " + (directory / "pop8_g.txt").string() + " --model " +
                                     (directory / "six" / "model.safetensors").string() + " --out " +
                                     (directory / "eight").string());
    EXPECT_EQ(mismatched.exitCode, 2) << mismatched.output;
    EXPECT_NE(mismatched.output.find("model.safetensors"), std::string::npos) << mismatched.output;
    EXPECT_NE(mismatched.output.find("6 inputs"), std::string::npos) << mismatched.output;
    EXPECT_FALSE(fs::exists(directory / "eight" / "summary.json"));
    fs::remove_all(directory);
}
