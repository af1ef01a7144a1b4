#include "core/interpret/saliency.h"

namespace locuscope {

SaliencyResult computeSaliency(const OneHotModel& model, const torch::Tensor& oneHot) {
    torch::AutoGradMode gradients(true);  // callers may sit under NoGrad
    torch::Tensor input =
        (oneHot.dim() == 2 ? oneHot.unsqueeze(0) : oneHot).detach().clone().requires_grad_(true);
    const torch::Tensor predictions = model(input);
    // Rows are independent, so the gradient of the sum is each row's own gradient.
    const torch::Tensor gradient = torch::autograd::grad({predictions.sum()}, {input})[0];
    SaliencyResult result;
    result.gradients = gradient.detach();
    result.gradientTimesInput = (gradient * input).sum(1).detach();
    result.predictions = predictions.detach();
    return result;
}

}  // namespace locuscope
