#pragma once

// DeepSEA Beluga (Seal's module 1) state_dict names and Locuscope's readable names for them
// (specs/seal.md §1.5). The original nests nn.Sequential modules, so its keys are positions:
//   model.0.{0,2,6,8,12,14} -> conv1..conv6   Conv2d, weight [out, in, 1, 8]
//   model.1.2.1             -> fc1            Linear 67840 -> 2003
//   model.1.4.1             -> fc2            Linear 2003 -> 2002
// Shapes are kept as stored (Conv2d weights stay 4-d).

#include <array>
#include <cstdint>
#include <filesystem>
#include <vector>

#include "core/nn/safetensors_file.h"
#include "core/nn/weight_key_map.h"

namespace locuscope {

struct BelugaLayerName {
    const char* source;  // module path in the original checkpoint (".weight"/".bias" follow)
    const char* target;  // Locuscope's name
};

inline constexpr std::array<BelugaLayerName, 8> kBelugaLayerNames{{
    {"model.0.0", "conv1"},
    {"model.0.2", "conv2"},
    {"model.0.6", "conv3"},
    {"model.0.8", "conv4"},
    {"model.0.12", "conv5"},
    {"model.0.14", "conv6"},
    {"model.1.2.1", "fc1"},
    {"model.1.4.1", "fc2"},
}};

// Beluga's fixed geometry: 2000-bp one-hot input (channels A, G, C, T), two (1,4) max-pools.
inline constexpr std::int64_t kBelugaInputLength = 2000;
inline constexpr std::int64_t kBelugaPool = 4;

struct BelugaHyperparameters {
    std::array<std::int64_t, 7> channels{};  // 4 (one-hot input), then conv1..conv6 outputs (320 ... 640)
    std::int64_t kernel = 0;                 // 8
    std::int64_t positions = 0;              // conv6 output length for a 2000-bp input (106)
    std::int64_t hidden = 0;                 // fc1 outputs (2003)
    std::int64_t outputs = 0;                // fc2 outputs, the chromatin features (2002)
};

// Conv6 output length for an input of `length` bp with this kernel (2000 -> 106 for kernel 8).
std::int64_t belugaPositions(std::int64_t length, std::int64_t kernel);

// Throws InputError(file, ...) naming the tensor it needs when one is absent or inconsistent
// (fc1's inputs must be conv6 channels x positions of a 2000-bp input).
BelugaHyperparameters inferBelugaHyperparameters(const std::filesystem::path& file,
                                                 const std::vector<TensorRecord>& tensors);

// The 16 tensors with their original and readable names, in layer order.
std::vector<ExpectedTensor> belugaTensors(const BelugaHyperparameters& sizes);

KindMapping belugaMapping(const std::filesystem::path& file, const std::vector<TensorRecord>& tensors);

}  // namespace locuscope
