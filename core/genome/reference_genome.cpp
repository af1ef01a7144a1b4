#include "core/genome/reference_genome.h"

#include <htslib/bgzf.h>
#include <htslib/faidx.h>
#include <htslib/hts.h>
#include <htslib/hts_log.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdlib>
#include <fstream>
#include <memory>

#include "core/runtime/input_error.h"

namespace locuscope {
namespace {

// htslib logs its own complaints to stderr; ours carry the file name and the fix instead.
class QuietHtslib {
public:
    QuietHtslib() : previous_(hts_get_log_level()) { hts_set_log_level(HTS_LOG_OFF); }
    ~QuietHtslib() { hts_set_log_level(previous_); }

private:
    htsLogLevel previous_;
};

enum class Compression { None, Gzip, Bgzip };

Compression compressionOf(const std::filesystem::path& file) {
    std::ifstream stream(file, std::ios::binary);
    std::array<unsigned char, 18> head{};
    stream.read(reinterpret_cast<char*>(head.data()), head.size());
    if (stream.gcount() < 2 || head[0] != 0x1f || head[1] != 0x8b) {
        return Compression::None;
    }
    // BGZF: gzip with the extra subfield "BC" (SAM/BAM spec §4.1).
    const bool bgzf = stream.gcount() >= 14 && (head[3] & 4) != 0 && head[12] == 'B' && head[13] == 'C';
    return bgzf ? Compression::Bgzip : Compression::Gzip;
}

std::filesystem::path withSuffix(const std::filesystem::path& file, const char* suffix) {
    std::filesystem::path result = file;
    result += suffix;
    return result;
}

}  // namespace

ReferenceGenome::ReferenceGenome(std::filesystem::path fasta) : path_(std::move(fasta)) {
    std::error_code error;
    if (!std::filesystem::is_regular_file(path_, error)) {
        throw InputError(path_, "reference FASTA not found");
    }
    const Compression compression = compressionOf(path_);
    if (compression == Compression::Gzip) {
        throw InputError(path_,
                         "is gzip-compressed but not with bgzip, so it cannot be indexed; "
                         "recompress it: zcat FILE | bgzip > FILE.bgz (bgzip is in Debian's tabix package)");
    }
    const bool haveIndex =
        std::filesystem::exists(withSuffix(path_, ".fai")) &&
        (compression == Compression::None || std::filesystem::exists(withSuffix(path_, ".gzi")));
    if (!haveIndex) {
        const std::filesystem::path folder = path_.has_parent_path() ? path_.parent_path() : ".";
        if (access(folder.c_str(), W_OK) != 0) {
            throw InputError(
                path_,
                "has no .fai index and its folder is not writable, so one cannot be built; run "
                "`samtools faidx` on a writable copy, or ask for the index to be added beside it");
        }
    }
    {
        const QuietHtslib quiet;
        index_ = fai_load3(path_.c_str(), nullptr, nullptr, FAI_CREATE);
    }
    if (index_ == nullptr) {
        throw InputError(
            path_, haveIndex ? "cannot read the FASTA index (.fai/.gzi): is it stale or damaged? Delete it "
                               "and it will be rebuilt"
                             : "is not a FASTA file faidx can index (every record needs a '>' name line "
                               "and all lines of a record but its last must have the same length)");
    }
    std::vector<std::string> names;
    const int count = faidx_nseq(index_);
    names.reserve(static_cast<std::size_t>(count));
    for (int i = 0; i < count; ++i) {
        const char* name = faidx_iseq(index_, i);
        names.emplace_back(name);
        lengths_.emplace(name, faidx_seq_len(index_, name));  // int in htslib 1.16; contigs < 2^31
    }
    if (names.empty()) {
        fai_destroy(index_);
        throw InputError(path_, "has no sequences");
    }
    names_ = ContigNameMap(std::move(names));
}

ReferenceGenome::~ReferenceGenome() {
    if (index_ != nullptr) {
        fai_destroy(index_);
    }
}

std::optional<std::string> ReferenceGenome::resolveContig(std::string_view chrom) const {
    return names_.resolve(chrom);
}

std::string ReferenceGenome::requireContig(std::string_view chrom) const {
    std::optional<std::string> contig = resolveContig(chrom);
    if (!contig) {
        throw InputError(path_, "contig '" + std::string(chrom) + "' is not in this reference (it has " +
                                    names_.describe() + ")");
    }
    return *contig;
}

std::int64_t ReferenceGenome::contigLength(const std::string& contig) const {
    const auto length = lengths_.find(contig);
    if (length == lengths_.end()) {
        throw InputError(path_, "contig '" + contig + "' is not in this reference");
    }
    return length->second;
}

std::string ReferenceGenome::fetch(const std::string& contig, std::int64_t start, std::int64_t end) const {
    if (end < start) {
        throw InputError("fetch " + contig + ": end " + std::to_string(end) + " before start " +
                         std::to_string(start));
    }
    const std::int64_t length = contigLength(contig);
    std::string bases(static_cast<std::size_t>(end - start), 'N');
    const std::int64_t from = std::max<std::int64_t>(start, 0);
    const std::int64_t to = std::min(end, length);
    if (from >= to) {
        return bases;  // entirely outside the contig
    }
    hts_pos_t got = 0;
    char* raw = nullptr;
    {
        const std::lock_guard<std::mutex> lock(mutex_);
        const QuietHtslib quiet;
        raw = faidx_fetch_seq64(index_, contig.c_str(), from, to - 1, &got);
    }
    const std::unique_ptr<char, decltype(&std::free)> owned(raw, &std::free);
    if (raw == nullptr || got != to - from) {
        throw InputError(path_, "cannot read " + contig + ":" + std::to_string(from + 1) + "-" +
                                    std::to_string(to) +
                                    " (is the .fai index stale? delete it to have it rebuilt)");
    }
    for (std::int64_t i = 0; i < got; ++i) {
        bases[static_cast<std::size_t>(from - start + i)] =
            static_cast<char>(std::toupper(static_cast<unsigned char>(raw[i])));
    }
    return bases;
}

std::string ReferenceGenome::fetch(const GenomicRegion& region) const {
    const std::string contig = requireContig(region.chrom);
    const std::int64_t end = region.end == GenomicRegion::wholeContig ? contigLength(contig) : region.end;
    return fetch(contig, region.begin0(), end);
}

std::string ReferenceGenome::window(std::string_view chrom, std::int64_t center,
                                    std::int64_t halfWidth) const {
    const std::string contig = requireContig(chrom);
    return fetch(contig, center - 1 - halfWidth, center + halfWidth);
}

}  // namespace locuscope
