#include "core/models/elm/elm_training_kernels.h"

#include <ATen/Parallel.h>

#include <algorithm>
#include <cmath>
#include <vector>

#include "core/runtime/onednn_sgemm.h"

namespace locuscope {
namespace {

constexpr std::int64_t kGrain = 16384;  // elements per parallel chunk: ~64 kB, fits L2

// out = LeakyReLU'(gate) * in with the slope picked by `gate`'s sign: out = LeakyReLU(in) when
// gate is in (the forward), the backward's mask when gate is the activation (same sign as the
// pre-activation). Out of place on purpose: written in place, the compiler turns the select into
// a conditional store and leaves the loop scalar and branchy (a mispredicted branch per negative
// activation; it cost as much as a 128 x 1024 x 1024 product). A plain function with raw pointers,
// because inside the parallel_for lambda GCC does not vectorise it.
void leakySelect(const float* gate, const float* in, float* out, float slope, std::int64_t count) {
    for (std::int64_t i = 0; i < count; ++i) {
        out[i] = gate[i] > 0 ? in[i] : in[i] * slope;
    }
}

void applyLeakySlope(const torch::Tensor& gate, const torch::Tensor& in, torch::Tensor& out, float slope) {
    const float* g = gate.data_ptr<float>();
    const float* x = in.data_ptr<float>();
    float* y = out.data_ptr<float>();
    at::parallel_for(0, in.numel(), kGrain, [&](std::int64_t begin, std::int64_t end) {
        leakySelect(g + begin, x + begin, y + begin, slope, end - begin);
    });
}

bool isCpuFloat(const torch::Tensor& t) {
    return t.device().is_cpu() && t.scalar_type() == torch::kFloat32 && t.is_contiguous();
}

}  // namespace

bool ElmTrainingKernels::fastPathApplies(const torch::Tensor& x) const {
    return isCpuFloat(x) && x.dim() == 2 && x.size(1) == network_->inputs() && x.size(0) > 0 &&
           isCpuFloat(network_->layer1->weight) && isCpuFloat(network_->layer2->weight) &&
           isCpuFloat(network_->layer3->weight);
}

torch::Tensor& ElmTrainingKernels::buffer(torch::Tensor& slot, std::int64_t rows, std::int64_t columns) {
    if (!slot.defined() || slot.size(0) != rows || slot.size(1) != columns) {
        slot = torch::empty({rows, columns}, torch::TensorOptions().dtype(torch::kFloat32));
    }
    return slot;
}

torch::Tensor ElmTrainingKernels::forward(const torch::Tensor& x) {
    if (!fastPathApplies(x)) {
        torch::NoGradGuard noGrad;
        return network_->forward(x);
    }
    torch::NoGradGuard noGrad;
    const float slope = static_cast<float>(network_->negativeSlope());
    const std::int64_t rows = x.size(0), hidden = network_->hidden();
    torch::Tensor& z = buffer(forwardPreActivation_, rows, hidden);
    torch::Tensor& a = buffer(forwardActivation_, rows, hidden);
    onednnMatmulInto(z, x, network_->layer1->weight.t());
    applyLeakySlope(z, z, a, slope);
    onednnMatmulInto(z, a, network_->layer2->weight.t());
    applyLeakySlope(z, z, a, slope);
    torch::Tensor output = torch::empty({rows, network_->outputs()}, x.options());
    onednnMatmulInto(output, a, network_->layer3->weight.t());
    return output;
}

double ElmTrainingKernels::l1LossGradients(const torch::Tensor& x, const torch::Tensor& y,
                                           std::vector<torch::Tensor>& gradients) {
    if (!fastPathApplies(x) || !isCpuFloat(y) || y.dim() != 2 || y.size(0) != x.size(0) ||
        y.size(1) != network_->outputs()) {
        return network_->l1LossGradients(x, y, gradients);
    }
    torch::NoGradGuard noGrad;
    const torch::Tensor& w1 = network_->layer1->weight;  // (H, L)
    const torch::Tensor& w2 = network_->layer2->weight;  // (H, H)
    const torch::Tensor& w3 = network_->layer3->weight;  // (T, H)
    const float slope = static_cast<float>(network_->negativeSlope());
    const std::int64_t batch = x.size(0), hidden = w2.size(0), outputs = w3.size(0);

    torch::Tensor& z = buffer(preActivation_, batch, hidden);  // z1, then z2, then g2 · W2
    torch::Tensor& a1 = buffer(a1_, batch, hidden);
    onednnMatmulInto(z, x, w1.t());
    applyLeakySlope(z, z, a1, slope);
    torch::Tensor& a2 = buffer(a2_, batch, hidden);
    onednnMatmulInto(z, a1, w2.t());
    applyLeakySlope(z, z, a2, slope);
    torch::Tensor& output = buffer(output_, batch, outputs);
    onednnMatmulInto(output, a2, w3.t());

    // L1 loss and d mean|d| / d output = sign(d) / numel (0 where d = 0, as l1_loss's backward).
    torch::Tensor& g3 = buffer(g3_, batch, outputs);
    const float* out = output.data_ptr<float>();
    const float* target = y.data_ptr<float>();
    float* g3p = g3.data_ptr<float>();
    const std::int64_t count = batch * outputs;
    const float scale = 1.0F / static_cast<float>(count);
    double absoluteSum = 0;
    for (std::int64_t i = 0; i < count; ++i) {
        const float difference = out[i] - target[i];
        absoluteSum += std::fabs(difference);
        g3p[i] = difference > 0 ? scale : (difference < 0 ? -scale : 0.0F);
    }

    // g2 = (g3 · W3) ⊙ LeakyReLU'(z2); with a handful of outputs this is a short sum per element.
    torch::Tensor& g2 = buffer(g2_, batch, hidden);
    {
        const float* w3p = w3.data_ptr<float>();
        const float* a2p = a2.data_ptr<float>();
        float* g2p = g2.data_ptr<float>();
        at::parallel_for(0, batch, std::max<std::int64_t>(1, kGrain / hidden), [&](std::int64_t begin, std::int64_t end) {
            std::vector<float> sum(static_cast<std::size_t>(hidden));
            for (std::int64_t row = begin; row < end; ++row) {
                std::fill(sum.begin(), sum.end(), 0.0F);
                for (std::int64_t t = 0; t < outputs; ++t) {
                    const float coefficient = g3p[row * outputs + t];
                    const float* w = w3p + t * hidden;
                    for (std::int64_t j = 0; j < hidden; ++j) {
                        sum[j] += coefficient * w[j];
                    }
                }
                leakySelect(a2p + row * hidden, sum.data(), g2p + row * hidden, slope, hidden);
            }
        });
    }

    // g1 = (g2 · W2) ⊙ LeakyReLU'(z1). LibTorch's BLAS is the faster of the two for this
    // non-transposed right-hand side.
    torch::mm_out(z, g2, w2);
    torch::Tensor& g1 = buffer(g1_, batch, hidden);
    applyLeakySlope(a1, z, g1, slope);

    const torch::Tensor* factors[3][2] = {{&g1, &x}, {&g2, &a1}, {&g3, &a2}};
    const torch::Tensor* weights[3] = {&w1, &w2, &w3};
    gradients.resize(3);
    for (int layer = 0; layer < 3; ++layer) {
        if (!gradients[layer].defined() || gradients[layer].sizes() != weights[layer]->sizes()) {
            gradients[layer] = torch::empty_like(*weights[layer]);
        }
        onednnMatmulInto(gradients[layer], factors[layer][0]->t(), *factors[layer][1]);
    }
    return absoluteSum / static_cast<double>(count);
}

}  // namespace locuscope
