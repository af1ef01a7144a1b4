#include "core/nn/torch_checkpoint_reader.h"

#include <c10/util/Exception.h>
#include <caffe2/serialize/inline_container.h>

#include <algorithm>
#include <array>
#include <cstring>
#include <fstream>
#include <map>
#include <memory>
#include <new>
#include <set>
#include <string_view>

#include "core/nn/state_dict_unpickler.h"
#include "core/runtime/input_error.h"

namespace locuscope {
namespace {

namespace fs = std::filesystem;
using Kind = PickleNode::Kind;

constexpr std::size_t kMaxSearchDepth = 16;  // wrapper dictionaries searched for a state dict
constexpr std::size_t kMaxListed = 12;       // entries named in a message
constexpr std::uint64_t kMaxRepeatedBytes = std::uint64_t{1} << 30;  // see materialise()

std::string inQuotes(const std::string& text) {
    return "'" + text + "'";
}

// The first line of a c10::Error, without LibTorch's backtrace and source locations.
std::string firstLine(const char* message) {
    const std::string text(message);
    return text.substr(0, text.find('\n'));
}

enum class FileFormat { Zip, LegacyPickle, LegacyTar, Unknown };

FileFormat sniff(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    std::array<char, 512> head{};
    in.read(head.data(), head.size());
    const auto got = static_cast<std::size_t>(in.gcount());
    const std::string_view bytes(head.data(), got);
    if (bytes.substr(0, 4) == std::string_view("PK\x03\x04", 4)) {
        return FileFormat::Zip;
    }
    // torch.save before 1.6 (and with _use_new_zipfile_serialization=False) starts with a pickled
    // magic number: PROTO 2, LONG1 of 10 bytes 0x1950a86a20f9469cfc6c.
    if (bytes.substr(0, 4) == std::string_view("\x80\x02\x8a\x0a", 4)) {
        return FileFormat::LegacyPickle;
    }
    if (got >= 262 && bytes.substr(257, 5) == "ustar") {
        return FileFormat::LegacyTar;
    }
    return FileFormat::Unknown;
}

std::string legacyAdvice() {
    return "it is a legacy (pre-1.6, non-zip) torch.save file, which cannot be read without running "
           "its pickle code. Convert it once with PyTorch >= 1.6, only if you trust the file: python3 -c "
           "\"import torch; torch.save(torch.load('OLD.pth', map_location='cpu'), 'NEW.pt')\" "
           "and import NEW.pt";
}

// --- choosing the dictionary of tensors -----------------------------------------------------

std::string keyText(const PickleTree& tree, std::size_t index) {
    const PickleNode& key = tree.at(index);
    if (key.kind == Kind::String) {
        return key.text;
    }
    if (key.kind == Kind::Int) {
        return std::to_string(key.integer);
    }
    return "<" + describePickleNode(tree, index) + ">";
}

bool isTensorDict(const PickleTree& tree, std::size_t index) {
    const PickleNode& node = tree.at(index);
    if (node.kind != Kind::Dict || node.items.empty()) {
        return false;
    }
    for (std::size_t i = 0; i < node.items.size(); i += 2) {
        if (tree.at(node.items[i]).kind != Kind::String || tree.at(node.items[i + 1]).kind != Kind::Tensor) {
            return false;
        }
    }
    return true;
}

// "'epoch' (int 3), 'state_dict' (dict of 2 tensors)"
std::string listEntries(const PickleTree& tree, std::size_t dict) {
    const std::vector<std::size_t>& items = tree.at(dict).items;
    std::string list;
    for (std::size_t i = 0; i < items.size() && i / 2 < kMaxListed; i += 2) {
        list += (list.empty() ? "" : ", ") + inQuotes(keyText(tree, items[i])) + " (" +
                describePickleNode(tree, items[i + 1]) + ")";
    }
    if (items.size() / 2 > kMaxListed) {
        list += " and " + std::to_string(items.size() / 2 - kMaxListed) + " more";
    }
    return list.empty() ? "nothing" : list;
}

struct Candidate {
    std::string path;
    std::size_t node;
};

// Dictionaries of tensors nested in wrapper dictionaries, outermost first. Each node is visited
// once: pickles may share values and even contain cycles.
void findCandidates(const PickleTree& tree, std::size_t dict, const std::string& path, std::size_t depth,
                    std::set<std::size_t>& visited, std::vector<Candidate>& found) {
    const std::vector<std::size_t>& items = tree.at(dict).items;
    for (std::size_t i = 0; i < items.size(); i += 2) {
        const std::size_t value = items[i + 1];
        if (!visited.insert(value).second) {
            continue;
        }
        const std::string childPath = (path.empty() ? "" : path + ".") + keyText(tree, items[i]);
        if (isTensorDict(tree, value)) {
            found.push_back({childPath, value});
        } else if (tree.at(value).kind == Kind::Dict && depth < kMaxSearchDepth) {
            findCandidates(tree, value, childPath, depth + 1, visited, found);
        }
    }
}

Candidate chooseAutomatically(const fs::path& file, const PickleTree& tree) {
    if (isTensorDict(tree, tree.root)) {
        return {"", tree.root};
    }
    if (tree.at(tree.root).kind != Kind::Dict) {
        throw InputError(file, "the checkpoint holds " + describePickleNode(tree, tree.root) +
                                   ", not a dictionary of tensors");
    }
    std::set<std::size_t> visited{tree.root};
    std::vector<Candidate> found;
    findCandidates(tree, tree.root, "", 0, visited, found);
    if (found.size() == 1) {
        return found.front();
    }
    if (found.empty()) {
        throw InputError(file, "no dictionary of tensors in the checkpoint; its top level holds " +
                                   listEntries(tree, tree.root));
    }
    std::string list;
    for (std::size_t i = 0; i < found.size() && i < kMaxListed; ++i) {
        list += (list.empty() ? "" : ", ") + inQuotes(found[i].path) + " (" +
                describePickleNode(tree, found[i].node) + ")";
    }
    if (found.size() > kMaxListed) {
        list += " and " + std::to_string(found.size() - kMaxListed) + " more";
    }
    throw InputError(file, "the checkpoint holds " + std::to_string(found.size()) +
                               " dictionaries of tensors; choose one with a key path: " + list);
}

// Follows "model.state_dict" through nested dictionaries; a key that itself contains '.' matches
// too (the longest key that fits is taken at each level).
Candidate chooseByPath(const fs::path& file, const PickleTree& tree, const std::string& keyPath) {
    std::size_t current = tree.root;
    std::string walked;
    std::string remaining = keyPath;
    while (!remaining.empty()) {
        const std::string where = walked.empty() ? "the top level" : inQuotes(walked);
        if (tree.at(current).kind != Kind::Dict) {
            throw InputError(file, "key path " + inQuotes(keyPath) + ": " + where + " is " +
                                       describePickleNode(tree, current) + ", not a dictionary");
        }
        const std::vector<std::size_t>& items = tree.at(current).items;
        std::size_t best = items.size();
        std::size_t bestLength = 0;
        for (std::size_t i = 0; i < items.size(); i += 2) {
            const std::string key = keyText(tree, items[i]);
            const bool fits = remaining == key ||
                              (remaining.size() > key.size() && remaining.compare(0, key.size(), key) == 0 &&
                               remaining[key.size()] == '.');
            if (fits && (best == items.size() || key.size() > bestLength)) {
                best = i;
                bestLength = key.size();
            }
        }
        if (best == items.size()) {
            throw InputError(file, "key path " + inQuotes(keyPath) + ": no key " +
                                       inQuotes(remaining.substr(0, remaining.find('.'))) + " in " + where +
                                       ", which holds " + listEntries(tree, current));
        }
        walked += (walked.empty() ? "" : ".") + remaining.substr(0, bestLength);
        remaining = bestLength < remaining.size() ? remaining.substr(bestLength + 1) : std::string();
        current = items[best + 1];
    }
    const PickleNode& chosen = tree.at(current);
    const std::string what = keyPath.empty() ? std::string("the checkpoint") : inQuotes(keyPath);
    if (chosen.kind != Kind::Dict) {
        throw InputError(file,
                         what + " is " + describePickleNode(tree, current) + ", not a dictionary of tensors");
    }
    if (chosen.items.empty()) {
        throw InputError(file, what + " is an empty dictionary");
    }
    std::string offending;
    std::size_t count = 0;
    for (std::size_t i = 0; i < chosen.items.size(); i += 2) {
        const bool stringKey = tree.at(chosen.items[i]).kind == Kind::String;
        if (!stringKey || tree.at(chosen.items[i + 1]).kind != Kind::Tensor) {
            if (++count <= kMaxListed) {
                offending += (offending.empty() ? "" : ", ") + inQuotes(keyText(tree, chosen.items[i])) +
                             " is " +
                             (stringKey ? describePickleNode(tree, chosen.items[i + 1]) : "not a string key");
            }
        }
    }
    if (count > 0) {
        throw InputError(
            file, what + " is not a dictionary of tensors: " + offending +
                      (count > kMaxListed ? " and " + std::to_string(count - kMaxListed) + " more" : ""));
    }
    return {walked, current};
}

// --- tensors ------------------------------------------------------------------------------

bool multiplyInto(std::uint64_t& value, std::uint64_t factor) {
    return !__builtin_mul_overflow(value, factor, &value);
}

struct StorageBytes {
    at::DataPtr data;
    std::size_t size = 0;
};

class StorageCache {
public:
    StorageCache(const fs::path& file, caffe2::serialize::PyTorchStreamReader& reader, std::uint64_t fileSize)
        : file_(file), reader_(reader), fileSize_(fileSize) {}

    const StorageBytes& get(const PickleNode& storage) {
        const auto found = cache_.find(storage.text);
        if (found != cache_.end()) {
            return found->second;
        }
        std::uint64_t expected = static_cast<std::uint64_t>(storage.storageElements);
        const std::string record = "data/" + storage.text;
        // torch.save stores storages uncompressed, so a declared size beyond the file is corrupt;
        // checking first keeps a crafted element count from becoming a huge allocation.
        if (!multiplyInto(expected, elementSize(storage.dtype)) || expected > fileSize_) {
            throw InputError(file_, "storage " + inQuotes(record) + " declares " +
                                        std::to_string(storage.storageElements) + " elements of " +
                                        toString(storage.dtype) + ", more than the file holds");
        }
        if (!reader_.hasRecord(record)) {
            throw InputError(file_, "storage record " + inQuotes(record) + " is missing from the archive");
        }
        StorageBytes bytes;
        std::tie(bytes.data, bytes.size) = reader_.getRecord(record);
        if (bytes.size != expected) {
            throw InputError(file_,
                             "storage record " + inQuotes(record) + " has " + std::to_string(bytes.size) +
                                 " bytes but its " + std::to_string(storage.storageElements) + " " +
                                 toString(storage.dtype) + " elements need " + std::to_string(expected));
        }
        return cache_.emplace(storage.text, std::move(bytes)).first->second;
    }

private:
    const fs::path& file_;
    caffe2::serialize::PyTorchStreamReader& reader_;
    std::uint64_t fileSize_;
    std::map<std::string, StorageBytes> cache_;
};

// A contiguous row-major copy of a strided view, after checking that every element it addresses
// lies inside its storage.
TensorRecord materialise(const fs::path& file, const std::string& name, const PickleTree& tree,
                         const PickleNode& tensor, StorageCache& storages) {
    const PickleNode& storage = tree.at(tensor.storage);
    const std::string where = "tensor " + inQuotes(name) + ": ";
    const std::size_t itemSize = elementSize(storage.dtype);

    std::uint64_t count = 1;
    for (const std::int64_t size : tensor.sizes) {
        if (!multiplyInto(count, static_cast<std::uint64_t>(size))) {
            throw InputError(file, where + "size " + shapeToString(tensor.sizes) + " overflows");
        }
    }
    std::uint64_t last = static_cast<std::uint64_t>(tensor.storageOffset);  // highest element addressed
    if (count > 0) {
        for (std::size_t d = 0; d < tensor.sizes.size(); ++d) {
            std::uint64_t reach = static_cast<std::uint64_t>(tensor.sizes[d] - 1);
            if (!multiplyInto(reach, static_cast<std::uint64_t>(tensor.strides[d])) ||
                __builtin_add_overflow(last, reach, &last)) {
                throw InputError(file, where + "strides overflow");
            }
        }
        if (last >= static_cast<std::uint64_t>(storage.storageElements)) {
            throw InputError(file, where + "view (offset " + std::to_string(tensor.storageOffset) +
                                       ", size " + shapeToString(tensor.sizes) + ", stride " +
                                       shapeToString(tensor.strides) + ") reaches element " +
                                       std::to_string(last) + " of a storage of " +
                                       std::to_string(storage.storageElements));
        }
    }
    std::uint64_t outputBytes = count;
    if (!multiplyInto(outputBytes, itemSize)) {
        throw InputError(file, where + "size " + shapeToString(tensor.sizes) + " overflows");
    }
    // Only a view that repeats elements (stride 0, as from expand) can be larger than its storage;
    // a crafted one could ask for terabytes from a few bytes.
    if (count > static_cast<std::uint64_t>(storage.storageElements) && outputBytes > kMaxRepeatedBytes) {
        throw InputError(file, where + "a view repeating its storage's elements would expand to " +
                                   std::to_string(outputBytes) + " bytes; refusing");
    }

    TensorRecord record;
    record.name = name;
    record.dtype = storage.dtype;
    record.shape = tensor.sizes;
    record.bytes.resize(static_cast<std::size_t>(outputBytes));
    if (count == 0) {
        return record;
    }
    const auto* source = static_cast<const std::uint8_t*>(storages.get(storage).data.get());

    // Walk the view with an odometer over all but the last dimension, copying rows.
    const std::size_t dims = tensor.sizes.size();
    const std::int64_t rowLength = dims == 0 ? 1 : tensor.sizes.back();
    const std::int64_t rowStride = dims == 0 ? 1 : tensor.strides.back();
    std::vector<std::int64_t> index(dims == 0 ? 0 : dims - 1, 0);
    std::uint8_t* target = record.bytes.data();
    while (true) {
        std::int64_t element = tensor.storageOffset;
        for (std::size_t d = 0; d + 1 < dims; ++d) {
            element += index[d] * tensor.strides[d];
        }
        if (rowStride == 1) {
            const std::size_t bytes = static_cast<std::size_t>(rowLength) * itemSize;
            std::memcpy(target, source + static_cast<std::size_t>(element) * itemSize, bytes);
            target += bytes;
        } else {
            for (std::int64_t i = 0; i < rowLength; ++i) {
                std::memcpy(target, source + static_cast<std::size_t>(element + i * rowStride) * itemSize,
                            itemSize);
                target += itemSize;
            }
        }
        std::size_t d = index.size();
        while (d > 0) {
            --d;
            if (++index[d] < tensor.sizes[d]) {
                break;
            }
            index[d] = 0;
            if (d == 0) {
                return record;
            }
        }
        if (index.empty()) {
            return record;
        }
    }
}

std::unique_ptr<caffe2::serialize::PyTorchStreamReader> openArchive(const fs::path& file) {
    try {
        return std::make_unique<caffe2::serialize::PyTorchStreamReader>(file.string());
    } catch (const c10::Error& error) {
        throw InputError(file,
                         "not a readable torch.save archive: " + firstLine(error.what_without_backtrace()));
    }
}

TorchCheckpoint readArchive(const fs::path& file, std::uint64_t fileSize,
                            const CheckpointReadOptions& options) {
    const auto reader = openArchive(file);
    const std::vector<std::string> records = reader->getAllRecords();
    const bool torchScript = std::any_of(records.begin(), records.end(), [](const std::string& name) {
        return name.rfind("code/", 0) == 0 || name == "constants.pkl";
    });
    if (torchScript) {
        throw InputError(file,
                         "this is a TorchScript archive (torch.jit.save), not a torch.save checkpoint; "
                         "save the model's state_dict() with torch.save and import that");
    }
    if (!reader->hasRecord("data.pkl")) {
        throw InputError(file, "the archive has no data.pkl record; not a torch.save checkpoint");
    }
    if (reader->hasRecord("byteorder")) {
        const auto [data, size] = reader->getRecord("byteorder");
        const std::string order(static_cast<const char*>(data.get()), size);
        if (order != "little") {
            throw InputError(file,
                             "storages are in " + order + "-endian byte order; only little-endian is read");
        }
    }
    const auto [pickleData, pickleSize] = reader->getRecord("data.pkl");
    const PickleTree tree = unpickleStateDict(
        file, "data.pkl", std::string_view(static_cast<const char*>(pickleData.get()), pickleSize));

    const Candidate chosen =
        options.keyPath.empty() ? chooseAutomatically(file, tree) : chooseByPath(file, tree, options.keyPath);
    TorchCheckpoint checkpoint;
    checkpoint.keyPath = chosen.path;

    StorageCache storages(file, *reader, fileSize);
    std::set<std::string> names;
    const std::vector<std::size_t>& items = tree.at(chosen.node).items;
    for (std::size_t i = 0; i < items.size(); i += 2) {
        std::string name = tree.at(items[i]).text;
        if (!options.stripPrefix.empty() && name.size() > options.stripPrefix.size() &&
            name.compare(0, options.stripPrefix.size(), options.stripPrefix) == 0) {
            name.erase(0, options.stripPrefix.size());
            ++checkpoint.strippedKeys;
        }
        if (name.empty() || name == "__metadata__") {
            throw InputError(file,
                             "tensor name " + inQuotes(name) + " cannot be stored in a safetensors file");
        }
        if (!names.insert(name).second) {
            throw InputError(
                file,
                "two tensors are named " + inQuotes(name) +
                    (options.stripPrefix.empty() ? "" : " after stripping " + inQuotes(options.stripPrefix)));
        }
        checkpoint.tensors.push_back(materialise(file, name, tree, tree.at(items[i + 1]), storages));
    }
    return checkpoint;
}

}  // namespace

TorchCheckpoint readTorchCheckpoint(const fs::path& file, const CheckpointReadOptions& options) {
    std::error_code error;
    if (!fs::is_regular_file(file, error)) {
        throw InputError(file, fs::exists(file, error) ? "is not a regular file" : "no such file");
    }
    const std::uint64_t fileSize = fs::file_size(file, error);
    if (error) {
        throw InputError(file, "cannot read: " + error.message());
    }
    switch (sniff(file)) {
        case FileFormat::Zip:
            break;
        case FileFormat::LegacyPickle:
            throw InputError(file, "cannot import: " + legacyAdvice());
        case FileFormat::LegacyTar:
            throw InputError(file, "cannot import: it is a tar-format torch.save file from PyTorch < 0.4; " +
                                       legacyAdvice().substr(legacyAdvice().find("Convert")));
        case FileFormat::Unknown:
            throw InputError(file,
                             "not a PyTorch checkpoint: no zip signature (torch.save writes a zip archive "
                             "since PyTorch 1.6)");
    }
    try {
        return readArchive(file, fileSize, options);
    } catch (const c10::Error& failure) {
        throw InputError(file, "corrupt torch.save archive: " + firstLine(failure.what_without_backtrace()));
    } catch (const std::bad_alloc&) {
        throw InputError(file, "corrupt torch.save archive: a record is too large to read");
    }
}

}  // namespace locuscope
