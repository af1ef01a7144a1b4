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

double ElmNetworkImpl::l1LossGradients(const torch::Tensor& x, const torch::Tensor& y,
                                       std::vector<torch::Tensor>& gradients) {
    torch::NoGradGuard noGrad;
    const torch::Tensor& w1 = layer1->weight;
    const torch::Tensor& w2 = layer2->weight;
    const torch::Tensor& w3 = layer3->weight;
    const torch::Tensor z1 = torch::mm(x, w1.t());
    const torch::Tensor a1 = torch::leaky_relu(z1, negativeSlope_);
    const torch::Tensor z2 = torch::mm(a1, w2.t());
    const torch::Tensor a2 = torch::leaky_relu(z2, negativeSlope_);
    const torch::Tensor difference = torch::mm(a2, w3.t()) - y;
    const double loss = difference.abs().mean().item<double>();
    // d mean|d| / d out = sign(d) / numel (0 where d = 0, as l1_loss's backward).
    const torch::Tensor g3 = difference.sign().div_(static_cast<double>(difference.numel()));
    const torch::Tensor g2 = at::leaky_relu_backward(torch::mm(g3, w3), z2, negativeSlope_, false);
    const torch::Tensor g1 = at::leaky_relu_backward(torch::mm(g2, w2), z1, negativeSlope_, false);
    // Reuse the caller's gradient buffers between batches (the 4 MB hidden-layer gradient would
    // otherwise be a fresh allocation and page faults every step).
    const torch::Tensor* inputs[3][2] = {{&g1, &x}, {&g2, &a1}, {&g3, &a2}};
    const torch::Tensor* weights[3] = {&w1, &w2, &w3};
    gradients.resize(3);
    for (int layer = 0; layer < 3; ++layer) {
        if (!gradients[layer].defined() || gradients[layer].sizes() != weights[layer]->sizes()) {
            gradients[layer] = torch::empty_like(*weights[layer]);
        }
        torch::mm_out(gradients[layer], inputs[layer][0]->t(), *inputs[layer][1]);
    }
    return loss;
}

}  // namespace locuscope
