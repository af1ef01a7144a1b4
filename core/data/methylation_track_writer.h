#pragma once

#include <filesystem>

#include "core/data/methylation_track.h"

namespace locuscope {

// bedGraph: "chrom  start0  start0+1  beta" with beta as a fraction (4 decimals), one line per site,
// no header line, contigs in track order. Written atomically.
void writeMethylationBedGraph(const MethylationTrack& track, const std::filesystem::path& file);

// ENCODE bedMethyl (11 columns): chrom, start0, start0+1, name ".", score min(coverage, 1000),
// strand ('.' written as '+'), thickStart, thickEnd, itemRgb "0,0,0", coverage, percent (2 decimals).
// Every site needs a known coverage (InputError otherwise). Written atomically.
void writeMethylationBedMethyl(const MethylationTrack& track, const std::filesystem::path& file);

}  // namespace locuscope
