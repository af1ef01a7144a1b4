#include "core/models/interact/interact_model_file.h"

#include <nlohmann/json.hpp>

#include "core/nn/tensor_file.h"
#include "core/runtime/input_error.h"

namespace locuscope {
namespace {

std::vector<std::string> outputNamesOf(const std::filesystem::path& file,
                                       const std::map<std::string, std::string>& metadata, std::int64_t outputs) {
    std::vector<std::string> names;
    if (const auto stored = metadata.find("output_names"); stored != metadata.end()) {
        const nlohmann::json list = nlohmann::json::parse(stored->second, nullptr, false);
        if (!list.is_array() || static_cast<std::int64_t>(list.size()) != outputs) {
            throw InputError(file, "metadata 'output_names' must be a JSON list of " + std::to_string(outputs) +
                                       " names");
        }
        for (const auto& name : list) {
            names.push_back(name.is_string() ? name.get<std::string>() : name.dump());
        }
        return names;
    }
    for (std::int64_t i = 1; i <= outputs; ++i) {
        names.push_back("output_" + std::to_string(i));
    }
    return names;
}

}  // namespace

LoadedInteractModel loadInteractModel(const std::filesystem::path& file) {
    LoadedInteractModel model;
    model.metadata = readModuleMetadata(file);
    const InteractConfig config = InteractConfig::fromMetadata(file, model.metadata);
    model.outputNames = outputNamesOf(file, model.metadata, config.outputs);
    model.network = InteractNetwork(config);
    loadModule(file, *model.network, /*strict=*/true);
    torch::NoGradGuard noGrad;
    for (const auto& parameter : model.network->named_parameters()) {
        if (!torch::isfinite(parameter.value()).all().item<bool>()) {
            throw InputError(file, "tensor '" + parameter.key() + "' holds NaN or infinite values");
        }
    }
    model.network->eval();
    return model;
}

void saveInteractModel(const std::filesystem::path& file, const InteractNetworkImpl& network,
                       const std::map<std::string, std::string>& extra) {
    std::map<std::string, std::string> metadata = network.config().toMetadata();
    for (const auto& [key, value] : extra) {
        metadata[key] = value;
    }
    saveModule(file, network, metadata);
}

}  // namespace locuscope
