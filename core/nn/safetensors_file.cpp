#include "core/nn/safetensors_file.h"

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <limits>
#include <nlohmann/json.hpp>
#include <set>
#include <string_view>

#include "core/io/atomic_file_writer.h"
#include "core/runtime/input_error.h"

namespace locuscope {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

// The reference implementation's limit; a larger length means the file is not safetensors.
constexpr std::uint64_t kMaxHeaderSize = 100'000'000;
constexpr const char* kMetadataKey = "__metadata__";
constexpr int kMaxHeaderDepth = 8;

struct DTypeName {
    TensorDType dtype;
    const char* name;
    std::size_t size;
    int alignmentRank;  // the reference Dtype enum's order: the writer puts higher ranks first
};

constexpr std::array<DTypeName, 10> kDTypes{{
    {TensorDType::F32, "F32", 4, 7},
    {TensorDType::F16, "F16", 2, 4},
    {TensorDType::BF16, "BF16", 2, 5},
    {TensorDType::F64, "F64", 8, 8},
    {TensorDType::I64, "I64", 8, 9},
    {TensorDType::I32, "I32", 4, 6},
    {TensorDType::I16, "I16", 2, 3},
    {TensorDType::I8, "I8", 1, 2},
    {TensorDType::U8, "U8", 1, 1},
    {TensorDType::Bool, "BOOL", 1, 0},
}};

const DTypeName& describe(TensorDType dtype) {
    for (const DTypeName& entry : kDTypes) {
        if (entry.dtype == dtype) {
            return entry;
        }
    }
    throw InputError("invalid TensorDType value " + std::to_string(static_cast<int>(dtype)));
}

const DTypeName* lookup(const std::string& text) {
    for (const DTypeName& entry : kDTypes) {
        if (text == entry.name) {
            return &entry;
        }
    }
    return nullptr;
}

std::string supportedDTypes() {
    std::string list;
    for (const DTypeName& entry : kDTypes) {
        list += (list.empty() ? "" : ", ") + std::string(entry.name);
    }
    return list;
}

std::string inQuotes(const std::string& name) { return "'" + name + "'"; }

// product(shape) * elementSize(dtype) in `bytes`; false when it would not fit in an int64.
bool byteSize(const std::vector<std::int64_t>& shape, TensorDType dtype, std::uint64_t& bytes) {
    constexpr std::uint64_t kMax = static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max());
    if (std::find(shape.begin(), shape.end(), 0) != shape.end()) {
        bytes = 0;
        return true;
    }
    std::uint64_t count = 1;
    for (const std::int64_t dimension : shape) {
        const auto d = static_cast<std::uint64_t>(dimension);
        if (count > kMax / d) {
            return false;
        }
        count *= d;
    }
    const std::uint64_t size = describe(dtype).size;
    if (count > kMax / size) {
        return false;
    }
    bytes = count * size;
    return true;
}

// nlohmann keeps the last of duplicate keys silently; a weight file with two tensors of the same
// name is ambiguous, so the parse callback records the first duplicate at any depth.
json parseHeaderJson(const fs::path& file, const std::string& text) {
    std::vector<std::set<std::string>> openObjects;
    std::string duplicate;
    bool duplicateIsTensor = false;
    const json::parser_callback_t callback = [&](int depth, json::parse_event_t event, json& parsed) {
        // A valid header nests three levels (header, entry, shape). Stopping deeper ones while
        // parsing keeps a pathologically nested header from overflowing the stack.
        if (depth > kMaxHeaderDepth) {
            throw InputError(file, "header nests more than " + std::to_string(kMaxHeaderDepth) +
                                       " levels deep; not a safetensors header");
        }
        if (event == json::parse_event_t::object_start) {
            openObjects.emplace_back();
        } else if (event == json::parse_event_t::object_end) {
            openObjects.pop_back();
        } else if (event == json::parse_event_t::key && duplicate.empty() && !openObjects.empty()) {
            const std::string key = parsed.get<std::string>();
            if (!openObjects.back().insert(key).second) {
                duplicate = key;
                duplicateIsTensor = openObjects.size() == 1;
            }
        }
        return true;
    };
    json header;
    try {
        header = json::parse(text, callback);
    } catch (const json::exception& error) {
        throw InputError(file, std::string("header is not valid JSON: ") + error.what());
    }
    if (!header.is_object()) {
        throw InputError(file, "header is not a JSON object");
    }
    if (!duplicate.empty()) {
        throw InputError(file, duplicateIsTensor ? "duplicate tensor name " + inQuotes(duplicate)
                                                 : "duplicate key " + inQuotes(duplicate) + " in the header");
    }
    return header;
}

bool asNonNegative(const json& value, std::uint64_t& out) {
    if (value.is_number_unsigned()) {
        out = value.get<std::uint64_t>();
        return true;
    }
    if (value.is_number_integer() && value.get<std::int64_t>() >= 0) {
        out = static_cast<std::uint64_t>(value.get<std::int64_t>());
        return true;
    }
    return false;
}

TensorEntry parseEntry(const fs::path& file, const std::string& name, const json& value, std::uint64_t dataSize) {
    const std::string where = "tensor " + inQuotes(name) + ": ";
    if (!value.is_object()) {
        throw InputError(file, where + "header entry is not an object");
    }
    TensorEntry entry;
    entry.name = name;

    const auto dtype = value.find("dtype");
    if (dtype == value.end() || !dtype->is_string()) {
        throw InputError(file, where + "dtype is missing or not a string");
    }
    const DTypeName* known = lookup(dtype->get<std::string>());
    if (known == nullptr) {
        throw InputError(file, where + "unknown dtype " + inQuotes(dtype->get<std::string>()) +
                                   " (supported: " + supportedDTypes() + ")");
    }
    entry.dtype = known->dtype;

    const auto shape = value.find("shape");
    if (shape == value.end() || !shape->is_array()) {
        throw InputError(file, where + "shape is missing or not a list");
    }
    for (const json& dimension : *shape) {
        std::uint64_t d = 0;
        if (!asNonNegative(dimension, d) ||
            d > static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max())) {
            throw InputError(file, where + "shape " + shape->dump() + " is not a list of non-negative integers");
        }
        entry.shape.push_back(static_cast<std::int64_t>(d));
    }

    const auto offsets = value.find("data_offsets");
    if (offsets == value.end()) {
        throw InputError(file, where + "data_offsets is missing");
    }
    if (!offsets->is_array() || offsets->size() != 2 || !asNonNegative((*offsets)[0], entry.begin) ||
        !asNonNegative((*offsets)[1], entry.end)) {
        throw InputError(file, where + "data_offsets " + offsets->dump() +
                                   " is not two non-negative integers [begin, end]");
    }
    if (entry.begin > entry.end) {
        throw InputError(file, where + "data_offsets begin " + std::to_string(entry.begin) + " is after end " +
                                   std::to_string(entry.end));
    }
    if (entry.end > dataSize) {
        throw InputError(file, where + "data_offsets end " + std::to_string(entry.end) +
                                   " lies beyond the data, which has " + std::to_string(dataSize) +
                                   " bytes (truncated file?)");
    }

    std::uint64_t expected = 0;
    if (!byteSize(entry.shape, entry.dtype, expected)) {
        throw InputError(file, where + "shape " + shapeToString(entry.shape) + " is too large (size overflows)");
    }
    if (entry.end - entry.begin != expected) {
        throw InputError(file, where + "holds " + std::to_string(entry.end - entry.begin) + " bytes but shape " +
                                   shapeToString(entry.shape) + " of " + known->name + " needs " +
                                   std::to_string(expected));
    }
    return entry;
}

// Tensors must tile the data exactly: each starts where the previous ended and the last ends at
// the end of the file, as the reference implementation requires.
void checkTiling(const fs::path& file, std::vector<TensorEntry>& entries, std::uint64_t dataSize) {
    std::sort(entries.begin(), entries.end(), [](const TensorEntry& a, const TensorEntry& b) {
        return a.begin != b.begin ? a.begin < b.begin : a.end < b.end;
    });
    std::uint64_t cursor = 0;
    const TensorEntry* previous = nullptr;
    for (const TensorEntry& entry : entries) {
        if (entry.begin < cursor) {
            throw InputError(file, "tensors " + inQuotes(previous->name) + " (bytes " +
                                       std::to_string(previous->begin) + "-" + std::to_string(previous->end) +
                                       ") and " + inQuotes(entry.name) + " (bytes " + std::to_string(entry.begin) +
                                       "-" + std::to_string(entry.end) + ") overlap");
        }
        if (entry.begin > cursor) {
            throw InputError(file, "gap of " + std::to_string(entry.begin - cursor) + " bytes before tensor " +
                                       inQuotes(entry.name) + " (data offsets " + std::to_string(cursor) + "-" +
                                       std::to_string(entry.begin) + " belong to no tensor)");
        }
        cursor = entry.end;
        previous = &entry;
    }
    if (cursor != dataSize) {
        throw InputError(file, std::to_string(dataSize - cursor) +
                                   " bytes after the last tensor belong to no tensor");
    }
}

std::ifstream openForReading(const fs::path& file, std::uint64_t& fileSize) {
    std::error_code error;
    if (!fs::is_regular_file(file, error)) {
        throw InputError(file, fs::exists(file, error) ? "is not a regular file" : "no such file");
    }
    fileSize = fs::file_size(file, error);
    if (error) {
        throw InputError(file, "cannot read: " + error.message());
    }
    std::ifstream in(file, std::ios::binary);
    if (!in) {
        throw InputError(file, std::string("cannot open for reading: ") + std::strerror(errno));
    }
    return in;
}

void readExactly(const fs::path& file, std::ifstream& in, void* target, std::uint64_t size) {
    in.read(static_cast<char*>(target), static_cast<std::streamsize>(size));
    if (static_cast<std::uint64_t>(in.gcount()) != size) {
        throw InputError(file, "read failed (file shrank while reading?)");
    }
}

SafetensorsHeader readHeader(const fs::path& file, std::ifstream& in, std::uint64_t fileSize) {
    if (fileSize < 8) {
        throw InputError(file, "not a safetensors file: " + std::to_string(fileSize) +
                                   " bytes, shorter than the 8-byte header length");
    }
    std::array<unsigned char, 8> lengthBytes{};
    readExactly(file, in, lengthBytes.data(), lengthBytes.size());
    std::uint64_t headerSize = 0;
    for (std::size_t i = 0; i < lengthBytes.size(); ++i) {
        headerSize |= static_cast<std::uint64_t>(lengthBytes[i]) << (8 * i);
    }
    if (headerSize > kMaxHeaderSize) {
        throw InputError(file, "header length " + std::to_string(headerSize) +
                                   " bytes is implausible (over 100 MB); not a safetensors file?");
    }
    if (headerSize > fileSize - 8) {
        throw InputError(file, "header length " + std::to_string(headerSize) + " bytes exceeds the " +
                                   std::to_string(fileSize - 8) +
                                   " bytes that follow it; truncated or not a safetensors file");
    }
    std::string text(headerSize, '\0');
    readExactly(file, in, text.data(), headerSize);

    SafetensorsHeader header;
    header.headerSize = headerSize;
    header.dataSize = fileSize - 8 - headerSize;
    const json parsed = parseHeaderJson(file, text);
    for (const auto& [key, value] : parsed.items()) {
        if (key != kMetadataKey) {
            header.tensors.push_back(parseEntry(file, key, value, header.dataSize));
            continue;
        }
        if (!value.is_object()) {
            throw InputError(file, "__metadata__ is not an object of strings");
        }
        for (const auto& [metaKey, metaValue] : value.items()) {
            if (!metaValue.is_string()) {
                throw InputError(file, "__metadata__ value " + inQuotes(metaKey) + " is not a string");
            }
            header.metadata.emplace(metaKey, metaValue.get<std::string>());
        }
    }
    checkTiling(file, header.tensors, header.dataSize);
    return header;
}

}  // namespace

const TensorRecord* SafetensorsFile::find(const std::string& name) const {
    for (const TensorRecord& tensor : tensors) {
        if (tensor.name == name) {
            return &tensor;
        }
    }
    return nullptr;
}

SafetensorsHeader readSafetensorsHeader(const fs::path& file) {
    std::uint64_t fileSize = 0;
    std::ifstream in = openForReading(file, fileSize);
    return readHeader(file, in, fileSize);
}

SafetensorsFile readSafetensors(const fs::path& file) {
    std::uint64_t fileSize = 0;
    std::ifstream in = openForReading(file, fileSize);
    SafetensorsHeader header = readHeader(file, in, fileSize);

    // Tensors tile the data in offset order, so one sequential pass reads each straight into its
    // own buffer: one allocation per tensor, no intermediate copy of the whole file.
    SafetensorsFile contents;
    contents.metadata = std::move(header.metadata);
    contents.tensors.reserve(header.tensors.size());
    for (TensorEntry& entry : header.tensors) {
        TensorRecord record;
        record.name = std::move(entry.name);
        record.dtype = entry.dtype;
        record.shape = std::move(entry.shape);
        record.bytes.resize(entry.end - entry.begin);
        readExactly(file, in, record.bytes.data(), record.bytes.size());
        contents.tensors.push_back(std::move(record));
    }
    return contents;
}

void writeSafetensors(const fs::path& file, const SafetensorsFile& contents) {
    std::set<std::string> names;
    std::vector<const TensorRecord*> order;
    for (const TensorRecord& tensor : contents.tensors) {
        const std::string where = "tensor " + inQuotes(tensor.name) + ": ";
        if (tensor.name.empty() || tensor.name == kMetadataKey) {
            throw InputError(file, "invalid tensor name " + inQuotes(tensor.name));
        }
        if (!names.insert(tensor.name).second) {
            throw InputError(file, "duplicate tensor name " + inQuotes(tensor.name));
        }
        if (std::any_of(tensor.shape.begin(), tensor.shape.end(), [](std::int64_t d) { return d < 0; })) {
            throw InputError(file, where + "negative dimension in shape " + shapeToString(tensor.shape));
        }
        std::uint64_t expected = 0;
        if (!byteSize(tensor.shape, tensor.dtype, expected) || tensor.bytes.size() != expected) {
            throw InputError(file, where + "has " + std::to_string(tensor.bytes.size()) + " bytes but shape " +
                                       shapeToString(tensor.shape) + " of " + toString(tensor.dtype) +
                                       " needs " + std::to_string(expected));
        }
        order.push_back(&tensor);
    }
    // Widest element first keeps every tensor aligned to its element size, as in the reference.
    std::sort(order.begin(), order.end(), [](const TensorRecord* a, const TensorRecord* b) {
        const int rankA = describe(a->dtype).alignmentRank;
        const int rankB = describe(b->dtype).alignmentRank;
        return rankA != rankB ? rankA > rankB : a->name < b->name;
    });

    // ordered_json keeps the reference key order ("dtype", "shape", "data_offsets"; metadata first).
    nlohmann::ordered_json header = nlohmann::ordered_json::object();
    if (!contents.metadata.empty()) {
        header[kMetadataKey] = contents.metadata;
    }
    std::uint64_t offset = 0;
    for (const TensorRecord* tensor : order) {
        nlohmann::ordered_json entry;
        entry["dtype"] = toString(tensor->dtype);
        entry["shape"] = tensor->shape;
        entry["data_offsets"] = {offset, offset + tensor->bytes.size()};
        offset += tensor->bytes.size();
        header[tensor->name] = std::move(entry);
    }
    std::string text;
    try {
        text = header.dump();
    } catch (const nlohmann::json::exception& error) {
        throw InputError(file, std::string("cannot encode the header (names and metadata must be UTF-8): ") +
                                   error.what());
    }
    text.append((8 - text.size() % 8) % 8, ' ');
    if (text.size() > kMaxHeaderSize) {
        throw InputError(file, "header of " + std::to_string(text.size()) + " bytes exceeds the 100 MB limit");
    }

    std::array<char, 8> lengthBytes{};
    for (std::size_t i = 0; i < lengthBytes.size(); ++i) {
        lengthBytes[i] = static_cast<char>((static_cast<std::uint64_t>(text.size()) >> (8 * i)) & 0xff);
    }
    AtomicFileWriter writer(file);
    writer.write(std::string_view(lengthBytes.data(), lengthBytes.size()));
    writer.write(text);
    for (const TensorRecord* tensor : order) {
        writer.write(std::string_view(reinterpret_cast<const char*>(tensor->bytes.data()), tensor->bytes.size()));
    }
    writer.commit();
}

std::size_t elementSize(TensorDType dtype) { return describe(dtype).size; }

std::string toString(TensorDType dtype) { return describe(dtype).name; }

TensorDType parseDType(const std::string& text) {
    const DTypeName* known = lookup(text);
    if (known == nullptr) {
        throw InputError("unknown dtype " + inQuotes(text) + " (supported: " + supportedDTypes() + ")");
    }
    return known->dtype;
}

std::int64_t elementCount(const std::vector<std::int64_t>& shape) {
    if (std::any_of(shape.begin(), shape.end(), [](std::int64_t d) { return d < 0; })) {
        throw InputError("negative dimension in shape " + shapeToString(shape));
    }
    std::uint64_t bytes = 0;
    if (!byteSize(shape, TensorDType::U8, bytes)) {
        throw InputError("shape " + shapeToString(shape) + " has too many elements");
    }
    return static_cast<std::int64_t>(bytes);
}

std::string shapeToString(const std::vector<std::int64_t>& shape) {
    std::string text = "[";
    for (std::size_t i = 0; i < shape.size(); ++i) {
        text += (i == 0 ? "" : ", ") + std::to_string(shape[i]);
    }
    return text + "]";
}

}  // namespace locuscope
