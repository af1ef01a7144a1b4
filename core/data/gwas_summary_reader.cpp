#include "core/data/gwas_summary_reader.h"

#include <htslib/hts.h>
#include <htslib/kstring.h>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <optional>
#include <string_view>
#include <unordered_map>

#include "core/io/number_text.h"
#include "core/runtime/input_error.h"

namespace locuscope {

namespace {

std::string lower(std::string_view text) {
    std::string result(text);
    for (char& c : result) {
        if (c >= 'A' && c <= 'Z') {
            c = static_cast<char>(c - 'A' + 'a');
        }
    }
    return result;
}

// Tab- or comma-separated when the header has a tab or a comma; runs of spaces otherwise.
char detectSeparator(std::string_view header) {
    if (header.find('\t') != std::string_view::npos) {
        return '\t';
    }
    if (header.find(',') != std::string_view::npos) {
        return ',';
    }
    return ' ';
}

void split(std::string_view line, char separator, std::vector<std::string_view>& fields) {
    fields.clear();
    if (separator == ' ') {
        std::size_t i = 0;
        while (i < line.size()) {
            while (i < line.size() && (line[i] == ' ' || line[i] == '\t')) {
                ++i;
            }
            const std::size_t start = i;
            while (i < line.size() && line[i] != ' ' && line[i] != '\t') {
                ++i;
            }
            if (i > start) {
                fields.push_back(line.substr(start, i - start));
            }
        }
        return;
    }
    std::size_t start = 0;
    while (true) {
        const std::size_t at = line.find(separator, start);
        std::string_view field =
            line.substr(start, at == std::string_view::npos ? std::string_view::npos : at - start);
        // Trim spaces and CSV quotes.
        while (!field.empty() && (field.front() == ' ' || field.front() == '"')) {
            field.remove_prefix(1);
        }
        while (!field.empty() && (field.back() == ' ' || field.back() == '"')) {
            field.remove_suffix(1);
        }
        fields.push_back(field);
        if (at == std::string_view::npos) {
            break;
        }
        start = at + 1;
    }
}

int findColumn(const std::vector<std::string_view>& header, std::initializer_list<const char*> names) {
    for (const char* name : names) {
        for (std::size_t i = 0; i < header.size(); ++i) {
            if (lower(header[i]) == name) {
                return static_cast<int>(i);
            }
        }
    }
    return -1;
}

}  // namespace

std::vector<GwasSummaryRow> readGwasSummary(const std::filesystem::path& file) {
    std::error_code error;
    if (!std::filesystem::is_regular_file(file, error)) {
        throw InputError(file,
                         std::filesystem::exists(file, error) ? "not a regular file" : "file not found");
    }
    hts_set_log_level(HTS_LOG_OFF);
    errno = 0;
    htsFile* handle = hts_open(file.c_str(), "r");
    if (handle == nullptr) {
        throw InputError(
            file, std::string("cannot open: ") + (errno != 0 ? std::strerror(errno) : "unknown error"));
    }
    kstring_t buffer{0, 0, nullptr};
    struct Closer {
        htsFile* handle;
        kstring_t* buffer;
        ~Closer() {
            hts_close(handle);
            free(buffer->s);
        }
    } closer{handle, &buffer};

    std::vector<GwasSummaryRow> rows;
    std::vector<std::string_view> fields;
    std::int64_t lineNumber = 0;
    bool haveHeader = false;
    char separator = '\t';
    int chromColumn = -1, posColumn = -1, pColumn = -1, idColumn = -1;
    std::size_t needed = 0;
    std::unordered_map<std::string, int> contigOrder;
    std::vector<int> rowContig;

    while (true) {
        if (hts_get_format(handle)->format == empty_format) {
            break;
        }
        const int ret = hts_getline(handle, '\n', &buffer);
        if (ret < -1) {
            throw InputError(file, lineNumber + 1, "read error (truncated or corrupt compressed file?)");
        }
        if (ret == -1) {
            break;
        }
        ++lineNumber;
        std::string_view line(buffer.s, buffer.l);
        while (!line.empty() && (line.back() == '\r' || line.back() == '\n')) {
            line.remove_suffix(1);
        }
        if (line.find_first_not_of(" \t") == std::string_view::npos) {
            continue;
        }
        if (!haveHeader) {
            if (line.substr(0, 2) == "##") {
                continue;  // comment lines above the header
            }
            separator = detectSeparator(line);
            split(line, separator, fields);
            chromColumn =
                findColumn(fields, {"chrom", "chr", "chromosome", "#chrom", "#chr", "chromosome_name"});
            posColumn = findColumn(fields, {"pos", "bp", "position", "base_pair_location"});
            pColumn = findColumn(fields, {"p", "pval", "p_value", "pvalue", "p-value"});
            idColumn = findColumn(fields, {"id", "rsid", "snp", "variant_id", "markername"});
            const char* missing = chromColumn < 0 ? "a chromosome column (CHR, CHROM, chromosome)"
                                  : posColumn < 0 ? "a position column (BP, POS, base_pair_location)"
                                  : pColumn < 0   ? "a p-value column (P, PVAL, p_value)"
                                                  : nullptr;
            if (missing != nullptr) {
                throw InputError(file, lineNumber, std::string("the header has no ") + missing);
            }
            needed = static_cast<std::size_t>(std::max({chromColumn, posColumn, pColumn, idColumn})) + 1;
            haveHeader = true;
            continue;
        }
        split(line, separator, fields);
        if (fields.size() < needed) {
            throw InputError(file, lineNumber,
                             "expected at least " + std::to_string(needed) + " columns, found " +
                                 std::to_string(fields.size()));
        }
        GwasSummaryRow row;
        row.chrom = std::string(fields[chromColumn]);
        const auto pos = parseInteger(fields[posColumn]);
        if (!pos || *pos < 1) {
            throw InputError(file, lineNumber,
                             "position '" + std::string(fields[posColumn]) + "' is not a positive integer");
        }
        row.pos = *pos;
        const auto p = parseDouble(fields[pColumn]);
        if (!p || !(*p > 0.0 && *p <= 1.0)) {
            throw InputError(file, lineNumber,
                             "p-value '" + std::string(fields[pColumn]) + "' is not in (0, 1]");
        }
        row.p = *p;
        if (idColumn >= 0) {
            row.id = std::string(fields[idColumn]);
            if (row.id == ".") {
                row.id.clear();
            }
        }
        const auto order = contigOrder.emplace(row.chrom, static_cast<int>(contigOrder.size())).first->second;
        rowContig.push_back(order);
        rows.push_back(std::move(row));
    }
    if (!haveHeader) {
        throw InputError(file, "no header line (expected columns such as CHR, BP, P)");
    }

    std::vector<std::size_t> order(rows.size());
    for (std::size_t i = 0; i < order.size(); ++i) {
        order[i] = i;
    }
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return rowContig[a] != rowContig[b] ? rowContig[a] < rowContig[b] : rows[a].pos < rows[b].pos;
    });
    std::vector<GwasSummaryRow> sorted;
    sorted.reserve(rows.size());
    for (const std::size_t i : order) {
        sorted.push_back(std::move(rows[i]));
    }
    return sorted;
}

}  // namespace locuscope
