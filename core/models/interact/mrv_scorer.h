#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "core/genome/cpg_site.h"
#include "core/genome/sequence_source.h"
#include "core/models/interact/interact_predictor.h"

namespace locuscope {

struct MrvSnv {
    std::int64_t pos = 0;  // 1-based
    char ref = 'N';        // upper-case, checked against the reference by the caller
    char alt = 'N';
};

// One output's strongest effect: the CpG where |alt - ref| is largest (ties: the lowest position,
// as the original kept the first CpG found).
struct MrvCpgEffect {
    CpgSite cpg;
    float refValue = 0.0f;
    float altValue = 0.0f;
    float difference() const { return altValue - refValue; }
};

struct MrvScore {
    std::int32_t cpgCount = 0;           // CpGs within maxDistance; 0 means nothing was scored
    std::vector<MrvCpgEffect> outputs;   // per model output (empty when cpgCount is 0)
    std::int32_t bestOutput = -1;        // the output with the largest |difference| (ties: first)
};

struct MrvScorerStats {
    std::int64_t snvs = 0;
    std::int64_t pairs = 0;       // (SNV, CpG) pairs scored
    std::int64_t refWindows = 0;  // forward passes on reference windows: one per CpG
    std::int64_t altWindows = 0;  // one per pair
    // What predicting ref and alt for every pair would have cost (the original's way).
    std::int64_t naiveWindows() const { return 2 * pairs; }
};

struct MrvOptions {
    std::int64_t maxDistance = 1000;  // |snv - cpg| <= maxDistance; at most the window's half-width
    bool bothStrands = false;         // Cell-type-INTERACT: minus-strand CpGs, reverse-complemented windows
    std::int64_t blockSnvs = 512;     // SNVs whose windows are gathered together
};

// MRV scoring (specs/interact.md §4) without the original's 1-Mb chunk losses: every CpG within
// maxDistance of an SNV, on any side of any boundary, contig starts padded with N. Each CpG's
// reference window is predicted once and reused by every SNV near it.
class MrvScorer {
public:
    MrvScorer(InteractPredictor& predictor, const SequenceSource& reference, MrvOptions options);

    // `snvs` on one contig (the reference's name), sorted by position. `onProgress(done)` is called
    // after each block with the number of SNVs finished so far; it may throw to cancel.
    std::vector<MrvScore> scoreContig(const std::string& contig, const std::vector<MrvSnv>& snvs,
                                      const std::function<void(std::int64_t)>& onProgress);

    const MrvScorerStats& stats() const { return stats_; }

private:
    InteractPredictor& predictor_;
    const SequenceSource& reference_;
    MrvOptions options_;
    MrvScorerStats stats_;
};

}  // namespace locuscope
