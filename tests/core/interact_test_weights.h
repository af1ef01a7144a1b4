#pragma once

// Deterministic INTERACT test weights, identical to tools/reference/interact_reference.py
// (test_value) so a LibTorch model filled here can be compared with the Python reference's
// fixtures in tests/data/interact. The formula (docs/pyref.md): for the tensor called `name`,
// flat row-major element i,
//   u_i = sin(0.7548776662 * (i+1)^2 + FNV1a32(name) / 2^32 * 2*pi)      (float64)
// then a value by role, chosen from the name (see interactTestValue), cast to the tensor's dtype.
// The square keeps rows of a matrix from being phase-shifted copies of one sinusoid (a linear
// index would make every weight matrix rank 2).

#include <torch/torch.h>

#include <cmath>
#include <cstdint>
#include <map>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include "core/nn/weight_key_map.h"

namespace locuscope {

inline constexpr double kInteractTestFrequency = 0.7548776662;
inline constexpr double kInteractTestTwoPi = 6.283185307179586;

inline std::uint32_t interactTestFnv1a32(const std::string& text) {
    std::uint32_t hash = 2166136261u;
    for (const char c : text) {
        hash ^= static_cast<unsigned char>(c);
        hash *= 16777619u;
    }
    return hash;
}

inline double interactTestPhase(const std::string& name) {
    return static_cast<double>(interactTestFnv1a32(name)) / 4294967296.0 * kInteractTestTwoPi;
}

// u_0 .. u_{count-1} for `name`, float64. Same torch ops, in the same order, as the Python side.
inline torch::Tensor interactTestUnits(const std::string& name, std::int64_t count) {
    const torch::Tensor k = torch::arange(1, count + 1, torch::kFloat64);
    return torch::sin(kInteractTestFrequency * (k * k) + interactTestPhase(name));
}

namespace detail {

inline bool endsWith(const std::string& text, const std::string& suffix) {
    return text.size() >= suffix.size() &&
           text.compare(text.size() - suffix.size(), suffix.size(), suffix) == 0;
}

inline std::vector<std::string> splitDots(const std::string& name) {
    std::vector<std::string> parts(1);
    for (const char c : name) {
        if (c == '.') {
            parts.emplace_back();
        } else {
            parts.back() += c;
        }
    }
    return parts;
}

// LayerNorm (BERT), layer_batchN (the CNN's LayerNorms over (C, L)) and batch (BatchNorm1d).
inline bool isNormWeight(const std::vector<std::string>& parts) {
    if (parts.size() < 2 || parts.back() != "weight") {
        return false;
    }
    const std::string& owner = parts[parts.size() - 2];
    return owner == "LayerNorm" || owner == "batch" || owner.rfind("layer_batch", 0) == 0;
}

}  // namespace detail

// The test value of the tensor `name` with `shape`: float64, or int64 for num_batches_tracked.
// `weightNormRows` is the row count of the sibling weight_v; only weight_g needs it.
// Throws std::invalid_argument for a name no rule covers, so a new tensor cannot go unnoticed.
inline torch::Tensor interactTestValue(const std::string& name, torch::IntArrayRef shape,
                                       std::int64_t weightNormRows = 0) {
    std::int64_t count = 1;
    for (const std::int64_t size : shape) {
        count *= size;
    }
    const std::vector<std::string> parts = detail::splitDots(name);
    const std::string& last = parts.back();
    if (last == "num_batches_tracked") {
        return torch::zeros(shape, torch::kInt64);
    }
    const torch::Tensor u = interactTestUnits(name, count);
    torch::Tensor value;
    if (detail::endsWith(name, "one_hot_embedding.weight")) {
        value = 0.5 * u;  // deliberately not one-hot: released checkpoints carry a random table
    } else if (last == "running_mean") {
        value = 0.1 * u;
    } else if (last == "running_var") {
        value = 1.0 + 0.5 * u.abs();
    } else if (last == "weight_g") {
        if (weightNormRows <= 0) {
            throw std::invalid_argument(name + ": weight_g needs the row count of its weight_v");
        }
        value = (1.0 + 0.1 * u) * std::sqrt(static_cast<double>(weightNormRows));
    } else if (name.find("position_embeddings") != std::string::npos ||
               name.find("token_type_embeddings") != std::string::npos) {
        value = 0.1 * u;
    } else if (last == "bias") {
        value = 0.1 * u;
    } else if (detail::isNormWeight(parts)) {
        value = 1.0 + 0.1 * u;
    } else if ((last == "weight" || last == "weight_v") && shape.size() >= 2) {
        value = u / std::sqrt(static_cast<double>(count / shape[0]));  // fan_in = numel / rows
    } else {
        throw std::invalid_argument("no INTERACT test-weight rule for '" + name + "'");
    }
    return value.reshape(shape);
}

// Sets every parameter and buffer of `module` (recursively, by full dotted name) to its test
// value, converted to the tensor's own dtype and device. The module must keep the original
// names, weight-norm pairs included (weight_g, weight_v); for a model that folds them, build a
// state dict with interactTestStateDict and load that instead.
inline void fillInteractTestWeights(torch::nn::Module& module) {
    torch::NoGradGuard noGrad;
    std::map<std::string, torch::Tensor> tensors;
    for (const auto& item : module.named_parameters(/*recurse=*/true)) {
        tensors.emplace(item.key(), item.value());
    }
    for (const auto& item : module.named_buffers(/*recurse=*/true)) {
        tensors.emplace(item.key(), item.value());
    }
    for (auto& [name, tensor] : tensors) {
        std::int64_t rows = 0;
        if (detail::endsWith(name, ".weight_g")) {
            const auto sibling = tensors.find(name.substr(0, name.size() - 8) + "weight_v");
            if (sibling == tensors.end() || sibling->second.dim() < 1) {
                throw std::invalid_argument(name + ": no matching weight_v");
            }
            rows = sibling->second.size(0);
        }
        tensor.copy_(interactTestValue(name, tensor.sizes(), rows));
    }
}

// The test state dict for a list of expected tensors (e.g. interactTensors(sizes)), in list
// order: float32, or int64 for integer tensors; keyed by the source (checkpoint) name.
inline std::vector<std::pair<std::string, torch::Tensor>> interactTestStateDict(
    const std::vector<ExpectedTensor>& expected) {
    std::map<std::string, std::int64_t> rows;
    for (const ExpectedTensor& tensor : expected) {
        if (detail::endsWith(tensor.source, ".weight_v") && !tensor.shape.empty()) {
            rows[tensor.source.substr(0, tensor.source.size() - 8) + "weight_g"] = tensor.shape[0];
        }
    }
    std::vector<std::pair<std::string, torch::Tensor>> state;
    for (const ExpectedTensor& tensor : expected) {
        const auto found = rows.find(tensor.source);
        torch::Tensor value =
            interactTestValue(tensor.source, tensor.shape, found == rows.end() ? 0 : found->second);
        state.emplace_back(tensor.source,
                           tensor.integer ? value.to(torch::kInt64) : value.to(torch::kFloat32));
    }
    return state;
}

}  // namespace locuscope
