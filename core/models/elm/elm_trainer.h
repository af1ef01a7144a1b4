#pragma once

#include <functional>

#include "core/models/elm/elm_network.h"
#include "core/models/elm/elm_train_options.h"
#include "core/models/elm/elm_training_kernels.h"
#include "core/models/elm/elm_training_history.h"
#include "core/runtime/progress.h"

namespace locuscope {

// Trains an ElmNetwork with the ELM pub's recipe: L1 loss, AdamW, shuffled mini-batches,
// ReduceLROnPlateau and early stopping on the monitored set, best epoch restored.
class ElmTrainer {
public:
    explicit ElmTrainer(ElmTrainOptions options) : options_(std::move(options)) {}

    // Tensors are float32 on the network's device; rows are samples. Polls progress for cancel
    // after every batch (throws OperationCancelled).
    ElmTrainingHistory train(ElmNetwork& network, const torch::Tensor& xTrain, const torch::Tensor& yTrain,
                             const torch::Tensor& xMonitor, const torch::Tensor& yMonitor, Progress& progress,
                             const std::function<void(const EpochRecord&)>& onEpoch = {}) const;

    // Mean over batches of the per-batch mean absolute error (the pub's loss averaging).
    double meanBatchLoss(ElmNetwork& network, const torch::Tensor& x, const torch::Tensor& y, bool shuffle) const;

private:
    double meanL1(ElmTrainingKernels& kernels, const torch::Tensor& x, const torch::Tensor& y, bool shuffle) const;

    ElmTrainOptions options_;
};

}  // namespace locuscope
