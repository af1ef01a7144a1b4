#include "core/genome/tss_index.h"

#include <algorithm>
#include <cctype>
#include <utility>

namespace locuscope {
namespace {

std::string lowerCase(std::string_view text) {
    std::string lower(text);
    for (char& c : lower) {
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    return lower;
}

// "chr1" -> "1", "chrM"/"M"/"chrMT" -> "mt"; lower-case so "chrx" and "X" meet.
std::string bareContig(std::string_view name) {
    std::string bare = lowerCase(name);
    if (bare.size() > 3 && bare.compare(0, 3, "chr") == 0) {
        bare.erase(0, 3);
    }
    if (bare == "m") {
        bare = "mt";
    }
    return bare;
}

// "ENSG00000187634.12" -> "ensg00000187634": GENCODE versions its ids, ExPecto's BED does not.
std::string versionlessId(std::string_view id) {
    const std::size_t dot = id.rfind('.');
    if (dot != std::string_view::npos && dot > 0 && dot + 1 < id.size() &&
        std::all_of(id.begin() + static_cast<std::ptrdiff_t>(dot) + 1, id.end(),
                    [](char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; })) {
        id = id.substr(0, dot);
    }
    return lowerCase(id);
}

}  // namespace

TssIndex::TssIndex(std::vector<TssEntry> entries, std::filesystem::path source)
    : source_(std::move(source)), entries_(std::move(entries)) {
    // sort-bed's order; stable so that repeated identical lines keep their file order.
    std::vector<std::size_t> order(entries_.size());
    std::vector<std::string> tail(entries_.size());
    for (std::size_t i = 0; i < entries_.size(); ++i) {
        order[i] = i;
        tail[i] = entries_[i].bedTail();
    }
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        const TssEntry& x = entries_[a];
        const TssEntry& y = entries_[b];
        if (const int byChrom = x.chrom.compare(y.chrom); byChrom != 0) {
            return byChrom < 0;
        }
        if (x.tss != y.tss) {
            return x.tss < y.tss;
        }
        return tail[a] < tail[b];
    });
    std::vector<TssEntry> sorted;
    sorted.reserve(entries_.size());
    for (const std::size_t i : order) {
        sorted.push_back(std::move(entries_[i]));
    }
    entries_ = std::move(sorted);

    positions_.reserve(entries_.size());
    for (std::size_t i = 0; i < entries_.size(); ++i) {
        const TssEntry& entry = entries_[i];
        positions_.push_back(entry.tss);
        if (contigNames_.empty() || contigNames_.back() != entry.chrom) {
            const int contig = static_cast<int>(contigNames_.size());
            contigNames_.push_back(entry.chrom);
            contigBegin_.push_back(i);
            exactContigs_.emplace(entry.chrom, contig);
            const auto [bare, inserted] = bareContigs_.emplace(bareContig(entry.chrom), contig);
            if (!inserted) {
                bare->second = -2;  // "1" and "chr1" both present: only exact names find them
            }
        }
        byGeneId_.emplace(versionlessId(entry.geneId), i);
        if (!entry.symbol.empty()) {
            bySymbol_.emplace(lowerCase(entry.symbol), i);
        }
    }
    contigBegin_.push_back(entries_.size());
}

TssIndex TssIndex::fromFile(const std::filesystem::path& file, const GtfOptions& gtfOptions) {
    return TssIndex(readGeneAnnotation(file, gtfOptions), file);
}

int TssIndex::contigIndex(std::string_view chrom) const {
    if (const auto exact = exactContigs_.find(std::string(chrom)); exact != exactContigs_.end()) {
        return exact->second;
    }
    const auto bare = bareContigs_.find(bareContig(chrom));
    return bare == bareContigs_.end() || bare->second < 0 ? -1 : bare->second;
}

std::optional<TssIndex::Hit> TssIndex::nearest(std::string_view chrom, std::int64_t pos) const {
    return nearestOnContig(contigIndex(chrom), pos);
}

std::optional<TssIndex::Hit> TssIndex::nearestOnContig(int contig, std::int64_t pos) const {
    if (contig < 0 || static_cast<std::size_t>(contig) + 1 >= contigBegin_.size()) {
        return std::nullopt;
    }
    const std::int64_t* first = positions_.data() + contigBegin_[static_cast<std::size_t>(contig)];
    const std::int64_t* last = positions_.data() + contigBegin_[static_cast<std::size_t>(contig) + 1];
    // `after` is the first TSS right of the variant: the first of its identical copies. The one
    // before it is the last TSS at or left of the variant: the last of its copies.
    const std::int64_t* after = std::upper_bound(first, last, pos);
    const std::int64_t* chosen = nullptr;
    if (after == first) {
        chosen = after;
    } else if (after == last || pos - after[-1] <= *after - pos) {
        chosen = after - 1;  // overlap (distance 0) or the left one, which also wins ties
    } else {
        chosen = after;
    }
    return Hit{&entries_[static_cast<std::size_t>(chosen - positions_.data())], pos - *chosen};
}

std::vector<const TssEntry*> TssIndex::findGene(std::string_view idOrSymbol) const {
    std::vector<std::size_t> found;
    const auto [idFirst, idLast] = byGeneId_.equal_range(versionlessId(idOrSymbol));
    for (auto it = idFirst; it != idLast; ++it) {
        found.push_back(it->second);
    }
    // A versioned query prefers its own version when the annotation has it.
    const std::string wanted = lowerCase(idOrSymbol);
    if (std::any_of(found.begin(), found.end(),
                    [&](std::size_t i) { return lowerCase(entries_[i].geneId) == wanted; })) {
        found.erase(std::remove_if(found.begin(), found.end(),
                                   [&](std::size_t i) { return lowerCase(entries_[i].geneId) != wanted; }),
                    found.end());
    }
    if (found.empty()) {
        const auto [symbolFirst, symbolLast] = bySymbol_.equal_range(wanted);
        for (auto it = symbolFirst; it != symbolLast; ++it) {
            found.push_back(it->second);
        }
    }
    std::sort(found.begin(), found.end());
    std::vector<const TssEntry*> genes;
    genes.reserve(found.size());
    for (const std::size_t i : found) {
        genes.push_back(&entries_[i]);
    }
    return genes;
}

}  // namespace locuscope
