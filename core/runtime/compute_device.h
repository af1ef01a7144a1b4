#pragma once

// Torch-facing part of the runtime: only core/ includes this header.
#include <string>

#include <torch/torch.h>

namespace locuscope {

// Parses auto|cpu|cuda|cuda:N. "auto" picks CUDA device 0 when LibTorch sees a GPU, else the CPU.
// Throws InputError for an unknown spec or a CUDA device that is not present.
torch::Device resolveDevice(const std::string& spec);

// The device for a pipeline: its own setting when not empty, else the process default.
torch::Device pipelineDevice(const std::string& configured);

std::string canonicalName(const torch::Device& device);

}  // namespace locuscope
