#include "core/models/elm/elm_trainer.h"

#include <ATen/CPUGeneratorImpl.h>

#include <chrono>
#include <cstdio>

#include "core/models/elm/elm_training_kernels.h"
#include "core/train/early_stopping.h"
#include "core/train/fused_adamw.h"
#include "core/train/reduce_lr_on_plateau.h"

namespace locuscope {
namespace {

// The sample order of one pass of torch.utils.data.DataLoader(shuffle=True), as the pub iterated:
// creating the iterator draws a base seed from the global generator, then the RandomSampler draws
// the seed of a fresh generator that makes the permutation. Same draws, same ATen code, so with the
// same torch.manual_seed the batches come in the pub's order.
torch::Tensor dataLoaderOrder(std::int64_t n) {
    (void)torch::empty({}, torch::kLong).random_().item<std::int64_t>();  // the iterator's base seed
    const auto seed = torch::empty({}, torch::kLong).random_().item<std::int64_t>();
    at::Generator generator = at::detail::createCPUGenerator(static_cast<std::uint64_t>(seed));
    return torch::randperm(n, generator, torch::TensorOptions().dtype(torch::kLong));
}

std::vector<torch::Tensor> snapshot(ElmNetwork& network) {
    std::vector<torch::Tensor> state;
    for (const auto& parameter : network->parameters()) {
        state.push_back(parameter.detach().clone());
    }
    return state;
}

void restore(ElmNetwork& network, const std::vector<torch::Tensor>& state) {
    torch::NoGradGuard noGrad;
    auto parameters = network->parameters();
    for (std::size_t i = 0; i < parameters.size(); ++i) {
        parameters[i].copy_(state[i]);
    }
}

}  // namespace

const char* toString(MonitoredSet monitor) {
    return monitor == MonitoredSet::TestSet ? "test set" : "validation split";
}

double ElmTrainer::meanBatchLoss(ElmNetwork& network, const torch::Tensor& x, const torch::Tensor& y,
                                 bool shuffle) const {
    ElmTrainingKernels kernels(network);
    return meanL1(kernels, x, y, shuffle);
}

double ElmTrainer::meanL1(ElmTrainingKernels& kernels, const torch::Tensor& x, const torch::Tensor& y,
                          bool shuffle) const {
    torch::NoGradGuard noGrad;
    const std::int64_t n = x.size(0);
    const torch::Tensor order =
        shuffle ? dataLoaderOrder(n) : torch::arange(n, torch::TensorOptions().dtype(torch::kLong));
    const torch::Tensor prediction = kernels.forward(x.index_select(0, order.to(x.device())));
    const torch::Tensor target = y.index_select(0, order.to(y.device()));
    const torch::Tensor errors = (prediction - target).abs();
    double sum = 0;
    std::int64_t batches = 0;
    for (std::int64_t start = 0; start < n; start += options_.batchSize, ++batches) {
        const std::int64_t end = std::min(n, start + options_.batchSize);
        sum += errors.slice(0, start, end).mean().item<double>();
    }
    return batches > 0 ? sum / static_cast<double>(batches) : 0.0;
}

ElmTrainingHistory ElmTrainer::train(ElmNetwork& network, const torch::Tensor& xTrain, const torch::Tensor& yTrain,
                                     const torch::Tensor& xMonitor, const torch::Tensor& yMonitor,
                                     Progress& progress, const std::function<void(const EpochRecord&)>& onEpoch) const {
    using Clock = std::chrono::steady_clock;
    // Parameter order is layer1, layer2, layer3: the order l1LossGradients returns gradients in.
    FusedAdamW optimizer(network->parameters(), options_.learningRate, options_.weightDecay);
    std::vector<torch::Tensor> gradients;
    ElmTrainingKernels kernels(network);
    ReduceLrOnPlateau scheduler(options_.learningRate, options_.lrFactor, options_.lrPatience);
    EarlyStopping stopping(options_.patience, options_.minDelta);
    ElmTrainingHistory history;
    history.monitored = toString(options_.monitor);
    std::vector<torch::Tensor> best = snapshot(network);

    const std::int64_t n = xTrain.size(0);
    for (int epoch = 1; epoch <= options_.maxEpochs; ++epoch) {
        const auto start = Clock::now();
        const double learningRate = scheduler.learningRate();
        network->train();
        // One shuffled copy per epoch, then contiguous batches (no gather per batch).
        const torch::Tensor order = dataLoaderOrder(n).to(xTrain.device());
        const torch::Tensor xShuffled = xTrain.index_select(0, order);
        const torch::Tensor yShuffled = yTrain.index_select(0, order);
        double lossSum = 0;
        std::int64_t batches = 0;
        for (std::int64_t first = 0; first < n; first += options_.batchSize, ++batches) {
            throwIfCancelled(progress);
            const std::int64_t last = std::min(n, first + options_.batchSize);
            lossSum += kernels.l1LossGradients(xShuffled.slice(0, first, last), yShuffled.slice(0, first, last),
                                                gradients);
            optimizer.step(gradients);
        }
        network->eval();
        EpochRecord record;
        record.epoch = epoch;
        record.trainLoss = lossSum / static_cast<double>(batches);
        record.monitoredLoss = meanL1(kernels, xMonitor, yMonitor, true);
        record.learningRate = learningRate;
        record.seconds = std::chrono::duration<double>(Clock::now() - start).count();
        history.epochs.push_back(record);

        optimizer.setLearningRate(scheduler.step(record.monitoredLoss));
        if (stopping.improved(record.monitoredLoss, epoch)) {
            best = snapshot(network);
        }
        char message[160];
        std::snprintf(message, sizeof(message), "epoch %d: train %.4f, %s %.4f", epoch, record.trainLoss,
                      history.monitored.c_str(), record.monitoredLoss);
        progress.report(epoch, options_.maxEpochs, message);
        if (onEpoch) {
            onEpoch(record);
        }
        if (stopping.shouldStop()) {
            history.stoppedEarly = true;
            break;
        }
    }
    restore(network, best);
    history.bestEpoch = stopping.bestEpoch();
    return history;
}

}  // namespace locuscope
