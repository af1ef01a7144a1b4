#pragma once

// INTERACT v1 (and Cell-type-INTERACT) state_dict names and shapes, from the original module
// attribute names (specs/interact.md §2). Locuscope keeps the original names, weight-norm pairs
// (weight_g, weight_v) included: folding them into a weight is the model's business.

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "core/nn/safetensors_file.h"
#include "core/nn/weight_key_map.h"

namespace locuscope {

// Sizes read off the tensors. The published model: channels 400, kernel 10, window 2001,
// hidden 512, intermediate 2048, layers 8, positions 1024 or 2048, head inputs 512, outputs 21.
struct InteractHyperparameters {
    std::int64_t cnnChannels = 0;  // cnn.conv1.weight [C, 4, K]
    std::int64_t kernel = 0;
    std::int64_t window = 0;        // input length (bp), from LayerNorm 1's length L1 = window - K + 9
    std::int64_t tokens = 0;        // conv3 length / 20 (the max-pool), the BERT sequence length
    std::int64_t hidden = 0;        // bert.embeddings.word_embeddings.weight [H, C]
    std::int64_t intermediate = 0;  // ...layer.0.intermediate.dense.weight [I, H]
    std::int64_t layers = 0;        // number of bert.encoder.layer.N
    std::int64_t maxPositions = 0;  // position_embeddings rows
    std::int64_t tokenTypes = 0;    // token_type_embeddings rows (1; never added)
    std::int64_t headInputs = 0;    // H for INTERACT v1, 2H for Cell-type-INTERACT (pooled ++ max-pooled CNN)
    std::int64_t headHidden = 0;    // mlm.classifier.main.0.weight_v [Hh, headInputs]
    std::int64_t outputs = 0;       // mlm.classifier.main.3.weight_v [T, Hh]
};

// Convolution paddings of conv1, conv2, conv3 and the max-pool width (fixed by the architecture).
inline constexpr std::int64_t kInteractPadding[3] = {4, 4, 5};
inline constexpr std::int64_t kInteractPool = 20;

// Throws InputError(file, ...) naming the tensor it needs when one is absent or inconsistent.
InteractHyperparameters inferInteractHyperparameters(const std::filesystem::path& file,
                                                     const std::vector<TensorRecord>& tensors);

// Every tensor of the state dict, in the original module order; source == target.
std::vector<ExpectedTensor> interactTensors(const InteractHyperparameters& sizes);

KindMapping interactMapping(const std::filesystem::path& file, const std::vector<TensorRecord>& tensors);

}  // namespace locuscope
