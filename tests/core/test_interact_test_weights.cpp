// The deterministic INTERACT test weights of interact_test_weights.h against the values the
// Python reference (tools/reference/interact_reference.py) wrote into
// tests/data/interact/weight_formula_check.json: the same formula on both sides, so LibTorch
// model outputs can be compared with the reference's fixtures.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "core/nn/interact_weight_names.h"
#include "tests/core/interact_test_weights.h"

using namespace locuscope;
namespace fs = std::filesystem;

namespace {

const fs::path kFixture = fs::path(LOCUSCOPE_TEST_DATA) / "interact" / "weight_formula_check.json";

nlohmann::json readFixture() {
    std::ifstream in(kFixture);
    EXPECT_TRUE(in) << kFixture;
    return nlohmann::json::parse(in);
}

// Relative where values are large (weight_g), absolute 1e-7 elsewhere.
double tolerance(double expected, double scale) {
    return scale * std::max(1.0, std::abs(expected));
}

// A bare module; children are created on demand so dotted names read like the original ones.
struct Node : torch::nn::Module {
    using torch::nn::Module::register_module;
    using torch::nn::Module::register_parameter;
};

std::shared_ptr<Node> path(const std::shared_ptr<Node>& root, const std::string& dotted) {
    std::shared_ptr<Node> node = root;
    std::string::size_type start = 0;
    while (start <= dotted.size()) {
        const auto end = std::min(dotted.find('.', start), dotted.size());
        const std::string part = dotted.substr(start, end - start);
        const auto children = node->named_children();
        if (const auto* found = children.find(part)) {
            node = std::dynamic_pointer_cast<Node>(*found);
        } else {
            node = node->register_module(part, std::make_shared<Node>());
        }
        start = end + 1;
    }
    return node;
}

// Linear with weight_norm(dim=None), registered like the original: bias, weight_g (0-dim), weight_v.
struct WeightNormLinear : torch::nn::Module {
    WeightNormLinear(std::int64_t in, std::int64_t out) {
        register_parameter("bias", torch::empty({out}));
        register_parameter("weight_g", torch::empty({}));
        register_parameter("weight_v", torch::empty({out, in}));
    }
};

// Every tensor of the fixture under its original name (plus the biases torch modules bring along).
std::shared_ptr<Node> interactLikeModule() {
    namespace nn = torch::nn;
    auto root = std::make_shared<Node>();
    auto cnn = path(root, "cnn");
    cnn->register_module("one_hot_embedding", nn::Embedding(5, 4));
    cnn->register_module("conv1", nn::Conv1d(nn::Conv1dOptions(4, 6, 10).padding(4)));
    cnn->register_module("layer_batch1", nn::LayerNorm(nn::LayerNormOptions({6, 12})));
    cnn->register_module("conv2", nn::Conv1d(nn::Conv1dOptions(400, 400, 10).padding(4)));
    cnn->register_module("layer_batch3", nn::LayerNorm(nn::LayerNormOptions({512, 2000})));
    cnn->register_module("batch", nn::BatchNorm1d(6));
    auto embeddings = path(root, "bert.embeddings");
    embeddings->register_module("word_embeddings", nn::Linear(nn::LinearOptions(6, 8).bias(false)));
    embeddings->register_module("position_embeddings", nn::Embedding(16, 8));
    embeddings->register_module("token_type_embeddings", nn::Embedding(1, 8));
    embeddings->register_module("LayerNorm", nn::LayerNorm(nn::LayerNormOptions({8}).eps(1e-12)));
    path(root, "bert.encoder.layer.0.attention.self")->register_module("query", nn::Linear(8, 8));
    path(root, "bert.encoder.layer.0.intermediate")->register_module("dense", nn::Linear(8, 16));
    path(root, "bert.encoder.layer.0.output")
        ->register_module("LayerNorm", nn::LayerNorm(nn::LayerNormOptions({8}).eps(1e-12)));
    path(root, "bert.pooler")->register_module("dense", nn::Linear(8, 8));
    auto head = path(root, "mlm.classifier.main");
    head->register_module("0", std::make_shared<WeightNormLinear>(8, 5));
    head->register_module("3", std::make_shared<WeightNormLinear>(5, 2));
    return root;
}

std::map<std::string, torch::Tensor> namedTensors(torch::nn::Module& module) {
    std::map<std::string, torch::Tensor> tensors;
    for (const auto& item : module.named_parameters()) {
        tensors.emplace(item.key(), item.value());
    }
    for (const auto& item : module.named_buffers()) {
        tensors.emplace(item.key(), item.value());
    }
    return tensors;
}

std::int64_t weightNormRows(const nlohmann::json& fixture, const std::string& name) {
    if (name.size() < 9 || name.substr(name.size() - 9) != ".weight_g") {
        return 0;
    }
    const std::string sibling = name.substr(0, name.size() - 8) + "weight_v";
    for (const auto& tensor : fixture["tensors"]) {
        if (tensor["name"] == sibling) {
            return tensor["shape"][0].get<std::int64_t>();
        }
    }
    ADD_FAILURE() << "fixture lacks " << sibling;
    return 0;
}

}  // namespace

TEST(InteractTestWeights, testNameHashAndPhaseMatchPython) {
    for (const auto& tensor : readFixture()["tensors"]) {
        const std::string name = tensor["name"];
        EXPECT_EQ(interactTestFnv1a32(name), tensor["fnv1a32"].get<std::uint32_t>()) << name;
        EXPECT_DOUBLE_EQ(interactTestPhase(name), tensor["phase"].get<double>()) << name;
    }
}

TEST(InteractTestWeights, testFloat64ValuesMatchPython) {
    const nlohmann::json fixture = readFixture();
    int checked = 0;
    for (const auto& tensor : fixture["tensors"]) {
        const std::string name = tensor["name"];
        const auto shape = tensor["shape"].get<std::vector<std::int64_t>>();
        const auto indices = tensor["indices"].get<std::vector<std::int64_t>>();
        const torch::Tensor value =
            interactTestValue(name, shape, weightNormRows(fixture, name)).reshape({-1});
        ASSERT_EQ(value.sizes(), torch::IntArrayRef(value.numel())) << name;
        if (tensor.contains("int64")) {
            EXPECT_EQ(value.scalar_type(), torch::kInt64) << name;
            for (std::size_t j = 0; j < indices.size(); ++j) {
                EXPECT_EQ(value[indices[j]].item<std::int64_t>(), tensor["int64"][j].get<std::int64_t>())
                    << name;
            }
            continue;
        }
        ASSERT_EQ(value.scalar_type(), torch::kFloat64) << name;
        const torch::Tensor units = interactTestUnits(name, value.numel());
        for (std::size_t j = 0; j < tensor["unit_first"].size(); ++j) {
            EXPECT_NEAR(units[indices[j]].item<double>(), tensor["unit_first"][j].get<double>(), 1e-12)
                << name;
        }
        for (std::size_t j = 0; j < indices.size(); ++j) {
            const double expected = tensor["float64"][j].get<double>();
            EXPECT_NEAR(value[indices[j]].item<double>(), expected, tolerance(expected, 1e-12))
                << name << " [" << indices[j] << "]";
            ++checked;
        }
    }
    EXPECT_GT(checked, 500);
}

TEST(InteractTestWeights, testFilledModuleMatchesPython) {
    const nlohmann::json fixture = readFixture();
    auto module = interactLikeModule();
    std::map<std::string, torch::Tensor> tensors = namedTensors(*module);
    {
        torch::NoGradGuard noGrad;
        for (auto& [name, tensor] : tensors) {  // a stale value must not survive the fill
            tensor.fill_(17);
        }
    }
    fillInteractTestWeights(*module);

    for (const auto& expected : fixture["tensors"]) {
        const std::string name = expected["name"];
        ASSERT_TRUE(tensors.count(name)) << "the test module lacks " << name;
        const torch::Tensor filled = tensors.at(name).reshape({-1});
        EXPECT_EQ(tensors.at(name).sizes(),
                  torch::IntArrayRef(expected["shape"].get<std::vector<std::int64_t>>()))
            << name;
        const auto indices = expected["indices"].get<std::vector<std::int64_t>>();
        if (expected.contains("int64")) {
            EXPECT_EQ(filled.scalar_type(), torch::kInt64) << name;
            for (std::size_t j = 0; j < indices.size(); ++j) {
                EXPECT_EQ(filled[indices[j]].item<std::int64_t>(), expected["int64"][j].get<std::int64_t>())
                    << name;
            }
            continue;
        }
        ASSERT_EQ(filled.scalar_type(), torch::kFloat32) << name;
        for (std::size_t j = 0; j < indices.size(); ++j) {
            const float value = filled[indices[j]].item<float>();
            const double exact = expected["float64"][j].get<double>();
            EXPECT_NEAR(value, exact, tolerance(exact, 1e-7)) << name << " [" << indices[j] << "]";
            EXPECT_FLOAT_EQ(value, expected["float32"][j].get<float>()) << name << " [" << indices[j] << "]";
        }
    }
    for (const auto& [name, tensor] : tensors) {  // the extras (conv2.bias, ...) are filled too
        EXPECT_FALSE(torch::any(tensor == 17).item<bool>()) << name;
    }
}

TEST(InteractTestWeights, testOneHotTableIsNotOneHot) {
    const torch::Tensor table = interactTestValue("cnn.one_hot_embedding.weight", {5, 4});
    EXPECT_GT(table[0].abs().sum().item<double>(), 0.1);  // row N is non-zero, as in released checkpoints
    EXPECT_LE(table.abs().max().item<double>(), 0.5);
}

TEST(InteractTestWeights, testWeightMatricesHaveFullRank) {
    // A linear index would make each row a phase-shifted copy of one sinusoid: rank 2.
    const torch::Tensor matrix =
        interactTestValue("bert.encoder.layer.0.attention.self.query.weight", {64, 64});
    const torch::Tensor singular = torch::linalg_svdvals(matrix);
    EXPECT_GT(singular.min().item<double>() / singular.max().item<double>(), 1e-4);
    const double rms = matrix.pow(2).mean().sqrt().item<double>();
    EXPECT_NEAR(rms, std::sqrt(0.5) / 8.0, 0.01);  // u / sqrt(fan_in) with RMS(u) = 1/sqrt(2)
}

TEST(InteractTestWeights, testWeightGFollowsItsWeightVRows) {
    const torch::Tensor units = interactTestUnits("mlm.classifier.main.3.weight_g", 1);
    const torch::Tensor g = interactTestValue("mlm.classifier.main.3.weight_g", {}, 21);
    EXPECT_DOUBLE_EQ(g.item<double>(), (1.0 + 0.1 * units[0].item<double>()) * std::sqrt(21.0));

    auto orphan = std::make_shared<Node>();
    orphan->register_parameter("weight_g", torch::empty({}));
    EXPECT_THROW(fillInteractTestWeights(*orphan), std::invalid_argument);
}

TEST(InteractTestWeights, testUnknownNameIsRejected) {
    EXPECT_THROW(interactTestValue("cnn.mystery", {3}), std::invalid_argument);
    EXPECT_THROW(interactTestValue("cnn.conv1.scale", {3, 3}), std::invalid_argument);
}

TEST(InteractTestWeights, testStateDictCoversInteractTensorsLikeTheFill) {
    InteractHyperparameters sizes;
    sizes.cnnChannels = 6;
    sizes.kernel = 10;
    sizes.window = 2001;
    sizes.tokens = 100;
    sizes.hidden = 8;
    sizes.intermediate = 16;
    sizes.layers = 2;
    sizes.maxPositions = 128;
    sizes.tokenTypes = 1;
    sizes.headInputs = 16;  // Cell-type-INTERACT: pooled ++ global max
    sizes.headHidden = 5;
    sizes.outputs = 1;
    const std::vector<ExpectedTensor> expected = interactTensors(sizes);
    const auto state = interactTestStateDict(expected);
    ASSERT_EQ(state.size(), expected.size());
    for (std::size_t i = 0; i < state.size(); ++i) {
        const auto& [name, tensor] = state[i];
        EXPECT_EQ(name, expected[i].source);
        EXPECT_EQ(tensor.sizes(), torch::IntArrayRef(expected[i].shape)) << name;
        EXPECT_EQ(tensor.scalar_type(), expected[i].integer ? torch::kInt64 : torch::kFloat32) << name;
        if (!expected[i].integer) {
            EXPECT_TRUE(torch::isfinite(tensor).all().item<bool>()) << name;
        }
    }
    // The head's g by the state-dict path equals the fill's (rows from the sibling weight_v).
    const auto g = std::find_if(state.begin(), state.end(), [](const auto& item) {
        return item.first == "mlm.classifier.main.0.weight_g";
    });
    ASSERT_NE(g, state.end());
    EXPECT_FLOAT_EQ(
        g->second.item<float>(),
        static_cast<float>(interactTestValue("mlm.classifier.main.0.weight_g", {}, 5).item<double>()));
}
