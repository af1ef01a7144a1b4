#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace locuscope {

// What variant checks and window builders need from a reference genome. ReferenceGenome (faidx
// over a FASTA file) implements it; tests use small in-memory sequences.
class SequenceSource {
public:
    virtual ~SequenceSource() = default;

    // The reference's own name for `chrom` after harmonisation ("1" <-> "chr1", "MT" <-> "chrM"),
    // or nullopt when the reference has no such contig.
    virtual std::optional<std::string> resolveContig(std::string_view chrom) const = 0;

    // Length of a contig named as resolveContig returns it.
    virtual std::int64_t contigLength(const std::string& contig) const = 0;

    // Upper-cased bases of the 0-based half-open interval [start, end) of `contig` (a resolved
    // name). Positions before 0 or past the contig's end come back as 'N', so the result always
    // has end - start characters.
    virtual std::string fetch(const std::string& contig, std::int64_t start, std::int64_t end) const = 0;

    // The file behind it, for error messages ("" for in-memory sources).
    virtual const std::filesystem::path& path() const = 0;
};

}  // namespace locuscope
