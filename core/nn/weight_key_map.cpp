#include "core/nn/weight_key_map.h"

#include <algorithm>
#include <set>
#include <unordered_map>

#include "core/runtime/input_error.h"

namespace locuscope {
namespace {

constexpr std::size_t kMaxListed = 12;

std::string inQuotes(const std::string& text) {
    return "'" + text + "'";
}

bool isFloating(TensorDType dtype) {
    return dtype == TensorDType::F32 || dtype == TensorDType::F16 || dtype == TensorDType::BF16 ||
           dtype == TensorDType::F64;
}

std::string joinLimited(const std::vector<std::string>& items) {
    std::string text;
    for (std::size_t i = 0; i < items.size() && i < kMaxListed; ++i) {
        text += (i == 0 ? "" : ", ") + items[i];
    }
    if (items.size() > kMaxListed) {
        text += " and " + std::to_string(items.size() - kMaxListed) + " more";
    }
    return text;
}

// A hint for the commonest cause of "nothing matches": a wrapper prefix ("module.") in front of
// the expected names. Empty when no tensor is named prefix + `name`.
std::string prefixHint(const std::vector<TensorRecord>& tensors, const std::string& name) {
    const std::string suffix = "." + name;
    for (const TensorRecord& tensor : tensors) {
        if (tensor.name.size() > suffix.size() &&
            tensor.name.compare(tensor.name.size() - suffix.size(), suffix.size(), suffix) == 0) {
            const std::string prefix = tensor.name.substr(0, tensor.name.size() - name.size());
            return " (the checkpoint has " + inQuotes(tensor.name) +
                   ": strip the prefix with --strip-prefix " + prefix + ")";
        }
    }
    return "";
}

}  // namespace

const TensorRecord& requireTensor(const std::filesystem::path& file, const std::string& kind,
                                  const std::vector<TensorRecord>& tensors, const std::string& name,
                                  std::size_t dimensions, const std::string& purpose) {
    for (const TensorRecord& tensor : tensors) {
        if (tensor.name == name) {
            if (tensor.shape.size() != dimensions) {
                throw InputError(file, kind + ": tensor " + inQuotes(name) + " has shape " +
                                           shapeToString(tensor.shape) + ", expected " +
                                           std::to_string(dimensions) + " dimensions");
            }
            return tensor;
        }
    }
    throw InputError(file, kind + ": tensor " + inQuotes(name) + " (which gives " + purpose +
                               ") is missing; is this a checkpoint of kind " + inQuotes(kind) + "?" +
                               prefixHint(tensors, name));
}

std::vector<TensorRecord> applyKeyMap(const std::filesystem::path& file, const std::string& kind,
                                      std::vector<TensorRecord> tensors,
                                      const std::vector<ExpectedTensor>& expected, bool allowExtra,
                                      std::vector<std::string>* extra) {
    std::unordered_map<std::string, std::size_t> bySource;
    for (std::size_t i = 0; i < tensors.size(); ++i) {
        bySource.emplace(tensors[i].name, i);
    }
    std::vector<std::string> missing;
    std::vector<std::string> mismatched;
    std::vector<bool> used(tensors.size(), false);
    std::vector<TensorRecord> mapped;
    for (const ExpectedTensor& want : expected) {
        const auto found = bySource.find(want.source);
        if (found == bySource.end()) {
            if (!want.optional) {
                missing.push_back(inQuotes(want.source) + " " + shapeToString(want.shape));
            }
            continue;
        }
        used[found->second] = true;
        TensorRecord& tensor = tensors[found->second];
        const bool dtypeFits = want.integer ? tensor.dtype == TensorDType::I64 : isFloating(tensor.dtype);
        if (tensor.shape != want.shape || !dtypeFits) {
            mismatched.push_back(inQuotes(want.source) + " is " + toString(tensor.dtype) + " " +
                                 shapeToString(tensor.shape) + ", expected " +
                                 (want.integer ? "I64 " : "floating point ") + shapeToString(want.shape));
            continue;
        }
        tensor.name = want.target;
        mapped.push_back(std::move(tensor));
    }
    std::vector<std::string> unexpected;
    for (std::size_t i = 0; i < tensors.size(); ++i) {
        if (!used[i]) {
            unexpected.push_back(inQuotes(tensors[i].name) + " " + shapeToString(tensors[i].shape));
        }
    }

    std::string problems;
    if (!missing.empty()) {
        problems += std::to_string(missing.size()) + " missing: " + joinLimited(missing);
    }
    if (!mismatched.empty()) {
        problems += std::string(problems.empty() ? "" : "; ") + std::to_string(mismatched.size()) +
                    " with the wrong shape or dtype: " + joinLimited(mismatched);
    }
    if (!unexpected.empty() && !allowExtra) {
        problems += std::string(problems.empty() ? "" : "; ") + std::to_string(unexpected.size()) +
                    " unexpected (keep them with --allow-extra): " + joinLimited(unexpected);
    }
    if (!problems.empty()) {
        const bool nothingMatched = std::none_of(used.begin(), used.end(), [](bool u) { return u; });
        throw InputError(
            file,
            "not a valid " + kind + " checkpoint: " + problems +
                (nothingMatched && !expected.empty() ? prefixHint(tensors, expected.front().source) : ""));
    }

    std::set<std::string> names;
    for (const TensorRecord& tensor : mapped) {
        names.insert(tensor.name);
    }
    for (std::size_t i = 0; i < tensors.size(); ++i) {
        if (used[i]) {
            continue;
        }
        if (!names.insert(tensors[i].name).second) {
            throw InputError(file, kind + ": extra tensor " + inQuotes(tensors[i].name) +
                                       " has the name of a mapped tensor; rename it first");
        }
        if (extra != nullptr) {
            extra->push_back(tensors[i].name);
        }
        mapped.push_back(std::move(tensors[i]));
    }
    return mapped;
}

}  // namespace locuscope
