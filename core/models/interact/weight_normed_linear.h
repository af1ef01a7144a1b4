#pragma once

#include <torch/torch.h>

namespace locuscope {

// torch.nn.utils.weight_norm(Linear, dim=None) as the INTERACT head stores it: parameters
// weight_g (a 0-dim scale), weight_v and bias, with W = g * V / ||V||_F.
struct WeightNormedLinearImpl : torch::nn::Module {
    WeightNormedLinearImpl(std::int64_t inputs, std::int64_t outputs);

    torch::Tensor forward(const torch::Tensor& x);
    torch::Tensor weight() const;  // the effective W

    torch::Tensor weight_g, weight_v, bias;
};
TORCH_MODULE(WeightNormedLinear);

}  // namespace locuscope
