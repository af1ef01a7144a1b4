#pragma once

#include <torch/torch.h>

#include <cstdint>
#include <string>

#include "core/interpret/one_hot_model.h"

namespace locuscope {

// Integrated gradients (Sundararajan et al. 2017) of one output for one window:
//   attr[c, i] = (x - x0)[c, i] * integral_0^1 df/dx[c, i](x0 + a (x - x0)) da
// with the integral a Riemann sum over `steps` points (midpoint: a_k = (k + 1/2)/m, weights 1/m;
// trapezoid: a_k = k/m, k = 0..m, end weights 1/(2m)), the points run through the model in
// batches of `stepBatch`. Completeness: sum(attr) = f(x) - f(x0) up to the quadrature error.
struct IntegratedGradientsOptions {
    enum class Baseline { Zeros, Uniform };  // all-N, or 0.25 in every channel
    enum class Rule { Midpoint, Trapezoid };
    Baseline baseline = Baseline::Zeros;
    Rule rule = Rule::Midpoint;
    std::int64_t steps = 50;
    std::int64_t stepBatch = 16;
};

struct IntegratedGradientsResult {
    torch::Tensor attributions;     // (4, L), in the model's dtype, on the CPU
    double prediction = 0;          // f(x)
    double baselinePrediction = 0;  // f(x0)
    double attributionSum = 0;
    // |sum(attr) - (f(x) - f(x0))|: the quadrature error; shrinks as steps grow.
    double completenessGap = 0;
};

// oneHot: (4, L). InputError for steps < 1 or stepBatch < 1.
IntegratedGradientsResult integratedGradients(const OneHotModel& model, const torch::Tensor& oneHot,
                                              const IntegratedGradientsOptions& options = {});

IntegratedGradientsOptions::Baseline parseIgBaseline(const std::string& text);  // "zeros"/"n", "uniform"
IntegratedGradientsOptions::Rule parseIgRule(const std::string& text);          // "midpoint", "trapezoid"

}  // namespace locuscope
