#include "core/models/interact/interact_config.h"

#include <stdexcept>

#include <nlohmann/json.hpp>

#include "core/runtime/input_error.h"

namespace locuscope {
namespace {

// Paddings of conv1, conv2 and conv3 (specs/interact.md §2): 2001 -> 2000 -> 1999 -> 2000.
constexpr std::int64_t kPadding[3] = {4, 4, 5};

std::int64_t parseInteger(const std::filesystem::path& file, const std::string& key, const std::string& text) {
    try {
        std::size_t used = 0;
        const long long value = std::stoll(text, &used);
        if (used == text.size()) {
            return value;
        }
    } catch (const std::exception&) {
    }
    throw InputError(file, "metadata '" + key + "' is '" + text + "', not an integer");
}

double parseReal(const std::filesystem::path& file, const std::string& key, const std::string& text) {
    try {
        std::size_t used = 0;
        const double value = std::stod(text, &used);
        if (used == text.size()) {
            return value;
        }
    } catch (const std::exception&) {
    }
    throw InputError(file, "metadata '" + key + "' is '" + text + "', not a number");
}

}  // namespace

std::int64_t InteractConfig::convLength(int layer) const {
    std::int64_t length = window;
    for (int i = 0; i < layer; ++i) {
        length = length + 2 * kPadding[i] - kernel + 1;
    }
    return length;
}

InteractConfig InteractConfig::interactV1(std::int64_t outputs) {
    InteractConfig config;
    config.outputs = outputs;
    return config;
}

InteractConfig InteractConfig::cellTypeInteract() {
    InteractConfig config;
    config.cnnChannels = 512;
    config.outputs = 1;
    config.cellType = true;
    config.cnnDropout = 0.2;
    config.hiddenDropout = 0.02;
    config.attentionDropout = 0.02;
    return config;
}

void InteractConfig::validate(const std::filesystem::path& source) const {
    const auto fail = [&](const std::string& problem) {
        throw InputError(source, "INTERACT model: " + problem);
    };
    for (const auto& [name, value] :
         {std::pair<const char*, std::int64_t>{"cnn_channels", cnnChannels}, {"kernel", kernel}, {"window", window},
          {"hidden", hidden}, {"heads", heads}, {"intermediate", intermediate}, {"layers", layers},
          {"max_positions", maxPositions}, {"token_types", tokenTypes}, {"head_hidden", headHidden},
          {"outputs", outputs}}) {
        if (value < 1) {
            fail(std::string(name) + " must be at least 1 (is " + std::to_string(value) + ")");
        }
    }
    if (hidden % heads != 0) {
        fail("hidden size " + std::to_string(hidden) + " is not divisible by " + std::to_string(heads) + " heads");
    }
    if (window % 2 == 0) {
        fail("the window must have odd length so the CpG sits in the middle (is " + std::to_string(window) + ")");
    }
    if (convLength(3) < 20) {
        fail("window " + std::to_string(window) + " is too short for three convolutions of width " +
             std::to_string(kernel) + " and the 20-bp pool");
    }
    if (tokens() > maxPositions) {
        fail("the CNN yields " + std::to_string(tokens()) + " tokens but there are only " +
             std::to_string(maxPositions) + " position embeddings");
    }
    for (double p : {cnnDropout, hiddenDropout, attentionDropout, headDropout}) {
        if (!(p >= 0.0 && p < 1.0)) {
            fail("dropout probabilities must lie in [0, 1)");
        }
    }
}

std::map<std::string, std::string> InteractConfig::toMetadata() const {
    return {
        {"model_kind", kInteractModelKind},
        {"architecture", cellType ? "Cell-type-INTERACT" : "INTERACT v1"},
        {"cnn_channels", std::to_string(cnnChannels)},
        {"kernel", std::to_string(kernel)},
        {"window", std::to_string(window)},
        {"hidden", std::to_string(hidden)},
        {"heads", std::to_string(heads)},
        {"intermediate", std::to_string(intermediate)},
        {"layers", std::to_string(layers)},
        {"max_positions", std::to_string(maxPositions)},
        {"token_types", std::to_string(tokenTypes)},
        {"head_hidden", std::to_string(headHidden)},
        {"outputs", std::to_string(outputs)},
        {"cell_type", cellType ? "true" : "false"},
        {"cnn_dropout", std::to_string(cnnDropout)},
        {"hidden_dropout", std::to_string(hiddenDropout)},
        {"attention_dropout", std::to_string(attentionDropout)},
        {"head_dropout", std::to_string(headDropout)},
        {"channel_order", "ATCG"},
        {"input_encoding", "tokens N=0 A=1 T=2 C=3 G=4 through the 5x4 table cnn.one_hot_embedding.weight"},
    };
}

InteractConfig InteractConfig::fromMetadata(const std::filesystem::path& file,
                                            const std::map<std::string, std::string>& fileMetadata) {
    // Imported checkpoints keep their sizes as one JSON object under "hyperparameters".
    std::map<std::string, std::string> metadata = fileMetadata;
    if (const auto nested = fileMetadata.find("hyperparameters"); nested != fileMetadata.end()) {
        const nlohmann::json sizes = nlohmann::json::parse(nested->second, nullptr, false);
        if (!sizes.is_object()) {
            throw InputError(file, "metadata 'hyperparameters' is not a JSON object");
        }
        for (const auto& [key, value] : sizes.items()) {
            metadata.emplace(key, value.is_string() ? value.get<std::string>() : value.dump());
        }
    }
    const auto kind = metadata.find("model_kind");
    if (kind == metadata.end()) {
        throw InputError(file, "no 'model_kind' in the weight file's metadata; import original checkpoints with "
                               "'locuscope-cli model import --kind interact'");
    }
    if (kind->second != kInteractModelKind) {
        throw InputError(file, "this is a '" + kind->second + "' model, not an INTERACT ('interact') model");
    }
    InteractConfig config;
    const auto integer = [&](const char* key, std::int64_t& target, bool required) {
        const auto it = metadata.find(key);
        if (it == metadata.end()) {
            if (required) {
                throw InputError(file, std::string("INTERACT metadata lacks '") + key + "'");
            }
            return;
        }
        target = parseInteger(file, key, it->second);
    };
    const auto real = [&](const char* key, double& target) {
        const auto it = metadata.find(key);
        if (it != metadata.end()) {
            target = parseReal(file, key, it->second);
        }
    };
    integer("cnn_channels", config.cnnChannels, true);
    integer("kernel", config.kernel, true);
    integer("window", config.window, true);
    integer("hidden", config.hidden, true);
    integer("intermediate", config.intermediate, true);
    integer("layers", config.layers, true);
    integer("max_positions", config.maxPositions, true);
    integer("head_hidden", config.headHidden, true);
    integer("outputs", config.outputs, true);
    integer("token_types", config.tokenTypes, false);
    integer("heads", config.heads, false);  // imports cannot see it; the published models use 8
    const auto cellType = metadata.find("cell_type");
    if (cellType != metadata.end()) {
        config.cellType = cellType->second == "true";
    } else {
        // Imported checkpoints record head_inputs: 2 x hidden means the global max-pool is there.
        std::int64_t headInputs = config.hidden;
        integer("head_inputs", headInputs, false);
        config.cellType = headInputs != config.hidden;
    }
    real("cnn_dropout", config.cnnDropout);
    real("hidden_dropout", config.hiddenDropout);
    real("attention_dropout", config.attentionDropout);
    real("head_dropout", config.headDropout);
    config.validate(file);
    return config;
}

}  // namespace locuscope
