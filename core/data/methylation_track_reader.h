#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <utility>
#include <vector>

#include "core/data/methylation_track.h"
#include "core/genome/genomic_region.h"

namespace locuscope {

enum class MethylationFileFormat {
    Auto,       // from the first data line: 4 columns = bedGraph, 11 or more = bedMethyl
    BedGraph,   // chrom, start0, end, value
    BedMethyl,  // ENCODE 11 columns, or modkit's 18 (coverage = column 10, percent = column 11)
};

// How a bedGraph value is read. bedMethyl's column 11 is always a percentage.
enum class MethylationValueScale {
    Auto,      // percent if any value in the file is above 1, fraction otherwise
    Fraction,  // 0..1
    Percent,   // 0..100
};

struct MethylationReadOptions {
    MethylationFileFormat format = MethylationFileFormat::Auto;
    MethylationValueScale valueScale = MethylationValueScale::Auto;
    // Drop sites with fewer reads (after strand merging, so two strands of 3 reads pass a minimum
    // of 5). 0 = keep all. A file without coverage (bedGraph) and a minimum above 0 is an InputError.
    std::int32_t minimumCoverage = 0;
    // Move '-' strand calls (at the G of a CpG) onto the '+' strand C at position - 1 and join them
    // with a '+' call there, weighting by coverage (Cell-type-INTERACT's rule); merged sites have
    // strand '+'. No check that the bases are a CpG: the file alone does not say.
    bool mergeStrands = false;
    // Keep only sites inside these regions (1-based inclusive, chrom spelling harmonised); empty = all.
    std::vector<GenomicRegion> regions;
};

// What reading found, for reports and the GUI's status line.
struct MethylationReadSummary {
    MethylationFileFormat format = MethylationFileFormat::Auto;      // as detected
    MethylationValueScale valueScale = MethylationValueScale::Auto;  // as applied (Fraction or Percent)
    std::int64_t dataLines = 0;
    std::int64_t sites = 0;                                     // in the track
    std::int64_t mergedPairs = 0;                               // '+'/'-' pairs joined by mergeStrands
    std::vector<std::pair<std::string, std::int64_t>> skipped;  // reason, lines (or sites) skipped
};

// Reads a bedGraph or bedMethyl file, plain, gzip or bgzip (htslib). Lines starting with "#",
// "track" or "browser" and blank lines are skipped; fields are separated by tabs or spaces (modkit
// writes columns 10-18 space-separated in some versions). A one-base interval [s, s+1) is the C at
// 1-based s+1; a two-base interval [s, s+2) is a CpG given by its + strand C, also s+1. Longer
// intervals are rejected (they are not single sites). Sites are sorted by contig (order of first
// appearance) then position, whatever the file order. InputError naming file and line for: a bad
// number, end <= start, a value outside the scale, a strand other than +, - or ., two calls for one
// position and strand (the error names both lines), no data lines at all.
// bedMethyl: with 18 columns (modkit) the name column is the modification code; only 'm' (5mC) is
// read, other codes ('h' = 5hmC, ...) are skipped and counted. Sites with coverage 0 are skipped
// and counted (their percentage means nothing).
MethylationTrack readMethylationTrack(const std::filesystem::path& file,
                                      const MethylationReadOptions& options = {},
                                      MethylationReadSummary* summary = nullptr);

const char* methylationFileFormatName(MethylationFileFormat format);        // "bedGraph", "bedMethyl", "auto"
const char* methylationValueScaleName(MethylationValueScale scale);         // "fraction", "percent", "auto"
MethylationValueScale parseMethylationValueScale(const std::string& text);  // InputError for others

}  // namespace locuscope
