#include "core/interpret/one_hot_model.h"

#include "core/runtime/input_error.h"

namespace locuscope {

torch::TensorOptions networkTensorOptions(const InteractNetwork& network) {
    const auto parameters = network->parameters();
    if (parameters.empty()) {
        return torch::TensorOptions().dtype(torch::kFloat32);
    }
    return torch::TensorOptions().dtype(parameters.front().scalar_type()).device(parameters.front().device());
}

OneHotModel interactOutputModel(InteractNetwork network, std::int64_t output) {
    if (output < 0 || output >= network->config().outputs) {
        throw InputError("output " + std::to_string(output) + " does not exist: the model has " +
                         std::to_string(network->config().outputs) + " outputs");
    }
    const torch::TensorOptions options = networkTensorOptions(network);
    return [network, output, options](const torch::Tensor& oneHot) mutable {
        return network->forwardOneHot(oneHot.to(options)).select(1, output);
    };
}

torch::Tensor oneHotFromTokens(const torch::Tensor& tokens, const torch::TensorOptions& options) {
    // Token 0 (N) maps to an all-zero column: one_hot over 5 classes, drop the N class.
    const torch::Tensor full = torch::one_hot(tokens.to(torch::kLong).cpu(), 5);  // (L, 5)
    // TensorOptions without a dtype would keep the integer type: floats by default.
    return full.narrow(1, 1, 4).t().contiguous().to(torch::TensorOptions(options).dtype(options.dtype()));
}

}  // namespace locuscope
