#include "core/nn/tensor_file.h"

#include <cstring>
#include <unordered_map>
#include <utility>
#include <vector>

#include "core/runtime/input_error.h"

// safetensors bytes are little-endian and are copied as they are.
static_assert(__BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__, "tensor_file.cpp assumes a little-endian host");

namespace locuscope {
namespace {

namespace fs = std::filesystem;

std::string inQuotes(const std::string& name) { return "'" + name + "'"; }

TensorDType fromScalarType(const std::string& name, torch::Dtype type) {
    switch (type) {
        case torch::kFloat32: return TensorDType::F32;
        case torch::kFloat16: return TensorDType::F16;
        case torch::kBFloat16: return TensorDType::BF16;
        case torch::kFloat64: return TensorDType::F64;
        case torch::kInt64: return TensorDType::I64;
        case torch::kInt32: return TensorDType::I32;
        case torch::kInt16: return TensorDType::I16;
        case torch::kInt8: return TensorDType::I8;
        case torch::kUInt8: return TensorDType::U8;
        case torch::kBool: return TensorDType::Bool;
        default:
            throw InputError("tensor " + inQuotes(name) + ": dtype " + std::string(c10::toString(type)) +
                             " cannot be stored in a safetensors file");
    }
}

torch::Dtype toScalarType(TensorDType dtype) {
    switch (dtype) {
        case TensorDType::F32: return torch::kFloat32;
        case TensorDType::F16: return torch::kFloat16;
        case TensorDType::BF16: return torch::kBFloat16;
        case TensorDType::F64: return torch::kFloat64;
        case TensorDType::I64: return torch::kInt64;
        case TensorDType::I32: return torch::kInt32;
        case TensorDType::I16: return torch::kInt16;
        case TensorDType::I8: return torch::kInt8;
        case TensorDType::U8: return torch::kUInt8;
        case TensorDType::Bool: return torch::kBool;
    }
    throw InputError("invalid TensorDType value " + std::to_string(static_cast<int>(dtype)));
}

// Parameters, then buffers, as the module names them; undefined ones (Linear without bias) skipped.
std::vector<std::pair<std::string, torch::Tensor>> namedTensors(const torch::nn::Module& module) {
    std::vector<std::pair<std::string, torch::Tensor>> tensors;
    for (const auto& item : module.named_parameters(/*recurse=*/true)) {
        if (item.value().defined()) {
            tensors.emplace_back(item.key(), item.value());
        }
    }
    for (const auto& item : module.named_buffers(/*recurse=*/true)) {
        if (item.value().defined()) {
            tensors.emplace_back(item.key(), item.value());
        }
    }
    return tensors;
}

// "'a' [2, 3], 'b' [4]" for at most five entries, then "and N more".
std::string listTensors(const std::vector<std::pair<std::string, std::vector<std::int64_t>>>& tensors) {
    constexpr std::size_t kShown = 5;
    std::string text;
    for (std::size_t i = 0; i < tensors.size() && i < kShown; ++i) {
        text += (i == 0 ? "" : ", ") + inQuotes(tensors[i].first) + " " + shapeToString(tensors[i].second);
    }
    if (tensors.size() > kShown) {
        text += " and " + std::to_string(tensors.size() - kShown) + " more";
    }
    return text;
}

std::string countTensors(std::size_t count) {
    return std::to_string(count) + (count == 1 ? " tensor" : " tensors");
}

}  // namespace

TensorRecord toRecord(const std::string& name, const torch::Tensor& tensor) {
    if (!tensor.defined()) {
        throw InputError("tensor " + inQuotes(name) + " is undefined");
    }
    TensorRecord record;
    record.name = name;
    record.dtype = fromScalarType(name, tensor.scalar_type());
    const torch::Tensor cpu = tensor.detach().to(torch::kCPU).contiguous();
    record.shape = cpu.sizes().vec();
    record.bytes.resize(static_cast<std::size_t>(cpu.numel()) * cpu.element_size());
    if (!record.bytes.empty()) {
        std::memcpy(record.bytes.data(), cpu.data_ptr(), record.bytes.size());
    }
    return record;
}

torch::Tensor toTensor(const TensorRecord& record) {
    const auto expected = static_cast<std::uint64_t>(elementCount(record.shape)) * elementSize(record.dtype);
    if (record.bytes.size() != expected) {
        throw InputError("tensor " + inQuotes(record.name) + ": has " + std::to_string(record.bytes.size()) +
                         " bytes but shape " + shapeToString(record.shape) + " of " + toString(record.dtype) +
                         " needs " + std::to_string(expected));
    }
    torch::Tensor tensor = torch::empty(record.shape, torch::TensorOptions().dtype(toScalarType(record.dtype)));
    if (!record.bytes.empty()) {
        std::memcpy(tensor.data_ptr(), record.bytes.data(), record.bytes.size());
    }
    return tensor;
}

void saveModule(const fs::path& file, const torch::nn::Module& module,
                const std::map<std::string, std::string>& metadata) {
    SafetensorsFile contents;
    contents.metadata = metadata;
    for (const auto& [name, tensor] : namedTensors(module)) {
        try {
            contents.tensors.push_back(toRecord(name, tensor));
        } catch (const InputError& error) {
            throw InputError(file, error.problem());
        }
    }
    writeSafetensors(file, contents);
}

void loadModule(const fs::path& file, torch::nn::Module& module, bool strict) {
    const SafetensorsFile contents = readSafetensors(file);
    std::unordered_map<std::string, const TensorRecord*> records;
    for (const TensorRecord& record : contents.tensors) {
        records.emplace(record.name, &record);
    }

    // Check everything first so that a bad file leaves the module untouched.
    std::vector<std::pair<torch::Tensor, const TensorRecord*>> copies;
    std::vector<std::pair<std::string, std::vector<std::int64_t>>> missing;
    for (auto& [name, target] : namedTensors(module)) {
        const auto found = records.find(name);
        if (found == records.end()) {
            missing.emplace_back(name, target.sizes().vec());
            continue;
        }
        const TensorRecord& record = *found->second;
        if (record.shape != target.sizes().vec()) {
            throw InputError(file, "tensor " + inQuotes(name) + " has shape " + shapeToString(record.shape) +
                                       " in the file but the model expects " +
                                       shapeToString(target.sizes().vec()));
        }
        copies.emplace_back(target, &record);
        records.erase(found);
    }
    if (strict && !missing.empty()) {
        throw InputError(file, "missing " + countTensors(missing.size()) + " the model needs: " + listTensors(missing));
    }
    if (strict && !records.empty()) {
        std::vector<std::pair<std::string, std::vector<std::int64_t>>> unexpected;
        for (const TensorRecord& record : contents.tensors) {
            if (records.count(record.name) != 0) {
                unexpected.emplace_back(record.name, record.shape);
            }
        }
        throw InputError(file, "unexpected " + countTensors(unexpected.size()) +
                                   " the model does not have: " + listTensors(unexpected));
    }

    torch::NoGradGuard noGrad;
    for (auto& [target, record] : copies) {
        target.copy_(toTensor(*record));  // copy_ converts dtype and moves to the target's device
    }
}

std::map<std::string, std::string> readModuleMetadata(const fs::path& file) {
    return readSafetensorsHeader(file).metadata;
}

}  // namespace locuscope
