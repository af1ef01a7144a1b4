#include "core/pipelines/interact_model_pipeline.h"

#include <nlohmann/json.hpp>

#include "core/models/interact/interact_model_file.h"
#include "core/nn/tensor_file.h"
#include "core/runtime/input_error.h"

namespace locuscope {
namespace {

InteractConfig presetConfig(const std::string& preset) {
    if (preset == "interact") {
        return InteractConfig::interactV1(1);
    }
    if (preset == "celltype") {
        return InteractConfig::cellTypeInteract();
    }
    if (preset == "small") {
        InteractConfig config;
        config.cnnChannels = 32;
        config.hidden = 64;
        config.heads = 4;
        config.intermediate = 128;
        config.layers = 2;
        config.maxPositions = 128;
        config.headHidden = 64;
        config.outputs = 1;
        return config;
    }
    throw InputError("--preset must be interact, celltype or small (is '" + preset + "')");
}

}  // namespace

InteractModelSummary createInteractModel(const InteractModelSpec& spec, const std::filesystem::path& out) {
    InteractConfig config = presetConfig(spec.preset);
    const auto override = [](std::int64_t value, std::int64_t& target) {
        if (value > 0) {
            target = value;
        }
    };
    override(spec.outputs, config.outputs);
    if (!spec.outputNames.empty() && spec.outputs <= 0) {
        config.outputs = static_cast<std::int64_t>(spec.outputNames.size());
    }
    override(spec.cnnChannels, config.cnnChannels);
    override(spec.hidden, config.hidden);
    override(spec.heads, config.heads);
    override(spec.intermediate, config.intermediate);
    override(spec.layers, config.layers);
    override(spec.headHidden, config.headHidden);
    config.validate();
    if (!spec.outputNames.empty() && static_cast<std::int64_t>(spec.outputNames.size()) != config.outputs) {
        throw InputError("--output-names has " + std::to_string(spec.outputNames.size()) + " names for " +
                         std::to_string(config.outputs) + " outputs");
    }
    torch::manual_seed(spec.seed);
    InteractNetwork network(config);
    std::map<std::string, std::string> extra = {{"seed", std::to_string(spec.seed)},
                                                {"training", "none (freshly initialised)"}};
    if (!spec.outputNames.empty()) {
        extra["output_names"] = nlohmann::json(spec.outputNames).dump();
    }
    saveInteractModel(out, *network, extra);
    return describeInteractModel(out);
}

InteractModelSummary describeInteractModel(const std::filesystem::path& file) {
    InteractModelSummary summary;
    summary.metadata = readModuleMetadata(file);
    const InteractConfig config = InteractConfig::fromMetadata(file, summary.metadata);
    InteractNetwork network(config);
    for (const auto& parameter : network->parameters()) {
        summary.parameters += parameter.numel();
        if (parameter.requires_grad()) {
            summary.trainableParameters += parameter.numel();
        }
    }
    return summary;
}

}  // namespace locuscope
