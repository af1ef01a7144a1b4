// `locuscope-cli model import` and `model inspect` on the checkpoints of tests/data/weights.
#include <gtest/gtest.h>

#include <algorithm>
#include <array>
#include <cstdio>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "cli_test_support.h"

using cli_test::CliRun;
using cli_test::freshDirectory;
using cli_test::runCli;

namespace {

const fs::path kWeights = fs::path(LOCUSCOPE_TEST_DATA) / "weights";

std::string checkpoint(const std::string& name) {
    return (kWeights / name).string();
}

// The md5sum tool's digest of `file`, independent of Locuscope's (htslib) MD5.
std::string md5sum(const fs::path& file) {
    const std::string command = "md5sum '" + file.string() + "'";
    FILE* pipe = popen(command.c_str(), "r");
    std::array<char, 64> digest{};
    const bool read = pipe != nullptr && std::fgets(digest.data(), 33, pipe) != nullptr;
    if (pipe != nullptr) {
        pclose(pipe);
    }
    return read ? std::string(digest.data()) : std::string();
}

nlohmann::json inspectJson(const fs::path& file) {
    const CliRun inspect = runCli("model inspect --json " + file.string());
    EXPECT_EQ(inspect.exitCode, 0) << inspect.output;
    return nlohmann::json::parse(inspect.output);
}

}  // namespace

TEST(CliModelImport, InteractImportThenInspectShowsKindAndTensors) {
    const fs::path directory = freshDirectory("model-import-interact");
    const fs::path out = directory / "interact.safetensors";
    const CliRun imported = runCli("model import --kind interact --from " + checkpoint("interact_tiny.pt") +
                                   " --out " + out.string());
    ASSERT_EQ(imported.exitCode, 0) << imported.output;
    EXPECT_NE(imported.output.find("Imported 63 tensors"), std::string::npos) << imported.output;

    const nlohmann::json header = inspectJson(out);
    const nlohmann::json& metadata = header.at("metadata");
    EXPECT_EQ(metadata.at("model_kind"), "interact");
    EXPECT_EQ(metadata.at("source_file"), "interact_tiny.pt");
    EXPECT_EQ(metadata.at("source_md5"), md5sum(kWeights / "interact_tiny.pt"));
    EXPECT_EQ(metadata.at("source_bytes"), std::to_string(fs::file_size(kWeights / "interact_tiny.pt")));
    EXPECT_EQ(metadata.at("genome_build"), "hg19");
    const std::string importedAt = metadata.at("imported_at");
    EXPECT_EQ(importedAt.size(), 20u) << importedAt;  // 2024-06-01T12:00:00Z
    EXPECT_EQ(importedAt.back(), 'Z') << importedAt;
    const auto hyper = nlohmann::json::parse(metadata.at("hyperparameters").get<std::string>());
    EXPECT_EQ(hyper.at("layers"), 2);  // make_checkpoints.py: LAYERS = 2, TASKS = 3
    EXPECT_EQ(hyper.at("outputs"), 3);
    ASSERT_EQ(header.at("tensors").size(), 63u);
    bool sawWeightG = false;
    for (const auto& tensor : header.at("tensors")) {
        if (tensor.at("name") == "mlm.classifier.main.3.weight_g") {
            sawWeightG = true;
            EXPECT_TRUE(tensor.at("shape").empty());  // kept as stored: a 0-d scalar
        }
    }
    EXPECT_TRUE(sawWeightG);

    const CliRun text = runCli("model inspect " + out.string());
    EXPECT_EQ(text.exitCode, 0) << text.output;
    EXPECT_NE(text.output.find("model_kind       interact"), std::string::npos) << text.output;
    EXPECT_NE(text.output.find("bert.encoder.layer.1.output.dense.weight"), std::string::npos) << text.output;
    fs::remove_all(directory);
}

TEST(CliModelImport, BelugaNamesAndWrappedKeys) {
    const fs::path directory = freshDirectory("model-import-beluga");
    const fs::path out = directory / "beluga.safetensors";
    ASSERT_EQ(
        runCli("model import --kind beluga --from " + checkpoint("beluga_tiny.pt") + " --out " + out.string())
            .exitCode,
        0);
    const nlohmann::json header = inspectJson(out);
    std::vector<std::string> names;
    for (const auto& tensor : header.at("tensors")) {
        names.push_back(tensor.at("name"));
    }
    std::sort(names.begin(), names.end());
    EXPECT_EQ(names, (std::vector<std::string>{"conv1.bias", "conv1.weight", "conv2.bias", "conv2.weight",
                                               "conv3.bias", "conv3.weight", "conv4.bias", "conv4.weight",
                                               "conv5.bias", "conv5.weight", "conv6.bias", "conv6.weight",
                                               "fc1.bias", "fc1.weight", "fc2.bias", "fc2.weight"}));
    EXPECT_EQ(header.at("metadata").at("model_kind"), "beluga");

    const fs::path raw = directory / "raw.safetensors";
    const CliRun wrapped = runCli("model import --kind raw --from " + checkpoint("nested.pt") +
                                  " --key model.state_dict --out " + raw.string());
    ASSERT_EQ(wrapped.exitCode, 0) << wrapped.output;
    EXPECT_EQ(inspectJson(raw).at("metadata").at("source_key"), "model.state_dict");

    const fs::path stripped = directory / "stripped.safetensors";
    const CliRun prefixed = runCli("model import --kind raw --from " + checkpoint("module_prefixed.pt") +
                                   " --strip-prefix module. --out " + stripped.string());
    ASSERT_EQ(prefixed.exitCode, 0) << prefixed.output;
    const nlohmann::json strippedHeader = inspectJson(stripped);
    EXPECT_EQ(strippedHeader.at("metadata").at("source_prefix_stripped"), "module.");
    for (const auto& tensor : strippedHeader.at("tensors")) {
        EXPECT_EQ(tensor.at("name").get<std::string>().rfind("module.", 0), std::string::npos) << tensor;
    }
    fs::remove_all(directory);
}

TEST(CliModelImport, BadInputExitsNonZeroAndWritesNothing) {
    const fs::path directory = freshDirectory("model-import-bad");
    const fs::path out = directory / "out.safetensors";
    struct Case {
        std::string arguments;
        std::string message;
    };
    const std::vector<Case> cases{
        {"--kind bert --from " + checkpoint("interact_tiny.pt"), "unknown model kind 'bert'"},
        {"--kind interact --from " + checkpoint("beluga_tiny.pt"), "'cnn.conv1.weight' (which gives"},
        {"--kind beluga --from " + checkpoint("interact_tiny.pt"), "'model.0.0.weight'"},
        {"--kind raw --from " + checkpoint("malicious.pt"), "refusing to import posix.mkdir"},
        {"--kind raw --from " + checkpoint("legacy.pt"), "legacy (pre-1.6, non-zip)"},
        {"--kind raw --from " + checkpoint("nested.pt"), "choose one with a key path"},
        {"--kind raw --from " + checkpoint("absent.pt"), "no such file"},
    };
    for (const Case& bad : cases) {
        const CliRun run = runCli("model import " + bad.arguments + " --out " + out.string());
        EXPECT_NE(run.exitCode, 0) << bad.arguments;
        EXPECT_NE(run.output.find(bad.message), std::string::npos) << run.output;
        EXPECT_FALSE(fs::exists(out)) << bad.arguments;
        EXPECT_TRUE(fs::is_empty(directory)) << bad.arguments;  // no temporary left either
    }
    fs::remove_all(directory);
}
