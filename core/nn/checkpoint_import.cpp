#include "core/nn/checkpoint_import.h"


#include <algorithm>
#include <array>
#include <cerrno>
#include <cstring>
#include <ctime>
#include <fstream>
#include <memory>
#include <nlohmann/json.hpp>

#include "core/io/file_checksum.h"
#include "core/nn/beluga_weight_names.h"
#include "core/nn/interact_weight_names.h"
#include "core/nn/torch_checkpoint_reader.h"
#include "core/nn/weight_key_map.h"
#include "core/runtime/input_error.h"
#include "locuscope/build_info.h"

namespace locuscope {
namespace {

namespace fs = std::filesystem;

std::string utcNow() {
    const std::time_t now = std::time(nullptr);
    std::tm parts{};
    gmtime_r(&now, &parts);
    std::array<char, 32> text{};
    std::strftime(text.data(), text.size(), "%Y-%m-%dT%H:%M:%SZ", &parts);
    return text.data();
}

}  // namespace

std::vector<std::string> checkpointKinds() {
    return {"interact", "beluga", "raw"};
}

CheckpointImport importCheckpoint(const CheckpointImportOptions& options) {
    const std::vector<std::string> kinds = checkpointKinds();
    if (std::find(kinds.begin(), kinds.end(), options.kind) == kinds.end()) {
        std::string list;
        for (const std::string& kind : kinds) {
            list += (list.empty() ? "" : ", ") + kind;
        }
        throw InputError("unknown model kind '" + options.kind + "' (known: " + list + ")");
    }
    const fs::path& file = options.checkpoint;
    TorchCheckpoint checkpoint = readTorchCheckpoint(file, {options.keyPath, options.stripPrefix});

    CheckpointImport result;
    result.keyPath = checkpoint.keyPath;
    result.strippedKeys = checkpoint.strippedKeys;
    nlohmann::ordered_json hyperparameters = nlohmann::ordered_json::object();
    nlohmann::ordered_json sourceNames = nlohmann::ordered_json::object();
    std::map<std::string, std::string> facts;
    if (options.kind == "raw") {
        result.weights.tensors = std::move(checkpoint.tensors);
    } else {
        const KindMapping mapping = options.kind == "interact" ? interactMapping(file, checkpoint.tensors)
                                                               : belugaMapping(file, checkpoint.tensors);
        result.weights.tensors = applyKeyMap(file, options.kind, std::move(checkpoint.tensors),
                                             mapping.expected, options.allowExtra, &result.extraTensors);
        for (const auto& [name, value] : mapping.hyperparameters) {
            hyperparameters[name] = value;
        }
        for (const ExpectedTensor& tensor : mapping.expected) {
            if (tensor.source != tensor.target) {
                sourceNames[tensor.target] = tensor.source;
            }
        }
        facts = mapping.facts;
    }

    std::map<std::string, std::string>& metadata = result.weights.metadata;
    metadata = facts;
    metadata["model_kind"] = options.kind;
    metadata["format_version"] = "1";
    metadata["producer"] = std::string("locuscope ") + build::version + " model import";
    metadata["imported_at"] = utcNow();
    metadata["source_file"] = file.filename().string();
    metadata["source_bytes"] = std::to_string(fs::file_size(file));
    metadata["source_md5"] = checksumFile(file).md5;
    metadata["source_format"] = "torch.save zip archive";
    if (!hyperparameters.empty()) {
        metadata["hyperparameters"] = hyperparameters.dump();
    }
    if (!sourceNames.empty()) {
        metadata["source_names"] = sourceNames.dump();
    }
    if (!result.keyPath.empty()) {
        metadata["source_key"] = result.keyPath;
    }
    if (result.strippedKeys > 0) {
        metadata["source_prefix_stripped"] = options.stripPrefix;
    }
    if (!result.extraTensors.empty()) {
        metadata["extra_tensors"] = nlohmann::json(result.extraTensors).dump();
    }
    return result;
}

}  // namespace locuscope
