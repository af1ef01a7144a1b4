#include "core/models/elm/elm_network.h"

namespace locuscope {

ElmNetworkImpl::ElmNetworkImpl(std::int64_t inputs, std::int64_t hidden, std::int64_t outputs, double negativeSlope)
    : negativeSlope_(negativeSlope) {
    layer1 = register_module("layer1", torch::nn::Linear(torch::nn::LinearOptions(inputs, hidden).bias(false)));
    layer2 = register_module("layer2", torch::nn::Linear(torch::nn::LinearOptions(hidden, hidden).bias(false)));
    layer3 = register_module("layer3", torch::nn::Linear(torch::nn::LinearOptions(hidden, outputs).bias(false)));
}

torch::Tensor ElmNetworkImpl::forward(const torch::Tensor& x) {
    torch::Tensor h = torch::leaky_relu(layer1->forward(x), negativeSlope_);
    h = torch::leaky_relu(layer2->forward(h), negativeSlope_);
    return layer3->forward(h);
}

torch::Tensor ElmNetworkImpl::jacobians(const torch::Tensor& x) {
    // Evaluated from the output side: (W3 * d2) W2 is one (N*T x H) x (H x H) product, about
    // H/L times cheaper than pushing D1 W1 (N x H x L) through W2 from the input side.
    const torch::Tensor& w1 = layer1->weight;  // (H, L)
    const torch::Tensor& w2 = layer2->weight;  // (H, H)
    const torch::Tensor& w3 = layer3->weight;  // (T, H)
    const torch::Tensor z1 = torch::matmul(x, w1.t());
    const torch::Tensor z2 = torch::matmul(torch::leaky_relu(z1, negativeSlope_), w2.t());
    const auto slope = [this](const torch::Tensor& z) {
        return torch::where(z > 0, torch::ones_like(z), torch::full_like(z, negativeSlope_));
    };
    const torch::Tensor d1 = slope(z1);  // (N, H)
    const torch::Tensor d2 = slope(z2);  // (N, H)
    const std::int64_t n = x.size(0), t = w3.size(0), h = w3.size(1);
    torch::Tensor a = w3.unsqueeze(0) * d2.unsqueeze(1);               // (N, T, H)
    a = torch::matmul(a.reshape({n * t, h}), w2).reshape({n, t, h});  // (N, T, H)
    a = a * d1.unsqueeze(1);
    return torch::matmul(a.reshape({n * t, h}), w1).reshape({n, t, w1.size(1)});  // (N, T, L)
}

}  // namespace locuscope
