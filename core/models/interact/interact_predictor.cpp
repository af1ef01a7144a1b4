#include "core/models/interact/interact_predictor.h"

#include <algorithm>

namespace locuscope {

InteractPredictor::InteractPredictor(InteractNetwork network, torch::Device device, std::int64_t batchSize)
    : network_(std::move(network)), device_(device), batchSize_(std::max<std::int64_t>(1, batchSize)) {
    network_->to(device_);
    network_->eval();
}

torch::Tensor InteractPredictor::predict(const torch::Tensor& tokens) {
    torch::InferenceMode inference;  // thread-local: set here, on whichever thread runs the job
    const std::int64_t n = tokens.size(0);
    torch::Tensor result = torch::empty({n, config().outputs}, torch::kFloat32);
    for (std::int64_t begin = 0; begin < n; begin += batchSize_) {
        const std::int64_t count = std::min(batchSize_, n - begin);
        const torch::Tensor batch = tokens.narrow(0, begin, count).to(device_);
        result.narrow(0, begin, count).copy_(network_->forward(batch).to(torch::kCPU, torch::kFloat32));
    }
    windows_ += n;
    return result;
}

}  // namespace locuscope
