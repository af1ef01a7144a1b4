#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

#include "core/data/dataset_loader.h"
#include "core/data/genotype_dataset.h"
#include "core/interpret/elm_analysis_result.h"
#include "core/models/elm/elm_train_options.h"
#include "core/models/elm/elm_training_history.h"
#include "core/nn/safetensors_file.h"
#include "core/runtime/progress.h"

namespace locuscope {

// The ELM analysis (Arcadia Science 2025, specs/elm.md): train the bias-free LeakyReLU MLP on a
// genotype dataset, then read additive effects, epistatic loci and pairwise epistasis off its
// per-sample Jacobians. Shared by `locuscope-cli elm` and the GUI's Epistasis workspace.
struct ElmConfig {
    std::filesystem::path data;       // directory or file: HDF5 pair, AlphaSimR text, PLINK
    DatasetLoadOptions load;
    double heritability = 1.0;        // H^2 in (0, 1]: P' = sqrt(H^2) P + N(0, 1 - H^2), specs §4.3
    int replicates = 1;               // replicate r: noise seed noiseSeed + r, model seed train.seed + r
    std::uint32_t noiseSeed = 42;
    ElmTrainOptions train;
    bool keepSensitivities = false;   // per-sample J(x) of the first replicate (figures)
    // A model.safetensors written by writeElmOutputs to analyse instead of training one (replicates
    // must be 1). Its metadata must match the data (kind elm_mlp, inputs = loci, outputs = traits,
    // encoding). The report then has an empty training history and the file as its model.
    std::filesystem::path initialModel;
    // Called after every training epoch on the thread running runElm (live loss curves).
    std::function<void(int replicate, const EpochRecord& epoch)> onEpoch;
};

// Metrics against the truth scaled by sqrt(H^2) (what a perfect model would recover). NaN when
// there is no truth or the trait has no epistasis (the pub draws no fit line there).
struct ElmTraitSummary {
    std::string name;
    double pearsonR = 0;              // test predictions vs observed (noisy when H^2 < 1)
    double r2 = 0;                    // sklearn r2_score(observed, predicted)
    double additiveSlope = 0;         // polyfit(truth beta_i, mean sensitivity)
    double additiveR2 = 0;            // r2_score(truth, mean sensitivity)
    double varianceQuadCoef = 0;      // x^2 coefficient of sensitivity variance vs truth beta_ij
    double varianceQuadR2 = 0;
    double pairSlope = 0;             // polyfit(truth beta_ij, estimate) over all pairs, first replicate
    double pairR2 = 0;                // r2_score(truth, estimate), first replicate
    double pairPearson = 0;
    double replicateMeanPairSlope = 0;  // same, for the mean over replicates
    double replicateMeanPairR2 = 0;
    std::vector<int> topVarianceLoci; // loci ranked by sensitivity variance (candidate epistatic loci)
};

struct ElmReplicateRun {
    int index = 0;
    std::uint32_t noiseSeed = 0;
    std::uint64_t modelSeed = 0;
    ElmTrainingHistory history;
    std::vector<double> pearsonR;     // per trait
    std::vector<double> pairR2;       // per trait (NaN without truth/epistasis)
    double maxReconstructionError = 0;
};

struct ElmTimings {
    double load = 0, train = 0, jacobian = 0, pairs = 0, total = 0;
    double perEpoch = 0;
};

struct ElmReport {
    ElmConfig config;
    std::string splitDescription;
    std::size_t trainSamples = 0, monitorSamples = 0;
    std::vector<std::string> testSampleIds, locusNames, traitNames;
    std::vector<float> testObserved;  // test samples x traits, after the heritability adjustment
    std::vector<float> testGenotypes; // test samples x loci, encoded as the network saw them
    bool hasTruth = false;
    TrueEffects truth;
    ElmAnalysisResult analysis;       // first replicate, in full
    std::vector<std::vector<double>> pairMean, pairSd;  // per trait, loci x loci, over replicates
    std::vector<ElmReplicateRun> replicates;
    std::vector<ElmTraitSummary> traits;
    double maxReconstructionError = 0;  // over all replicates
    ElmTimings timings;
    SafetensorsFile model;            // first replicate's network with its metadata
};

// Throws InputError for bad data or options, OperationCancelled when progress asks to stop.
// Writes nothing; see writeElmOutputs.
ElmReport runElm(const ElmConfig& config, Progress& progress);

// Writes predictions.tsv, loci.tsv, pairs.tsv, replicates.tsv, training.tsv, pca.tsv, summary.json,
// model.safetensors and, when the report kept them, sensitivities.safetensors (tensors
// `sensitivities` F32 [samples, traits, loci] and `genotypes` F32 [samples, loci], names in the
// metadata as JSON arrays) into `directory` (created if missing). Every file is complete or absent;
// a stale sensitivities.safetensors of an earlier run is removed. readElmOutputs reads them back.
void writeElmOutputs(const ElmReport& report, const std::filesystem::path& directory, const std::string& commandLine);

// summary.json's text (also printed by the CLI).
std::string elmSummaryJson(const ElmReport& report);

}  // namespace locuscope
