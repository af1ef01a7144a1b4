#pragma once

// The safetensors weight-file format (https://github.com/huggingface/safetensors), torch-free so
// that the CLI and tools can inspect weight files without LibTorch headers:
//   8-byte little-endian header length N | N bytes of JSON header | tightly packed tensor bytes.
// The JSON maps each tensor name to {"dtype", "shape", "data_offsets": [begin, end)} (offsets
// relative to the first byte after the header) plus an optional "__metadata__" string map.

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

namespace locuscope {

enum class TensorDType { F32, F16, BF16, F64, I64, I32, I16, I8, U8, Bool };

struct TensorRecord {
    std::string name;
    TensorDType dtype = TensorDType::F32;
    std::vector<std::int64_t> shape;  // empty for a 0-d scalar
    std::vector<std::uint8_t> bytes;  // little-endian, row-major, product(shape) * elementSize(dtype)
};

struct SafetensorsFile {
    std::map<std::string, std::string> metadata;
    std::vector<TensorRecord> tensors;  // in file (offset) order after readSafetensors

    const TensorRecord* find(const std::string& name) const;  // nullptr when absent
};

// A tensor's header entry, without its bytes.
struct TensorEntry {
    std::string name;
    TensorDType dtype = TensorDType::F32;
    std::vector<std::int64_t> shape;
    std::uint64_t begin = 0;  // data_offsets, relative to the end of the header
    std::uint64_t end = 0;
};

struct SafetensorsHeader {
    std::map<std::string, std::string> metadata;
    std::vector<TensorEntry> tensors;  // in offset order
    std::uint64_t headerSize = 0;      // N, padding included
    std::uint64_t dataSize = 0;        // bytes after the header
};

// Both readers validate the whole layout (see safetensors_file.cpp) and throw InputError naming
// the file and the problem. readSafetensorsHeader reads only the header, for inspecting big files.
SafetensorsFile readSafetensors(const std::filesystem::path& file);
SafetensorsHeader readSafetensorsHeader(const std::filesystem::path& file);

// Writes atomically (temporary file + rename), in the reference implementation's layout: tensors
// ordered by element size (widest first, so every tensor is aligned) then name, header padded with
// spaces to a multiple of 8. Throws InputError for inconsistent contents or an unwritable file.
void writeSafetensors(const std::filesystem::path& file, const SafetensorsFile& contents);

std::size_t elementSize(TensorDType dtype);
std::string toString(TensorDType dtype);          // "F32", ..., "BOOL"
TensorDType parseDType(const std::string& text);  // throws InputError for an unknown name

// Product of the dimensions (1 for a 0-d scalar); throws InputError on a negative dimension or
// on overflow.
std::int64_t elementCount(const std::vector<std::int64_t>& shape);

// "[2, 3]", "[]" for a scalar.
std::string shapeToString(const std::vector<std::int64_t>& shape);

}  // namespace locuscope
