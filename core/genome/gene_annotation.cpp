#include "core/genome/gene_annotation.h"

#include <htslib/bgzf.h>
#include <htslib/kstring.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <charconv>
#include <cstring>
#include <set>
#include <string_view>
#include <tuple>

#include "core/io/tab_fields.h"
#include "core/runtime/input_error.h"

namespace locuscope {

std::string TssEntry::bedTail() const {
    std::string tail(1, strand);
    tail += '\t';
    tail += geneId;
    if (!symbol.empty()) {
        tail += '\t';
        tail += symbol;
    }
    return tail;
}

namespace {

// Lines of a plain, gzip or bgzip text file (htslib reads all three), without '\n' or a trailing '\r'.
class AnnotationLines {
public:
    explicit AnnotationLines(const std::filesystem::path& file) : file_(file) {
        std::error_code error;
        if (!std::filesystem::is_regular_file(file, error)) {
            throw InputError(file, "no such file");
        }
        handle_ = bgzf_open(file.c_str(), "r");
        if (handle_ == nullptr) {
            throw InputError(file, std::string("cannot open: ") + std::strerror(errno));
        }
    }
    ~AnnotationLines() {
        bgzf_close(handle_);
        ks_free(&buffer_);
    }
    AnnotationLines(const AnnotationLines&) = delete;
    AnnotationLines& operator=(const AnnotationLines&) = delete;

    bool next(std::string_view& line) {
        const int status = bgzf_getline(handle_, '\n', &buffer_);
        if (status == -1) {
            return false;
        }
        ++lineNumber_;
        if (status < -1) {
            fail("read error (truncated or corrupt compressed file?)");
        }
        line = std::string_view(buffer_.s, buffer_.l);
        if (!line.empty() && line.back() == '\r') {
            line.remove_suffix(1);
        }
        return true;
    }

    [[noreturn]] void fail(const std::string& problem) const {
        throw InputError(file_, lineNumber_, problem);
    }
    std::int64_t lineNumber() const { return lineNumber_; }

private:
    std::filesystem::path file_;
    BGZF* handle_ = nullptr;
    kstring_t buffer_ = KS_INITIALIZE;
    std::int64_t lineNumber_ = 0;
};

bool startsWith(std::string_view text, std::string_view prefix) {
    return text.size() >= prefix.size() && text.substr(0, prefix.size()) == prefix;
}

// Comment, UCSC header and blank lines carry no features.
bool isHeaderOrBlank(std::string_view line) {
    if (line.find_first_not_of(" \t") == std::string_view::npos) {
        return true;
    }
    return line.front() == '#' || startsWith(line, "track") || startsWith(line, "browser");
}

bool parseCoordinate(std::string_view text, std::int64_t& value) {
    if (text.empty()) {
        return false;
    }
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    return error == std::errc() && end == text.data() + text.size();
}

std::string quoted(std::string_view text) {
    return "'" + std::string(text) + "'";
}

char parseStrand(std::string_view text, const AnnotationLines& lines) {
    if (text != "+" && text != "-") {
        lines.fail("strand must be '+' or '-', not " + quoted(text));
    }
    return text.front();
}

// GTF column 9: `key "value"; key value; ...`. Returns the value of `key`, unquoted, or "".
std::string_view gtfAttribute(std::string_view attributes, std::string_view key) {
    std::size_t start = 0;
    while (start < attributes.size()) {
        std::size_t stop = attributes.find(';', start);
        if (stop == std::string_view::npos) {
            stop = attributes.size();
        }
        std::string_view item = attributes.substr(start, stop - start);
        start = stop + 1;
        const std::size_t first = item.find_first_not_of(" \t");
        if (first == std::string_view::npos) {
            continue;
        }
        item.remove_prefix(first);
        const std::size_t space = item.find_first_of(" \t");
        if (space == std::string_view::npos || item.substr(0, space) != key) {
            continue;
        }
        std::string_view value = item.substr(space);
        value.remove_prefix(std::min(value.size(), value.find_first_not_of(" \t")));
        while (!value.empty() && (value.back() == ' ' || value.back() == '\t')) {
            value.remove_suffix(1);
        }
        if (value.size() >= 2 && value.front() == '"' && value.back() == '"') {
            value = value.substr(1, value.size() - 2);
        }
        return value;
    }
    return {};
}

bool endsWithIgnoringCase(const std::string& text, std::string_view suffix) {
    if (text.size() < suffix.size()) {
        return false;
    }
    return std::equal(suffix.begin(), suffix.end(), text.end() - static_cast<std::ptrdiff_t>(suffix.size()),
                      [](char a, char b) { return std::tolower(static_cast<unsigned char>(a)) == b; });
}

}  // namespace

std::vector<TssEntry> readTssBed(const std::filesystem::path& file) {
    AnnotationLines lines(file);
    std::vector<TssEntry> entries;
    std::vector<std::string_view> fields;
    std::string_view line;
    while (lines.next(line)) {
        if (isHeaderOrBlank(line)) {
            continue;
        }
        splitTabs(line, fields);
        if (fields.size() != 5 && fields.size() != 6) {
            std::string problem =
                "a TSS BED line needs 5 or 6 tab-separated columns (chr, TSS-1, TSS, strand, "
                "gene_id[, symbol]), found " +
                std::to_string(fields.size());
            if (fields.size() < 5 && line.find(' ') != std::string_view::npos) {
                problem += " (columns must be separated by tabs, not spaces)";
            }
            lines.fail(problem);
        }
        TssEntry entry;
        entry.chrom = std::string(fields[0]);
        if (entry.chrom.empty()) {
            lines.fail("empty chromosome name");
        }
        std::int64_t start = 0;
        std::int64_t end = 0;
        if (!parseCoordinate(fields[1], start) || !parseCoordinate(fields[2], end) || start < 0) {
            lines.fail("bad coordinates " + quoted(fields[1]) + ", " + quoted(fields[2]) +
                       ": expected whole numbers TSS-1 >= 0 and TSS");
        }
        if (end != start + 1) {
            lines.fail("bad coordinates " + std::to_string(start) + ", " + std::to_string(end) +
                       ": a TSS line names one base, so the end must be the start + 1");
        }
        entry.tss = end;
        entry.strand = parseStrand(fields[3], lines);
        if (fields[4].empty()) {
            lines.fail("empty gene_id");
        }
        entry.geneId = std::string(fields[4]);
        if (fields.size() == 6) {
            entry.symbol = std::string(fields[5]);
        }
        entry.line = lines.lineNumber();
        entries.push_back(std::move(entry));
    }
    return entries;
}

std::vector<TssEntry> readGtfTss(const std::filesystem::path& file, const GtfOptions& options) {
    AnnotationLines lines(file);
    const std::string_view wanted = options.source == GtfTssSource::Gene ? "gene" : "transcript";
    std::vector<TssEntry> entries;
    std::set<std::tuple<std::string, std::int64_t, char, std::string>> seen;  // transcripts sharing a TSS
    std::vector<std::string_view> fields;
    std::string_view line;
    while (lines.next(line)) {
        if (isHeaderOrBlank(line)) {
            continue;
        }
        splitTabs(line, fields);
        if (fields.size() != 9) {
            lines.fail("a GTF line needs 9 tab-separated columns, found " + std::to_string(fields.size()));
        }
        if (fields[2] != wanted) {
            continue;
        }
        std::int64_t start = 0;
        std::int64_t end = 0;
        if (!parseCoordinate(fields[3], start) || !parseCoordinate(fields[4], end) || start < 1 ||
            end < start) {
            lines.fail("bad coordinates " + quoted(fields[3]) + ", " + quoted(fields[4]) +
                       ": expected whole numbers 1 <= start <= end");
        }
        const char strand = parseStrand(fields[6], lines);
        const std::string_view attributes = fields[8];
        const std::string_view geneId = gtfAttribute(attributes, "gene_id");
        if (geneId.empty()) {
            lines.fail("no gene_id attribute");
        }
        if (!options.geneTypes.empty()) {
            std::string_view type = gtfAttribute(attributes, "gene_type");
            if (type.empty()) {
                type = gtfAttribute(attributes, "gene_biotype");
            }
            if (std::find(options.geneTypes.begin(), options.geneTypes.end(), type) ==
                options.geneTypes.end()) {
                continue;
            }
        }
        TssEntry entry;
        entry.chrom = std::string(fields[0]);
        entry.tss = strand == '+' ? start : end;
        entry.strand = strand;
        entry.geneId = std::string(geneId);
        entry.symbol = std::string(gtfAttribute(attributes, "gene_name"));
        entry.line = lines.lineNumber();
        if (options.source == GtfTssSource::Transcript &&
            !seen.emplace(entry.chrom, entry.tss, entry.strand, entry.geneId).second) {
            continue;
        }
        entries.push_back(std::move(entry));
    }
    return entries;
}

std::vector<TssEntry> readGeneAnnotation(const std::filesystem::path& file, const GtfOptions& gtfOptions) {
    const std::string name = file.filename().string();
    if (endsWithIgnoringCase(name, ".gtf") || endsWithIgnoringCase(name, ".gtf.gz")) {
        return readGtfTss(file, gtfOptions);
    }
    return readTssBed(file);
}

}  // namespace locuscope
