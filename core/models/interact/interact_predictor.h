#pragma once

#include <torch/torch.h>

#include <cstdint>
#include <vector>

#include "core/models/interact/interact_network.h"

namespace locuscope {

// Runs an INTERACT network over many windows in batches on one device, under InferenceMode.
// Windows go in as token rows; predictions come back as floats on the CPU.
class InteractPredictor {
public:
    InteractPredictor(InteractNetwork network, torch::Device device, std::int64_t batchSize);

    // tokens: (n, window) int64 on the CPU -> (n, outputs) float32 on the CPU.
    torch::Tensor predict(const torch::Tensor& tokens);

    InteractNetwork& network() { return network_; }
    const InteractConfig& config() const { return network_->config(); }
    std::int64_t batchSize() const { return batchSize_; }
    const torch::Device& device() const { return device_; }
    std::int64_t windowsPredicted() const { return windows_; }

private:
    InteractNetwork network_;
    torch::Device device_;
    std::int64_t batchSize_;
    std::int64_t windows_ = 0;
};

}  // namespace locuscope
