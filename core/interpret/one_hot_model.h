#pragma once

#include <torch/torch.h>

#include <cstdint>
#include <functional>

#include "core/models/interact/interact_network.h"

namespace locuscope {

// What the gradient methods attribute: a differentiable scalar per window, (B, 4, L) one-hot in
// A,T,C,G order -> (B). A plain function so the methods can be checked on models with a known
// answer (a linear one) as well as on an INTERACT network.
using OneHotModel = std::function<torch::Tensor(const torch::Tensor&)>;

// One output of an INTERACT network (eval mode) through forwardOneHot, on the network's device
// and in its dtype: inputs are moved there, results stay there.
OneHotModel interactOutputModel(InteractNetwork network, std::int64_t output);

// The network's device and floating dtype (from its first parameter).
torch::TensorOptions networkTensorOptions(const InteractNetwork& network);

// (L) tokens N=0 A=1 T=2 C=3 G=4 -> (4, L) one-hot, N a zero column.
torch::Tensor oneHotFromTokens(const torch::Tensor& tokens, const torch::TensorOptions& options);

}  // namespace locuscope
