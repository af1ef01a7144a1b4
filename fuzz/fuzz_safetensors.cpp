// libFuzzer target: the safetensors reader must turn any byte string into either a valid file or an
// InputError, never a crash, an overflow or an allocation beyond the input's size.
#include <cstddef>
#include <cstdint>

#include "core/nn/safetensors_file.h"
#include "core/runtime/input_error.h"
#include "fuzz_input_file.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::filesystem::path& file = locuscope::fuzz::FuzzInputFile::write(data, size);
    try {
        const locuscope::SafetensorsHeader header = locuscope::readSafetensorsHeader(file);
        const locuscope::SafetensorsFile contents = locuscope::readSafetensors(file);
        // What the reader accepted must be self-consistent.
        if (contents.tensors.size() != header.tensors.size()) {
            __builtin_trap();
        }
        for (const locuscope::TensorRecord& tensor : contents.tensors) {
            const auto expected = static_cast<std::size_t>(locuscope::elementCount(tensor.shape)) *
                                  locuscope::elementSize(tensor.dtype);
            if (tensor.bytes.size() != expected) {
                __builtin_trap();
            }
        }
    } catch (const locuscope::InputError&) {
    }
    return 0;
}
