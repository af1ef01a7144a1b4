#pragma once

// Test-only SequenceSource over a few in-memory contigs, with the "1" <-> "chr1" harmonisation the
// real ReferenceGenome does.

#include <map>
#include <string>

#include "core/genome/sequence_source.h"

namespace locuscope::test {

class InMemorySequence : public SequenceSource {
public:
    explicit InMemorySequence(std::map<std::string, std::string> contigs) : contigs_(std::move(contigs)) {}

    std::optional<std::string> resolveContig(std::string_view chrom) const override {
        const std::string name(chrom);
        if (contigs_.count(name) != 0) {
            return name;
        }
        const std::string other = name.rfind("chr", 0) == 0 ? name.substr(3) : "chr" + name;
        if (contigs_.count(other) != 0) {
            return other;
        }
        if (name == "MT" || name == "chrMT") {
            return resolveContig("chrM");
        }
        return std::nullopt;
    }

    std::int64_t contigLength(const std::string& contig) const override {
        return static_cast<std::int64_t>(contigs_.at(contig).size());
    }

    std::string fetch(const std::string& contig, std::int64_t start, std::int64_t end) const override {
        const std::string& sequence = contigs_.at(contig);
        std::string out;
        for (std::int64_t i = start; i < end; ++i) {
            out += i < 0 || i >= static_cast<std::int64_t>(sequence.size()) ? 'N' : sequence[i];
        }
        return out;
    }

    const std::filesystem::path& path() const override { return path_; }

private:
    std::map<std::string, std::string> contigs_;
    std::filesystem::path path_;
};

}  // namespace locuscope::test
