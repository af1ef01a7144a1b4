#pragma once

// LibTorch side of the safetensors format: tensors <-> TensorRecord, modules <-> weight files.
// Includes torch, so only core/ may include this header (ui/ and app/ use safetensors_file.h).

#include <torch/torch.h>

#include <filesystem>
#include <map>
#include <string>

#include "core/nn/safetensors_file.h"

namespace locuscope {

// Contiguous little-endian CPU copy. Supports float32/16, bfloat16, float64, int64/32/16/8, uint8 and
// bool; throws InputError naming the tensor for any other dtype or an undefined tensor.
TensorRecord toRecord(const std::string& name, const torch::Tensor& tensor);

// An owning CPU tensor; throws InputError when the bytes do not match the shape and dtype.
torch::Tensor toTensor(const TensorRecord& record);

// Writes every named parameter and buffer ("hidden1.weight", "bn.running_mean") atomically.
void saveModule(const std::filesystem::path& file, const torch::nn::Module& module,
                const std::map<std::string, std::string>& metadata);

// Copies the file's tensors into the module's parameters and buffers, converting to each one's
// dtype and device. Everything is checked before anything is copied, so a failed load leaves the
// module as it was. Throws InputError for a shape mismatch, and when `strict` also for a tensor
// the module needs but the file lacks, or one the file has but the module does not.
void loadModule(const std::filesystem::path& file, torch::nn::Module& module, bool strict = true);

// The header's __metadata__ (model kind, hyper-parameters, ...) without reading the weights.
std::map<std::string, std::string> readModuleMetadata(const std::filesystem::path& file);

}  // namespace locuscope
