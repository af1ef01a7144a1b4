#pragma once

// The readers under test take file paths, as they do for users. Each fuzz input is written into
// one in-memory file (memfd) and handed over as /proc/self/fd/N; opening that path gives a fresh
// offset, so every reader sees the whole input. Nothing touches the disk.

#include <sys/mman.h>
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <string>

namespace locuscope::fuzz {

class FuzzInputFile {
public:
    static const std::filesystem::path& write(const std::uint8_t* data, std::size_t size) {
        static FuzzInputFile file;
        if (ftruncate(file.descriptor_, 0) != 0 ||
            pwrite(file.descriptor_, data, size, 0) != static_cast<ssize_t>(size)) {
            std::abort();
        }
        return file.path_;
    }

private:
    FuzzInputFile() : descriptor_(memfd_create("locuscope-fuzz-input", 0)) {
        if (descriptor_ < 0) {
            std::abort();
        }
        path_ = "/proc/self/fd/" + std::to_string(descriptor_);
    }

    int descriptor_;
    std::filesystem::path path_;
};

}  // namespace locuscope::fuzz
