#include "core/pipelines/elm_pipeline.h"

#include <algorithm>
#include <charconv>
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
#include "core/pipelines/elm_dataset_summary.h"
#include "core/runtime/compute_device.h"
#include "core/runtime/input_error.h"
#include "core/runtime/logger.h"
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
    if (!config.initialModel.empty() && config.replicates != 1) {
        throw InputError(config.initialModel, "a saved model is analysed once: replicates must be 1, not " +
                                                  std::to_string(config.replicates));
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

// Shortest text that reads back as the same double ("0.01", not std::to_string's "0.010000").
std::string exactText(double value) {
    char text[32];
    const auto result = std::to_chars(text, text + sizeof(text), value);
    return std::string(text, result.ptr);
}

std::string joined(const std::vector<std::string>& names) {
    std::string text;
    for (const auto& name : names) {
        text += (text.empty() ? "" : ",") + name;
    }
    return text;
}

std::int64_t metadataCount(const SafetensorsFile& model, const std::filesystem::path& file,
                           const std::string& key) {
    const auto found = model.metadata.find(key);
    if (found == model.metadata.end()) {
        throw InputError(file, "metadata '" + key + "' is missing; not a model written by locuscope elm");
    }
    std::int64_t value = 0;
    const std::string& text = found->second;
    const auto result = std::from_chars(text.data(), text.data() + text.size(), value);
    if (result.ec != std::errc() || result.ptr != text.data() + text.size() || value < 1) {
        throw InputError(file, "metadata '" + key + "' is not a positive integer: '" + text + "'");
    }
    return value;
}

// A model.safetensors of writeElmOutputs, checked against the data it is to analyse. `model` gets
// the file as read (it becomes the report's model, provenance included).
ElmNetwork loadSavedNetwork(const std::filesystem::path& file, const DatasetSplit& split,
                            SafetensorsFile& model) {
    model = readSafetensors(file);
    const auto kind = model.metadata.find("model_kind");
    if (kind == model.metadata.end() || kind->second != "elm_mlp") {
        throw InputError(file, "not an ELM model (model_kind '" +
                                   (kind == model.metadata.end() ? std::string() : kind->second) +
                                   "', expected 'elm_mlp')");
    }
    const std::int64_t inputs = metadataCount(model, file, "inputs");
    const std::int64_t hidden = metadataCount(model, file, "hidden");
    const std::int64_t outputs = metadataCount(model, file, "outputs");
    if (static_cast<std::size_t>(inputs) != split.train.loci()) {
        throw InputError(file, "the model has " + std::to_string(inputs) + " inputs but the data have " +
                                   std::to_string(split.train.loci()) + " loci");
    }
    if (static_cast<std::size_t>(outputs) != split.train.traits()) {
        throw InputError(file, "the model has " + std::to_string(outputs) + " outputs but the data have " +
                                   std::to_string(split.train.traits()) + " traits");
    }
    const auto encoding = model.metadata.find("input_encoding");
    const std::string expected = encodingDescription(split.train.encoding);
    if (encoding != model.metadata.end() &&
        encoding->second.substr(0, encoding->second.find(':')) != expected.substr(0, expected.find(':'))) {
        throw InputError(
            file, "the model was trained on " + encoding->second + " genotypes, the data are " + expected);
    }
    const auto names = model.metadata.find("locus_names");
    if (names != model.metadata.end() && names->second != joined(split.train.locusNames)) {
        logWarning("model " + file.string() +
                   ": its locus names differ from the data's; loci are matched by position");
    }
    double negativeSlope = 0.01;
    if (const auto slope = model.metadata.find("negative_slope"); slope != model.metadata.end()) {
        const std::string& text = slope->second;
        const auto result = std::from_chars(text.data(), text.data() + text.size(), negativeSlope);
        if (result.ec != std::errc() || result.ptr != text.data() + text.size()) {
            throw InputError(file, "metadata 'negative_slope' is not a number: '" + text + "'");
        }
    }
    ElmNetwork network(inputs, hidden, outputs, negativeSlope);
    loadModule(file, *network, /*strict=*/true);
    return network;
}

SafetensorsFile modelFile(ElmNetwork& network, const ElmConfig& config, const ElmReport& report,
                          const ElmTrainingHistory& history, GenotypeEncoding encoding) {
    SafetensorsFile file;
    for (const auto& item : network->named_parameters()) {
        file.tensors.push_back(toRecord(item.key(), item.value()));
    }
    file.metadata = {
        {"model_kind", "elm_mlp"},
        {"format_version", "1"},
        {"inputs", std::to_string(network->inputs())},
        {"hidden", std::to_string(network->hidden())},
        {"outputs", std::to_string(network->outputs())},
        {"negative_slope", exactText(network->negativeSlope())},
        {"bias", "false"},
        {"input_encoding", encodingDescription(encoding)},
        {"locus_names", joined(report.locusNames)},
        {"output_names", joined(report.traitNames)},
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
    const bool pretrained = !config.initialModel.empty();
    SafetensorsFile savedModel;
    ElmNetwork savedNetwork{nullptr};
    if (pretrained) {
        savedNetwork = loadSavedNetwork(config.initialModel, split, savedModel);
        savedNetwork->to(device);
        // The report's configuration describes the network that was analysed.
        report.config.train.hidden = static_cast<int>(savedNetwork->hidden());
        report.config.train.negativeSlope = savedNetwork->negativeSlope();
    }

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

        // Progress: 1000 units per replicate, 90 % training (by epoch), 10 % analysis (all of it for
        // a saved model).
        const std::int64_t overall = 1000LL * config.replicates;
        const std::string prefix = config.replicates > 1 ? "replicate " + std::to_string(replicate + 1) + "/" +
                                                               std::to_string(config.replicates) + ": "
                                                         : "";
        const double trainingSpan = pretrained ? 0.0 : 900.0;
        StageProgress trainingProgress(progress, 1000.0 * replicate, trainingSpan, overall, prefix);
        StageProgress analysisProgress(progress, 1000.0 * replicate + trainingSpan, 1000.0 - trainingSpan,
                                       overall, prefix);
        ElmNetwork network = savedNetwork;
        if (!pretrained) {
            torch::manual_seed(run.modelSeed);
            network = ElmNetwork(l, config.train.hidden, t, config.train.negativeSlope);
            network->to(device);
            const auto trainStart = Clock::now();
            run.history = ElmTrainer(config.train)
                              .train(network, xTrain, yTrain, xMonitor, yMonitor, trainingProgress,
                                     [&config, replicate](const EpochRecord& epoch) {
                                         if (config.onEpoch) {
                                             config.onEpoch(replicate, epoch);
                                         }
                                     });
            report.timings.train += secondsSince(trainStart);
            totalEpochs += run.history.epochsTrained();
        }

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
            report.model = pretrained ? std::move(savedModel)
                                      : modelFile(network, config, report, run.history, split.train.encoding);
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
