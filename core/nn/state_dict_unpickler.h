#pragma once

// A restricted reader for the `data.pkl` that `torch.save` (zip format, PyTorch >= 1.6) writes.
// It interprets the pickle opcodes as data and never calls anything: the only callables it knows
// are the few a state dict needs (collections.OrderedDict, torch._utils._rebuild_tensor_v2,
// _rebuild_parameter, _rebuild_parameter_with_state), each replaced by a fixed C++ rule, and the
// only persistent ids it accepts are tensor storages of an allow-listed torch.*Storage type. Any
// other global is refused by name before anything else happens. Torch-free.

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "core/nn/safetensors_file.h"

namespace locuscope {

// One value of the unpickled object graph. Containers refer to other nodes by index into
// PickleTree::nodes, so shared and even self-referencing values (legal in pickle) need no
// ownership cycles and the graph is destroyed flat, however deep it is.
struct PickleNode {
    enum class Kind { None, Bool, Int, Float, String, Bytes, Tuple, List, Dict, Global, Storage, Tensor };
    Kind kind = Kind::None;
    std::int64_t integer = 0;        // Bool (0/1), Int
    double real = 0.0;               // Float
    std::string text;                // String, Bytes; Global: "module.name"; Storage: its record key
    std::vector<std::size_t> items;  // Tuple, List: elements; Dict: key0, value0, key1, value1, ...

    // Storage: element type and count, as the persistent id declares them.
    TensorDType dtype = TensorDType::F32;
    std::int64_t storageElements = 0;

    // Tensor: a view of a Storage node (element units, as in torch).
    std::size_t storage = 0;
    std::int64_t storageOffset = 0;
    std::vector<std::int64_t> sizes;
    std::vector<std::int64_t> strides;
};

struct PickleTree {
    std::vector<PickleNode> nodes;
    std::size_t root = 0;

    const PickleNode& at(std::size_t index) const { return nodes.at(index); }
};

// Parses `pickle` (the bytes of data.pkl). `file` and `record` only name the source in errors:
// "model.pt: data.pkl byte 183: refusing to import posix.system: ...". Throws InputError for a
// refused global, an opcode outside the supported set (protocols 2 to 5 as torch.save uses them),
// malformed or truncated data.
PickleTree unpickleStateDict(const std::filesystem::path& file, std::string_view record,
                             std::string_view pickle);

// "int 3", "str 'run-1'", "tensor F32 [2, 3]", "dict of 12 tensors", ... for listings in messages.
std::string describePickleNode(const PickleTree& tree, std::size_t index);

}  // namespace locuscope
