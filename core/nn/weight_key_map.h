#pragma once

// The tensors a model kind expects in an imported checkpoint, and the check that renames and
// validates them. Each kind's table lives in its own file (interact_weight_names.h,
// beluga_weight_names.h) so the model code can use the same names. Torch-free.

#include <cstdint>
#include <filesystem>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "core/nn/safetensors_file.h"

namespace locuscope {

struct ExpectedTensor {
    std::string source;               // key in the original checkpoint
    std::string target;               // name in Locuscope's weight file
    std::vector<std::int64_t> shape;  // derived from the hyper-parameters inferred from the checkpoint
    bool integer = false;   // an int64 counter (BatchNorm's num_batches_tracked), else floating point
    bool optional = false;  // may be absent (num_batches_tracked is missing in PyTorch < 0.4.1)
};

// What a kind makes of a checkpoint's tensors.
struct KindMapping {
    std::vector<ExpectedTensor> expected;
    std::vector<std::pair<std::string, std::int64_t>> hyperparameters;  // in a stable, documented order
    std::map<std::string, std::string> facts;  // fixed metadata of the kind (genome build, input encoding)
};

// Renames `tensors` to the targets of `expected`, in `expected` order. Throws InputError(file, ...)
// listing every missing tensor, every shape or dtype mismatch, and, unless allowExtra, every tensor
// the kind does not expect; with allowExtra those are kept under their own names after the rest.
// `extra` (optional) receives the names kept that way.
std::vector<TensorRecord> applyKeyMap(const std::filesystem::path& file, const std::string& kind,
                                      std::vector<TensorRecord> tensors,
                                      const std::vector<ExpectedTensor>& expected, bool allowExtra,
                                      std::vector<std::string>* extra = nullptr);

// Helpers for the per-kind inference: the tensor named `name` or an InputError saying which
// hyper-parameter needed it; and the same with a required number of dimensions.
const TensorRecord& requireTensor(const std::filesystem::path& file, const std::string& kind,
                                  const std::vector<TensorRecord>& tensors, const std::string& name,
                                  std::size_t dimensions, const std::string& purpose);

}  // namespace locuscope
