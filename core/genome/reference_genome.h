#pragma once

#include <cstdint>
#include <filesystem>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/genome/contig_names.h"
#include "core/genome/genomic_region.h"
#include "core/genome/sequence_source.h"

struct faidx_t;

namespace locuscope {

// A reference genome: FASTA, plain or bgzip-compressed, read through htslib's faidx. The .fai (and
// .gzi for bgzip) index is built beside the file when missing and the folder is writable. Sequences
// come back upper-cased; windows reaching past a contig's ends are padded with 'N'. Contig names are
// harmonised ("1" finds "chr1"). One faidx handle is shared under a mutex, so a ReferenceGenome may be
// used from several threads (one fetch at a time).
class ReferenceGenome : public SequenceSource {
public:
    explicit ReferenceGenome(std::filesystem::path fasta);  // InputError naming the file and the fix
    ~ReferenceGenome() override;
    ReferenceGenome(const ReferenceGenome&) = delete;
    ReferenceGenome& operator=(const ReferenceGenome&) = delete;

    std::optional<std::string> resolveContig(std::string_view chrom) const override;
    // resolveContig or an InputError: "contig 'chr7' is not in hg19.fa (it has 1, 2, 3, … (84 contigs))".
    std::string requireContig(std::string_view chrom) const;
    std::int64_t contigLength(const std::string& contig) const override;
    std::string fetch(const std::string& contig, std::int64_t start, std::int64_t end) const override;
    const std::filesystem::path& path() const override { return path_; }

    // The bases of a region (1-based, inclusive; a whole-contig region is the whole contig).
    std::string fetch(const GenomicRegion& region) const;
    // The 2·halfWidth + 1 bases centred on 1-based `center` (INTERACT: halfWidth 1000, C at index 1000).
    std::string window(std::string_view chrom, std::int64_t center, std::int64_t halfWidth) const;

    const std::vector<std::string>& contigs() const { return names_.names(); }

private:
    std::filesystem::path path_;
    faidx_t* index_ = nullptr;
    ContigNameMap names_;
    std::unordered_map<std::string, std::int64_t> lengths_;
    mutable std::mutex mutex_;
};

}  // namespace locuscope
