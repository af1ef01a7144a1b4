#pragma once

#include <cstdint>
#include <filesystem>
#include <stdexcept>
#include <string>

namespace locuscope {

// Bad user input: names the file (and line, when there is one) and says what is wrong.
// what() reads "variants.vcf:1042: REF 'A' does not match reference 'G' at chr1:12345".
class InputError : public std::runtime_error {
public:
    InputError(std::filesystem::path file, std::int64_t line, const std::string& problem);
    InputError(std::filesystem::path file, const std::string& problem);
    // For errors in options rather than files ("--threads must be >= 0").
    explicit InputError(const std::string& problem);

    const std::filesystem::path& file() const { return file_; }
    std::int64_t line() const { return line_; }  // 0 when not tied to a line
    const std::string& problem() const { return problem_; }

private:
    std::filesystem::path file_;
    std::int64_t line_ = 0;
    std::string problem_;
};

}  // namespace locuscope
