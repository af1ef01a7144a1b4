#pragma once

// How much attribution falls on known motif bases: the check that an attribution method points
// at the planted motifs of a `simulate methylation` genome (features.bed, docs/methdata.md).
// Torch-free.

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace locuscope {

struct GenomeFeature {
    std::string chrom;
    std::int64_t start = 0;  // 0-based, half-open (BED)
    std::int64_t end = 0;
    std::string name;
    char strand = '.';
    std::string origin;  // "planted" / "chance" (simulate methylation), "" when absent
};

// BED rows (chrom start end [name [score [strand [origin]]]]); '#', "track", "browser" lines
// skipped. InputError with file and line for malformed rows.
std::vector<GenomeFeature> readFeatureBed(const std::filesystem::path& file);

struct MotifAttributionScore {
    std::int64_t positions = 0;       // positions scored (finite attribution)
    std::int64_t motifPositions = 0;  // of which inside a motif
    double totalMass = 0;             // sum |attribution|
    double motifMass = 0;             // sum |attribution| over motif positions
    double motifFraction() const { return totalMass > 0 ? motifMass / totalMass : 0; }
    double positionFraction() const { return positions > 0 ? double(motifPositions) / double(positions) : 0; }
    // Mass share over position share: 1 = no better than chance, > 1 = attribution on motifs.
    double enrichment() const { return positionFraction() > 0 ? motifFraction() / positionFraction() : 0; }
};

// `positions` (1-based genome positions on `chrom`) with one attribution value each (e.g. the
// gradient x input or the IG sum per position). Features of another chrom, and those named
// "island" (simulate methylation's CpG islands, not motifs), are ignored.
MotifAttributionScore scoreMotifAttribution(const std::string& chrom,
                                            const std::vector<std::int64_t>& positions,
                                            const std::vector<double>& attribution,
                                            const std::vector<GenomeFeature>& features);

}  // namespace locuscope
