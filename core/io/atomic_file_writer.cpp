#include "core/io/atomic_file_writer.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <string>
#include <vector>

#include "core/runtime/input_error.h"

namespace locuscope {
namespace {

std::string systemError() { return std::strerror(errno); }

}  // namespace

TemporaryFile createTemporaryBeside(const std::filesystem::path& target) {
    if (target.empty() || !target.has_filename()) {
        throw InputError(target, "no output file name given");
    }
    std::filesystem::path directory = target.parent_path();
    if (directory.empty()) {
        directory = ".";
    }
    if (!std::filesystem::is_directory(directory)) {
        throw InputError(target, "output directory '" + directory.string() + "' does not exist");
    }
    std::string pattern = (directory / ("." + target.filename().string() + ".tmp-XXXXXX")).string();
    std::vector<char> name(pattern.begin(), pattern.end());
    name.push_back('\0');
    const int descriptor = mkstemp(name.data());
    if (descriptor < 0) {
        throw InputError(target, "cannot create a file in '" + directory.string() + "': " + systemError());
    }
    return {name.data(), descriptor};
}

AtomicFileWriter::AtomicFileWriter(std::filesystem::path target) : target_(std::move(target)) {
    TemporaryFile file = createTemporaryBeside(target_);
    temporary_ = std::move(file.path);
    descriptor_ = file.descriptor;
}

AtomicFileWriter::~AtomicFileWriter() {
    if (descriptor_ >= 0) {
        ::close(descriptor_);
    }
    if (!committed_ && !temporary_.empty()) {
        std::error_code ignored;
        std::filesystem::remove(temporary_, ignored);
    }
}

void AtomicFileWriter::write(std::string_view data) {
    const char* cursor = data.data();
    std::size_t left = data.size();
    while (left > 0) {
        const ssize_t written = ::write(descriptor_, cursor, left);
        if (written < 0) {
            if (errno == EINTR) {
                continue;
            }
            throw InputError(target_, "write failed: " + systemError());
        }
        cursor += written;
        left -= static_cast<std::size_t>(written);
    }
}

void AtomicFileWriter::commit() {
    // mkstemp creates 0600; give the result the permissions a normal new file would get.
    const mode_t mask = ::umask(0);
    ::umask(mask);
    ::fchmod(descriptor_, 0666 & ~mask);
    if (::fsync(descriptor_) != 0) {
        throw InputError(target_, "fsync failed: " + systemError());
    }
    ::close(descriptor_);
    descriptor_ = -1;
    if (::rename(temporary_.c_str(), target_.c_str()) != 0) {
        throw InputError(target_, "cannot replace the file: " + systemError());
    }
    committed_ = true;
}

void writeFileAtomically(const std::filesystem::path& target, std::string_view contents) {
    AtomicFileWriter writer(target);
    writer.write(contents);
    writer.commit();
}

}  // namespace locuscope
