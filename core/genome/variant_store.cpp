#include "core/genome/variant_store.h"

#include <htslib/vcf.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <limits>
#include <stdexcept>
#include <unordered_map>

#include "core/genome/contig_names.h"
#include "core/genome/reference_genome.h"
#include "core/genome/vcf_reader.h"
#include "core/genome/vcf_record.h"
#include "core/io/number_text.h"
#include "core/runtime/input_error.h"
#include "core/runtime/progress.h"

namespace locuscope {

namespace {

constexpr std::int64_t kReportEvery = 50000;
constexpr std::int64_t kCancelCheckEvery = 4096;
constexpr std::int64_t kReferenceChunk = 1 << 20;  // bases fetched at a time by checkReference

bool isBase(char c) {
    switch (c) {
        case 'A':
        case 'C':
        case 'G':
        case 'T':
        case 'a':
        case 'c':
        case 'g':
        case 't':
            return true;
        default:
            return false;
    }
}

char upper(char c) {
    return (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c;
}

std::string_view dotIsEmpty(std::string_view field) {
    return field == "." ? std::string_view() : field;
}

// Splits the first `count` tab-separated columns of a VCF line.
int splitColumns(std::string_view line, std::string_view* columns, int count) {
    int n = 0;
    std::size_t start = 0;
    while (n < count) {
        const std::size_t tab = line.find('\t', start);
        columns[n++] =
            line.substr(start, tab == std::string_view::npos ? std::string_view::npos : tab - start);
        if (tab == std::string_view::npos) {
            break;
        }
        start = tab + 1;
    }
    return n;
}

}  // namespace

VariantStore::Span VariantStore::append(std::string_view value) {
    Span span{arena_.size(), static_cast<std::uint32_t>(value.size())};
    arena_.append(value.data(), value.size());
    return span;
}

VariantStore VariantStore::read(const std::filesystem::path& vcf, Progress& progress, std::int64_t maxRecords) {
    VariantStore store;
    store.path_ = vcf;
    VcfReader reader(vcf);
    const bcf_hdr_t* header = reader.htsHeader();
    for (int i = 0; i < header->nhrec; ++i) {
        bcf_hrec_t* hrec = header->hrec[i];
        if (hrec->type == BCF_HL_INFO) {
            const int key = bcf_hrec_find_key(hrec, "ID");
            if (key >= 0) {
                store.infoKeys_.emplace_back(hrec->vals[key]);
            }
        }
    }

    // Plain-text VCF: the formatted lines are about as long as the file's, which estimates a total.
    std::error_code error;
    const auto fileSize = std::filesystem::file_size(vcf, error);
    const bool estimateTotal = !error && reader.format() == VcfFileFormat::Vcf;
    std::uint64_t bytesSeen = 0;

    std::unordered_map<std::string, int> contigIndex;
    int lastContig = -1;
    kstring_t line{0, 0, nullptr};
    VcfRecord record;
    std::int64_t records = 0;
    try {
        while (reader.nextRecord(record)) {
            bcf1_t* hts = record.htsRecord();
            // Only the first 8 columns are kept: format without the samples (cheaper, and enough).
            const int samples = hts->n_sample;
            hts->n_sample = 0;
            line.l = 0;
            const int formatted = vcf_format(header, hts, &line);
            hts->n_sample = samples;
            if (formatted < 0) {
                throw InputError(vcf, record.line(), "cannot format the record");
            }
            bytesSeen += line.l;
            std::string_view columns[8];
            std::string_view text(line.s, line.l);
            while (!text.empty() && (text.back() == '\n' || text.back() == '\r')) {
                text.remove_suffix(1);
            }
            const int n = splitColumns(text, columns, 8);
            if (n < 8) {
                throw InputError(vcf, record.line(), "fewer than 8 columns");
            }

            // Records come in runs of one contig: only a change of contig needs the map.
            if (lastContig < 0 || columns[0] != store.contigs_[lastContig]) {
                const std::string chrom(columns[0]);
                auto found = contigIndex.find(chrom);
                if (found == contigIndex.end()) {
                    found = contigIndex.emplace(chrom, static_cast<int>(store.contigs_.size())).first;
                    store.contigs_.push_back(chrom);
                    store.contigRows_.emplace_back();
                    store.contigRowsSorted_.push_back(true);
                    store.contigMaxRefLength_.push_back(1);
                }
                lastContig = found->second;
            }
            const int contig = lastContig;
            const std::uint32_t recordIndex = static_cast<std::uint32_t>(store.recPos_.size());
            const std::int64_t pos = static_cast<std::int64_t>(hts->pos) + 1;
            store.recContig_.push_back(contig);
            store.recPos_.push_back(pos);
            store.recQual_.push_back(bcf_float_is_missing(hts->qual) ? std::numeric_limits<float>::quiet_NaN()
                                                                     : hts->qual);
            store.recId_.push_back(store.append(dotIsEmpty(columns[2])));
            store.recRef_.push_back(store.append(columns[3]));
            store.recFilter_.push_back(store.append(dotIsEmpty(columns[6])));
            store.recInfo_.push_back(store.append(dotIsEmpty(columns[7])));

            auto& rows = store.contigRows_[contig];
            if (!rows.empty() && store.recPos_[store.rowRecord_[rows.back()]] > pos) {
                store.contigRowsSorted_[contig] = false;
            }
            store.contigMaxRefLength_[contig] = std::max<std::int64_t>(
                store.contigMaxRefLength_[contig], std::max<std::size_t>(1, columns[3].size()));

            const std::string_view alts = dotIsEmpty(columns[4]);
            std::size_t start = 0;
            do {
                const std::size_t comma = alts.find(',', start);
                const std::string_view alt = alts.substr(
                    start, comma == std::string_view::npos ? std::string_view::npos : comma - start);
                rows.push_back(static_cast<std::uint32_t>(store.rowRecord_.size()));
                store.rowRecord_.push_back(recordIndex);
                store.rowAlt_.push_back(store.append(alt));
                start = comma == std::string_view::npos ? std::string_view::npos : comma + 1;
            } while (start != std::string_view::npos);

            ++records;
            if (maxRecords >= 0 && records >= maxRecords) {
                store.complete_ = false;
                break;
            }
            if (records % kCancelCheckEvery == 0) {
                throwIfCancelled(progress);
            }
            if (records % kReportEvery == 0) {
                const std::int64_t total =
                    estimateTotal && bytesSeen > 0
                        ? std::max<std::int64_t>(
                              records,
                              static_cast<std::int64_t>(static_cast<double>(fileSize) / bytesSeen * records))
                        : 0;
                progress.report(records, total, "Reading " + vcf.filename().string());
            }
        }
    } catch (...) {
        free(line.s);
        throw;
    }
    free(line.s);
    progress.report(records, records, "Read " + std::to_string(records) + " records");
    store.arena_.shrink_to_fit();
    return store;
}

bool VariantStore::isSnv(std::size_t row) const {
    const std::string_view r = ref(row);
    const std::string_view a = alt(row);
    return r.size() == 1 && a.size() == 1 && isBase(r[0]) && isBase(a[0]);
}

std::optional<double> VariantStore::infoNumber(std::size_t row, std::string_view key) const {
    const std::string_view text = info(row);
    std::size_t start = 0;
    while (start <= text.size() && !text.empty()) {
        const std::size_t semicolon = text.find(';', start);
        const std::string_view entry = text.substr(
            start, semicolon == std::string_view::npos ? std::string_view::npos : semicolon - start);
        const std::size_t equals = entry.find('=');
        const std::string_view name = entry.substr(0, equals);
        if (name == key) {
            if (equals == std::string_view::npos) {
                return 1.0;  // a flag
            }
            const std::string_view values = entry.substr(equals + 1);
            return parseDouble(values.substr(0, values.find(',')));
        }
        if (semicolon == std::string_view::npos) {
            break;
        }
        start = semicolon + 1;
    }
    return std::nullopt;
}

std::vector<std::size_t> VariantStore::rowsIn(std::string_view contig, std::int64_t start,
                                              std::int64_t end) const {
    std::vector<std::size_t> result;
    const ContigNameMap names(contigs_);
    const auto resolved = names.resolve(contig);
    if (!resolved || start > end) {
        return result;
    }
    const int index =
        static_cast<int>(std::find(contigs_.begin(), contigs_.end(), *resolved) - contigs_.begin());
    const auto& rows = contigRows_[index];
    const auto overlaps = [&](std::uint32_t row) {
        const std::uint32_t rec = rowRecord_[row];
        const std::int64_t first = recPos_[rec];
        const std::int64_t last = first + std::max<std::int64_t>(1, recRef_[rec].length) - 1;
        return first <= end && last >= start;
    };
    auto begin = rows.begin();
    if (contigRowsSorted_[index]) {
        // A row starting more than the longest REF before `start` cannot reach it.
        const std::int64_t from = start - contigMaxRefLength_[index] + 1;
        begin = std::lower_bound(rows.begin(), rows.end(), from,
                                 [&](std::uint32_t row, std::int64_t value) { return pos(row) < value; });
    }
    for (auto it = begin; it != rows.end(); ++it) {
        if (contigRowsSorted_[index] && pos(*it) > end) {
            break;
        }
        if (overlaps(*it)) {
            result.push_back(*it);
        }
    }
    return result;
}

std::vector<std::size_t> VariantStore::rowsWithId(std::string_view wanted) const {
    std::vector<std::size_t> result;
    if (wanted.empty()) {
        return result;
    }
    for (std::size_t row = 0; row < size(); ++row) {
        const std::string_view value = id(row);
        if (value.size() < wanted.size()) {
            continue;
        }
        std::size_t start = 0;
        while (true) {
            const std::size_t semicolon = value.find(';', start);
            const std::string_view part = value.substr(
                start, semicolon == std::string_view::npos ? std::string_view::npos : semicolon - start);
            if (part == wanted) {
                result.push_back(row);
                break;
            }
            if (semicolon == std::string_view::npos) {
                break;
            }
            start = semicolon + 1;
        }
    }
    return result;
}

void VariantStore::checkReference(const ReferenceGenome& reference, Progress& progress) {
    setReferenceChecks(computeReferenceChecks(reference, progress));
}

void VariantStore::setReferenceChecks(std::vector<RefCheck> checks) {
    if (checks.size() != size()) {
        throw std::invalid_argument("VariantStore::setReferenceChecks: wrong number of rows");
    }
    refCheck_ = std::move(checks);
}

std::vector<RefCheck> VariantStore::computeReferenceChecks(const ReferenceGenome& reference,
                                                           Progress& progress) const {
    std::vector<RefCheck> checks(size(), RefCheck::Unchecked);
    std::int64_t done = 0;
    const std::int64_t total = static_cast<std::int64_t>(size());
    for (std::size_t c = 0; c < contigs_.size(); ++c) {
        const auto resolved = reference.resolveContig(contigs_[c]);
        std::string chunk;
        std::int64_t chunkStart = 0;  // 0-based start of `chunk`
        for (const std::uint32_t row : contigRows_[c]) {
            if (++done % kCancelCheckEvery == 0) {
                throwIfCancelled(progress);
            }
            if (done % kReportEvery == 0) {
                progress.report(done, total, "Checking REF against " + reference.path().filename().string());
            }
            if (!resolved) {
                checks[row] = RefCheck::NoContig;
                continue;
            }
            const std::string_view r = ref(row);
            const std::int64_t begin = pos(row) - 1;
            const std::int64_t end = begin + static_cast<std::int64_t>(r.size());
            if (begin < chunkStart || end > chunkStart + static_cast<std::int64_t>(chunk.size())) {
                chunkStart = begin;
                chunk = reference.fetch(*resolved, chunkStart,
                                        chunkStart + std::max<std::int64_t>(kReferenceChunk, end - begin));
            }
            bool match = true;
            for (std::size_t i = 0; i < r.size() && match; ++i) {
                const char expected = chunk[begin - chunkStart + static_cast<std::int64_t>(i)];
                const char base = upper(r[i]);
                // 'N' in either matches anything: an ambiguous base is no evidence of a wrong REF.
                match = base == expected || base == 'N' || expected == 'N';
            }
            checks[row] = match ? RefCheck::Match : RefCheck::Mismatch;
        }
    }
    progress.report(total, total, "REF checked");
    return checks;
}

}  // namespace locuscope
