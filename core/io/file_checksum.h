#pragma once

#include <cstdint>
#include <filesystem>
#include <string>

namespace locuscope {

struct FileChecksum {
    std::string md5;  // 32 lower-case hex digits
    std::uintmax_t bytes = 0;
};

// MD5 of a file's bytes (htslib's hts_md5), read in 1 MiB blocks. Used to record which inputs an
// output came from; it is a fingerprint, not a security measure. InputError when unreadable.
FileChecksum checksumFile(const std::filesystem::path& file);

// MD5 of a string, e.g. a command line.
std::string md5Hex(const std::string& data);

}  // namespace locuscope
