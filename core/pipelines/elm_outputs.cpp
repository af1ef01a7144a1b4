// Output files of the ELM pipeline (declared in elm_pipeline.h). Column meanings: docs/file-formats.md.
#include <unistd.h>

#include <cmath>
#include <cstring>
#include <memory>
#include <nlohmann/json.hpp>

#include "core/io/atomic_file_writer.h"
#include "core/io/tsv_writer.h"
#include "core/pipelines/elm_config_json.h"
#include "core/pipelines/elm_pipeline.h"
#include "core/runtime/input_error.h"
#include "core/runtime/runtime.h"
#include "locuscope/build_info.h"

namespace locuscope {
namespace {

nlohmann::json number(double value) { return std::isfinite(value) ? nlohmann::json(value) : nlohmann::json(); }

std::vector<std::string> comments(const ElmReport& report, const std::string& commandLine) {
    return {std::string("locuscope ") + build::version + " elm",
            "command: " + commandLine,
            "data: " + report.config.data.string() + " (" + report.splitDescription + ")",
            "heritability: " + std::to_string(report.config.heritability) +
                ", replicates: " + std::to_string(report.config.replicates) +
                ", monitored: " + toString(report.config.train.monitor)};
}

nlohmann::json namesJson(const std::vector<std::string>& names) {
    return nlohmann::json(names);
}

TensorRecord floatTensor(const std::string& name, const std::vector<float>& values,
                         std::vector<std::int64_t> shape) {
    TensorRecord record;
    record.name = name;
    record.dtype = TensorDType::F32;
    record.shape = std::move(shape);
    record.bytes.resize(values.size() * sizeof(float));
    if (!values.empty()) {
        std::memcpy(record.bytes.data(), values.data(), record.bytes.size());
    }
    return record;
}

// The first replicate's per-sample Jacobians with the genotypes they were taken at, for figures
// that need single samples (sensitivity heat maps, four-genotype clusters).
SafetensorsFile sensitivitiesFile(const ElmReport& report) {
    const auto samples = static_cast<std::int64_t>(report.testSampleIds.size());
    const auto loci = static_cast<std::int64_t>(report.locusNames.size());
    const auto traits = static_cast<std::int64_t>(report.traitNames.size());
    SafetensorsFile file;
    file.tensors.push_back(
        floatTensor("sensitivities", report.analysis.sensitivities, {samples, traits, loci}));
    file.tensors.push_back(floatTensor("genotypes", report.testGenotypes, {samples, loci}));
    file.metadata = {
        {"content", "elm_sensitivities"},
        {"format_version", "1"},
        {"sample_ids", namesJson(report.testSampleIds).dump()},
        {"locus_names", namesJson(report.locusNames).dump()},
        {"trait_names", namesJson(report.traitNames).dump()},
        {"producer", std::string("locuscope ") + build::version},
    };
    return file;
}

// A safetensors file written completely under a temporary name beside its target and renamed onto
// it by commit(), so it is published together with the tables; without commit() it is removed.
class StagedSafetensors {
public:
    StagedSafetensors(std::filesystem::path target, const SafetensorsFile& contents)
        : target_(std::move(target)) {
        const TemporaryFile temporary = createTemporaryBeside(target_);
        ::close(temporary.descriptor);
        staged_ = temporary.path;
        try {
            writeSafetensors(staged_, contents);
        } catch (const InputError& error) {  // name the file the user asked for, not the staging one
            std::error_code ignored;
            std::filesystem::remove(staged_, ignored);
            throw InputError(target_, error.problem());
        } catch (...) {
            std::error_code ignored;
            std::filesystem::remove(staged_, ignored);
            throw;
        }
    }
    ~StagedSafetensors() {
        if (!committed_) {
            std::error_code ignored;
            std::filesystem::remove(staged_, ignored);
        }
    }
    StagedSafetensors(const StagedSafetensors&) = delete;
    StagedSafetensors& operator=(const StagedSafetensors&) = delete;

    void commit() {
        std::error_code error;
        std::filesystem::rename(staged_, target_, error);
        if (error) {
            throw InputError(target_, "cannot publish the file: " + error.message());
        }
        committed_ = true;
    }

private:
    std::filesystem::path target_;
    std::filesystem::path staged_;
    bool committed_ = false;
};

}  // namespace

std::string elmSummaryJson(const ElmReport& report) {
    nlohmann::json traits = nlohmann::json::array();
    for (const ElmTraitSummary& trait : report.traits) {
        nlohmann::json top = nlohmann::json::array();
        for (std::size_t k = 0; k < trait.topVarianceLoci.size() && k < 10; ++k) {
            top.push_back(report.locusNames[static_cast<std::size_t>(trait.topVarianceLoci[k])]);
        }
        traits.push_back({{"name", trait.name},
                          {"pearson_r", number(trait.pearsonR)},
                          {"r2", number(trait.r2)},
                          {"additive_slope", number(trait.additiveSlope)},
                          {"additive_r2", number(trait.additiveR2)},
                          {"variance_quad_coef", number(trait.varianceQuadCoef)},
                          {"variance_quad_r2", number(trait.varianceQuadR2)},
                          {"pair_slope", number(trait.pairSlope)},
                          {"pair_r2", number(trait.pairR2)},
                          {"pair_pearson", number(trait.pairPearson)},
                          {"replicate_mean_pair_slope", number(trait.replicateMeanPairSlope)},
                          {"replicate_mean_pair_r2", number(trait.replicateMeanPairR2)},
                          {"top_variance_loci", top}});
    }
    const ElmReplicateRun& first = report.replicates.front();
    const RuntimeState runtime = currentRuntime();
    const nlohmann::json json = {
        {"tool", std::string("locuscope ") + build::version},
        {"data", report.config.data.string()},
        {"split", report.splitDescription},
        {"train_samples", report.trainSamples},
        {"monitored_samples", report.monitorSamples},
        {"test_samples", report.testSampleIds.size()},
        {"loci", report.locusNames.size()},
        {"monitored_set", toString(report.config.train.monitor)},
        {"heritability", report.config.heritability},
        {"truth_scale", std::sqrt(report.config.heritability)},
        {"has_truth", report.hasTruth},
        {"replicates", report.config.replicates},
        {"device", report.config.train.device.empty() ? runtime.device : report.config.train.device},
        {"threads", runtime.threads},
        {"traits", traits},
        {"max_reconstruction_error", report.maxReconstructionError},
        {"epochs_trained", first.history.epochsTrained()},
        {"best_epoch", first.history.bestEpoch},
        {"stopped_early", first.history.stoppedEarly},
        {"pca_components",
         report.analysis.perTrait.empty() ? 0 : report.analysis.perTrait.front().pcaExplainedRatio.size()},
        {"timings_s",
         {{"load", report.timings.load},
          {"train", report.timings.train},
          {"jacobian", report.timings.jacobian},
          {"pairs", report.timings.pairs},
          {"total", report.timings.total},
          {"per_epoch", report.timings.perEpoch}}},
        {"config", elmConfigJson(report.config)},
    };
    return json.dump(2);
}

void writeElmOutputs(const ElmReport& report, const std::filesystem::path& directory, const std::string& commandLine) {
    std::error_code error;
    std::filesystem::create_directories(directory, error);
    if (error) {
        throw InputError(directory, "cannot create the output directory: " + error.message());
    }
    const std::vector<std::string> header = comments(report, commandLine);
    const std::size_t loci = report.locusNames.size();
    const std::size_t traits = report.traitNames.size();
    const double scale = std::sqrt(report.config.heritability);

    TsvWriter predictions(directory / "predictions.tsv", header,
                          {"sample_id", "trait", "observed", "predicted", "jacobian_dot_x"});
    for (std::size_t s = 0; s < report.testSampleIds.size(); ++s) {
        for (std::size_t t = 0; t < traits; ++t) {
            predictions.field(report.testSampleIds[s]).field(report.traitNames[t]);
            predictions.field(static_cast<double>(report.testObserved[s * traits + t]));
            predictions.field(static_cast<double>(report.analysis.predictions[s * traits + t]));
            predictions.field(static_cast<double>(report.analysis.jacobianDotX[s * traits + t]));
            predictions.endRow();
        }
    }

    TsvWriter lociTable(
        directory / "loci.tsv", header,
        {"trait", "locus", "mean_sensitivity", "sensitivity_variance", "variance_rank", "true_additive",
         "true_partner", "true_epistatic", "simulated_additive", "simulated_epistatic"});
    for (std::size_t t = 0; t < traits; ++t) {
        std::vector<int> rank(loci);
        for (std::size_t k = 0; k < loci; ++k) {
            rank[static_cast<std::size_t>(report.traits[t].topVarianceLoci[k])] = static_cast<int>(k) + 1;
        }
        for (std::size_t i = 0; i < loci; ++i) {
            const ElmTraitAnalysis& analysis = report.analysis.perTrait[t];
            lociTable.field(report.traitNames[t]).field(report.locusNames[i]);
            lociTable.field(analysis.meanSensitivity[i]).field(analysis.sensitivityVariance[i]).field(rank[i]);
            if (report.hasTruth) {
                const int partner = report.truth.partnerOf(t, i);
                lociTable.field(scale * report.truth.additiveAt(t, i));
                lociTable.field(partner >= 0 ? report.locusNames[static_cast<std::size_t>(partner)] : "NA");
                lociTable.field(scale * report.truth.epistaticAt(t, i));
                // Unscaled as in the _eff.txt, so readers get the truth back exactly.
                lociTable.field(report.truth.additiveAt(t, i)).field(report.truth.epistaticAt(t, i));
            } else {
                lociTable.field("NA").field("NA").field("NA").field("NA").field("NA");
            }
            lociTable.endRow();
        }
    }

    TsvWriter pairs(directory / "pairs.tsv", header,
                    {"trait", "locus_i", "locus_j", "estimate", "replicate_mean", "replicate_sd", "truth"});
    for (std::size_t t = 0; t < traits; ++t) {
        const std::vector<double>& estimate = report.analysis.perTrait[t].pairEstimate;
        for (std::size_t i = 0; i < loci; ++i) {
            for (std::size_t j = i + 1; j < loci; ++j) {
                const std::size_t k = i * loci + j;
                pairs.field(report.traitNames[t]).field(report.locusNames[i]).field(report.locusNames[j]);
                pairs.field(estimate[k]).field(report.pairMean[t][k]).field(report.pairSd[t][k]);
                if (report.hasTruth) {
                    pairs.field(scale * report.truth.pairEffect(t, i, j));
                } else {
                    pairs.field("NA");
                }
                pairs.endRow();
            }
        }
    }

    TsvWriter replicates(directory / "replicates.tsv", header,
                         {"replicate", "noise_seed", "model_seed", "epochs_trained", "best_epoch", "trait",
                          "pearson_r", "pair_r2", "max_reconstruction_error", "stopped_early"});
    TsvWriter training(directory / "training.tsv", header,
                       {"replicate", "epoch", "train_loss", "monitored_loss", "learning_rate", "seconds"});
    for (const ElmReplicateRun& run : report.replicates) {
        for (std::size_t t = 0; t < traits; ++t) {
            replicates.field(run.index).field(static_cast<long long>(run.noiseSeed));
            replicates.field(static_cast<long long>(run.modelSeed)).field(run.history.epochsTrained());
            replicates.field(run.history.bestEpoch).field(report.traitNames[t]);
            replicates.field(run.pearsonR[t]).field(run.pairR2[t]).field(run.maxReconstructionError);
            replicates.field(run.history.stoppedEarly ? 1 : 0);
            replicates.endRow();
        }
        for (const EpochRecord& epoch : run.history.epochs) {
            training.field(run.index).field(epoch.epoch).field(epoch.trainLoss).field(epoch.monitoredLoss);
            training.field(epoch.learningRate).field(epoch.seconds);
            training.endRow();
        }
    }

    TsvWriter pca(directory / "pca.tsv", header,
                  {"trait", "component", "explained_variance_ratio", "locus", "loading"});
    for (std::size_t t = 0; t < traits; ++t) {
        const ElmTraitAnalysis& analysis = report.analysis.perTrait[t];
        for (std::size_t c = 0; c < analysis.pcaExplainedRatio.size(); ++c) {
            for (std::size_t i = 0; i < loci; ++i) {
                pca.field(report.traitNames[t]).field(c + 1).field(analysis.pcaExplainedRatio[c]);
                pca.field(report.locusNames[i]).field(analysis.pcaLoadings[c * loci + i]);
                pca.endRow();
            }
        }
    }

    AtomicFileWriter summary(directory / "summary.json");
    summary.write(elmSummaryJson(report) + "\n");
    StagedSafetensors model(directory / "model.safetensors", report.model);
    const std::filesystem::path sensitivitiesPath = directory / "sensitivities.safetensors";
    std::unique_ptr<StagedSafetensors> sensitivities;
    if (!report.analysis.sensitivities.empty()) {
        sensitivities = std::make_unique<StagedSafetensors>(sensitivitiesPath, sensitivitiesFile(report));
    }
    // Everything is written; publish the files together.
    predictions.commit();
    lociTable.commit();
    pairs.commit();
    replicates.commit();
    training.commit();
    pca.commit();
    summary.commit();
    model.commit();
    if (sensitivities) {
        sensitivities->commit();
    } else {  // an earlier run's sensitivities would not belong to these results
        std::error_code ignored;
        std::filesystem::remove(sensitivitiesPath, ignored);
    }
}

}  // namespace locuscope
