#include "core/pipelines/interact_train_pipeline.h"

#include "core/train/regression_metrics.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <limits>
#include <nlohmann/json.hpp>
#include <numeric>
#include <random>
#include <set>

#include "core/data/methylation_track_reader.h"
#include "core/genome/reference_genome.h"
#include "core/io/atomic_file_writer.h"
#include "core/io/file_checksum.h"
#include "core/models/interact/interact_model_file.h"
#include "core/models/interact/interact_tokens.h"
#include "core/models/interact/interact_trainer.h"
#include "core/nn/tensor_file.h"
#include "core/runtime/compute_device.h"
#include "core/runtime/input_error.h"
#include "core/runtime/operation_cancelled.h"

namespace locuscope {
namespace {

using Clock = std::chrono::steady_clock;
using Json = nlohmann::json;

constexpr const char* kCheckpointKind = "interact_train_checkpoint";

// One training example: a CpG C and its observed beta per output.
struct TrainingSite {
    std::string contig;  // as the FASTA spells it
    std::int64_t position = 0;
    std::int64_t targets = 0;  // offset into the split's target array
};

struct SplitData {
    std::string name;
    std::vector<std::string> chroms;
    std::vector<TrainingSite> sites;
    std::vector<float> targets;  // sites x outputs
};

std::vector<std::string> defaultChroms(int first, int last) {
    std::vector<std::string> chroms;
    for (int i = first; i <= last; ++i) {
        chroms.push_back("chr" + std::to_string(i));
    }
    return chroms;
}

std::string joined(const std::vector<std::string>& names) {
    std::string text;
    for (const auto& name : names) {
        text += (text.empty() ? "" : ",") + name;
    }
    return text;
}

void validate(const InteractTrainConfig& config) {
    if (config.fasta.empty()) {
        throw InputError("--fasta is required");
    }
    if (config.methylation.empty()) {
        throw InputError("at least one --methylation file is required");
    }
    if (config.out.empty()) {
        throw InputError("--out is required");
    }
    if (config.epochs < 1) {
        throw InputError("--epochs must be >= 1");
    }
    if (config.batchSize < 1) {
        throw InputError("--batch-size must be >= 1");
    }
    if (!(config.learningRate > 0) || !std::isfinite(config.learningRate)) {
        throw InputError("--lr must be > 0");
    }
    if (config.warmupSteps < 0) {
        throw InputError("--warmup-steps must be >= 0");
    }
    if (!(config.weightDecay >= 0)) {
        throw InputError("--weight-decay must be >= 0");
    }
    if (config.maxSitesPerSplit < 0) {
        throw InputError("--max-sites-per-split must be >= 0");
    }
}

// Every site of the first track that all tracks have, assigned to the split of its contig.
std::vector<SplitData> collectSites(const InteractTrainConfig& config, const ReferenceGenome& genome) {
    std::vector<MethylationTrack> tracks;
    for (const auto& file : config.methylation) {
        tracks.push_back(readMethylationTrack(file));
        for (const auto& contig : tracks.back().contigs()) {
            if (!genome.resolveContig(contig)) {
                throw InputError(file, "contig '" + contig + "' is not in the FASTA " +
                                           config.fasta.string() + " (it has " + joined(genome.contigs()) +
                                           ")");
            }
        }
    }
    std::vector<SplitData> splits(3);
    splits[0] = {"train", config.trainChroms.empty() ? defaultChroms(1, 20) : config.trainChroms, {}, {}};
    splits[1] = {
        "validation", config.validChroms.empty() ? defaultChroms(21, 21) : config.validChroms, {}, {}};
    splits[2] = {"test", config.testChroms.empty() ? defaultChroms(22, 22) : config.testChroms, {}, {}};
    std::map<std::string, std::size_t> splitOfContig;  // FASTA spelling -> split
    for (std::size_t s = 0; s < splits.size(); ++s) {
        for (const auto& chrom : splits[s].chroms) {
            const auto contig = genome.resolveContig(chrom);
            if (!contig) {
                continue;  // absent contigs just contribute nothing; an empty split is reported below
            }
            const auto [where, added] = splitOfContig.emplace(*contig, s);
            if (!added && where->second != s) {
                throw InputError("chromosome '" + chrom + "' is in both the " + splits[where->second].name +
                                 " and the " + splits[s].name + " split");
            }
        }
    }
    const std::size_t outputs = tracks.size();
    for (const auto& contig : tracks.front().contigs()) {
        const std::string fastaName = *genome.resolveContig(contig);
        const auto split = splitOfContig.find(fastaName);
        if (split == splitOfContig.end()) {
            continue;
        }
        SplitData& data = splits[split->second];
        std::int64_t previous = -1;
        for (const auto& site : tracks.front().sites(contig)) {
            if (site.position == previous) {
                continue;  // a second strand's call at the same position: one window, one example
            }
            previous = site.position;
            std::vector<float> betas{site.beta};
            for (std::size_t t = 1; t < outputs; ++t) {
                const auto range = tracks[t].sitesIn(contig, site.position, site.position);
                if (range.empty()) {
                    break;
                }
                betas.push_back(range[0].beta);
            }
            if (betas.size() != outputs) {
                continue;  // not observed in every output: no masking in the loss, so no example
            }
            data.sites.push_back({fastaName, site.position, static_cast<std::int64_t>(data.targets.size())});
            data.targets.insert(data.targets.end(), betas.begin(), betas.end());
        }
    }
    for (auto& data : splits) {
        if (config.maxSitesPerSplit > 0 &&
            static_cast<std::int64_t>(data.sites.size()) > config.maxSitesPerSplit) {
            // An evenly spaced subset keeps every contig and region represented, deterministically.
            std::vector<TrainingSite> kept;
            std::vector<float> targets;
            const double stride = double(data.sites.size()) / double(config.maxSitesPerSplit);
            for (std::int64_t i = 0; i < config.maxSitesPerSplit; ++i) {
                TrainingSite site = data.sites[static_cast<std::size_t>(std::floor(i * stride))];
                const auto first = data.targets.begin() + site.targets;
                site.targets = static_cast<std::int64_t>(targets.size());
                targets.insert(targets.end(), first, first + static_cast<std::ptrdiff_t>(outputs));
                kept.push_back(site);
            }
            data.sites = std::move(kept);
            data.targets = std::move(targets);
        }
        if (data.sites.empty()) {
            throw InputError(config.methylation.front(),
                             "no CpG sites observed in every methylation file on the " + data.name +
                                 " chromosomes (" + joined(data.chroms) + ")");
        }
    }
    return splits;
}

// Tokens (B, window) and targets (B, outputs) for sites[order[first..last)].
std::pair<torch::Tensor, torch::Tensor> makeBatch(const ReferenceGenome& genome, const SplitData& data,
                                                  const std::vector<std::size_t>& order, std::size_t first,
                                                  std::size_t last, std::int64_t window,
                                                  std::int64_t outputs) {
    const auto count = static_cast<std::int64_t>(last - first);
    torch::Tensor tokens = torch::empty({count, window}, torch::kInt64);
    torch::Tensor targets = torch::empty({count, outputs}, torch::kFloat32);
    auto* tokenData = tokens.data_ptr<std::int64_t>();
    auto* targetData = targets.data_ptr<float>();
    for (std::int64_t b = 0; b < count; ++b) {
        const TrainingSite& site = data.sites[order[first + static_cast<std::size_t>(b)]];
        const std::string bases = genome.window(site.contig, site.position, window / 2);
        encodeInteractTokens(bases, tokenData + b * window);
        std::copy_n(data.targets.begin() + site.targets, outputs, targetData + b * outputs);
    }
    return {tokens, targets};
}

struct Evaluation {
    std::vector<double> predicted, observed;  // sites x outputs, row-major
    double mse = 0, pearson = 0;
};

Evaluation evaluate(InteractTrainer& trainer, const ReferenceGenome& genome, const SplitData& data,
                    std::int64_t batchSize, std::int64_t outputs, Progress& progress) {
    Evaluation result;
    std::vector<std::size_t> order(data.sites.size());
    std::iota(order.begin(), order.end(), 0);
    const std::int64_t window = trainer.network()->config().window;
    for (std::size_t first = 0; first < order.size(); first += static_cast<std::size_t>(batchSize)) {
        throwIfCancelled(progress);
        const std::size_t last = std::min(order.size(), first + static_cast<std::size_t>(batchSize));
        const auto [tokens, targets] = makeBatch(genome, data, order, first, last, window, outputs);
        const torch::Tensor predicted = trainer.predict(tokens).to(torch::kFloat64).contiguous();
        const double* p = predicted.data_ptr<double>();
        result.predicted.insert(result.predicted.end(), p, p + predicted.numel());
        const float* t = targets.data_ptr<float>();
        result.observed.insert(result.observed.end(), t, t + targets.numel());
    }
    double squared = 0;
    for (std::size_t i = 0; i < result.predicted.size(); ++i) {
        squared += (result.predicted[i] - result.observed[i]) * (result.predicted[i] - result.observed[i]);
    }
    result.mse = squared / double(result.predicted.size());
    result.pearson = pearson(result.predicted, result.observed);
    return result;
}

// NaN (constant predictions) never counts as an improvement.
bool improves(double pearson, double best) {
    return std::isfinite(pearson) && (!std::isfinite(best) || pearson > best);
}

Json epochJson(const InteractEpochRecord& record) {
    return {{"epoch", record.epoch},
            {"train_loss", record.trainLoss},
            {"valid_mse", record.validMse},
            {"valid_pearson", record.validPearson},
            {"learning_rate", record.learningRate},
            {"step", record.step},
            {"seconds", record.seconds}};
}

InteractEpochRecord epochFromJson(const Json& json) {
    InteractEpochRecord record;
    record.epoch = json.at("epoch").get<std::int64_t>();
    record.trainLoss = json.at("train_loss").get<double>();
    record.validMse = json.at("valid_mse").get<double>();
    record.validPearson = json.at("valid_pearson").is_number() ? json.at("valid_pearson").get<double>() : NAN;
    record.learningRate = json.at("learning_rate").get<double>();
    record.step = json.at("step").get<std::int64_t>();
    record.seconds = json.at("seconds").get<double>();
    return record;
}

// What must match for a checkpoint to be resumed: the data, the split and the recipe.
Json runIdentity(const InteractTrainConfig& config, const std::vector<SplitData>& splits,
                 std::int64_t outputs) {
    Json identity = {{"epochs", config.epochs},
                     {"batch_size", config.batchSize},
                     {"learning_rate", config.learningRate},
                     {"warmup_steps", config.warmupSteps},
                     {"weight_decay", config.weightDecay},
                     {"max_grad_norm", config.maxGradNorm},
                     {"seed", config.seed},
                     {"outputs", outputs}};
    for (const auto& split : splits) {
        identity["sites_" + split.name] = split.sites.size();
        identity["chroms_" + split.name] = split.chroms;
    }
    return identity;
}

struct TrainingState {
    std::int64_t epochsDone = 0;
    std::vector<InteractEpochRecord> history;
    std::int64_t bestEpoch = 0;
    double bestPearson = NAN;
    double initialValidPearson = NAN;
    std::map<std::string, torch::Tensor> best;  // model state of the best epoch
};

void writeCheckpoint(const std::filesystem::path& file, InteractTrainer& trainer, const TrainingState& state,
                     const Json& identity) {
    SafetensorsFile contents;
    for (const auto& [name, tensor] : trainer.modelState()) {
        contents.tensors.push_back(toRecord("model/" + name, tensor));
    }
    for (const auto& [name, tensor] : state.best) {
        contents.tensors.push_back(toRecord("best/" + name, tensor));
    }
    for (const auto& [name, tensor] : trainer.optimizerState()) {
        contents.tensors.push_back(toRecord("adam/" + name, tensor));
    }
    contents.metadata = trainer.network()->config().toMetadata();
    contents.metadata["checkpoint_kind"] = kCheckpointKind;
    contents.metadata["run"] = identity.dump();
    contents.metadata["epochs_done"] = std::to_string(state.epochsDone);
    contents.metadata["step"] = std::to_string(trainer.step());
    contents.metadata["best_epoch"] = std::to_string(state.bestEpoch);
    Json history = Json::array();
    for (const auto& record : state.history) {
        history.push_back(epochJson(record));
    }
    contents.metadata["history"] = history.dump();
    contents.metadata["best_valid_pearson"] = Json(state.bestPearson).dump();
    contents.metadata["initial_valid_pearson"] = Json(state.initialValidPearson).dump();
    writeSafetensors(file, contents);
}

double jsonNumber(const std::string& text) {
    const Json value = Json::parse(text);
    return value.is_number() ? value.get<double>() : NAN;
}

TrainingState readCheckpoint(const std::filesystem::path& file, InteractTrainer& trainer,
                             const Json& identity) {
    const SafetensorsFile contents = readSafetensors(file);
    const auto meta = [&](const std::string& key) -> const std::string& {
        const auto found = contents.metadata.find(key);
        if (found == contents.metadata.end()) {
            throw InputError(file, "not an interact train checkpoint (no '" + key + "' in its metadata)");
        }
        return found->second;
    };
    if (meta("checkpoint_kind") != kCheckpointKind) {
        throw InputError(file, "not an interact train checkpoint");
    }
    if (InteractConfig::fromMetadata(file, contents.metadata).toMetadata() !=
        trainer.network()->config().toMetadata()) {
        throw InputError(file, "the checkpoint's network sizes differ from the model being trained");
    }
    const Json stored = Json::parse(meta("run"));
    if (stored != identity) {
        throw InputError(file,
                         "the checkpoint was written by a run with other data, split or recipe: it has " +
                             stored.dump() + ", this run has " + identity.dump());
    }
    std::map<std::string, torch::Tensor> model, best, adam;
    for (const auto& record : contents.tensors) {
        const auto slash = record.name.find('/');
        const std::string group = record.name.substr(0, slash);
        const std::string name = record.name.substr(slash + 1);
        (group == "model" ? model : group == "best" ? best : adam)[name] = toTensor(record);
    }
    TrainingState state;
    state.epochsDone = std::stoll(meta("epochs_done"));
    state.bestEpoch = std::stoll(meta("best_epoch"));
    state.bestPearson = jsonNumber(meta("best_valid_pearson"));
    state.initialValidPearson = jsonNumber(meta("initial_valid_pearson"));
    for (const auto& record : Json::parse(meta("history"))) {
        state.history.push_back(epochFromJson(record));
    }
    state.best = best;
    trainer.loadModelState(model);
    trainer.loadOptimizerState(adam, std::stoll(meta("step")));
    return state;
}

Json finiteOrNull(double value) {
    return std::isfinite(value) ? Json(value) : Json(nullptr);
}

// Output names from the methylation files: "brain.bedGraph.gz" -> "brain".
std::vector<std::string> namesFromFiles(const std::vector<std::filesystem::path>& files) {
    std::vector<std::string> names;
    for (const auto& file : files) {
        std::filesystem::path stem = file.filename();
        while (stem.has_extension()) {
            stem = stem.stem();
        }
        names.push_back(stem.string());
    }
    return names;
}

}  // namespace

double warmupLinearRate(double baseRate, std::int64_t step, std::int64_t warmupSteps,
                        std::int64_t totalSteps) {
    if (step < warmupSteps) {
        return baseRate * double(step) / double(std::max<std::int64_t>(1, warmupSteps));
    }
    return baseRate * std::max(0.0, double(totalSteps - step) /
                                        double(std::max<std::int64_t>(1, totalSteps - warmupSteps)));
}

InteractTrainReport runInteractTrain(const InteractTrainConfig& config, Progress& progress,
                                     const InteractEpochCallback& onEpoch) {
    const auto started = Clock::now();
    validate(config);
    const ReferenceGenome genome(config.fasta);

    // The starting network.
    InteractNetwork network{nullptr};
    std::vector<std::string> outputNames;
    const auto fileCount = static_cast<std::int64_t>(config.methylation.size());
    if (!config.model.empty()) {
        LoadedInteractModel loaded = loadInteractModel(config.model);
        if (loaded.network->config().outputs != fileCount) {
            throw InputError(config.model,
                             "the model has " + std::to_string(loaded.network->config().outputs) +
                                 " outputs (" + joined(loaded.outputNames) + ") but " +
                                 std::to_string(fileCount) +
                                 " --methylation files were given (one per output, in output order)");
        }
        network = loaded.network;
        outputNames = loaded.outputNames;
        if (loaded.metadata.count("output_names") == 0) {
            outputNames = namesFromFiles(config.methylation);  // the model's were only placeholders
        }
    } else {
        InteractModelSpec spec = config.init;
        if (spec.outputs > 0 && spec.outputs != fileCount) {
            throw InputError("--outputs is " + std::to_string(spec.outputs) + " but " +
                             std::to_string(fileCount) + " --methylation files were given (one per output)");
        }
        spec.outputs = fileCount;
        if (spec.outputNames.empty()) {
            spec.outputNames = namesFromFiles(config.methylation);
        }
        // createInteractModel owns the presets; build through it so `init` and `train` agree.
        const std::filesystem::path scratch =
            std::filesystem::temp_directory_path() /
            ("locuscope-interact-init-" +
             std::to_string(std::chrono::steady_clock::now().time_since_epoch().count()) + ".safetensors");
        try {
            createInteractModel(spec, scratch);
            LoadedInteractModel loaded = loadInteractModel(scratch);
            network = loaded.network;
            outputNames = loaded.outputNames;
        } catch (...) {
            std::filesystem::remove(scratch);
            throw;
        }
        std::filesystem::remove(scratch);
    }
    const std::int64_t outputs = network->config().outputs;

    const std::vector<SplitData> splits = collectSites(config, genome);
    const SplitData& train = splits[0];
    const SplitData& valid = splits[1];
    const SplitData& test = splits[2];

    InteractTrainReport report;
    report.outputNames = outputNames;
    report.trainSites = static_cast<std::int64_t>(train.sites.size());
    report.validSites = static_cast<std::int64_t>(valid.sites.size());
    report.testSites = static_cast<std::int64_t>(test.sites.size());
    report.stepsPerEpoch = (report.trainSites + config.batchSize - 1) / config.batchSize;
    report.totalSteps = report.stepsPerEpoch * config.epochs;

    const torch::Device device = pipelineDevice(config.device);
    report.device = canonicalName(device);
    InteractTrainerOptions options;
    options.learningRate = config.learningRate;
    options.warmupSteps = config.warmupSteps;
    options.totalSteps = report.totalSteps;
    options.weightDecay = config.weightDecay;
    options.maxGradNorm = config.maxGradNorm;
    InteractTrainer trainer(network, options, device);

    const Json identity = runIdentity(config, splits, outputs);
    const std::filesystem::path checkpoint = config.checkpoint.empty()
                                                 ? std::filesystem::path(config.out.string() + ".checkpoint")
                                                 : config.checkpoint;

    TrainingState state;
    if (!config.resume.empty()) {
        state = readCheckpoint(config.resume, trainer, identity);
        report.resumedFromEpoch = state.epochsDone;
    } else {
        state.initialValidPearson =
            evaluate(trainer, genome, valid, config.batchSize, outputs, progress).pearson;
        state.best = trainer.modelState();
    }
    report.initialValidPearson = state.initialValidPearson;

    const std::int64_t window = network->config().window;
    std::int64_t sinceBest = 0;
    for (const auto& record : state.history) {
        sinceBest = record.epoch == state.bestEpoch ? 0 : sinceBest + 1;
    }
    for (std::int64_t epoch = state.epochsDone + 1; epoch <= config.epochs; ++epoch) {
        if (config.patience > 0 && sinceBest >= config.patience) {
            report.stoppedEarly = true;
            break;
        }
        const auto epochStarted = Clock::now();
        // Shuffle and dropout seeded per epoch: a resumed run draws what an uninterrupted one would.
        std::seed_seq seeds{static_cast<std::uint64_t>(config.seed), static_cast<std::uint64_t>(epoch)};
        std::mt19937_64 random(seeds);
        torch::manual_seed(config.seed * 1000003ULL + static_cast<std::uint64_t>(epoch));
        std::vector<std::size_t> order(train.sites.size());
        std::iota(order.begin(), order.end(), 0);
        std::shuffle(order.begin(), order.end(), random);

        double lossSum = 0;
        std::int64_t batches = 0;
        for (std::size_t first = 0; first < order.size();
             first += static_cast<std::size_t>(config.batchSize)) {
            throwIfCancelled(progress);
            const std::size_t last =
                std::min(order.size(), first + static_cast<std::size_t>(config.batchSize));
            const auto [tokens, targets] = makeBatch(genome, train, order, first, last, window, outputs);
            const double loss = trainer.trainStep(tokens, targets);
            if (!std::isfinite(loss)) {
                throw std::runtime_error("the training loss became " + std::to_string(loss) + " at step " +
                                         std::to_string(trainer.step()) + "; try a lower --lr");
            }
            lossSum += loss;
            ++batches;
            char message[96];
            std::snprintf(message, sizeof(message), "epoch %lld/%lld loss %.5f",
                          static_cast<long long>(epoch), static_cast<long long>(config.epochs), loss);
            progress.report(trainer.step(), report.totalSteps, message);
        }
        const Evaluation validation = evaluate(trainer, genome, valid, config.batchSize, outputs, progress);
        InteractEpochRecord record;
        record.epoch = epoch;
        record.trainLoss = lossSum / double(std::max<std::int64_t>(1, batches));
        record.validMse = validation.mse;
        record.validPearson = validation.pearson;
        record.learningRate =
            warmupLinearRate(config.learningRate, trainer.step() - 1, config.warmupSteps, report.totalSteps);
        record.step = trainer.step();
        record.seconds = std::chrono::duration<double>(Clock::now() - epochStarted).count();
        state.history.push_back(record);
        state.epochsDone = epoch;
        if (improves(validation.pearson, state.bestPearson)) {
            state.bestPearson = validation.pearson;
            state.bestEpoch = epoch;
            state.best = trainer.modelState();
            sinceBest = 0;
        } else {
            ++sinceBest;
        }
        writeCheckpoint(checkpoint, trainer, state, identity);
        if (onEpoch) {
            onEpoch(record);
        }
    }
    report.epochs = state.history;
    report.bestEpoch = state.bestEpoch;
    report.bestValidPearson = state.bestPearson;

    // The best epoch's weights (the starting ones if no epoch improved on nothing: bestEpoch 0).
    trainer.loadModelState(state.best);
    const Evaluation tested = evaluate(trainer, genome, test, config.batchSize, outputs, progress);
    for (std::int64_t t = 0; t < outputs; ++t) {
        std::vector<double> predicted, observed;
        for (std::size_t i = static_cast<std::size_t>(t); i < tested.predicted.size();
             i += static_cast<std::size_t>(outputs)) {
            predicted.push_back(tested.predicted[i]);
            observed.push_back(tested.observed[i]);
        }
        InteractOutputMetrics metrics;
        metrics.name = outputNames[static_cast<std::size_t>(t)];
        metrics.sites = static_cast<std::int64_t>(predicted.size());
        metrics.pearson = pearson(predicted, observed);
        metrics.spearman = spearman(predicted, observed);
        double squared = 0;
        for (std::size_t i = 0; i < predicted.size(); ++i) {
            squared += (predicted[i] - observed[i]) * (predicted[i] - observed[i]);
        }
        metrics.mse = squared / double(predicted.size());
        report.test.push_back(metrics);
    }
    throwIfCancelled(progress);

    // Provenance, in the model's metadata and in the report.
    Json data = Json::array();
    for (std::size_t t = 0; t < config.methylation.size(); ++t) {
        const FileChecksum checksum = checksumFile(config.methylation[t]);
        data.push_back({{"output", outputNames[t]},
                        {"file", config.methylation[t].string()},
                        {"md5", checksum.md5},
                        {"bytes", checksum.bytes}});
    }
    const FileChecksum fastaChecksum = checksumFile(config.fasta);
    Json split = Json::object();
    for (const auto& part : splits) {
        split[part.name] = {{"chroms", part.chroms}, {"sites", part.sites.size()}};
    }
    const Json recipe = {
        {"loss", "mse on sigmoid outputs"},
        {"optimizer", "AdamW (HuggingFace form), betas 0.9/0.999, eps 1e-6"},
        {"weight_decay", config.weightDecay},
        {"weight_decay_excludes", "names containing bias, gamma, beta, LayerNorm; frozen token table"},
        {"learning_rate", config.learningRate},
        {"schedule", "linear warm-up then linear decay to 0"},
        {"warmup_steps", config.warmupSteps},
        {"total_steps", report.totalSteps},
        {"max_grad_norm", config.maxGradNorm},
        {"batch_size", config.batchSize},
        {"epochs", config.epochs},
        {"patience", config.patience},
        {"seed", config.seed},
        {"max_sites_per_split", config.maxSitesPerSplit},
        {"start", config.model.empty() ? "preset " + config.init.preset : config.model.string()}};
    Json testJson = Json::array();
    for (const auto& metrics : report.test) {
        testJson.push_back({{"output", metrics.name},
                            {"sites", metrics.sites},
                            {"pearson", finiteOrNull(metrics.pearson)},
                            {"spearman", finiteOrNull(metrics.spearman)},
                            {"mse", metrics.mse}});
    }
    const Json provenance = {{"data", data},
                             {"fasta", {{"file", config.fasta.string()}, {"md5", fastaChecksum.md5}}},
                             {"split", split},
                             {"recipe", recipe},
                             {"best_epoch", report.bestEpoch},
                             {"best_valid_pearson", finiteOrNull(report.bestValidPearson)},
                             {"test", testJson}};

    std::map<std::string, std::string> extra = {{"output_names", Json(outputNames).dump()},
                                                {"training", provenance.dump()}};
    if (!config.commandLine.empty()) {
        extra["command"] = config.commandLine;
    }
    report.seconds = std::chrono::duration<double>(Clock::now() - started).count();
    Json epochs = Json::array();
    for (const auto& record : report.epochs) {
        Json entry = epochJson(record);
        entry["valid_pearson"] = finiteOrNull(record.validPearson);
        epochs.push_back(entry);
    }
    const Json reportJson = {{"output_names", outputNames},
                             {"device", report.device},
                             {"train_sites", report.trainSites},
                             {"valid_sites", report.validSites},
                             {"test_sites", report.testSites},
                             {"steps_per_epoch", report.stepsPerEpoch},
                             {"total_steps", report.totalSteps},
                             {"initial_valid_pearson", finiteOrNull(report.initialValidPearson)},
                             {"epochs", epochs},
                             {"best_epoch", report.bestEpoch},
                             {"best_valid_pearson", finiteOrNull(report.bestValidPearson)},
                             {"stopped_early", report.stoppedEarly},
                             {"resumed_from_epoch", report.resumedFromEpoch},
                             {"test", testJson},
                             {"provenance", provenance},
                             {"seconds", report.seconds}};
    trainer.network()->to(torch::kCPU);
    trainer.network()->eval();
    saveInteractModel(config.out, *trainer.network(), extra);
    if (!config.report.empty()) {
        writeFileAtomically(config.report, reportJson.dump(2) + "\n");
    }
    if (!config.keepCheckpoint) {
        std::error_code ignored;
        std::filesystem::remove(checkpoint, ignored);
    }
    return report;
}

}  // namespace locuscope
