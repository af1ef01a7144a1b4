#include "core/io/file_checksum.h"

#include <htslib/hts.h>

#include <array>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <memory>
#include <vector>

#include "core/runtime/input_error.h"

namespace locuscope {
namespace {

struct Md5ContextDeleter {
    void operator()(hts_md5_context* context) const { hts_md5_destroy(context); }
};
using Md5Context = std::unique_ptr<hts_md5_context, Md5ContextDeleter>;

Md5Context newContext() {
    Md5Context context(hts_md5_init());
    if (!context) {
        throw std::bad_alloc();
    }
    return context;
}

std::string finish(hts_md5_context* context) {
    std::array<unsigned char, 16> digest{};
    hts_md5_final(digest.data(), context);
    std::array<char, 33> hex{};
    hts_md5_hex(hex.data(), digest.data());
    return std::string(hex.data(), 32);
}

}  // namespace

FileChecksum checksumFile(const std::filesystem::path& file) {
    std::ifstream stream(file, std::ios::binary);
    if (!stream) {
        throw InputError(file, std::string("cannot read the file to checksum it: ") + std::strerror(errno));
    }
    const Md5Context context = newContext();
    std::vector<char> block(1 << 20);
    FileChecksum checksum;
    while (stream) {
        stream.read(block.data(), static_cast<std::streamsize>(block.size()));
        const std::streamsize got = stream.gcount();
        if (got > 0) {
            hts_md5_update(context.get(), block.data(), static_cast<unsigned long>(got));
            checksum.bytes += static_cast<std::uintmax_t>(got);
        }
    }
    if (stream.bad()) {
        throw InputError(file, "read error while computing its checksum");
    }
    checksum.md5 = finish(context.get());
    return checksum;
}

std::string md5Hex(const std::string& data) {
    const Md5Context context = newContext();
    hts_md5_update(context.get(), data.data(), static_cast<unsigned long>(data.size()));
    return finish(context.get());
}

}  // namespace locuscope
