#pragma once

// `locuscope-cli model import`: an original PyTorch checkpoint -> a Locuscope .safetensors file
// whose names follow the model kind's key map and whose __metadata__ records the kind, the
// hyper-parameters inferred from the shapes, and where the weights came from. Torch-free.

#include <cstddef>
#include <filesystem>
#include <string>
#include <vector>

#include "core/nn/safetensors_file.h"

namespace locuscope {

struct CheckpointImportOptions {
    std::string kind;  // "interact", "beluga" or "raw"
    std::filesystem::path checkpoint;
    std::string keyPath;      // see CheckpointReadOptions
    std::string stripPrefix;  // e.g. "module."
    bool allowExtra = false;  // keep tensors the kind does not expect (under their own names)
};

struct CheckpointImport {
    SafetensorsFile weights;  // ready for writeSafetensors
    std::string keyPath;      // the dictionary read ("" = top level)
    std::size_t strippedKeys = 0;
    std::vector<std::string> extraTensors;  // kept with allowExtra
};

// The kinds importCheckpoint knows, for option help and messages.
std::vector<std::string> checkpointKinds();

// Reads, maps and validates; throws InputError naming the checkpoint and every problem found.
// Nothing is written: pass the result to writeSafetensors (atomic).
CheckpointImport importCheckpoint(const CheckpointImportOptions& options);

}  // namespace locuscope
