#include "core/data/methylation_track_reader.h"

#include <htslib/hts.h>
#include <htslib/kstring.h>

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <string_view>
#include <unordered_map>

#include "core/genome/contig_names.h"
#include "core/runtime/input_error.h"

namespace locuscope {
namespace {

// Columns (0-based) of a bedMethyl line.
constexpr std::size_t kName = 3;
constexpr std::size_t kStrand = 5;
constexpr std::size_t kCoverage = 9;
constexpr std::size_t kPercent = 10;
constexpr std::size_t kEncodeColumns = 11;

int strandKey(char strand) {
    return strand == '-' ? 1 : 0;
}

bool siteBefore(const MethylationSite& a, const MethylationSite& b) {
    return a.position != b.position ? a.position < b.position : strandKey(a.strand) < strandKey(b.strand);
}

// Splits at runs of tabs and spaces (bedGraph allows either; some modkit versions mix them).
void splitWhitespace(std::string_view line, std::vector<std::string_view>& fields) {
    fields.clear();
    std::size_t i = 0;
    while (i < line.size()) {
        while (i < line.size() && (line[i] == '\t' || line[i] == ' ')) {
            ++i;
        }
        const std::size_t start = i;
        while (i < line.size() && line[i] != '\t' && line[i] != ' ') {
            ++i;
        }
        if (i > start) {
            fields.push_back(line.substr(start, i - start));
        }
    }
}

bool isHeaderLine(std::string_view line) {
    return line.empty() || line[0] == '#' || line.substr(0, 5) == "track" || line.substr(0, 7) == "browser";
}

// A plain, gzip or bgzip text file read line by line through htslib.
class TextLines {
public:
    explicit TextLines(const std::filesystem::path& path) : path_(path) {
        hts_set_log_level(HTS_LOG_OFF);
        std::error_code error;
        if (!std::filesystem::is_regular_file(path, error)) {
            throw InputError(path,
                             std::filesystem::exists(path, error) ? "not a regular file" : "file not found");
        }
        errno = 0;
        file_ = hts_open(path.c_str(), "r");
        if (file_ == nullptr) {
            throw InputError(
                path, std::string("cannot open: ") + (errno != 0 ? std::strerror(errno) : "unknown error"));
        }
    }
    ~TextLines() {
        if (file_ != nullptr) {
            hts_close(file_);
        }
        free(line_.s);
    }
    TextLines(const TextLines&) = delete;
    TextLines& operator=(const TextLines&) = delete;

    bool next(std::string_view& line) {
        if (hts_get_format(file_)->format == empty_format) {
            return false;
        }
        const int ret = hts_getline(file_, '\n', &line_);
        if (ret < -1) {
            throw InputError(path_, lineNumber_ + 1, "read error (truncated or corrupt compressed file?)");
        }
        if (ret == -1) {
            return false;
        }
        ++lineNumber_;
        while (line_.l > 0 && (line_.s[line_.l - 1] == '\r' || line_.s[line_.l - 1] == '\n')) {
            line_.s[--line_.l] = '\0';
        }
        line = std::string_view(line_.s, line_.l);
        return true;
    }
    std::int64_t lineNumber() const { return lineNumber_; }

private:
    std::filesystem::path path_;
    htsFile* file_ = nullptr;
    kstring_t line_{0, 0, nullptr};
    std::int64_t lineNumber_ = 0;
};

// One data line, checked; the value is raw (fraction or percent, scaled once the file is read).
struct ParsedLine {
    std::string_view chrom;
    MethylationSite site;
    std::string_view skipReason;  // non-empty: a valid line the reader does not use
};

class LineParser {
public:
    LineParser(const std::filesystem::path& path, MethylationFileFormat format, MethylationValueScale scale)
        : path_(path), format_(format), scale_(scale) {}

    MethylationFileFormat format() const { return format_; }

    ParsedLine parse(std::string_view line, std::int64_t lineNumber) {
        lineNumber_ = lineNumber;
        splitWhitespace(line, fields_);
        if (columns_ == 0) {
            detectColumns();
        } else if (fields_.size() != columns_) {
            fail(std::to_string(fields_.size()) + " columns where the first data line has " +
                 std::to_string(columns_));
        }
        ParsedLine parsed;
        parsed.chrom = fields_[0];
        const std::int64_t start = integer(1, "start");
        const std::int64_t end = integer(2, "end");
        if (start < 0) {
            fail("negative start " + std::to_string(start));
        }
        if (end <= start) {
            fail("end " + std::to_string(end) + " is not after start " + std::to_string(start));
        }
        if (end - start > 2) {
            fail("an interval of " + std::to_string(end - start) +
                 " bases: expected one site (1 base, the C, or 2 bases, the CpG)");
        }
        parsed.site.position = start + 1;
        if (format_ == MethylationFileFormat::BedGraph) {
            parsed.site.beta = static_cast<float>(value(3, "value", maxBedGraphValue()));
            return parsed;
        }
        if (columns_ > kEncodeColumns && fields_[kName] != "m") {
            parsed.skipReason = fields_[kName] == "h" ? "5hmC calls (modification code 'h')"
                                                      : "modification codes other than 'm' (5mC)";
            return parsed;
        }
        const std::string_view strand = fields_[kStrand];
        if (strand != "+" && strand != "-" && strand != ".") {
            fail("strand '" + std::string(strand) + "': expected +, - or .");
        }
        parsed.site.strand = strand[0];
        const std::int64_t coverage = integer(kCoverage, "coverage");
        if (coverage < 0 || coverage > INT32_MAX) {
            fail("coverage " + std::to_string(coverage) + " is out of range");
        }
        parsed.site.coverage = static_cast<std::int32_t>(coverage);
        if (coverage == 0) {
            parsed.skipReason = "sites with coverage 0";
            return parsed;
        }
        parsed.site.beta = static_cast<float>(value(kPercent, "percent methylated", 100.0) / 100.0);
        return parsed;
    }

    double maxValue() const { return maxValue_; }

    [[noreturn]] void fail(const std::string& problem) const {
        throw InputError(path_, lineNumber_, problem);
    }

private:
    void detectColumns() {
        const std::size_t n = fields_.size();
        if (format_ == MethylationFileFormat::Auto) {
            if (n == 4) {
                format_ = MethylationFileFormat::BedGraph;
            } else if (n >= kEncodeColumns) {
                format_ = MethylationFileFormat::BedMethyl;
            } else {
                fail(std::to_string(n) +
                     " columns: expected 4 (bedGraph: chrom, start, end, value) or 11 or more "
                     "(bedMethyl)");
            }
        }
        if (format_ == MethylationFileFormat::BedGraph && n != 4) {
            fail(std::to_string(n) + " columns: a bedGraph line has 4 (chrom, start, end, value)");
        }
        if (format_ == MethylationFileFormat::BedMethyl && n < kEncodeColumns) {
            fail(std::to_string(n) + " columns: a bedMethyl line has 11 (ENCODE) or 18 (modkit)");
        }
        columns_ = n;
    }

    double maxBedGraphValue() const { return scale_ == MethylationValueScale::Fraction ? 1.0 : 100.0; }

    std::int64_t integer(std::size_t column, const char* what) const {
        const std::string_view text = fields_[column];
        std::int64_t result = 0;
        const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), result);
        if (error != std::errc() || end != text.data() + text.size()) {
            fail(std::string(what) + " '" + std::string(text) + "' is not an integer");
        }
        return result;
    }

    double value(std::size_t column, const char* what, double maximum) {
        const std::string_view text = fields_[column];
        double result = 0;
        const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), result);
        if (error != std::errc() || end != text.data() + text.size() || !std::isfinite(result)) {
            fail(std::string(what) + " '" + std::string(text) + "' is not a number");
        }
        if (result < 0 || result > maximum) {
            const char* range = maximum == 1.0 ? "0-1 (valueScale fraction)" : "0-100";
            fail(std::string(what) + " " + std::string(text) + " is outside " + range);
        }
        maxValue_ = std::max(maxValue_, result);
        return result;
    }

    std::filesystem::path path_;
    MethylationFileFormat format_;
    MethylationValueScale scale_;
    std::size_t columns_ = 0;
    std::int64_t lineNumber_ = 0;
    std::vector<std::string_view> fields_;
    double maxValue_ = 0;
};

class SkipCounter {
public:
    void add(std::string_view reason, std::int64_t count = 1) {
        if (count == 0) {
            return;
        }
        for (auto& [name, n] : counts_) {
            if (name == reason) {
                n += count;
                return;
            }
        }
        counts_.emplace_back(std::string(reason), count);
    }
    std::vector<std::pair<std::string, std::int64_t>> counts_;
};

// The lines that hold `position`/`strand` on `chrom`: read again only to name them in an error.
std::vector<std::int64_t> linesOf(const std::filesystem::path& path, const MethylationReadOptions& options,
                                  const std::string& chrom, const MethylationSite& wanted) {
    TextLines lines(path);
    LineParser parser(path, options.format, MethylationValueScale::Percent);
    std::vector<std::int64_t> found;
    std::string_view line;
    while (lines.next(line)) {
        if (isHeaderLine(line)) {
            continue;
        }
        const ParsedLine parsed = parser.parse(line, lines.lineNumber());
        if (parsed.skipReason.empty() && parsed.chrom == chrom && parsed.site.position == wanted.position &&
            strandKey(parsed.site.strand) == strandKey(wanted.strand)) {
            found.push_back(lines.lineNumber());
        }
    }
    return found;
}

// Joins each '-' call with the '+' call one base before it (coverage-weighted); all become '+'.
std::int64_t mergeStrands(std::vector<MethylationSite>& sites, SkipCounter& skipped) {
    std::vector<MethylationSite> moved;
    moved.reserve(sites.size());
    for (MethylationSite site : sites) {
        if (site.strand == '-') {
            if (site.position == 1) {
                skipped.add("'-' strand calls at position 1 (no + strand C before them)");
                continue;
            }
            --site.position;
        }
        site.strand = '+';
        moved.push_back(site);
    }
    std::stable_sort(moved.begin(), moved.end(), [](const MethylationSite& a, const MethylationSite& b) {
        return a.position < b.position;
    });
    std::int64_t pairs = 0;
    sites.clear();
    for (const MethylationSite& site : moved) {
        if (sites.empty() || sites.back().position != site.position) {
            sites.push_back(site);
            continue;
        }
        MethylationSite& kept = sites.back();
        if (kept.coverage > 0 && site.coverage > 0) {
            const double total = static_cast<double>(kept.coverage) + site.coverage;
            kept.beta = static_cast<float>((static_cast<double>(kept.beta) * kept.coverage +
                                            static_cast<double>(site.beta) * site.coverage) /
                                           total);
            kept.coverage = static_cast<std::int32_t>(std::min<double>(total, INT32_MAX));
        } else {
            kept.beta = static_cast<float>((static_cast<double>(kept.beta) + site.beta) / 2.0);
            kept.coverage = -1;
        }
        ++pairs;
    }
    return pairs;
}

bool insideAny(const std::vector<GenomicRegion>& regions, std::int64_t position) {
    for (const GenomicRegion& region : regions) {
        if (position >= region.start && position <= region.end) {
            return true;
        }
    }
    return false;
}

}  // namespace

const char* methylationFileFormatName(MethylationFileFormat format) {
    switch (format) {
        case MethylationFileFormat::BedGraph:
            return "bedGraph";
        case MethylationFileFormat::BedMethyl:
            return "bedMethyl";
        case MethylationFileFormat::Auto:
            break;
    }
    return "auto";
}

const char* methylationValueScaleName(MethylationValueScale scale) {
    switch (scale) {
        case MethylationValueScale::Fraction:
            return "fraction";
        case MethylationValueScale::Percent:
            return "percent";
        case MethylationValueScale::Auto:
            break;
    }
    return "auto";
}

MethylationValueScale parseMethylationValueScale(const std::string& text) {
    if (text == "fraction") {
        return MethylationValueScale::Fraction;
    }
    if (text == "percent") {
        return MethylationValueScale::Percent;
    }
    if (text == "auto") {
        return MethylationValueScale::Auto;
    }
    throw InputError("value scale '" + text + "': expected fraction, percent or auto");
}

MethylationTrack readMethylationTrack(const std::filesystem::path& file,
                                      const MethylationReadOptions& options,
                                      MethylationReadSummary* summary) {
    if (options.minimumCoverage < 0) {
        throw InputError("minimum coverage must be >= 0");
    }
    // Regions by the canonical spelling of their contig, so "1" in a region finds "chr1" in the file.
    std::unordered_map<std::string, std::vector<GenomicRegion>> regions;
    for (const GenomicRegion& region : options.regions) {
        regions[canonicalContigName(region.chrom)].push_back(region);
    }

    TextLines lines(file);
    LineParser parser(file, options.format, options.valueScale);
    SkipCounter skipped;
    std::vector<std::string> names;
    std::unordered_map<std::string, std::size_t> index;
    std::vector<std::vector<MethylationSite>> sites;
    std::vector<const std::vector<GenomicRegion>*> contigRegions;  // per contig; null = none wanted
    std::string lastChrom;
    std::size_t last = 0;
    bool haveLast = false;
    std::int64_t dataLines = 0;

    std::string_view line;
    while (lines.next(line)) {
        if (isHeaderLine(line)) {
            continue;
        }
        ++dataLines;
        const ParsedLine parsed = parser.parse(line, lines.lineNumber());
        if (!parsed.skipReason.empty()) {
            skipped.add(parsed.skipReason);
            continue;
        }
        if (!haveLast || parsed.chrom != lastChrom) {
            lastChrom.assign(parsed.chrom);
            auto [at, inserted] = index.emplace(lastChrom, names.size());
            if (inserted) {
                names.push_back(lastChrom);
                sites.emplace_back();
                const auto wanted = regions.find(canonicalContigName(lastChrom));
                contigRegions.push_back(wanted == regions.end() ? nullptr : &wanted->second);
            }
            last = at->second;
            haveLast = true;
        }
        if (!regions.empty() && contigRegions[last] == nullptr) {
            skipped.add("sites outside the regions");
            continue;
        }
        sites[last].push_back(parsed.site);
    }
    if (dataLines == 0) {
        throw InputError(file, "no data lines (an empty methylation file)");
    }

    MethylationValueScale scale = options.valueScale;
    if (parser.format() == MethylationFileFormat::BedMethyl) {
        scale = MethylationValueScale::Percent;  // already divided by 100 while parsing
    } else if (scale == MethylationValueScale::Auto) {
        scale = parser.maxValue() > 1.0 ? MethylationValueScale::Percent : MethylationValueScale::Fraction;
    }
    const bool hasCoverage = parser.format() == MethylationFileFormat::BedMethyl;
    if (options.minimumCoverage > 0 && !hasCoverage) {
        throw InputError(file, "a minimum coverage of " + std::to_string(options.minimumCoverage) +
                                   " needs per-site coverage, which a bedGraph does not have");
    }

    MethylationTrack track;
    std::int64_t mergedPairs = 0;
    for (std::size_t c = 0; c < names.size(); ++c) {
        std::vector<MethylationSite>& contig = sites[c];
        if (parser.format() == MethylationFileFormat::BedGraph && scale == MethylationValueScale::Percent) {
            for (MethylationSite& site : contig) {
                site.beta = static_cast<float>(static_cast<double>(site.beta) / 100.0);
            }
        }
        std::stable_sort(contig.begin(), contig.end(), siteBefore);
        const auto duplicate =
            std::adjacent_find(contig.begin(), contig.end(), [](const auto& a, const auto& b) {
                return a.position == b.position && strandKey(a.strand) == strandKey(b.strand);
            });
        if (duplicate != contig.end()) {
            const std::vector<std::int64_t> at = linesOf(file, options, names[c], *duplicate);
            const std::string where = names[c] + ":" + std::to_string(duplicate->position) +
                                      (duplicate->strand == '-' ? " (- strand)" : "");
            throw InputError(
                file, at.size() >= 2 ? at[1] : 0,
                "a second call for " + where +
                    (at.size() >= 2 ? " (the first is on line " + std::to_string(at[0]) + ")" : ""));
        }
        if (options.mergeStrands) {
            mergedPairs += mergeStrands(contig, skipped);
        }
        const auto removeIf = [&contig, &skipped](std::string_view reason, auto&& predicate) {
            const auto kept = std::remove_if(contig.begin(), contig.end(), predicate);
            skipped.add(reason, contig.end() - kept);
            contig.erase(kept, contig.end());
        };
        if (options.minimumCoverage > 0) {
            removeIf("sites below the minimum coverage", [&options](const MethylationSite& site) {
                return site.coverage < options.minimumCoverage;
            });
        }
        if (contigRegions[c] != nullptr) {
            const std::vector<GenomicRegion>& wanted = *contigRegions[c];
            removeIf("sites outside the regions",
                     [&wanted](const MethylationSite& site) { return !insideAny(wanted, site.position); });
        }
        if (!contig.empty()) {
            track.addContig(names[c], std::move(contig));
        }
    }
    if (summary != nullptr) {
        summary->format = parser.format();
        summary->valueScale = scale;
        summary->dataLines = dataLines;
        summary->sites = static_cast<std::int64_t>(track.siteCount());
        summary->mergedPairs = mergedPairs;
        summary->skipped = std::move(skipped.counts_);
    }
    return track;
}

}  // namespace locuscope
