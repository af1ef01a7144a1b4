#pragma once

#include <torch/torch.h>

namespace locuscope {

// The ELM pub's genotype -> phenotype MLP: Linear(L->H) -> LeakyReLU -> Linear(H->H) -> LeakyReLU
// -> Linear(H->T), no biases anywhere. Without biases the network is positively homogeneous and
// piecewise linear, so f(x) = J(x) x exactly, where J(x) = W3 D2(x) W2 D1(x) W1 and D holds the
// LeakyReLU slopes (1 or negativeSlope) at x. That identity is what ELM reads effects from.
struct ElmNetworkImpl : torch::nn::Module {
    ElmNetworkImpl(std::int64_t inputs, std::int64_t hidden, std::int64_t outputs, double negativeSlope = 0.01);

    torch::Tensor forward(const torch::Tensor& x);

    // Closed-form per-sample Jacobians d f / d x for a batch: (N, outputs, inputs).
    torch::Tensor jacobians(const torch::Tensor& x);

    // Mean absolute error of the batch and its gradients with respect to the three weight matrices,
    // by hand (backpropagation written out, no autograd graph): the same products autograd would
    // run, without its bookkeeping, which on 2 cores cost a third of an epoch. Leaves the weights'
    // .grad untouched; the caller passes the gradients to the optimiser.
    double l1LossGradients(const torch::Tensor& x, const torch::Tensor& y, std::vector<torch::Tensor>& gradients);

    std::int64_t inputs() const { return layer1->options.in_features(); }
    std::int64_t hidden() const { return layer1->options.out_features(); }
    std::int64_t outputs() const { return layer3->options.out_features(); }
    double negativeSlope() const { return negativeSlope_; }

    torch::nn::Linear layer1{nullptr}, layer2{nullptr}, layer3{nullptr};

private:
    double negativeSlope_;
};
TORCH_MODULE(ElmNetwork);

}  // namespace locuscope
