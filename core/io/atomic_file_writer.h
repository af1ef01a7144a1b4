#pragma once

#include <filesystem>
#include <string_view>

namespace locuscope {

// Writes a file so that readers see either the old file or the complete new one, never a half
// file: data goes to a temporary file in the same directory, commit() fsyncs and renames it over
// the target. Destroying the writer without commit() removes the temporary file, so a failed or
// cancelled run leaves whatever the user had untouched.
class AtomicFileWriter {
public:
    explicit AtomicFileWriter(std::filesystem::path target);  // throws InputError if it cannot create
    ~AtomicFileWriter();
    AtomicFileWriter(const AtomicFileWriter&) = delete;
    AtomicFileWriter& operator=(const AtomicFileWriter&) = delete;

    void write(std::string_view data);
    void commit();

    const std::filesystem::path& target() const { return target_; }

private:
    std::filesystem::path target_;
    std::filesystem::path temporary_;
    int descriptor_ = -1;
    bool committed_ = false;
};

// A new, empty, uniquely named file beside `target` (".<name>.tmp-XXXXXX", same directory, so a
// rename over the target is atomic), opened for writing. Throws InputError naming the target when
// the directory is missing or not writable. The caller owns the descriptor and the file.
struct TemporaryFile {
    std::filesystem::path path;
    int descriptor = -1;
};
TemporaryFile createTemporaryBeside(const std::filesystem::path& target);

// Convenience for small outputs (reports, JSON summaries).
void writeFileAtomically(const std::filesystem::path& target, std::string_view contents);

}  // namespace locuscope
