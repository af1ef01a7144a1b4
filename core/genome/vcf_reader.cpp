#include "core/genome/vcf_reader.h"

#include <htslib/hts.h>
#include <htslib/hts_log.h>
#include <htslib/kstring.h>
#include <htslib/tbx.h>
#include <htslib/vcf.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstring>
#include <optional>
#include <set>
#include <utility>

#include "core/runtime/input_error.h"

namespace locuscope {

// ---------------------------------------------------------------------------------------------
// VcfRecord

VcfRecord::VcfRecord() : record_(bcf_init()) {}

VcfRecord::~VcfRecord() {
    if (record_ != nullptr) {
        bcf_destroy(record_);
    }
}

VcfRecord::VcfRecord(VcfRecord&& other) noexcept
    : record_(std::exchange(other.record_, bcf_init()))
    , variants_(std::move(other.variants_))
    , altCount_(other.altCount_)
    , line_(other.line_) {}

VcfRecord& VcfRecord::operator=(VcfRecord&& other) noexcept {
    std::swap(record_, other.record_);
    std::swap(variants_, other.variants_);
    std::swap(altCount_, other.altCount_);
    std::swap(line_, other.line_);
    return *this;
}

// ---------------------------------------------------------------------------------------------
// Helpers

std::string_view toString(VcfFileFormat format) {
    switch (format) {
        case VcfFileFormat::Vcf:
            return "VCF";
        case VcfFileFormat::VcfGzip:
            return "VCF (gzip)";
        case VcfFileFormat::VcfBgzip:
            return "VCF (bgzip)";
        case VcfFileFormat::Bcf:
            return "BCF";
    }
    return "unknown";
}

namespace {

std::int64_t parsePosition(std::string_view text, std::string_view whole) {
    std::string digits;
    for (char c : text) {
        if (c == ',') {
            continue;
        }
        if (!std::isdigit(static_cast<unsigned char>(c))) {
            throw InputError("invalid region '" + std::string(whole) + "': '" + std::string(text) +
                             "' is not a position");
        }
        digits += c;
    }
    if (digits.empty() || digits.size() > 15 || std::stoll(digits) < 1) {
        throw InputError("invalid region '" + std::string(whole) + "': positions start at 1");
    }
    return std::stoll(digits);
}

// A, C, G, T, N and the IUPAC ambiguity codes some references carry (R, Y, S, W, K, M, B, D, H, V).
bool isBase(char c) {
    switch (std::toupper(static_cast<unsigned char>(c))) {
        case 'A': case 'C': case 'G': case 'T': case 'N':
        case 'R': case 'Y': case 'S': case 'W': case 'K': case 'M': case 'B': case 'D': case 'H': case 'V':
            return true;
        default:
            return false;
    }
}

bool isBaseString(std::string_view text) {
    return !text.empty() && std::all_of(text.begin(), text.end(), isBase);
}

std::string upperCased(std::string_view text) {
    std::string out(text);
    for (char& c : out) {
        c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    }
    return out;
}

std::string describeParseError(int errcode) {
    std::string text;
    auto add = [&](int bit, const char* what) {
        if ((errcode & bit) != 0) {
            text += text.empty() ? what : std::string("; ") + what;
        }
    };
    add(BCF_ERR_NCOLS, "wrong number of columns (samples do not match the header)");
    add(BCF_ERR_LIMITS, "a value is out of range (position or field too large)");
    add(BCF_ERR_CHAR, "invalid character in a field");
    add(BCF_ERR_CTG_INVALID, "invalid contig name");
    add(BCF_ERR_TAG_INVALID, "invalid INFO/FORMAT tag");
    return text.empty() ? "htslib cannot parse the record" : text;
}

const char kChromLine[] = "#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO";

}  // namespace

VcfRegion parseVcfRegion(std::string_view text) {
    VcfRegion region;
    const std::size_t colon = text.rfind(':');
    if (colon == std::string_view::npos) {
        region.contig = std::string(text);
    } else {
        region.contig = std::string(text.substr(0, colon));
        const std::string_view range = text.substr(colon + 1);
        const std::size_t dash = range.find('-');
        if (dash == std::string_view::npos) {
            const std::int64_t pos = parsePosition(range, text);
            region.begin = pos - 1;
            region.end = pos;
        } else {
            region.begin = parsePosition(range.substr(0, dash), text) - 1;
            if (dash + 1 < range.size()) {
                region.end = parsePosition(range.substr(dash + 1), text);
            }
        }
        if (region.end <= region.begin) {
            throw InputError("invalid region '" + std::string(text) + "': end before start");
        }
    }
    if (region.contig.empty() || region.contig.find_first_of(" \t") != std::string::npos) {
        throw InputError("invalid region '" + std::string(text) + "': expected chr, chr:pos or chr:start-end");
    }
    return region;
}

// ---------------------------------------------------------------------------------------------
// VcfReader

struct VcfReader::State {
    std::filesystem::path path;
    htsFile* file = nullptr;
    bcf_hdr_t* header = nullptr;
    VcfFileFormat format = VcfFileFormat::Vcf;
    kstring_t line = {0, 0, nullptr};
    std::int64_t lineNumber = 0;  // text VCF: lines consumed so far
    std::int64_t records = 0;
    std::int64_t variants = 0;
    int declaredContigs = 0;
    std::vector<std::string> contigs;
    VcfRecord current;
    std::size_t nextAlt = 0;

    std::optional<VcfRegion> region;
    bool started = false;
    bool regionEmpty = false;  // region contig absent from the index
    hts_idx_t* bcfIndex = nullptr;
    tbx_t* tabix = nullptr;
    hts_itr_t* iterator = nullptr;

    ~State() {
        if (iterator != nullptr) {
            hts_itr_destroy(iterator);
        }
        if (tabix != nullptr) {
            tbx_destroy(tabix);
        }
        if (bcfIndex != nullptr) {
            hts_idx_destroy(bcfIndex);
        }
        if (header != nullptr) {
            bcf_hdr_destroy(header);
        }
        if (file != nullptr) {
            hts_close(file);
        }
        free(line.s);
    }

    [[noreturn]] void fail(std::int64_t where, const std::string& problem) const {
        if (format == VcfFileFormat::Bcf && where > 0) {
            throw InputError(path, "BCF record " + std::to_string(where) + ": " + problem);
        }
        throw InputError(path, where, problem);
    }

    // -1 at the end of the file; strips '\r' so CRLF files read like LF files.
    int readLine() {
        const int ret = hts_getline(file, '\n', &line);
        if (ret < -1) {
            fail(lineNumber + 1, "read error (truncated or corrupt compressed file?)");
        }
        if (ret == -1) {
            return -1;
        }
        ++lineNumber;
        while (line.l > 0 && (line.s[line.l - 1] == '\r' || line.s[line.l - 1] == '\n')) {
            line.s[--line.l] = '\0';
        }
        return 0;
    }

    void readTextHeader() {
        std::string text;
        while (true) {
            if (readLine() < 0) {
                fail(0, lineNumber == 0 ? "empty file: no VCF header" : "no VCF header: the #CHROM line is missing");
            }
            const std::string_view current(line.s, line.l);
            if (current.substr(0, 2) == "##") {
                text.append(current).push_back('\n');
                continue;
            }
            if (current.substr(0, 6) == "#CHROM") {
                if (current.substr(0, sizeof(kChromLine) - 1) != kChromLine) {
                    fail(lineNumber, "the #CHROM line must start with the 8 tab-separated columns " +
                                         std::string("#CHROM POS ID REF ALT QUAL FILTER INFO"));
                }
                text.append(current).push_back('\n');
                break;
            }
            fail(lineNumber, "no VCF header: expected '##' meta lines and a '#CHROM' line before the records");
        }
        header = bcf_hdr_init("r");
        if (header == nullptr || bcf_hdr_parse(header, text.data()) != 0) {
            fail(0, "invalid VCF header (htslib cannot parse its meta lines)");
        }
    }

    void open() {
        hts_set_log_level(HTS_LOG_OFF);
        std::error_code error;
        if (!std::filesystem::exists(path, error)) {
            throw InputError(path, "file not found");
        }
        errno = 0;
        file = hts_open(path.c_str(), "r");
        if (file == nullptr) {
            throw InputError(path, std::string("cannot open: ") + (errno != 0 ? std::strerror(errno) : "unknown error"));
        }
        const htsFormat* detected = hts_get_format(file);
        if (detected->format == empty_format) {
            fail(0, "empty file: no VCF header");
        }
        if (detected->format == bcf) {
            format = VcfFileFormat::Bcf;
            header = bcf_hdr_read(file);
            if (header == nullptr) {
                fail(0, "invalid BCF header");
            }
        } else if (detected->format == vcf || detected->format == text_format) {
            format = detected->compression == bgzf   ? VcfFileFormat::VcfBgzip
                     : detected->compression == gzip ? VcfFileFormat::VcfGzip
                                                     : VcfFileFormat::Vcf;
            readTextHeader();
        } else {
            char* description = hts_format_description(detected);
            const std::string what = description != nullptr ? description : "unknown";
            free(description);
            fail(0, "not a VCF or BCF file (htslib detects: " + what + ")");
        }
        const char** names = bcf_hdr_seqnames(header, &declaredContigs);
        for (int i = 0; i < declaredContigs; ++i) {
            contigs.emplace_back(names[i]);
        }
        free(names);
    }

    // Cheap checks vcf_parse does not make (it reads "abc" as POS 0), so the error names the line.
    void checkTextLine() {
        const char* begin = line.s;
        const char* end = line.s + line.l;
        const char* column[6] = {begin, nullptr, nullptr, nullptr, nullptr, nullptr};
        int columns = 1;
        for (const char* p = begin; p != end; ++p) {
            if (*p == '\t') {
                if (columns < 6) {
                    column[columns] = p + 1;
                }
                ++columns;
                if (columns >= 8) {
                    break;
                }
            }
        }
        if (columns < 8) {
            fail(lineNumber, "expected at least 8 tab-separated columns (CHROM POS ID REF ALT QUAL FILTER INFO), found " +
                                 std::to_string(columns));
        }
        const std::string_view chrom(column[0], column[1] - column[0] - 1);
        const std::string_view pos(column[1], column[2] - column[1] - 1);
        if (chrom.empty()) {
            fail(lineNumber, "empty CHROM");
        }
        const bool digits = !pos.empty() && pos.size() <= 15 &&
                            std::all_of(pos.begin(), pos.end(), [](char c) { return c >= '0' && c <= '9'; });
        if (!digits || std::stoll(std::string(pos)) < 1) {
            fail(lineNumber, "invalid POS '" + std::string(pos) + "' (expected a 1-based position)");
        }
    }

    // Reads the next raw record into `rec`; false at the end.
    bool readRaw(bcf1_t* rec, std::int64_t& where) {
        if (iterator != nullptr) {
            if (format == VcfFileFormat::Bcf) {
                const int ret = bcf_itr_next(file, iterator, rec);
                where = 0;
                if (ret < -1) {
                    fail(0, "read error in region query (corrupt file or stale index)");
                }
                return ret >= 0;
            }
            const int ret = tbx_itr_next(file, tabix, iterator, &line);
            if (ret < -1) {
                fail(0, "read error in region query (corrupt file or stale index)");
            }
            if (ret < 0) {
                return false;
            }
            while (line.l > 0 && line.s[line.l - 1] == '\r') {
                line.s[--line.l] = '\0';
            }
            where = 0;
            parseText(rec, 0);
            return true;
        }
        if (format == VcfFileFormat::Bcf) {
            const int ret = bcf_read(file, header, rec);
            where = records + 1;
            if (ret < -1 || (ret == 0 && rec->errcode != 0 && (rec->errcode & BCF_ERR_CTG_UNDEF) == 0)) {
                fail(where, "htslib cannot read the record (truncated or corrupt BCF)");
            }
            return ret >= 0;
        }
        while (true) {
            if (readLine() < 0) {
                return false;
            }
            if (line.l == 0) {
                continue;  // blank line (often a trailing one): nothing to read
            }
            if (line.s[0] == '#') {
                fail(lineNumber, "header line after the #CHROM line");
            }
            where = lineNumber;
            checkTextLine();
            parseText(rec, lineNumber);
            return true;
        }
    }

    void parseText(bcf1_t* rec, std::int64_t where) {
        const int ret = vcf_parse(&line, header, rec);
        const int fatal = rec->errcode & ~(BCF_ERR_CTG_UNDEF | BCF_ERR_TAG_UNDEF);
        if (ret < 0 || fatal != 0) {
            fail(where, describeParseError(fatal));
        }
    }

    bool passesRegion(const bcf1_t* rec) const {
        if (!region || iterator != nullptr) {
            return true;
        }
        if (region->contig != bcf_seqname_safe(header, rec)) {
            return false;
        }
        const std::int64_t end = rec->pos + std::max<std::int64_t>(rec->rlen, 1);
        return rec->pos < region->end && end > region->begin;
    }

    void startRegion() {
        started = true;
        if (!region) {
            return;
        }
        const hts_pos_t end = std::min<std::int64_t>(region->end, HTS_POS_MAX);
        if (format == VcfFileFormat::Bcf) {
            bcfIndex = bcf_index_load3(path.c_str(), nullptr, HTS_IDX_SILENT_FAIL);
            if (bcfIndex == nullptr) {
                return;
            }
            const int tid = bcf_hdr_name2id(header, region->contig.c_str());
            if (tid < 0) {
                regionEmpty = true;
                return;
            }
            iterator = bcf_itr_queryi(bcfIndex, tid, region->begin, end);
        } else if (format == VcfFileFormat::VcfBgzip) {
            tabix = tbx_index_load3(path.c_str(), nullptr, HTS_IDX_SILENT_FAIL);
            if (tabix == nullptr) {
                return;
            }
            const int tid = tbx_name2id(tabix, region->contig.c_str());
            if (tid < 0) {
                regionEmpty = true;
                return;
            }
            iterator = tbx_itr_queryi(tabix, tid, region->begin, end);
        } else {
            return;
        }
        if (iterator == nullptr) {
            fail(0, "region query failed for '" + region->contig + "' (stale or corrupt index?)");
        }
    }

    void splitRecord(VcfRecord& record, std::int64_t where) {
        bcf1_t* rec = record.record_;
        if (bcf_unpack(rec, BCF_UN_STR) != 0) {
            fail(where, "htslib cannot unpack the record");
        }
        const char* chrom = bcf_seqname_safe(header, rec);
        if (rec->n_allele < 1 || rec->d.allele == nullptr || rec->d.allele[0] == nullptr) {
            fail(where, "the record has no REF allele");  // htslib accepts such lines; found by fuzz_vcf_reader
        }
        const std::string_view ref = rec->d.allele[0];
        if (!isBaseString(ref)) {
            fail(where, "invalid REF '" + std::string(ref) + "' (expected bases A, C, G, T, N)");
        }
        const int altCount = rec->n_allele - 1;
        record.altCount_ = altCount;
        record.line_ = where > 0 && format != VcfFileFormat::Bcf ? where : 0;
        const std::size_t emitted = altCount > 0 ? static_cast<std::size_t>(altCount) : 1;
        record.variants_.resize(emitted);
        for (std::size_t i = 0; i < emitted; ++i) {
            Variant& variant = record.variants_[i];
            variant.chrom.assign(chrom);
            variant.pos = rec->pos + 1;
            variant.id.assign(rec->d.id != nullptr ? rec->d.id : ".");
            variant.ref = upperCased(ref);
            variant.line = record.line_;
            if (altCount == 0) {  // ALT '.': a record without alternative allele
                variant.alt = ".";
                variant.altIndex = 0;
                variant.altCount = 0;
                variant.kind = VariantKind::Missing;
                continue;
            }
            const std::string_view alt = rec->d.allele[i + 1];
            variant.altIndex = static_cast<int>(i) + 1;
            variant.altCount = altCount;
            variant.kind = classifyAlleles(ref, alt);
            if (variant.kind == VariantKind::Symbolic || variant.kind == VariantKind::Breakend ||
                variant.kind == VariantKind::Missing) {
                variant.alt.assign(alt);
            } else if (isBaseString(alt)) {
                variant.alt = upperCased(alt);
            } else {
                fail(where, "invalid ALT allele '" + std::string(alt) + "'");
            }
        }
    }

    bool readRecord(VcfRecord& record) {
        if (!started) {
            startRegion();
        }
        if (regionEmpty) {
            return false;
        }
        while (true) {
            std::int64_t where = 0;
            if (!readRaw(record.record_, where)) {
                return false;
            }
            ++records;
            if (passesRegion(record.record_)) {
                splitRecord(record, where);
                return true;
            }
        }
    }
};

VcfReader::VcfReader(std::filesystem::path path) : state_(std::make_unique<State>()) {
    state_->path = std::move(path);
    state_->open();
}

VcfReader::~VcfReader() = default;

void VcfReader::setRegion(std::string_view region) {
    if (state_->started) {
        throw InputError(state_->path, "setRegion must be called before reading");
    }
    state_->region = parseVcfRegion(region);
}

bool VcfReader::next(Variant& variant) {
    State& s = *state_;
    while (s.nextAlt >= s.current.variants_.size()) {
        if (!s.readRecord(s.current)) {
            s.current.variants_.clear();
            s.nextAlt = 0;
            return false;
        }
        s.nextAlt = 0;
    }
    variant = s.current.variants_[s.nextAlt++];
    ++s.variants;
    return true;
}

bool VcfReader::nextRecord(VcfRecord& record) {
    if (!state_->readRecord(record)) {
        return false;
    }
    state_->variants += static_cast<std::int64_t>(record.variants_.size());
    return true;
}

const VcfRecord& VcfReader::currentRecord() const { return state_->current; }
const std::filesystem::path& VcfReader::path() const { return state_->path; }
VcfFileFormat VcfReader::format() const { return state_->format; }
bool VcfReader::indexed() const { return state_->iterator != nullptr || state_->regionEmpty; }
const std::vector<std::string>& VcfReader::contigs() const { return state_->contigs; }
int VcfReader::sampleCount() const { return bcf_hdr_nsamples(state_->header); }
std::int64_t VcfReader::recordsRead() const { return state_->records; }
std::int64_t VcfReader::variantsEmitted() const { return state_->variants; }
const bcf_hdr_t* VcfReader::htsHeader() const { return state_->header; }

std::vector<std::string> VcfReader::undeclaredContigs() const {
    int count = 0;
    const char** names = bcf_hdr_seqnames(state_->header, &count);
    std::vector<std::string> extra;
    for (int i = state_->declaredContigs; i < count; ++i) {
        extra.emplace_back(names[i]);
    }
    free(names);
    return extra;
}

}  // namespace locuscope
