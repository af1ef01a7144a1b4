// The ELM engine's mathematics: closed-form Jacobians, the four-genotype pair estimate, the pub's
// metrics, the LR schedule and early stopping.
#include <gtest/gtest.h>
#include <torch/torch.h>

#include <cmath>

#include "core/interpret/elm_analysis.h"
#include "core/models/elm/elm_network.h"
#include "core/models/elm/elm_trainer.h"
#include "core/models/elm/elm_training_kernels.h"
#include "core/runtime/operation_cancelled.h"
#include "core/runtime/runtime.h"
#include "core/runtime/silent_progress.h"
#include "core/train/early_stopping.h"
#include "core/train/fused_adamw.h"
#include "core/train/reduce_lr_on_plateau.h"
#include "core/train/regression_metrics.h"

using namespace locuscope;

namespace {

torch::Tensor plusMinusOne(std::int64_t rows, std::int64_t columns) {
    return torch::randint(0, 2, {rows, columns}, torch::kFloat32) * 2 - 1;
}

}  // namespace

TEST(ElmNetwork, ClosedFormJacobiansMatchAutograd) {
    torch::manual_seed(3);
    ElmNetwork network(12, 32, 3);
    const torch::Tensor x = plusMinusOne(5, 12);
    const torch::Tensor closed = network->jacobians(x);  // (5, 3, 12)
    ASSERT_EQ(closed.sizes(), (std::vector<std::int64_t>{5, 3, 12}));
    for (std::int64_t sample = 0; sample < 5; ++sample) {
        for (std::int64_t trait = 0; trait < 3; ++trait) {
            torch::Tensor input = x[sample].clone().requires_grad_(true);
            const torch::Tensor output = network->forward(input.unsqueeze(0))[0][trait];
            const torch::Tensor gradient = torch::autograd::grad({output}, {input})[0];
            EXPECT_TRUE(torch::allclose(closed[sample][trait], gradient, 1e-5, 1e-6))
                << "sample " << sample << " trait " << trait;
        }
    }
}

TEST(ElmNetwork, HandWrittenGradientsMatchAutograd) {
    torch::manual_seed(8);
    ElmNetwork network(20, 48, 4);
    const torch::Tensor x = plusMinusOne(32, 20);
    const torch::Tensor y = torch::randn({32, 4});
    std::vector<torch::Tensor> gradients;
    const double loss = network->l1LossGradients(x, y, gradients);
    const torch::Tensor reference = torch::l1_loss(network->forward(x), y);
    reference.backward();
    EXPECT_NEAR(loss, reference.item<double>(), 1e-6);
    const auto parameters = network->parameters();
    ASSERT_EQ(gradients.size(), parameters.size());
    for (std::size_t i = 0; i < parameters.size(); ++i) {
        EXPECT_TRUE(torch::allclose(gradients[i], parameters[i].grad(), 1e-5, 1e-7)) << "layer " << i + 1;
    }
}

TEST(ElmTrainingKernels, FastPathMatchesAutogradAcrossBatchSizes) {
    torch::manual_seed(9);
    ElmNetwork network(20, 48, 4);
    ElmTrainingKernels kernels(network);
    // Different batch sizes in a row: buffers are reused and must be resized, not read stale.
    for (const std::int64_t batch : {37, 128, 5, 37}) {
        const torch::Tensor x = plusMinusOne(batch, 20);
        const torch::Tensor y = torch::randn({batch, 4});
        std::vector<torch::Tensor> gradients;
        const double loss = kernels.l1LossGradients(x, y, gradients);
        for (auto& parameter : network->parameters()) {
            parameter.mutable_grad() = torch::Tensor();
        }
        const torch::Tensor reference = torch::l1_loss(network->forward(x), y);
        reference.backward();
        EXPECT_NEAR(loss, reference.item<double>(), 1e-6) << "batch " << batch;
        const auto parameters = network->parameters();
        ASSERT_EQ(gradients.size(), parameters.size());
        for (std::size_t i = 0; i < parameters.size(); ++i) {
            EXPECT_TRUE(torch::allclose(gradients[i], parameters[i].grad(), 1e-5, 1e-7))
                << "batch " << batch << " layer " << i + 1;
        }
        torch::NoGradGuard noGrad;
        EXPECT_TRUE(torch::allclose(kernels.forward(x), network->forward(x), 1e-5, 1e-6)) << "batch " << batch;
    }
}

TEST(ElmTrainingKernels, OtherDtypesFallBackToTheNetwork) {
    torch::manual_seed(10);
    ElmNetwork network(6, 16, 2);
    network->to(torch::kFloat64);
    ElmTrainingKernels kernels(network);
    const torch::Tensor x = plusMinusOne(9, 6).to(torch::kFloat64);
    const torch::Tensor y = torch::randn({9, 2}, torch::kFloat64);
    std::vector<torch::Tensor> fast, reference;
    EXPECT_DOUBLE_EQ(kernels.l1LossGradients(x, y, fast), network->l1LossGradients(x, y, reference));
    for (std::size_t i = 0; i < reference.size(); ++i) {
        EXPECT_TRUE(torch::equal(fast[i], reference[i])) << "layer " << i + 1;
    }
}

TEST(ElmNetwork, JacobianTimesInputReconstructsTheOutput) {
    torch::manual_seed(4);
    ElmNetwork network(64, 128, 5);
    const torch::Tensor x = plusMinusOne(300, 64);
    SilentProgress progress;
    const ElmAnalysisResult result = analyseElm(network, x, ElmAnalysisOptions{}, progress);
    EXPECT_LT(result.maxReconstructionError, 1e-4);
    EXPECT_EQ(result.predictions.size(), 300u * 5u);
    EXPECT_EQ(result.perTrait.size(), 5u);
    EXPECT_EQ(result.perTrait[0].pairEstimate.size(), 64u * 64u);
}

TEST(ElmAnalysis, FourGenotypeEstimateRecoversExactPairwiseEffects) {
    // P = sum_i b_i x_i + sum_{i<j} B_ij x_i x_j has dP/dx_i = b_i + sum_j B_ij x_j. On a balanced
    // (full factorial) population the other loci average out exactly, so the estimate must return
    // B for every pair, interacting or not.
    torch::manual_seed(5);
    const std::int64_t loci = 6, n = 1 << loci;
    torch::Tensor x = torch::empty({n, loci}, torch::kDouble);
    for (std::int64_t row = 0; row < n; ++row) {
        for (std::int64_t locus = 0; locus < loci; ++locus) {
            x[row][locus] = ((row >> locus) & 1) != 0 ? 1.0 : -1.0;
        }
    }
    const torch::Tensor additive = torch::randn({loci}, torch::kDouble);
    torch::Tensor pairwise = torch::zeros({loci, loci}, torch::kDouble);
    pairwise[0][3] = pairwise[3][0] = 0.7;
    pairwise[1][2] = pairwise[2][1] = -0.4;
    pairwise[4][5] = pairwise[5][4] = 0.2;
    const torch::Tensor sensitivity = additive.unsqueeze(0) + x.mm(pairwise);
    const torch::Tensor estimate = fourGenotypePairEstimates(sensitivity, x);
    for (std::int64_t i = 0; i < loci; ++i) {
        EXPECT_TRUE(std::isnan(estimate[i][i].item<double>()));
        for (std::int64_t j = 0; j < loci; ++j) {
            if (i != j) {
                EXPECT_NEAR(estimate[i][j].item<double>(), pairwise[i][j].item<double>(), 1e-12) << i << "," << j;
            }
        }
    }
}

TEST(ElmAnalysis, EmptyGenotypeClassGivesNaNNotAGuess) {
    torch::Tensor x = torch::ones({10, 3}, torch::kDouble);
    x.select(1, 1).fill_(-1);  // locus 2 never +1
    const torch::Tensor estimate = fourGenotypePairEstimates(torch::randn({10, 3}, torch::kDouble), x);
    EXPECT_TRUE(std::isnan(estimate[0][1].item<double>()));
}

TEST(RegressionMetrics, MatchNumpyAndSklearnDefinitions) {
    const std::vector<double> truth = {0, 1, 2, 3, 4};
    const std::vector<double> estimate = {0.1, 0.9, 2.2, 2.8, 4.1};
    // np.polyfit(truth, estimate, 1)[0] = 0.99; sklearn r2_score(truth, estimate) = 0.989
    EXPECT_NEAR(polyfitSlope(truth, estimate), 0.99, 1e-12);
    EXPECT_NEAR(r2Score(truth, estimate), 1.0 - 0.11 / 10.0, 1e-12);
    // A slope of 0.5 is penalised by r2_score but not by Pearson.
    const std::vector<double> half = {0, 0.5, 1, 1.5, 2};
    EXPECT_NEAR(pearson(truth, half), 1.0, 1e-12);
    EXPECT_NEAR(r2Score(truth, half), 1.0 - 7.5 / 10.0, 1e-12);
    EXPECT_NEAR(sampleVariance({1, 2, 3, 4}), 5.0 / 3.0, 1e-12);
}

TEST(RegressionMetrics, QuadraticFitRecoversCoefficients) {
    std::vector<double> x, y;
    for (int i = -10; i <= 10; ++i) {
        x.push_back(i * 0.1);
        y.push_back(0.3 - 0.2 * i * 0.1 + 0.8 * i * i * 0.01);
    }
    const QuadraticFit fit = quadraticFit(x, y);
    EXPECT_NEAR(fit.a, 0.8, 1e-9);
    EXPECT_NEAR(fit.b, -0.2, 1e-9);
    EXPECT_NEAR(fit.c, 0.3, 1e-9);
    EXPECT_NEAR(fit.r2, 1.0, 1e-12);
}

TEST(RegressionMetrics, DegenerateFitsAreNaNNotGarbage) {
    // Two distinct x (a locus set with only 0 and 0.2 epistatic effects) define no parabola.
    const QuadraticFit parabola = quadraticFit({0, 0, 0.2, 0.2, 0.2}, {0, 0.1, 0.3, 0.4, 0.5});
    EXPECT_TRUE(std::isnan(parabola.a));
    EXPECT_TRUE(std::isnan(parabola.r2));
    const LineFit line = polyfitLine({1, 1, 1}, {0, 1, 2});  // no spread in the truth
    EXPECT_TRUE(std::isnan(line.slope));
    EXPECT_TRUE(std::isnan(line.intercept));
    const LineFit exact = polyfitLine({0, 1, 2}, {1, 3, 5});
    EXPECT_DOUBLE_EQ(exact.slope, 2.0);
    EXPECT_DOUBLE_EQ(exact.intercept, 1.0);
}

TEST(ReduceLrOnPlateau, HalvesAfterPatienceEpochsWithoutRelativeImprovement) {
    ReduceLrOnPlateau scheduler(1e-3, 0.5, 3);
    EXPECT_DOUBLE_EQ(scheduler.step(1.0), 1e-3);
    EXPECT_DOUBLE_EQ(scheduler.step(0.99995), 1e-3);  // within threshold 1e-4: a bad epoch
    EXPECT_DOUBLE_EQ(scheduler.step(1.0), 1e-3);
    EXPECT_DOUBLE_EQ(scheduler.step(1.0), 1e-3);
    EXPECT_DOUBLE_EQ(scheduler.step(1.0), 5e-4);       // fourth bad epoch > patience 3
    EXPECT_DOUBLE_EQ(scheduler.step(0.5), 5e-4);
}

TEST(EarlyStopping, StopsPatienceEpochsAfterTheBest) {
    EarlyStopping stopping(10, 0.003);
    int epoch = 0;
    for (double loss : {1.0, 0.9, 0.8}) {
        EXPECT_TRUE(stopping.improved(loss, ++epoch));
    }
    EXPECT_FALSE(stopping.improved(0.798, ++epoch));  // not better by more than min_delta
    for (int i = 0; i < 9 && !stopping.shouldStop(); ++i) {
        stopping.improved(0.8, ++epoch);
    }
    EXPECT_TRUE(stopping.shouldStop());
    EXPECT_EQ(stopping.bestEpoch(), 3);
    EXPECT_EQ(epoch, 13);
}

TEST(ElmTrainer, LearnsAnAdditiveTraitAndRestoresTheBestEpoch) {
    configureRuntime(RuntimeOptions{0, "cpu"});
    torch::manual_seed(11);
    const torch::Tensor x = plusMinusOne(1200, 16);
    const torch::Tensor beta = torch::randn({16, 1});
    const torch::Tensor y = x.mm(beta) / 4;
    ElmTrainOptions options;
    options.hidden = 64;
    options.maxEpochs = 40;
    options.weightDecay = 0.01;
    ElmNetwork network(16, 64, 1);
    SilentProgress progress;
    const ElmTrainer trainer(options);
    const ElmTrainingHistory history =
        trainer.train(network, x.slice(0, 0, 1000), y.slice(0, 0, 1000), x.slice(0, 1000), y.slice(0, 1000), progress);
    ASSERT_GE(history.epochsTrained(), 2);
    EXPECT_LT(history.epochs.back().trainLoss, history.epochs.front().trainLoss);
    // The best epoch is the last one that beat the previous best by more than min_delta, so no
    // epoch is better than it by more than min_delta; its weights are the ones restored.
    const double best = history.epochs[static_cast<std::size_t>(history.bestEpoch - 1)].monitoredLoss;
    for (const EpochRecord& epoch : history.epochs) {
        EXPECT_GT(epoch.monitoredLoss, best - options.minDelta) << "epoch " << epoch.epoch;
    }
    const double restored = trainer.meanBatchLoss(network, x.slice(0, 1000), y.slice(0, 1000), false);
    EXPECT_NEAR(restored, best, 0.02 * best + 1e-3);
    EXPECT_LT(best, 0.1);
}

TEST(ElmTrainer, CancelStopsTraining) {
    ElmNetwork network(8, 16, 1);
    SilentProgress progress;
    progress.cancel();
    const torch::Tensor x = plusMinusOne(256, 8);
    EXPECT_THROW(ElmTrainer(ElmTrainOptions{}).train(network, x, x.sum(1, true), x, x.sum(1, true), progress),
                 OperationCancelled);
}

TEST(FusedAdamW, MatchesLibTorchAdamW) {
    torch::manual_seed(21);
    torch::Tensor reference = torch::randn({300, 70}).requires_grad_(true);
    torch::Tensor fused = reference.detach().clone().requires_grad_(true);
    torch::optim::AdamW libtorch({reference}, torch::optim::AdamWOptions(1e-2).weight_decay(0.5));
    FusedAdamW ours({fused}, 1e-2, 0.5);
    for (int step = 0; step < 25; ++step) {
        if (step == 10) {  // a learning-rate change must act like the scheduler's
            static_cast<torch::optim::AdamWOptions&>(libtorch.param_groups()[0].options()).lr(5e-3);
            ours.setLearningRate(5e-3);
        }
        const torch::Tensor target = torch::randn({300, 70});
        libtorch.zero_grad();
        (reference - target).abs().mean().backward();
        libtorch.step();
        (fused - target).abs().mean().backward();
        ours.step();
        EXPECT_FALSE(fused.grad().defined());
    }
    EXPECT_TRUE(torch::allclose(reference, fused, 1e-5, 1e-6))
        << (reference - fused).abs().max().item<double>();
}
