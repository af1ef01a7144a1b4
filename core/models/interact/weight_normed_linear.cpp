#include "core/models/interact/weight_normed_linear.h"

#include <cmath>

namespace locuscope {

WeightNormedLinearImpl::WeightNormedLinearImpl(std::int64_t inputs, std::int64_t outputs) {
    // PyTorch's Linear default initialisation, then g = ||V|| so that W = V at the start.
    torch::Tensor v = torch::empty({outputs, inputs});
    const double bound = 1.0 / std::sqrt(static_cast<double>(inputs));
    torch::nn::init::uniform_(v, -bound, bound);
    bias = register_parameter("bias", torch::empty({outputs}).uniform_(-bound, bound));
    weight_g = register_parameter("weight_g", v.norm());
    weight_v = register_parameter("weight_v", v);
}

torch::Tensor WeightNormedLinearImpl::weight() const {
    return weight_v * (weight_g / weight_v.norm());
}

torch::Tensor WeightNormedLinearImpl::forward(const torch::Tensor& x) {
    return torch::nn::functional::linear(x, weight(), bias);
}

}  // namespace locuscope
