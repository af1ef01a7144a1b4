#include "core/pipelines/elm_pipeline.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <limits>
#include <numeric>
#include <random>

#include "core/data/heritability_adjustment.h"
#include "core/interpret/elm_analysis.h"
#include "core/models/elm/elm_network.h"
#include "core/models/elm/elm_trainer.h"
#include "core/nn/tensor_file.h"
#include "core/runtime/compute_device.h"
#include "core/runtime/input_error.h"
#include "core/runtime/stage_progress.h"
#include "core/train/regression_metrics.h"
#include "locuscope/build_info.h"

namespace locuscope {
namespace {

using Clock = std::chrono::steady_clock;
constexpr double nan = std::numeric_limits<double>::quiet_NaN();

double secondsSince(Clock::time_point start) { return std::chrono::duration<double>(Clock::now() - start).count(); }

void validate(const ElmConfig& config) {
    if (!(config.heritability > 0.0 && config.heritability <= 1.0)) {
        throw InputError("heritability must be in (0, 1], not " + std::to_string(config.heritability));
    }
    if (config.replicates < 1) {
        throw InputError("replicates must be at least 1");
    }
    const ElmTrainOptions& t = config.train;
    if (t.hidden < 1 || t.batchSize < 1 || t.maxEpochs < 1 || t.patience < 1 || t.lrPatience < 0) {
        throw InputError("hidden, batch size, max epochs and patience must be positive");
    }
    if (!(t.learningRate > 0) || t.weightDecay < 0 || !(t.lrFactor > 0 && t.lrFactor < 1) || t.minDelta < 0) {
        throw InputError("learning rate must be > 0, weight decay >= 0, LR factor in (0, 1), min delta >= 0");
    }
    if (t.monitor == MonitoredSet::ValidationSplit && !(t.validationFraction > 0 && t.validationFraction < 1)) {
        throw InputError("validation fraction must be in (0, 1)");
    }
}

torch::Tensor tensorOf(const std::vector<float>& values, std::int64_t rows, std::int64_t columns,
                       const torch::Device& device) {
    return torch::from_blob(const_cast<float*>(values.data()), {rows, columns}, torch::kFloat32).clone().to(device);
}

// The part of `data` at the given rows, as a new dataset.
GenotypeDataset subset(const GenotypeDataset& data, const std::vector<std::size_t>& rows) {
    GenotypeDataset part;
    part.locusNames = data.locusNames;
    part.traitNames = data.traitNames;
    part.encoding = data.encoding;
    part.genotypes.reserve(rows.size() * data.loci());
    part.phenotypes.reserve(rows.size() * data.traits());
    for (std::size_t row : rows) {
        part.sampleIds.push_back(data.sampleIds[row]);
        part.genotypes.insert(part.genotypes.end(), data.genotypes.begin() + row * data.loci(),
                              data.genotypes.begin() + (row + 1) * data.loci());
        part.phenotypes.insert(part.phenotypes.end(), data.phenotypes.begin() + row * data.traits(),
                               data.phenotypes.begin() + (row + 1) * data.traits());
    }
    return part;
}

std::vector<double> column(const std::vector<float>& matrix, std::size_t columns, std::size_t column) {
    std::vector<double> values;
    values.reserve(matrix.size() / columns);
    for (std::size_t i = column; i < matrix.size(); i += columns) {
        values.push_back(matrix[i]);
    }
    return values;
}

// Upper-triangle pairs (i < j) of a loci x loci matrix, in row order.
std::vector<double> upperTriangle(const std::vector<double>& matrix, std::size_t loci) {
    std::vector<double> values;
    values.reserve(loci * (loci - 1) / 2);
    for (std::size_t i = 0; i < loci; ++i) {
        for (std::size_t j = i + 1; j < loci; ++j) {
            values.push_back(matrix[i * loci + j]);
        }
    }
    return values;
}

std::vector<double> truePairEffects(const TrueEffects& truth, std::size_t trait, double scale) {
    std::vector<double> values;
    for (std::size_t i = 0; i < truth.loci; ++i) {
        for (std::size_t j = i + 1; j < truth.loci; ++j) {
            values.push_back(scale * truth.pairEffect(trait, i, j));
        }
    }
    return values;
}

bool hasEpistasis(const TrueEffects& truth, std::size_t trait) {
    for (std::size_t i = 0; i < truth.loci; ++i) {
        if (truth.epistaticAt(trait, i) != 0.0) {
            return true;
        }
    }
    return false;
}

// Drops NaN estimates (empty genotype classes) together with their truth.
void dropMissing(std::vector<double>& truth, std::vector<double>& estimate) {
    std::size_t kept = 0;
    for (std::size_t i = 0; i < estimate.size(); ++i) {
        if (std::isfinite(estimate[i])) {
            truth[kept] = truth[i];
            estimate[kept] = estimate[i];
            ++kept;
        }
    }
    truth.resize(kept);
    estimate.resize(kept);
}

struct PairMetrics {
    double slope = nan, r2 = nan, pearson = nan;
};

PairMetrics pairMetrics(const TrueEffects& truth, std::size_t trait, double scale, const std::vector<double>& matrix) {
    PairMetrics metrics;
    if (!hasEpistasis(truth, trait)) {
        return metrics;
    }
    std::vector<double> t = truePairEffects(truth, trait, scale);
    std::vector<double> e = upperTriangle(matrix, truth.loci);
    dropMissing(t, e);
    metrics.slope = polyfitSlope(t, e);
    metrics.r2 = r2Score(t, e);
    metrics.pearson = pearson(t, e);
    return metrics;
}

SafetensorsFile modelFile(ElmNetwork& network, const ElmConfig& config, const ElmReport& report,
                          const ElmTrainingHistory& history, GenotypeEncoding encoding) {
    SafetensorsFile file;
    for (const auto& item : network->named_parameters()) {
        file.tensors.push_back(toRecord(item.key(), item.value()));
    }
    std::string loci, traits;
    for (const auto& name : report.locusNames) {
        loci += (loci.empty() ? "" : ",") + name;
    }
    for (const auto& name : report.traitNames) {
        traits += (traits.empty() ? "" : ",") + name;
    }
    file.metadata = {
        {"model_kind", "elm_mlp"},
        {"format_version", "1"},
        {"inputs", std::to_string(network->inputs())},
        {"hidden", std::to_string(network->hidden())},
        {"outputs", std::to_string(network->outputs())},
        {"negative_slope", std::to_string(network->negativeSlope())},
        {"bias", "false"},
        {"input_encoding", encoding == GenotypeEncoding::HaploidPlusMinusOne ? "haploid: allele 0 -> -1, allele 1 -> +1"
                                                                              : "diploid: allele-1 dosage - 1"},
        {"locus_names", loci},
        {"output_names", traits},
        {"training_data", config.data.string()},
        {"heritability", std::to_string(config.heritability)},
        {"monitored_set", history.monitored},
        {"best_epoch", std::to_string(history.bestEpoch)},
        {"epochs_trained", std::to_string(history.epochsTrained())},
        {"seed", std::to_string(config.train.seed)},
        {"producer", std::string("locuscope ") + build::version},
    };
    return file;
}

}  // namespace

ElmReport runElm(const ElmConfig& config, Progress& progress) {
    validate(config);
    const auto totalStart = Clock::now();
    const torch::Device device = pipelineDevice(config.train.device);
    ElmReport report;
    report.config = config;
    report.config.onEpoch = nullptr;  // the report outlives the caller's callback

    const auto loadStart = Clock::now();
    DatasetSplit split = loadDataset(config.data, config.load);
    report.timings.load = secondsSince(loadStart);
    report.splitDescription = split.description;
    report.hasTruth = split.hasTruth;
    report.truth = split.truth;
    report.testSampleIds = split.test.sampleIds;
    report.locusNames = split.test.locusNames;
    report.traitNames = split.test.traitNames;
    const std::size_t loci = split.train.loci();
    const std::size_t traits = split.train.traits();
    if (split.train.samples() < 2 || split.test.samples() < 2) {
        throw InputError(config.data, "needs at least 2 training and 2 test samples");
    }
    const double truthScale = std::sqrt(config.heritability);

    std::vector<std::vector<double>> pairSum(traits, std::vector<double>(loci * loci, 0.0));
    std::vector<std::vector<double>> pairSquares = pairSum;
    std::vector<std::vector<int>> pairCount(traits, std::vector<int>(loci * loci, 0));
    int totalEpochs = 0;

    for (int replicate = 0; replicate < config.replicates; ++replicate) {
        ElmReplicateRun run;
        run.index = replicate;
        run.noiseSeed = config.noiseSeed + static_cast<std::uint32_t>(replicate);
        run.modelSeed = config.train.seed + static_cast<std::uint64_t>(replicate);

        GenotypeDataset train = split.train;
        GenotypeDataset test = split.test;
        if (config.heritability < 1.0) {  // the pub draws train and test noise from the same seed
            adjustHeritability(train, config.heritability, run.noiseSeed);
            adjustHeritability(test, config.heritability, run.noiseSeed);
        }
        GenotypeDataset monitor = test;
        if (config.train.monitor == MonitoredSet::ValidationSplit) {
            std::vector<std::size_t> order(train.samples());
            std::iota(order.begin(), order.end(), 0);
            std::shuffle(order.begin(), order.end(), std::mt19937_64(run.modelSeed));
            const auto held = static_cast<std::size_t>(std::round(config.train.validationFraction * order.size()));
            if (held < 1 || held >= order.size()) {
                throw InputError("validation fraction leaves no training or no validation samples");
            }
            monitor = subset(train, std::vector<std::size_t>(order.begin(), order.begin() + held));
            train = subset(train, std::vector<std::size_t>(order.begin() + held, order.end()));
        }
        if (replicate == 0) {
            report.testObserved = test.phenotypes;
            report.testGenotypes = test.genotypes;
            report.trainSamples = train.samples();
            report.monitorSamples = monitor.samples();
        }

        const auto n = [](const GenotypeDataset& d) { return static_cast<std::int64_t>(d.samples()); };
        const auto l = static_cast<std::int64_t>(loci);
        const auto t = static_cast<std::int64_t>(traits);
        const torch::Tensor xTrain = tensorOf(train.genotypes, n(train), l, device);
        const torch::Tensor yTrain = tensorOf(train.phenotypes, n(train), t, device);
        const torch::Tensor xMonitor = tensorOf(monitor.genotypes, n(monitor), l, device);
        const torch::Tensor yMonitor = tensorOf(monitor.phenotypes, n(monitor), t, device);
        const torch::Tensor xTest = tensorOf(test.genotypes, n(test), l, device);

        // Progress: 1000 units per replicate, 90 % training (by epoch), 10 % analysis.
        const std::int64_t overall = 1000LL * config.replicates;
        const std::string prefix = config.replicates > 1 ? "replicate " + std::to_string(replicate + 1) + "/" +
                                                               std::to_string(config.replicates) + ": "
                                                         : "";
        StageProgress trainingProgress(progress, 1000.0 * replicate, 900.0, overall, prefix);
        StageProgress analysisProgress(progress, 1000.0 * replicate + 900.0, 100.0, overall, prefix);
        torch::manual_seed(run.modelSeed);
        ElmNetwork network(l, config.train.hidden, t, config.train.negativeSlope);
        network->to(device);
        const auto trainStart = Clock::now();
        run.history =
            ElmTrainer(config.train).train(network, xTrain, yTrain, xMonitor, yMonitor, trainingProgress,
                                           [&config, replicate](const EpochRecord& epoch) {
                                               if (config.onEpoch) {
                                                   config.onEpoch(replicate, epoch);
                                               }
                                           });
        report.timings.train += secondsSince(trainStart);
        totalEpochs += run.history.epochsTrained();

        ElmAnalysisOptions analysisOptions;
        analysisOptions.keepSensitivities = config.keepSensitivities && replicate == 0;
        ElmAnalysisResult analysis = analyseElm(network, xTest, analysisOptions, analysisProgress);
        report.timings.jacobian += analysis.jacobianSeconds;
        report.timings.pairs += analysis.pairSeconds;
        run.maxReconstructionError = analysis.maxReconstructionError;
        report.maxReconstructionError = std::max(report.maxReconstructionError, analysis.maxReconstructionError);

        for (std::size_t trait = 0; trait < traits; ++trait) {
            const std::vector<double> observed = column(test.phenotypes, traits, trait);
            const std::vector<double> predicted = column(analysis.predictions, traits, trait);
            run.pearsonR.push_back(pearson(observed, predicted));
            run.pairR2.push_back(split.hasTruth ? pairMetrics(split.truth, trait, truthScale,
                                                              analysis.perTrait[trait].pairEstimate).r2
                                                : nan);
            const std::vector<double>& estimate = analysis.perTrait[trait].pairEstimate;
            for (std::size_t k = 0; k < estimate.size(); ++k) {
                if (std::isfinite(estimate[k])) {
                    pairSum[trait][k] += estimate[k];
                    pairSquares[trait][k] += estimate[k] * estimate[k];
                    pairCount[trait][k] += 1;
                }
            }
        }
        if (replicate == 0) {
            report.analysis = std::move(analysis);
            report.model = modelFile(network, config, report, run.history, split.train.encoding);
        }
        report.replicates.push_back(std::move(run));
    }

    report.pairMean.assign(traits, std::vector<double>(loci * loci, nan));
    report.pairSd = report.pairMean;
    for (std::size_t trait = 0; trait < traits; ++trait) {
        for (std::size_t k = 0; k < loci * loci; ++k) {
            const int count = pairCount[trait][k];
            if (count > 0) {
                const double mean = pairSum[trait][k] / count;
                report.pairMean[trait][k] = mean;
                report.pairSd[trait][k] =
                    count > 1 ? std::sqrt(std::max(0.0, (pairSquares[trait][k] - count * mean * mean) / (count - 1)))
                              : nan;
            }
        }
    }

    for (std::size_t trait = 0; trait < traits; ++trait) {
        const ElmTraitAnalysis& analysis = report.analysis.perTrait[trait];
        ElmTraitSummary summary;
        summary.name = report.traitNames[trait];
        const std::vector<double> observed = column(report.testObserved, traits, trait);
        const std::vector<double> predicted = column(report.analysis.predictions, traits, trait);
        summary.pearsonR = pearson(observed, predicted);
        summary.r2 = r2Score(observed, predicted);
        std::vector<int> ranking(loci);
        std::iota(ranking.begin(), ranking.end(), 0);
        std::stable_sort(ranking.begin(), ranking.end(), [&](int a, int b) {
            return analysis.sensitivityVariance[a] > analysis.sensitivityVariance[b];
        });
        summary.topVarianceLoci = ranking;
        summary.additiveSlope = summary.additiveR2 = summary.varianceQuadCoef = summary.varianceQuadR2 = nan;
        summary.pairSlope = summary.pairR2 = summary.pairPearson = nan;
        summary.replicateMeanPairSlope = summary.replicateMeanPairR2 = nan;
        if (split.hasTruth) {
            std::vector<double> additive(loci), epistatic(loci);
            for (std::size_t i = 0; i < loci; ++i) {
                additive[i] = truthScale * split.truth.additiveAt(trait, i);
                epistatic[i] = truthScale * split.truth.epistaticAt(trait, i);
            }
            summary.additiveSlope = polyfitSlope(additive, analysis.meanSensitivity);
            summary.additiveR2 = r2Score(additive, analysis.meanSensitivity);
            if (hasEpistasis(split.truth, trait)) {
                const QuadraticFit fit = quadraticFit(epistatic, analysis.sensitivityVariance);
                summary.varianceQuadCoef = fit.a;
                summary.varianceQuadR2 = fit.r2;
            }
            const PairMetrics single = pairMetrics(split.truth, trait, truthScale, analysis.pairEstimate);
            summary.pairSlope = single.slope;
            summary.pairR2 = single.r2;
            summary.pairPearson = single.pearson;
            const PairMetrics mean = pairMetrics(split.truth, trait, truthScale, report.pairMean[trait]);
            summary.replicateMeanPairSlope = mean.slope;
            summary.replicateMeanPairR2 = mean.r2;
        }
        report.traits.push_back(std::move(summary));
    }
    report.timings.perEpoch = totalEpochs > 0 ? report.timings.train / totalEpochs : 0;
    report.timings.total = secondsSince(totalStart);
    return report;
}

}  // namespace locuscope
