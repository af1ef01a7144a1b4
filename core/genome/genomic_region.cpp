#include "core/genome/genomic_region.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <fstream>
#include <map>

#include "core/genome/contig_names.h"
#include "core/runtime/input_error.h"

namespace locuscope {
namespace {

// "1,000" -> 1000; false for anything but digits and commas.
bool parsePosition(std::string_view text, std::int64_t& value) {
    std::string digits;
    for (const char c : text) {
        if (c == ',') {
            continue;
        }
        if (!std::isdigit(static_cast<unsigned char>(c))) {
            return false;
        }
        digits += c;
    }
    if (digits.empty() || digits.size() > 15) {
        return false;
    }
    std::from_chars(digits.data(), digits.data() + digits.size(), value);
    return true;
}

std::string_view trim(std::string_view text) {
    while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front()))) {
        text.remove_prefix(1);
    }
    while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back()))) {
        text.remove_suffix(1);
    }
    return text;
}

bool looksLikeChromosome(std::string_view text) {
    const std::string canonical = canonicalContigName(text);
    if (canonical == "X" || canonical == "Y" || canonical == "M") {
        return true;
    }
    return !canonical.empty() && canonical.size() <= 2 &&
           std::all_of(canonical.begin(), canonical.end(),
                       [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
}

}  // namespace

std::string GenomicRegion::toString() const {
    if (start == 1 && end == wholeContig) {
        return chrom;
    }
    return chrom + ":" + std::to_string(start) + "-" + std::to_string(end);
}

GenomicRegion parseGenomicRegion(std::string_view text, std::string_view what) {
    const std::string_view original = text;
    text = trim(text);
    const auto fail = [&](const std::string& problem) {
        throw InputError(std::string(what) + " '" + std::string(original) + "': " + problem);
    };
    GenomicRegion region;
    const std::size_t colon = text.rfind(':');
    if (colon == std::string_view::npos) {
        if (text.empty() || text.find_first_of(" \t") != std::string_view::npos) {
            fail("expected chr:start-end, chr:pos or a contig name");
        }
        region.chrom = std::string(text);
        return region;
    }
    region.chrom = std::string(text.substr(0, colon));
    if (region.chrom.empty()) {
        fail("no contig name before ':'");
    }
    const std::string_view span = text.substr(colon + 1);
    const std::size_t dash = span.find('-');
    if (dash == std::string_view::npos) {
        if (!parsePosition(span, region.start)) {
            fail("the position is not a number");
        }
        region.end = region.start;
    } else if (!parsePosition(span.substr(0, dash), region.start) ||
               !parsePosition(span.substr(dash + 1), region.end)) {
        fail("start and end must be numbers (chr:start-end, 1-based, inclusive)");
    }
    if (region.start < 1) {
        fail("positions are 1-based: the first base is 1");
    }
    if (region.end < region.start) {
        fail("end is before start");
    }
    return region;
}

std::vector<GenomicRegion> readRegionsFile(const std::filesystem::path& file) {
    std::ifstream stream(file, std::ios::binary);
    if (!stream) {
        throw InputError(file, "cannot open the regions file");
    }
    std::vector<GenomicRegion> regions;
    std::string line;
    std::int64_t lineNumber = 0;
    while (std::getline(stream, line)) {
        ++lineNumber;
        if (!line.empty() && line.back() == '\r') {
            line.pop_back();
        }
        const std::string_view text = trim(line);
        if (text.empty() || text[0] == '#' || text.rfind("track", 0) == 0 || text.rfind("browser", 0) == 0) {
            continue;
        }
        const std::size_t tab = text.find('\t');
        if (tab == std::string_view::npos) {
            try {
                regions.push_back(parseGenomicRegion(text));
            } catch (const InputError& error) {
                throw InputError(file, lineNumber, error.problem());
            }
            continue;
        }
        // BED: chrom, start (0-based), end (exclusive), then anything.
        const std::size_t secondTab = text.find('\t', tab + 1);
        if (secondTab == std::string_view::npos) {
            throw InputError(file, lineNumber, "a BED line needs chrom, start and end");
        }
        const std::size_t thirdTab = text.find('\t', secondTab + 1);
        GenomicRegion region;
        region.chrom = std::string(text.substr(0, tab));
        std::int64_t begin0 = 0;
        if (!parsePosition(text.substr(tab + 1, secondTab - tab - 1), begin0) ||
            !parsePosition(
                text.substr(secondTab + 1, thirdTab == std::string_view::npos ? std::string_view::npos
                                                                              : thirdTab - secondTab - 1),
                region.end)) {
            throw InputError(file, lineNumber, "BED start and end must be non-negative numbers");
        }
        if (region.end <= begin0) {
            throw InputError(file, lineNumber, "BED end must be greater than start (0-based, half-open)");
        }
        region.start = begin0 + 1;
        regions.push_back(std::move(region));
    }
    if (stream.bad()) {
        throw InputError(file, "read error");
    }
    return regions;
}

std::vector<GenomicRegion> mergeRegions(std::vector<GenomicRegion> regions) {
    std::map<std::string, std::size_t> firstSeen;
    for (const GenomicRegion& region : regions) {
        firstSeen.emplace(region.chrom, firstSeen.size());
    }
    std::sort(regions.begin(), regions.end(), [&](const GenomicRegion& a, const GenomicRegion& b) {
        const std::size_t contigA = firstSeen.at(a.chrom);
        const std::size_t contigB = firstSeen.at(b.chrom);
        return contigA != contigB ? contigA < contigB : a.start < b.start;
    });
    std::vector<GenomicRegion> merged;
    for (GenomicRegion& region : regions) {
        if (!merged.empty() && merged.back().chrom == region.chrom &&
            (merged.back().end == GenomicRegion::wholeContig || region.start <= merged.back().end + 1)) {
            merged.back().end = std::max(merged.back().end, region.end);
        } else {
            merged.push_back(std::move(region));
        }
    }
    return merged;
}

LocusQuery parseLocus(std::string_view text) {
    text = trim(text);
    LocusQuery query;
    if (text.find(':') != std::string_view::npos || looksLikeChromosome(text)) {
        query.kind = LocusQuery::Kind::Region;
        query.region = parseGenomicRegion(text, "locus");
        return query;
    }
    if (text.empty()) {
        throw InputError("locus: empty (expected chr:start-end, chr:pos, a gene or a variant ID)");
    }
    const bool rsId = text.size() > 2 && (text[0] == 'r' || text[0] == 'R') &&
                      (text[1] == 's' || text[1] == 'S') &&
                      std::all_of(text.begin() + 2, text.end(),
                                  [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
    query.kind = rsId ? LocusQuery::Kind::VariantId : LocusQuery::Kind::Gene;
    query.name = std::string(text);
    return query;
}

}  // namespace locuscope
