#pragma once

// Reads the tensors of an original PyTorch checkpoint (zip-format `torch.save`, PyTorch >= 1.6)
// without running any of its pickle code: the archive is opened with LibTorch's zip reader and
// data.pkl is interpreted by the restricted unpickler (state_dict_unpickler.h). The interface is
// torch-free, so the CLI and tools can use it; the result can be written with writeSafetensors.

#include <cstddef>
#include <filesystem>
#include <string>
#include <vector>

#include "core/nn/safetensors_file.h"

namespace locuscope {

struct CheckpointReadOptions {
    // Which dictionary of tensors to take from a wrapping checkpoint, as keys joined by '.'
    // ("state_dict", "model.state_dict"). Empty: the top level when it is a dictionary of tensors,
    // otherwise the only dictionary of tensors nested in it; when there are several, the error
    // lists them.
    std::string keyPath;
    // Removed from the start of every key that has it ("module." from nn.DataParallel). Empty: none.
    std::string stripPrefix;
};

struct TorchCheckpoint {
    std::vector<TensorRecord> tensors;  // the state dict's order; each a contiguous copy
    std::string keyPath;                // the dictionary actually read ("" = top level)
    std::size_t strippedKeys = 0;       // keys that had stripPrefix
};

// Throws InputError naming the file and the problem: not a zip checkpoint (with a conversion hint
// for legacy pre-1.6 files), a TorchScript archive, a refused global ("refusing to import
// posix.system: ..."), an unsupported opcode, a missing or ambiguous key path (listing what is
// there), a tensor view outside its storage, a truncated or corrupt archive.
TorchCheckpoint readTorchCheckpoint(const std::filesystem::path& file,
                                    const CheckpointReadOptions& options = {});

}  // namespace locuscope
