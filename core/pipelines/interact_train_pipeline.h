#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <map>
#include <string>
#include <vector>

#include "core/pipelines/interact_model_pipeline.h"
#include "core/runtime/progress.h"

namespace locuscope {

// `locuscope-cli interact train` (specs/interact.md §3, docs/interact-training.md): trains or
// fine-tunes an INTERACT network on observed methylation. One example per CpG site of the tracks
// (the 2001-bp window centred on the C, target = beta per output); chromosomes split into train,
// validation and test; MSE on the sigmoid outputs, AdamW with the original's decay groups, linear
// warm-up then linear decay, clipping at max-norm 1, best epoch by validation Pearson restored.
struct InteractTrainConfig {
    std::filesystem::path fasta;
    // One bedGraph/bedMethyl per model output, in output order. Sites are those present in every file.
    std::vector<std::filesystem::path> methylation;
    std::filesystem::path out;     // .safetensors, written atomically at the end
    std::filesystem::path report;  // optional JSON report

    // Start: a model file (fine-tune) or, when empty, a fresh network from `init`
    // (preset small|interact|celltype plus size overrides; outputs = number of methylation files).
    std::filesystem::path model;
    InteractModelSpec init;

    // Checkpoint written (atomically) after every epoch: model, optimizer moments, best weights,
    // epoch, step and history. Empty = OUT + ".checkpoint". Removed after a successful run unless
    // keepCheckpoint. `resume` continues from such a file (the other options must match).
    std::filesystem::path checkpoint;
    bool keepCheckpoint = false;
    std::filesystem::path resume;

    std::vector<std::string> trainChroms;  // empty = chr1..chr20
    std::vector<std::string> validChroms;  // empty = chr21
    std::vector<std::string> testChroms;   // empty = chr22
    std::int64_t maxSitesPerSplit = 0;     // 0 = all; else an evenly spaced subset of each split

    std::int64_t epochs = 10;
    std::int64_t batchSize = 512;
    double learningRate = 1.76e-4;
    std::int64_t warmupSteps = 10000;
    double weightDecay = 0.01;
    double maxGradNorm = 1.0;
    std::uint64_t seed = 42;
    std::int64_t patience = 0;  // stop after this many epochs without a better validation Pearson; <= 0 = off

    std::string device;  // "" = process default
    std::string commandLine;
};

struct InteractEpochRecord {
    std::int64_t epoch = 0;  // 1-based
    double trainLoss = 0;    // mean MSE over the epoch's batches
    double validMse = 0;
    double validPearson = 0;  // global Pearson over all validation elements (sites x outputs)
    double learningRate = 0;  // at the end of the epoch
    std::int64_t step = 0;    // optimizer steps done at the end of the epoch
    double seconds = 0;
};

// Called after every epoch (the CLI prints a summary line).
using InteractEpochCallback = std::function<void(const InteractEpochRecord&)>;

struct InteractOutputMetrics {
    std::string name;
    std::int64_t sites = 0;
    double pearson = 0, spearman = 0, mse = 0;
};

struct InteractTrainReport {
    std::vector<std::string> outputNames;
    std::int64_t trainSites = 0, validSites = 0, testSites = 0;
    std::int64_t stepsPerEpoch = 0, totalSteps = 0;
    double initialValidPearson = 0;  // the starting model, before any step
    std::vector<InteractEpochRecord> epochs;
    std::int64_t bestEpoch = 0;
    double bestValidPearson = 0;
    std::vector<InteractOutputMetrics> test;  // per output, of the restored best model
    bool stoppedEarly = false;
    std::int64_t resumedFromEpoch = 0;  // 0 = not resumed
    std::string device;
    double seconds = 0;
};

// InputError for bad input (nothing written); OperationCancelled on cancel (the checkpoint of the
// last finished epoch stays, no model or report is written).
InteractTrainReport runInteractTrain(const InteractTrainConfig& config, Progress& progress,
                                     const InteractEpochCallback& onEpoch = {});

// The learning rate at optimizer step `step` (0-based: the rate used by the step-th update) under
// linear warm-up over warmupSteps then linear decay to 0 at totalSteps (TAPE's WarmupLinearSchedule).
double warmupLinearRate(double baseRate, std::int64_t step, std::int64_t warmupSteps,
                        std::int64_t totalSteps);

// Spearman correlation with average ranks for ties; Pearson; both NaN without spread.

}  // namespace locuscope
