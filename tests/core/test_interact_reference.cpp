// The LibTorch INTERACT network against an independent PyTorch implementation of the spec
// (tools/reference/interact_reference.py): the same deterministic weights (interact_test_weights.h,
// docs/pyref.md), the same windows, outputs compared to 1e-4 in float32 and
// to 1e-9 in float64 (where the two implementations must agree up to summation order).
#include <gtest/gtest.h>
#include <torch/torch.h>

#include <fstream>
#include <nlohmann/json.hpp>

#include "core/models/interact/interact_network.h"
#include "core/models/interact/interact_tokens.h"
#include "interact_test_weights.h"

using namespace locuscope;

namespace {

nlohmann::json readFixture(const std::string& name) {
    std::ifstream in(std::string(LOCUSCOPE_TEST_DATA) + "/interact/" + name + ".json");
    EXPECT_TRUE(in.good()) << name;
    return nlohmann::json::parse(in);
}

InteractConfig configOf(const nlohmann::json& c) {
    InteractConfig config;
    config.cnnChannels = c.at("cnn_channels");
    config.kernel = c.at("kernel");
    config.window = c.at("window");
    config.hidden = c.at("hidden");
    config.heads = c.at("heads");
    config.intermediate = c.at("intermediate");
    config.layers = c.at("layers");
    config.maxPositions = c.at("max_positions");
    config.headHidden = c.at("head_hidden");
    config.outputs = c.at("outputs");
    config.cellType = c.at("cell_type");
    return config;
}

torch::Tensor tokensOf(const nlohmann::json& windows) {
    std::vector<std::int64_t> tokens;
    for (const auto& window : windows) {
        const std::string sequence = window.at("sequence");
        for (const char base : sequence) {
            tokens.push_back(interactToken(base));
        }
    }
    const auto count = static_cast<std::int64_t>(windows.size());
    return torch::tensor(tokens, torch::kLong).view({count, static_cast<std::int64_t>(tokens.size()) / count});
}

void expectMatchesReference(const std::string& name) {
    const nlohmann::json fixture = readFixture(name);
    const InteractConfig config = configOf(fixture.at("config"));
    ASSERT_EQ(fixture.at("config").at("celltype_pool_source"), "ln3");  // what InteractCnn pools
    InteractNetwork network(config);
    fillInteractTestWeights(*network);
    network->eval();
    const torch::Tensor tokens = tokensOf(fixture.at("windows"));
    const auto expected = fixture.at("expected_float64").get<std::vector<std::vector<double>>>();
    ASSERT_EQ(static_cast<std::int64_t>(expected.size()), tokens.size(0));
    torch::InferenceMode inference;
    const torch::Tensor single = network->forward(tokens);
    network->to(torch::kFloat64);
    const torch::Tensor dual = network->forward(tokens);
    double maxSingle = 0, maxDouble = 0;
    for (std::size_t w = 0; w < expected.size(); ++w) {
        ASSERT_EQ(static_cast<std::int64_t>(expected[w].size()), config.outputs);
        for (std::size_t t = 0; t < expected[w].size(); ++t) {
            maxSingle = std::max(maxSingle, std::fabs(single[w][t].item<double>() - expected[w][t]));
            maxDouble = std::max(maxDouble, std::fabs(dual[w][t].item<double>() - expected[w][t]));
        }
    }
    EXPECT_LT(maxSingle, 1e-4) << name << " float32";
    EXPECT_LT(maxDouble, 1e-9) << name << " float64";
    std::printf("%s: max |LibTorch - reference| = %.3g (float32), %.3g (float64)\n", name.c_str(), maxSingle,
                maxDouble);
    // The single-base ref/alt pairs: the change a variant makes, not just the level.
    for (const auto& pair : fixture.value("pairs", nlohmann::json::array())) {
        const std::int64_t ref = pair.at("ref_window"), alt = pair.at("alt_window");
        const auto delta = pair.at("delta_float64").get<std::vector<double>>();
        for (std::size_t t = 0; t < delta.size(); ++t) {
            EXPECT_NEAR((dual[alt][t] - dual[ref][t]).item<double>(), delta[t], 1e-9) << name;
            EXPECT_NEAR((single[alt][t] - single[ref][t]).item<double>(), delta[t], 1e-5) << name;
        }
    }
}

}  // namespace

TEST(InteractReference, ReducedWidthModelMatchesThePyTorchReference) {
    expectMatchesReference("small");
}

TEST(InteractReference, FullSizeInteractMatchesThePyTorchReference) {
    expectMatchesReference("full");
}

TEST(InteractReference, FullSizeCellTypeInteractMatchesThePyTorchReference) {
    expectMatchesReference("celltype");
}
