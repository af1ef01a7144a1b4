#pragma once

#include <torch/torch.h>

#include <cstdint>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "core/models/interact/interact_network.h"

namespace locuscope {

// The original's (TAPE/HuggingFace) decay rule, specs/interact.md §3: no weight decay for names
// containing "bias", "gamma", "beta" or "LayerNorm". The CNN's LayerNorms are called
// cnn.layer_batchN, so they DO get decay, as in the original.
bool interactParameterDecays(const std::string& name);

struct InteractParameterGroups {
    std::vector<std::string> decay;    // trainable, weight decay applied
    std::vector<std::string> noDecay;  // trainable, no weight decay
    std::vector<std::string> frozen;   // requires_grad false (the 5x4 token table): not optimised
};
InteractParameterGroups interactParameterGroups(const InteractNetworkImpl& network);

struct InteractTrainerOptions {
    double learningRate = 1.76e-4;
    std::int64_t warmupSteps = 10000;
    std::int64_t totalSteps = 1;
    double weightDecay = 0.01;
    double maxGradNorm = 1.0;
    double beta1 = 0.9, beta2 = 0.999, epsilon = 1e-6;
};

// One INTERACT network under training: MSE on the sigmoid outputs, gradient clipping, and the
// HuggingFace AdamW the original used (bias-corrected step size, eps added to sqrt(v) without
// correction, decoupled decay applied after the Adam update) with TAPE's WarmupLinearSchedule.
class InteractTrainer {
public:
    InteractTrainer(InteractNetwork network, const InteractTrainerOptions& options, torch::Device device);

    // One optimizer step on a batch: tokens (B, window) int64, targets (B, outputs) float, on any
    // device. Returns the batch's MSE before the update.
    double trainStep(const torch::Tensor& tokens, const torch::Tensor& targets);
    // Eval mode, no autograd: (B, outputs) on the CPU.
    torch::Tensor predict(const torch::Tensor& tokens);

    std::int64_t step() const { return step_; }
    double currentRate() const;  // the rate the next step will use
    InteractNetwork& network() { return network_; }
    const torch::Device& device() const { return device_; }

    // Model parameters and buffers by name (CPU copies).
    std::map<std::string, torch::Tensor> modelState() const;
    void loadModelState(const std::map<std::string, torch::Tensor>& state);
    // Adam moments ("m/<name>", "v/<name>"), CPU copies.
    std::map<std::string, torch::Tensor> optimizerState() const;
    void loadOptimizerState(const std::map<std::string, torch::Tensor>& state, std::int64_t step);

private:
    struct Slot {
        std::string name;
        torch::Tensor parameter, firstMoment, secondMoment;
        bool decays = false;
    };

    InteractNetwork network_;
    InteractTrainerOptions options_;
    torch::Device device_;
    std::vector<Slot> slots_;
    std::int64_t step_ = 0;
};

}  // namespace locuscope
