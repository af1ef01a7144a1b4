#include "core/train/fused_adamw.h"

#include <ATen/Parallel.h>

#include <cmath>

namespace locuscope {
namespace {

struct AdamWStep {
    float* p;
    const float* g;
    float* m;
    float* v;
    float b1, b2, c1, c2, size, root, eps, keep;
};

// One body, compiled twice: for the build's baseline ISA and for AVX2 (8 floats per sqrt and
// division instead of 4; the loop is bound by them). No FMA in either, so both round alike and
// results do not depend on the machine's ISA.
inline __attribute__((always_inline)) void adamwRange(const AdamWStep& s, std::int64_t begin, std::int64_t end) {
    float* __restrict p = s.p;
    const float* __restrict g = s.g;
    float* __restrict mp = s.m;
    float* __restrict vp = s.v;
    for (std::int64_t i = begin; i < end; ++i) {
        const float gi = g[i];
        const float mi = s.b1 * mp[i] + s.c1 * gi;
        const float vi = s.b2 * vp[i] + s.c2 * gi * gi;
        mp[i] = mi;
        vp[i] = vi;
        p[i] = p[i] * s.keep - s.size * mi / (std::sqrt(vi) / s.root + s.eps);
    }
}

__attribute__((target("avx2"))) void adamwRangeAvx2(const AdamWStep& s, std::int64_t begin, std::int64_t end) {
    adamwRange(s, begin, end);
}

void adamwRangeBaseline(const AdamWStep& s, std::int64_t begin, std::int64_t end) { adamwRange(s, begin, end); }

}  // namespace

FusedAdamW::FusedAdamW(std::vector<torch::Tensor> parameters, double learningRate, double weightDecay, double beta1,
                       double beta2, double epsilon)
    : parameters_(std::move(parameters))
    , learningRate_(learningRate)
    , weightDecay_(weightDecay)
    , beta1_(beta1)
    , beta2_(beta2)
    , epsilon_(epsilon) {
    for (const torch::Tensor& parameter : parameters_) {
        firstMoments_.push_back(torch::zeros_like(parameter, torch::MemoryFormat::Contiguous));
        secondMoments_.push_back(torch::zeros_like(parameter, torch::MemoryFormat::Contiguous));
    }
}

void FusedAdamW::beginStep() {
    ++steps_;
    stepSize_ = learningRate_ / (1.0 - std::pow(beta1_, static_cast<double>(steps_)));
    rootCorrection2_ = std::sqrt(1.0 - std::pow(beta2_, static_cast<double>(steps_)));
    decay_ = 1.0 - learningRate_ * weightDecay_;
}

void FusedAdamW::step() {
    torch::NoGradGuard noGrad;
    beginStep();
    for (std::size_t index = 0; index < parameters_.size(); ++index) {
        torch::Tensor& gradient = parameters_[index].mutable_grad();
        if (gradient.defined()) {
            update(index, gradient);
            gradient = torch::Tensor();
        }
    }
}

void FusedAdamW::step(const std::vector<torch::Tensor>& gradients) {
    torch::NoGradGuard noGrad;
    beginStep();
    for (std::size_t index = 0; index < parameters_.size() && index < gradients.size(); ++index) {
        update(index, gradients[index]);
    }
}

void FusedAdamW::update(std::size_t index, const torch::Tensor& gradientIn) {
    torch::Tensor& parameter = parameters_[index];
    const torch::Tensor gradient = gradientIn.contiguous();
    torch::Tensor& m = firstMoments_[index];
    torch::Tensor& v = secondMoments_[index];
    const bool fast = parameter.is_cpu() && parameter.scalar_type() == torch::kFloat32 && parameter.is_contiguous() &&
                      gradient.scalar_type() == torch::kFloat32;
    if (fast) {
        AdamWStep step;
        step.p = parameter.data_ptr<float>();
        step.g = gradient.data_ptr<float>();
        step.m = m.data_ptr<float>();
        step.v = v.data_ptr<float>();
        step.b1 = static_cast<float>(beta1_);
        step.b2 = static_cast<float>(beta2_);
        step.c1 = static_cast<float>(1.0 - beta1_);
        step.c2 = static_cast<float>(1.0 - beta2_);
        step.size = static_cast<float>(stepSize_);
        step.root = static_cast<float>(rootCorrection2_);
        step.eps = static_cast<float>(epsilon_);
        step.keep = static_cast<float>(decay_);
        static const bool avx2 = __builtin_cpu_supports("avx2");
        at::parallel_for(0, parameter.numel(), 16384, [&](std::int64_t begin, std::int64_t end) {
            if (avx2) {
                adamwRangeAvx2(step, begin, end);
            } else {
                adamwRangeBaseline(step, begin, end);
            }
        });
    } else {
        parameter.mul_(decay_);
        m.mul_(beta1_).add_(gradient, 1.0 - beta1_);
        v.mul_(beta2_).addcmul_(gradient, gradient, 1.0 - beta2_);
        parameter.addcdiv_(m, v.sqrt().div_(rootCorrection2_).add_(epsilon_), -stepSize_);
    }
}

}  // namespace locuscope
