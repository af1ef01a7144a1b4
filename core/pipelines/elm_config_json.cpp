#include "core/pipelines/elm_config_json.h"

#include <string>

#include "core/runtime/input_error.h"

namespace locuscope {
namespace {

using nlohmann::json;

const json& member(const json& object, const char* key, const std::filesystem::path& file) {
    const auto found = object.find(key);
    if (found == object.end()) {
        throw InputError(file, std::string("config: '") + key + "' is missing");
    }
    return *found;
}

template <typename T>
T value(const json& object, const char* key, const std::filesystem::path& file) {
    try {
        return member(object, key, file).get<T>();
    } catch (const json::exception&) {
        throw InputError(file, std::string("config: '") + key + "' has the wrong type");
    }
}

SplitMethod parseSplit(const std::string& text, const std::filesystem::path& file) {
    for (SplitMethod split : {SplitMethod::Auto, SplitMethod::HeadTail, SplitMethod::Random}) {
        if (text == toString(split)) {
            return split;
        }
    }
    throw InputError(file, "config: unknown split '" + text + "'");
}

}  // namespace

const char* toString(SplitMethod split) {
    switch (split) {
        case SplitMethod::Auto:
            return "auto";
        case SplitMethod::HeadTail:
            return "head-tail";
        case SplitMethod::Random:
            return "random";
    }
    return "auto";
}

MonitoredSet parseMonitoredSet(const std::string& text, const std::filesystem::path& file) {
    for (MonitoredSet monitor : {MonitoredSet::TestSet, MonitoredSet::ValidationSplit}) {
        if (text == toString(monitor)) {
            return monitor;
        }
    }
    throw InputError(file, "unknown monitored set '" + text + "'");
}

json elmConfigJson(const ElmConfig& config) {
    const ElmTrainOptions& t = config.train;
    return {
        {"data", config.data.string()},
        {"initial_model", config.initialModel.string()},
        {"split", toString(config.load.split)},
        {"test_fraction", config.load.testFraction},
        {"split_seed", config.load.seed},
        {"heritability", config.heritability},
        {"replicates", config.replicates},
        {"noise_seed", config.noiseSeed},
        {"keep_sensitivities", config.keepSensitivities},
        {"hidden", t.hidden},
        {"negative_slope", t.negativeSlope},
        {"learning_rate", t.learningRate},
        {"weight_decay", t.weightDecay},
        {"batch_size", t.batchSize},
        {"max_epochs", t.maxEpochs},
        {"patience", t.patience},
        {"min_delta", t.minDelta},
        {"lr_patience", t.lrPatience},
        {"lr_factor", t.lrFactor},
        {"seed", t.seed},
        {"monitor", toString(t.monitor)},
        {"validation_fraction", t.validationFraction},
        {"device", t.device},
    };
}

void readElmConfigJson(const json& object, const std::filesystem::path& file, ElmConfig& config) {
    if (!object.is_object()) {
        throw InputError(file, "config: not a JSON object");
    }
    ElmTrainOptions& t = config.train;
    config.data = value<std::string>(object, "data", file);
    config.initialModel = value<std::string>(object, "initial_model", file);
    config.load.split = parseSplit(value<std::string>(object, "split", file), file);
    config.load.testFraction = value<double>(object, "test_fraction", file);
    config.load.seed = value<std::uint64_t>(object, "split_seed", file);
    config.heritability = value<double>(object, "heritability", file);
    config.replicates = value<int>(object, "replicates", file);
    config.noiseSeed = value<std::uint32_t>(object, "noise_seed", file);
    config.keepSensitivities = value<bool>(object, "keep_sensitivities", file);
    t.hidden = value<int>(object, "hidden", file);
    t.negativeSlope = value<double>(object, "negative_slope", file);
    t.learningRate = value<double>(object, "learning_rate", file);
    t.weightDecay = value<double>(object, "weight_decay", file);
    t.batchSize = value<int>(object, "batch_size", file);
    t.maxEpochs = value<int>(object, "max_epochs", file);
    t.patience = value<int>(object, "patience", file);
    t.minDelta = value<double>(object, "min_delta", file);
    t.lrPatience = value<int>(object, "lr_patience", file);
    t.lrFactor = value<double>(object, "lr_factor", file);
    t.seed = value<std::uint64_t>(object, "seed", file);
    t.monitor = parseMonitoredSet(value<std::string>(object, "monitor", file), file);
    t.validationFraction = value<double>(object, "validation_fraction", file);
    t.device = value<std::string>(object, "device", file);
}

}  // namespace locuscope
