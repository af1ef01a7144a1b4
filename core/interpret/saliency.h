#pragma once

#include <torch/torch.h>

#include "core/interpret/one_hot_model.h"

namespace locuscope {

// Gradient of one model output w.r.t. the one-hot input (Simonyan et al. 2014), batched.
struct SaliencyResult {
    torch::Tensor gradients;           // (B, 4, L): d f / d x[b, c, i]
    torch::Tensor gradientTimesInput;  // (B, L): sum_c grad * x, the gradient at the observed base (0 at N)
    torch::Tensor predictions;         // (B): f(x)
};

// oneHot: (B, 4, L) or (4, L) (then B = 1 and the results keep a batch dimension of 1).
// Gradients are exact per window because the network is in eval mode (no batch coupling).
SaliencyResult computeSaliency(const OneHotModel& model, const torch::Tensor& oneHot);

}  // namespace locuscope
