// The INTERACT network's structure against the original state dict (names, shapes, parameter
// count from specs/interact.md §9) and its internal equivalences.
#include <gtest/gtest.h>
#include <torch/torch.h>

#include <filesystem>
#include <map>
#include <set>

#include "core/models/interact/interact_model_file.h"
#include "core/models/interact/interact_network.h"
#include "core/nn/interact_weight_names.h"
#include "core/runtime/input_error.h"

namespace fs = std::filesystem;
using namespace locuscope;

namespace {

InteractConfig smallConfig(bool cellType = false) {
    InteractConfig config;
    config.cnnChannels = 16;
    config.hidden = 32;
    config.heads = 4;
    config.intermediate = 64;
    config.layers = 2;
    config.maxPositions = 128;
    config.headHidden = 24;
    config.outputs = 3;
    config.cellType = cellType;
    if (cellType) {
        config.cnnChannels = 32;
        config.outputs = 1;
    }
    return config;
}

std::map<std::string, std::vector<std::int64_t>> stateShapes(const torch::nn::Module& module) {
    std::map<std::string, std::vector<std::int64_t>> shapes;
    for (const auto& item : module.named_parameters()) {
        shapes[item.key()] = item.value().sizes().vec();
    }
    for (const auto& item : module.named_buffers()) {
        shapes[item.key()] = item.value().sizes().vec();
    }
    return shapes;
}

InteractHyperparameters sizesOf(const InteractConfig& c) {
    InteractHyperparameters s;
    s.cnnChannels = c.cnnChannels;
    s.kernel = c.kernel;
    s.window = c.window;
    s.tokens = c.tokens();
    s.hidden = c.hidden;
    s.intermediate = c.intermediate;
    s.layers = c.layers;
    s.maxPositions = c.maxPositions;
    s.tokenTypes = c.tokenTypes;
    s.headInputs = c.headInputs();
    s.headHidden = c.headHidden;
    s.outputs = c.outputs;
    return s;
}

torch::Tensor randomTokens(std::int64_t batch, std::int64_t length, std::uint64_t seed) {
    torch::manual_seed(seed);
    return torch::randint(0, 5, {batch, length}, torch::kLong);
}

void randomiseNormsAndStats(InteractNetworkImpl& network) {
    // Default LayerNorm/BatchNorm values (1, 0) would hide a swapped weight and bias.
    torch::NoGradGuard noGrad;
    for (auto& item : network.named_parameters()) {
        if (item.key().find("layer_batch") != std::string::npos || item.key().find("LayerNorm") != std::string::npos ||
            item.key().find("cnn.batch") != std::string::npos) {
            item.value().add_(torch::randn_like(item.value()) * 0.1);
        }
    }
    network.cnn->batch->running_mean.normal_(0.0, 0.1);
    network.cnn->batch->running_var.uniform_(0.5, 1.5);
}

}  // namespace

TEST(InteractNetwork, StateDictNamesAndShapesAreTheOriginals) {
    for (bool cellType : {false, true}) {
        const InteractConfig config = cellType ? InteractConfig::cellTypeInteract() : InteractConfig::interactV1(21);
        InteractNetwork network(config);
        std::map<std::string, std::vector<std::int64_t>> expected;
        for (const ExpectedTensor& tensor : interactTensors(sizesOf(config))) {
            expected[tensor.target] = tensor.shape;
        }
        EXPECT_EQ(stateShapes(*network), expected) << (cellType ? "Cell-type-INTERACT" : "INTERACT v1");
    }
}

TEST(InteractNetwork, TrainableParameterCountMatchesThePublishedModel) {
    InteractNetwork network(InteractConfig::interactV1(21));
    std::int64_t trainable = 0;
    for (const auto& parameter : network->parameters()) {
        if (parameter.requires_grad()) {
            trainable += parameter.numel();
        }
    }
    EXPECT_EQ(trainable, 34502983);  // specs/interact.md §9, counted on the original module
}

TEST(InteractNetwork, TokenTableDefaultsToOneHotWithNAsZeros) {
    InteractNetwork network(smallConfig());
    const torch::Tensor table = network->cnn->one_hot_embedding->weight;
    EXPECT_TRUE(torch::equal(table[0], torch::zeros({4})));
    EXPECT_TRUE(torch::equal(table.narrow(0, 1, 4), torch::eye(4)));
    EXPECT_FALSE(table.requires_grad());
}

TEST(InteractNetwork, OneHotEntryEqualsTokenEntryWithARandomTable) {
    for (bool cellType : {false, true}) {
        InteractNetwork network(smallConfig(cellType));
        network->eval();
        randomiseNormsAndStats(*network);
        {
            torch::NoGradGuard noGrad;
            network->cnn->one_hot_embedding->weight.normal_(0.0, 0.5);  // as released checkpoints carry
        }
        const torch::Tensor tokens = randomTokens(3, 2001, 7);
        // Tokens 1..4 are A,T,C,G; token 0 (N) becomes an all-zero column.
        const torch::Tensor oneHot =
            torch::one_hot(tokens, 5).narrow(2, 1, 4).transpose(1, 2).to(torch::kFloat32);
        torch::NoGradGuard noGrad;
        const torch::Tensor a = network->forward(tokens);
        const torch::Tensor b = network->forwardOneHot(oneHot);
        EXPECT_EQ(a.sizes(), (std::vector<std::int64_t>{3, cellType ? 1 : 3}));
        EXPECT_LT((a - b).abs().max().item<double>(), 1e-6);
        EXPECT_GT(a.min().item<double>(), 0.0);
        EXPECT_LT(a.max().item<double>(), 1.0);
    }
}

TEST(InteractNetwork, InferenceChannelsLastPathEqualsTheAtenPath) {
    // Eval + no gradients routes the CNN through channels-last GEMMs, 4 windows at a time; with
    // gradients on it takes ATen's conv1d. Same arithmetic, so float64 agrees to rounding, for
    // batches below, at and across the 4-window chunks, with and without the global pool.
    for (bool cellType : {false, true}) {
        InteractNetwork network(smallConfig(cellType));
        network->eval();
        randomiseNormsAndStats(*network);
        network->to(torch::kFloat64);
        for (std::int64_t batch : {1, 4, 9}) {
            const torch::Tensor tokens = randomTokens(batch, 2001, 11 + batch);
            const torch::Tensor embedded = network->cnn->embedTokens(tokens);
            const InteractCnnImpl::Output aten = network->cnn->forward(embedded);  // GradMode on
            ASSERT_TRUE(aten.tokens.requires_grad());
            InteractCnnImpl::Output fast;
            {
                torch::InferenceMode inference;
                fast = network->cnn->forward(embedded);
            }
            ASSERT_EQ(fast.tokens.sizes(), aten.tokens.sizes());
            EXPECT_LT((fast.tokens - aten.tokens.detach()).abs().max().item<double>(), 1e-10) << batch;
            ASSERT_EQ(fast.globalPool.defined(), cellType);
            if (cellType) {
                EXPECT_LT((fast.globalPool - aten.globalPool.detach()).abs().max().item<double>(), 1e-10);
            }
            torch::NoGradGuard noGrad;
            const torch::Tensor whole = network->forward(tokens);
            EXPECT_EQ(whole.size(0), batch);
        }
    }
}

TEST(InteractNetwork, LastLayerQueryingOnlyTokenZeroChangesNothing) {
    InteractNetwork network(smallConfig());
    network->eval();
    torch::NoGradGuard noGrad;
    const torch::Tensor x = torch::randn({2, 100, 32});
    const torch::Tensor full = network->layers.back()->forward(x, false);
    const torch::Tensor first = network->layers.back()->forward(x, true);
    EXPECT_EQ(first.sizes(), (std::vector<std::int64_t>{2, 1, 32}));
    EXPECT_LT((full.narrow(1, 0, 1) - first).abs().max().item<double>(), 1e-5);
}

TEST(InteractNetwork, WeightNormIsScaleTimesDirection) {
    InteractNetwork network(smallConfig());
    torch::NoGradGuard noGrad;
    network->headHidden->weight_g.fill_(2.5);
    const torch::Tensor w = network->headHidden->weight();
    EXPECT_NEAR(w.norm().item<double>(), 2.5, 1e-5);
    const torch::Tensor direction = network->headHidden->weight_v / network->headHidden->weight_v.norm();
    EXPECT_LT((w / 2.5 - direction).abs().max().item<double>(), 1e-6);
}

TEST(InteractNetwork, SafetensorsRoundTripKeepsPredictions) {
    const fs::path dir = fs::temp_directory_path() / "locuscope_interact_network_test";
    fs::remove_all(dir);
    fs::create_directories(dir);
    InteractNetwork network(smallConfig(true));
    network->eval();
    randomiseNormsAndStats(*network);
    saveInteractModel(dir / "model.safetensors", *network, {{"output_names", "[\"neuron\"]"}});
    LoadedInteractModel loaded = loadInteractModel(dir / "model.safetensors");
    EXPECT_TRUE(loaded.network->config().cellType);
    EXPECT_EQ(loaded.outputNames, std::vector<std::string>{"neuron"});
    const torch::Tensor tokens = randomTokens(2, 2001, 3);
    torch::NoGradGuard noGrad;
    EXPECT_TRUE(torch::equal(network->forward(tokens), loaded.network->forward(tokens)));
    fs::remove_all(dir);
}

TEST(InteractNetwork, BadConfigurationsAreRefused) {
    InteractConfig config = smallConfig();
    config.heads = 5;  // 32 not divisible by 5
    EXPECT_THROW(config.validate("x.safetensors"), InputError);
    config = smallConfig();
    config.maxPositions = 50;  // 100 tokens
    EXPECT_THROW(config.validate(), InputError);
    config = smallConfig();
    config.window = 2000;
    EXPECT_THROW(config.validate(), InputError);
}

TEST(InteractNetwork, AnotherModelKindIsRefusedByName) {
    try {
        InteractConfig::fromMetadata("elm.safetensors", {{"model_kind", "elm_mlp"}});
        FAIL();
    } catch (const InputError& error) {
        EXPECT_NE(std::string(error.what()).find("elm_mlp"), std::string::npos);
        EXPECT_NE(std::string(error.what()).find("elm.safetensors"), std::string::npos);
    }
}
