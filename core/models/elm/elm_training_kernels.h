#pragma once

#include <vector>

#include <torch/torch.h>

#include "core/models/elm/elm_network.h"

namespace locuscope {

// The forward pass and ElmNetworkImpl::l1LossGradients for training on float32 CPU tensors,
// written for speed: activations and gradients live in buffers reused from batch to batch (fresh
// 512 kB tensors cost page faults every step), each element-wise step is one vectorised pass (the
// LeakyReLU mask is read from the activation, whose sign is the pre-activation's), and the big
// products go through onednnMatmulInto. Same arithmetic as the network's own functions up to float
// rounding; any other dtype or device falls back to them.
class ElmTrainingKernels {
public:
    explicit ElmTrainingKernels(ElmNetwork network) : network_(std::move(network)) {}

    // Mean absolute error of the batch; gradients for layer1, layer2, layer3 in `gradients`.
    double l1LossGradients(const torch::Tensor& x, const torch::Tensor& y, std::vector<torch::Tensor>& gradients);

    // network->forward(x) (no gradients recorded).
    torch::Tensor forward(const torch::Tensor& x);

private:
    bool fastPathApplies(const torch::Tensor& x) const;
    torch::Tensor& buffer(torch::Tensor& slot, std::int64_t rows, std::int64_t columns);

    ElmNetwork network_;
    torch::Tensor preActivation_, a1_, a2_, output_, g3_, g2_, g1_;
    torch::Tensor forwardPreActivation_, forwardActivation_;  // the monitored set's, kept apart
};

}  // namespace locuscope
