#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace locuscope {

// A whitespace-separated text table read into memory in one go and walked line by line, for the
// genotype-dataset readers (AlphaSimR g/p/eff, PLINK .bim/.fam, phenotype tables). Tokens are views
// into the file's buffer. Blank lines are skipped, CR (of CRLF files) and trailing whitespace are
// ignored. Errors are InputErrors naming the file and the current line.
class WhitespaceTextFile {
public:
    // Throws InputError when the file cannot be read or holds no tokens at all.
    explicit WhitespaceTextFile(std::filesystem::path file);

    // Splits the next non-blank line into `tokens`; false at the end of the file.
    bool nextLine(std::vector<std::string_view>& tokens);

    const std::filesystem::path& path() const { return path_; }
    std::int64_t lineNumber() const { return lineNumber_; }  // 1-based line of the last nextLine()

    // Throws InputError(path, current line, problem).
    [[noreturn]] void fail(const std::string& problem) const;

    // Number parsing that names the line, the column (1-based) and the bad token on failure.
    double finiteDouble(std::string_view token, std::size_t column, std::string_view what) const;
    long long integer(std::string_view token, std::size_t column, std::string_view what) const;

private:
    std::filesystem::path path_;
    std::string text_;
    std::size_t position_ = 0;
    std::int64_t lineNumber_ = 0;
};

// "NaN", "2.5", "x" quoted for messages, shortened when very long.
std::string quoteToken(std::string_view token);

}  // namespace locuscope
