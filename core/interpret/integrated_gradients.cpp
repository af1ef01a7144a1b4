#include "core/interpret/integrated_gradients.h"

#include <algorithm>
#include <cmath>
#include <vector>

#include "core/runtime/input_error.h"

namespace locuscope {

IntegratedGradientsResult integratedGradients(const OneHotModel& model, const torch::Tensor& oneHot,
                                              const IntegratedGradientsOptions& options) {
    if (options.steps < 1 || options.stepBatch < 1) {
        throw InputError("integrated gradients need at least 1 step and a step batch of at least 1");
    }
    if (oneHot.dim() != 2 || oneHot.size(0) != 4) {
        throw InputError("integrated gradients take one (4, L) one-hot window");
    }
    torch::AutoGradMode gradientsOn(true);
    const torch::Tensor x = oneHot.detach();
    const torch::Tensor x0 = options.baseline == IntegratedGradientsOptions::Baseline::Zeros
                                 ? torch::zeros_like(x)
                                 : torch::full_like(x, 0.25);
    const torch::Tensor delta = x - x0;

    // Points on the path and their quadrature weights.
    const std::int64_t m = options.steps;
    std::vector<double> alphas, weights;
    if (options.rule == IntegratedGradientsOptions::Rule::Midpoint) {
        for (std::int64_t k = 0; k < m; ++k) {
            alphas.push_back((double(k) + 0.5) / double(m));
            weights.push_back(1.0 / double(m));
        }
    } else {
        for (std::int64_t k = 0; k <= m; ++k) {
            alphas.push_back(double(k) / double(m));
            weights.push_back((k == 0 || k == m ? 0.5 : 1.0) / double(m));
        }
    }

    torch::Tensor integral = torch::zeros_like(x);
    const auto count = static_cast<std::int64_t>(alphas.size());
    for (std::int64_t begin = 0; begin < count; begin += options.stepBatch) {
        const std::int64_t n = std::min(options.stepBatch, count - begin);
        const torch::Tensor a =
            torch::tensor(std::vector<double>(alphas.begin() + begin, alphas.begin() + begin + n),
                          x.options())
                .view({n, 1, 1});
        const torch::Tensor w =
            torch::tensor(std::vector<double>(weights.begin() + begin, weights.begin() + begin + n),
                          x.options())
                .view({n, 1, 1});
        torch::Tensor points = (x0.unsqueeze(0) + a * delta.unsqueeze(0)).detach().requires_grad_(true);
        const torch::Tensor values = model(points);
        const torch::Tensor gradient = torch::autograd::grad({values.sum()}, {points})[0];
        integral += (gradient.to(x.options()) * w).sum(0).detach();
    }

    IntegratedGradientsResult result;
    result.attributions = (delta * integral).cpu();
    {
        torch::NoGradGuard noGrad;
        const torch::Tensor ends = model(torch::stack({x, x0}));
        result.prediction = ends[0].item<double>();
        result.baselinePrediction = ends[1].item<double>();
    }
    result.attributionSum = result.attributions.sum().item<double>();
    result.completenessGap =
        std::fabs(result.attributionSum - (result.prediction - result.baselinePrediction));
    return result;
}

IntegratedGradientsOptions::Baseline parseIgBaseline(const std::string& text) {
    if (text == "zeros" || text == "zero" || text == "n" || text == "N") {
        return IntegratedGradientsOptions::Baseline::Zeros;
    }
    if (text == "uniform") {
        return IntegratedGradientsOptions::Baseline::Uniform;
    }
    throw InputError(
        "the integrated-gradients baseline must be zeros (all N) or uniform (0.25 per base); it is '" + text +
        "'");
}

IntegratedGradientsOptions::Rule parseIgRule(const std::string& text) {
    if (text == "midpoint") {
        return IntegratedGradientsOptions::Rule::Midpoint;
    }
    if (text == "trapezoid") {
        return IntegratedGradientsOptions::Rule::Trapezoid;
    }
    throw InputError("the integrated-gradients rule must be midpoint or trapezoid; it is '" + text + "'");
}

}  // namespace locuscope
