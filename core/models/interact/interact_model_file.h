#pragma once

// INTERACT weights on disk: a .safetensors file whose __metadata__ says model_kind "interact" and
// holds the sizes (written by saveInteractModel or by `locuscope-cli model import --kind interact`).

#include <filesystem>
#include <map>
#include <string>

#include "core/models/interact/interact_network.h"

namespace locuscope {

struct LoadedInteractModel {
    InteractNetwork network{nullptr};                // eval mode, on the CPU
    std::map<std::string, std::string> metadata;     // as stored (output names, provenance, ...)
    std::vector<std::string> outputNames;            // "output_1".. unless the file names them
};

// Throws InputError naming the file: not safetensors, another model kind, sizes that do not add
// up, a tensor missing or of the wrong shape, non-finite weights.
LoadedInteractModel loadInteractModel(const std::filesystem::path& file);

// Writes the network and its config (plus `extra` metadata) atomically.
void saveInteractModel(const std::filesystem::path& file, const InteractNetworkImpl& network,
                       const std::map<std::string, std::string>& extra = {});

}  // namespace locuscope
