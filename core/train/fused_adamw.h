#pragma once

#include <vector>

#include <torch/torch.h>

namespace locuscope {

// AdamW (Loshchilov & Hutter; PyTorch's torch.optim.AdamW defaults: betas 0.9/0.999, eps 1e-8,
// decoupled weight decay, no amsgrad) as one pass over each float32 CPU parameter: LibTorch 1.13's
// AdamW makes about eight passes with temporaries per step, which for the ELM MLP (1.1 M weights,
// 67 steps an epoch) cost as much as the forward and backward GEMMs together. Other dtypes and
// devices fall back to the same arithmetic in tensor operations. Gradients are released after each
// step (set to undefined), so backward writes them fresh instead of accumulating into zeros.
class FusedAdamW {
public:
    FusedAdamW(std::vector<torch::Tensor> parameters, double learningRate, double weightDecay,
               double beta1 = 0.9, double beta2 = 0.999, double epsilon = 1e-8);

    void step();  // uses and then releases each parameter's .grad
    // Uses the given gradients, one per parameter in constructor order (hand-written backward).
    void step(const std::vector<torch::Tensor>& gradients);
    void setLearningRate(double learningRate) { learningRate_ = learningRate; }
    double learningRate() const { return learningRate_; }

private:
    void update(std::size_t index, const torch::Tensor& gradient);

    std::vector<torch::Tensor> parameters_;
    std::vector<torch::Tensor> firstMoments_;
    std::vector<torch::Tensor> secondMoments_;
    double learningRate_;
    double weightDecay_;
    double beta1_, beta2_, epsilon_;
    long steps_ = 0;
    // Per-step constants, set by beginStep().
    double stepSize_ = 0, rootCorrection2_ = 1, decay_ = 1;
    void beginStep();
};

}  // namespace locuscope
