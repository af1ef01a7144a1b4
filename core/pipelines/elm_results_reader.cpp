#include "core/pipelines/elm_results_reader.h"

#include <cmath>
#include <cstring>
#include <fstream>
#include <limits>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "core/io/tsv_reader.h"
#include "core/pipelines/elm_config_json.h"
#include "core/runtime/input_error.h"

namespace locuscope {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;
constexpr double nan = std::numeric_limits<double>::quiet_NaN();

// Sizes every table is checked against (from summary.json), and what only summary.json says about
// the first replicate (older tables lack the stopped_early column).
struct Expected {
    std::size_t samples = 0, loci = 0, traits = 0;
    long long pcaComponents = -1;  // -1: not recorded
    bool firstStoppedEarly = false;
};

void requireFile(const fs::path& file) {
    std::error_code error;
    if (!fs::is_regular_file(file, error)) {
        throw InputError(file, "missing (no such file)");
    }
}

json parseJsonFile(const fs::path& file) {
    requireFile(file);
    std::ifstream in(file, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    try {
        return json::parse(text.str());
    } catch (const json::exception& error) {
        throw InputError(file, std::string("not valid JSON (cut off?): ") + error.what());
    }
}

const json& member(const json& object, const char* key, const fs::path& file) {
    if (!object.is_object() || !object.contains(key)) {
        throw InputError(file, std::string("'") + key + "' is missing");
    }
    return object[key];
}

template <typename T>
T value(const json& object, const char* key, const fs::path& file) {
    try {
        return member(object, key, file).get<T>();
    } catch (const json::exception&) {
        throw InputError(file, std::string("'") + key + "' has the wrong type");
    }
}

// summary.json writes NaN as null.
double number(const json& object, const char* key, const fs::path& file) {
    const json& item = member(object, key, file);
    if (item.is_null()) {
        return nan;
    }
    if (!item.is_number()) {
        throw InputError(file, std::string("'") + key + "' is not a number");
    }
    return item.get<double>();
}

std::vector<std::string> namesArray(const std::string& text, const fs::path& file, const char* key) {
    try {
        return json::parse(text).get<std::vector<std::string>>();
    } catch (const json::exception&) {
        throw InputError(file, std::string("metadata '") + key + "' is not a JSON array of names");
    }
}

void readSummary(const fs::path& file, ElmReport& report, Expected& expected) {
    const json summary = parseJsonFile(file);
    ElmConfig& config = report.config;
    if (summary.contains("config")) {
        readElmConfigJson(summary["config"], file, config);
    } else {  // written before the configuration was recorded: what the top level says
        config.data = value<std::string>(summary, "data", file);
        config.heritability = value<double>(summary, "heritability", file);
        config.replicates = value<int>(summary, "replicates", file);
        config.train.monitor = parseMonitoredSet(value<std::string>(summary, "monitored_set", file), file);
    }
    report.splitDescription = value<std::string>(summary, "split", file);
    report.trainSamples = value<std::size_t>(summary, "train_samples", file);
    report.monitorSamples = value<std::size_t>(summary, "monitored_samples", file);
    report.hasTruth = value<bool>(summary, "has_truth", file);
    report.maxReconstructionError = number(summary, "max_reconstruction_error", file);
    expected.samples = value<std::size_t>(summary, "test_samples", file);
    expected.loci = value<std::size_t>(summary, "loci", file);
    expected.firstStoppedEarly = value<bool>(summary, "stopped_early", file);
    if (summary.contains("pca_components")) {
        expected.pcaComponents = value<long long>(summary, "pca_components", file);
    }
    if (config.replicates < 1 || expected.samples < 1 || expected.loci < 1) {
        throw InputError(file, "'replicates', 'test_samples' and 'loci' must be at least 1");
    }

    const json& timings = member(summary, "timings_s", file);
    report.timings.load = number(timings, "load", file);
    report.timings.train = number(timings, "train", file);
    report.timings.jacobian = number(timings, "jacobian", file);
    report.timings.pairs = number(timings, "pairs", file);
    report.timings.total = number(timings, "total", file);
    report.timings.perEpoch = number(timings, "per_epoch", file);

    const json& traits = member(summary, "traits", file);
    if (!traits.is_array() || traits.empty()) {
        throw InputError(file, "'traits' must be a non-empty array");
    }
    for (const json& trait : traits) {
        ElmTraitSummary s;
        s.name = value<std::string>(trait, "name", file);
        s.pearsonR = number(trait, "pearson_r", file);
        s.r2 = number(trait, "r2", file);
        s.additiveSlope = number(trait, "additive_slope", file);
        s.additiveR2 = number(trait, "additive_r2", file);
        s.varianceQuadCoef = number(trait, "variance_quad_coef", file);
        s.varianceQuadR2 = number(trait, "variance_quad_r2", file);
        s.pairSlope = number(trait, "pair_slope", file);
        s.pairR2 = number(trait, "pair_r2", file);
        s.pairPearson = number(trait, "pair_pearson", file);
        s.replicateMeanPairSlope = number(trait, "replicate_mean_pair_slope", file);
        s.replicateMeanPairR2 = number(trait, "replicate_mean_pair_r2", file);
        report.traitNames.push_back(s.name);
        report.traits.push_back(std::move(s));
    }
    expected.traits = report.traitNames.size();
}

void expectText(const TsvReader& table, std::size_t column, const std::string& expected, const char* what) {
    if (table.text(column) != expected) {
        table.fail(std::string(what) + " '" + std::string(table.text(column)) + "' where '" + expected +
                   "' was expected (rows out of order or cut off?)");
    }
}

void expectRows(const TsvReader& table, std::size_t expected, const std::string& what) {
    if (table.rowsRead() != expected) {
        throw InputError(table.path(), "has " + std::to_string(table.rowsRead()) + " rows, expected " +
                                           std::to_string(expected) + " (" + what + "); cut off?");
    }
}

void readLoci(const fs::path& file, ElmReport& report, const Expected& expected) {
    TsvReader table(file);
    const std::size_t traitColumn = table.column("trait"), locusColumn = table.column("locus");
    const std::size_t meanColumn = table.column("mean_sensitivity");
    const std::size_t varianceColumn = table.column("sensitivity_variance");
    const std::size_t rankColumn = table.column("variance_rank");
    const std::size_t additiveColumn = table.column("true_additive");
    const std::size_t partnerColumn = table.column("true_partner");
    const std::size_t epistaticColumn = table.column("true_epistatic");
    // Older tables hold only the truth scaled by sqrt(H^2); dividing it back may be off by an ulp.
    const bool unscaled = table.hasColumn("simulated_additive") && table.hasColumn("simulated_epistatic");
    const std::size_t additiveSource = unscaled ? table.column("simulated_additive") : additiveColumn;
    const std::size_t epistaticSource = unscaled ? table.column("simulated_epistatic") : epistaticColumn;
    const std::size_t loci = expected.loci, traits = expected.traits;
    const double scale = unscaled ? 1.0 : std::sqrt(report.config.heritability);

    report.analysis.perTrait.assign(traits, ElmTraitAnalysis{});
    for (ElmTraitAnalysis& trait : report.analysis.perTrait) {
        trait.meanSensitivity.assign(loci, nan);
        trait.sensitivityVariance.assign(loci, nan);
    }
    std::vector<std::vector<int>> ranking(traits, std::vector<int>(loci, -1));
    std::vector<std::string> partners;
    TrueEffects& truth = report.truth;
    if (report.hasTruth) {
        truth.traits = traits;
        truth.loci = loci;
        truth.additive.assign(traits * loci, nan);
        truth.epistatic.assign(traits * loci, nan);
        truth.partner.assign(traits * loci, -1);
    }
    while (table.nextRow()) {
        const std::size_t row = table.rowsRead() - 1;
        if (row >= traits * loci) {
            table.fail("more rows than traits x loci = " + std::to_string(traits * loci));
        }
        const std::size_t t = row / loci, i = row % loci;
        expectText(table, traitColumn, report.traitNames[t], "trait");
        if (t == 0) {
            report.locusNames.emplace_back(table.text(locusColumn));
        } else {
            expectText(table, locusColumn, report.locusNames[i], "locus");
        }
        report.analysis.perTrait[t].meanSensitivity[i] = table.number(meanColumn);
        report.analysis.perTrait[t].sensitivityVariance[i] = table.number(varianceColumn);
        const long long rank = table.integer(rankColumn);
        if (rank < 1 || rank > static_cast<long long>(loci) ||
            ranking[t][static_cast<std::size_t>(rank - 1)] >= 0) {
            table.fail("variance_rank " + std::to_string(rank) + " is out of range or repeated");
        }
        ranking[t][static_cast<std::size_t>(rank - 1)] = static_cast<int>(i);
        if (report.hasTruth) {
            truth.additive[row] = table.number(additiveSource) / scale;
            truth.epistatic[row] = table.number(epistaticSource) / scale;
            partners.emplace_back(table.text(partnerColumn));
        }
    }
    expectRows(table, traits * loci, "traits x loci");
    for (std::size_t t = 0; t < traits; ++t) {
        report.traits[t].topVarianceLoci = ranking[t];
    }
    if (report.hasTruth) {
        std::map<std::string, int> index;
        for (std::size_t i = 0; i < loci; ++i) {
            index.emplace(report.locusNames[i], static_cast<int>(i));
        }
        for (std::size_t k = 0; k < partners.size(); ++k) {
            if (partners[k] == "NA") {
                continue;
            }
            const auto found = index.find(partners[k]);
            if (found == index.end()) {
                throw InputError(file, "true_partner '" + partners[k] + "' is not one of the loci");
            }
            truth.partner[k] = found->second;
        }
    }
}

void readPredictions(const fs::path& file, ElmReport& report, const Expected& expected) {
    TsvReader table(file);
    const std::size_t sampleColumn = table.column("sample_id"), traitColumn = table.column("trait");
    const std::size_t observedColumn = table.column("observed"), predictedColumn = table.column("predicted");
    const std::size_t reconstructedColumn = table.column("jacobian_dot_x");
    const std::size_t traits = expected.traits, cells = expected.samples * traits;
    ElmAnalysisResult& analysis = report.analysis;
    report.testObserved.reserve(cells);
    analysis.predictions.reserve(cells);
    analysis.jacobianDotX.reserve(cells);
    while (table.nextRow()) {
        const std::size_t row = table.rowsRead() - 1;
        if (row >= cells) {
            table.fail("more rows than test samples x traits = " + std::to_string(cells));
        }
        const std::size_t s = row / traits, t = row % traits;
        if (t == 0) {
            report.testSampleIds.emplace_back(table.text(sampleColumn));
        } else {
            expectText(table, sampleColumn, report.testSampleIds[s], "sample");
        }
        expectText(table, traitColumn, report.traitNames[t], "trait");
        // Written from floats, so the doubles convert back exactly.
        report.testObserved.push_back(static_cast<float>(table.number(observedColumn)));
        analysis.predictions.push_back(static_cast<float>(table.number(predictedColumn)));
        analysis.jacobianDotX.push_back(static_cast<float>(table.number(reconstructedColumn)));
    }
    expectRows(table, cells, "test samples x traits");
}

void readPairs(const fs::path& file, ElmReport& report, const Expected& expected) {
    TsvReader table(file);
    const std::size_t traitColumn = table.column("trait");
    const std::size_t iColumn = table.column("locus_i"), jColumn = table.column("locus_j");
    const std::size_t estimateColumn = table.column("estimate");
    const std::size_t meanColumn = table.column("replicate_mean"), sdColumn = table.column("replicate_sd");
    const std::size_t loci = expected.loci, traits = expected.traits;
    const std::size_t perTrait = loci * (loci - 1) / 2;
    // Only i < j is written; the matrices are symmetric with NaN on the diagonal.
    report.pairMean.assign(traits, std::vector<double>(loci * loci, nan));
    report.pairSd = report.pairMean;
    for (ElmTraitAnalysis& trait : report.analysis.perTrait) {
        trait.pairEstimate.assign(loci * loci, nan);
    }
    std::size_t t = 0, i = 0, j = 1;
    while (table.nextRow()) {
        if (table.rowsRead() > traits * perTrait) {
            table.fail("more rows than traits x pairs = " + std::to_string(traits * perTrait));
        }
        expectText(table, traitColumn, report.traitNames[t], "trait");
        expectText(table, iColumn, report.locusNames[i], "locus_i");
        expectText(table, jColumn, report.locusNames[j], "locus_j");
        const double estimate = table.number(estimateColumn);
        const double mean = table.number(meanColumn);
        const double sd = table.number(sdColumn);
        for (const std::size_t k : {i * loci + j, j * loci + i}) {
            report.analysis.perTrait[t].pairEstimate[k] = estimate;
            report.pairMean[t][k] = mean;
            report.pairSd[t][k] = sd;
        }
        if (++j == loci) {
            if (++i == loci - 1) {
                ++t;
                i = 0;
            }
            j = i + 1;
        }
    }
    expectRows(table, traits * perTrait, "traits x locus pairs");
}

void readReplicates(const fs::path& file, ElmReport& report, const Expected& expected,
                    std::vector<long long>& epochsTrained) {
    TsvReader table(file);
    const std::size_t replicateColumn = table.column("replicate");
    const std::size_t noiseSeedColumn = table.column("noise_seed"),
                      modelSeedColumn = table.column("model_seed");
    const std::size_t epochsColumn = table.column("epochs_trained"), bestColumn = table.column("best_epoch");
    const std::size_t traitColumn = table.column("trait"), pearsonColumn = table.column("pearson_r");
    const std::size_t pairR2Column = table.column("pair_r2");
    const std::size_t errorColumn = table.column("max_reconstruction_error");
    const bool hasStopped = table.hasColumn("stopped_early");
    const std::size_t stoppedColumn = hasStopped ? table.column("stopped_early") : 0;
    const std::size_t traits = expected.traits;
    const auto replicates = static_cast<std::size_t>(report.config.replicates);
    while (table.nextRow()) {
        const std::size_t row = table.rowsRead() - 1;
        if (row >= replicates * traits) {
            table.fail("more rows than replicates x traits = " + std::to_string(replicates * traits));
        }
        const std::size_t r = row / traits, t = row % traits;
        if (table.integer(replicateColumn) != static_cast<long long>(r)) {
            table.fail("replicate " + std::string(table.text(replicateColumn)) + " where " +
                       std::to_string(r) + " was expected");
        }
        expectText(table, traitColumn, report.traitNames[t], "trait");
        if (t == 0) {
            ElmReplicateRun run;
            run.index = static_cast<int>(r);
            run.noiseSeed = static_cast<std::uint32_t>(table.integer(noiseSeedColumn));
            run.modelSeed = static_cast<std::uint64_t>(table.integer(modelSeedColumn));
            run.history.bestEpoch = static_cast<int>(table.integer(bestColumn));
            run.history.stoppedEarly =
                hasStopped ? table.integer(stoppedColumn) != 0 : r == 0 && expected.firstStoppedEarly;
            run.maxReconstructionError = table.number(errorColumn);
            epochsTrained.push_back(table.integer(epochsColumn));
            report.replicates.push_back(std::move(run));
        }
        report.replicates.back().pearsonR.push_back(table.number(pearsonColumn));
        report.replicates.back().pairR2.push_back(table.number(pairR2Column));
    }
    expectRows(table, replicates * traits, "replicates x traits");
}

void readTraining(const fs::path& file, ElmReport& report, const std::vector<long long>& epochsTrained) {
    TsvReader table(file);
    const std::size_t replicateColumn = table.column("replicate"), epochColumn = table.column("epoch");
    const std::size_t trainColumn = table.column("train_loss"),
                      monitoredColumn = table.column("monitored_loss");
    const std::size_t rateColumn = table.column("learning_rate"), secondsColumn = table.column("seconds");
    while (table.nextRow()) {
        const long long r = table.integer(replicateColumn);
        if (r < 0 || r >= static_cast<long long>(report.replicates.size())) {
            table.fail("replicate " + std::to_string(r) + " is not in replicates.tsv");
        }
        ElmTrainingHistory& history = report.replicates[static_cast<std::size_t>(r)].history;
        EpochRecord epoch;
        epoch.epoch = static_cast<int>(table.integer(epochColumn));
        if (epoch.epoch != history.epochsTrained() + 1) {
            table.fail("epoch " + std::to_string(epoch.epoch) + " where " +
                       std::to_string(history.epochsTrained() + 1) + " was expected");
        }
        epoch.trainLoss = table.number(trainColumn);
        epoch.monitoredLoss = table.number(monitoredColumn);
        epoch.learningRate = table.number(rateColumn);
        epoch.seconds = table.number(secondsColumn);
        history.epochs.push_back(epoch);
    }
    const bool trained = report.config.initialModel.empty();
    for (ElmReplicateRun& run : report.replicates) {
        const long long expected = epochsTrained[static_cast<std::size_t>(run.index)];
        if (run.history.epochsTrained() != expected) {
            throw InputError(file, "replicate " + std::to_string(run.index) + " has " +
                                       std::to_string(run.history.epochsTrained()) +
                                       " epochs, replicates.tsv says " + std::to_string(expected) +
                                       "; cut off?");
        }
        run.history.monitored = trained ? toString(report.config.train.monitor) : "";
    }
}

void readPca(const fs::path& file, ElmReport& report, const Expected& expected) {
    TsvReader table(file);
    const std::size_t traitColumn = table.column("trait"), componentColumn = table.column("component");
    const std::size_t ratioColumn = table.column("explained_variance_ratio");
    const std::size_t locusColumn = table.column("locus"), loadingColumn = table.column("loading");
    const std::size_t loci = expected.loci;
    std::map<std::string, std::size_t> traitIndex;
    for (std::size_t t = 0; t < report.traitNames.size(); ++t) {
        traitIndex.emplace(report.traitNames[t], t);
    }
    std::size_t current = 0;
    while (table.nextRow()) {
        const auto found = traitIndex.find(std::string(table.text(traitColumn)));
        if (found == traitIndex.end()) {
            table.fail("trait '" + std::string(table.text(traitColumn)) + "' is not in summary.json");
        }
        ElmTraitAnalysis* trait = &report.analysis.perTrait[current];
        if (found->second != current) {
            if (found->second < current || trait->pcaLoadings.size() % loci != 0) {
                table.fail("rows out of order");
            }
            current = found->second;
            trait = &report.analysis.perTrait[current];
        }
        const std::size_t k = trait->pcaLoadings.size();
        if (table.integer(componentColumn) != static_cast<long long>(k / loci + 1)) {
            table.fail("component " + std::string(table.text(componentColumn)) + " where " +
                       std::to_string(k / loci + 1) + " was expected");
        }
        expectText(table, locusColumn, report.locusNames[k % loci], "locus");
        const double ratio = table.number(ratioColumn);
        if (k % loci == 0) {
            trait->pcaExplainedRatio.push_back(ratio);
        } else if (ratio != trait->pcaExplainedRatio.back()) {
            table.fail("explained_variance_ratio differs within one component");
        }
        trait->pcaLoadings.push_back(table.number(loadingColumn));
    }
    const std::size_t components = report.analysis.perTrait.front().pcaExplainedRatio.size();
    for (const ElmTraitAnalysis& trait : report.analysis.perTrait) {
        const std::size_t count = trait.pcaExplainedRatio.size();
        if (trait.pcaLoadings.size() != count * loci || count != components ||
            (expected.pcaComponents >= 0 && count != static_cast<std::size_t>(expected.pcaComponents))) {
            throw InputError(file, "traits have different numbers of components or loci; cut off?");
        }
    }
}

std::vector<float> floats(const TensorRecord& record) {
    std::vector<float> values(record.bytes.size() / sizeof(float));
    if (!values.empty()) {
        std::memcpy(values.data(), record.bytes.data(), record.bytes.size());
    }
    return values;
}

const TensorRecord& floatTensor(const SafetensorsFile& contents, const fs::path& file,
                                const std::string& name, const std::vector<std::int64_t>& shape) {
    const TensorRecord* record = contents.find(name);
    if (record == nullptr) {
        throw InputError(file, "no tensor '" + name + "'");
    }
    if (record->dtype != TensorDType::F32 || record->shape != shape) {
        throw InputError(file, "tensor '" + name + "' is " + toString(record->dtype) + " " +
                                   shapeToString(record->shape) + ", expected F32 " + shapeToString(shape));
    }
    return *record;
}

void checkNames(const SafetensorsFile& contents, const fs::path& file, const char* key,
                const std::vector<std::string>& expected, const char* source) {
    const auto found = contents.metadata.find(key);
    if (found == contents.metadata.end()) {
        throw InputError(file, std::string("metadata '") + key + "' is missing");
    }
    if (namesArray(found->second, file, key) != expected) {
        throw InputError(file, std::string("metadata '") + key + "' differs from " + source +
                                   " (files of different runs?)");
    }
}

void readSensitivities(const fs::path& file, ElmReport& report) {
    const SafetensorsFile contents = readSafetensors(file);
    const auto samples = static_cast<std::int64_t>(report.testSampleIds.size());
    const auto loci = static_cast<std::int64_t>(report.locusNames.size());
    const auto traits = static_cast<std::int64_t>(report.traitNames.size());
    checkNames(contents, file, "sample_ids", report.testSampleIds, "predictions.tsv");
    checkNames(contents, file, "locus_names", report.locusNames, "loci.tsv");
    checkNames(contents, file, "trait_names", report.traitNames, "summary.json");
    report.analysis.sensitivities =
        floats(floatTensor(contents, file, "sensitivities", {samples, traits, loci}));
    report.testGenotypes = floats(floatTensor(contents, file, "genotypes", {samples, loci}));
}

}  // namespace

ElmReport readElmOutputs(const std::filesystem::path& directory) {
    std::error_code error;
    if (!fs::is_directory(directory, error)) {
        throw InputError(directory, "not a results directory (no such directory)");
    }
    ElmReport report;
    Expected expected;
    readSummary(directory / "summary.json", report, expected);
    readLoci(directory / "loci.tsv", report, expected);
    readPredictions(directory / "predictions.tsv", report, expected);
    readPairs(directory / "pairs.tsv", report, expected);
    std::vector<long long> epochsTrained;
    readReplicates(directory / "replicates.tsv", report, expected, epochsTrained);
    readTraining(directory / "training.tsv", report, epochsTrained);
    readPca(directory / "pca.tsv", report, expected);
    requireFile(directory / "model.safetensors");
    report.model = readSafetensors(directory / "model.safetensors");

    ElmAnalysisResult& analysis = report.analysis;
    analysis.samples = expected.samples;
    analysis.loci = expected.loci;
    analysis.traits = expected.traits;
    analysis.maxReconstructionError = report.replicates.front().maxReconstructionError;
    const fs::path sensitivities = directory / "sensitivities.safetensors";
    if (fs::exists(sensitivities, error)) {
        readSensitivities(sensitivities, report);
    }
    return report;
}

}  // namespace locuscope
