#pragma once

#include <cstdint>
#include <filesystem>
#include <vector>

#include "core/runtime/progress.h"

namespace locuscope {

// `locuscope-cli bench tss`: a synthetic genome-wide VCF (24 contigs, sorted, one SNV per record)
// and a 20,000-TSS BED are written to a scratch folder, then `tss` runs on growing record counts.
// Memory is the process's peak RSS after each run: flat when it does not grow with the record count.
struct TssBenchmarkConfig {
    std::vector<std::int64_t> records = {100000, 1000000};
    std::int64_t tssCount = 20000;
    bool bgzip = false;             // compress the VCF (BGZF) instead of plain text
    std::filesystem::path scratch;  // default: a fresh folder under the system temp directory, removed after
};

struct TssBenchmarkRun {
    std::int64_t records = 0;
    std::uintmax_t vcfBytes = 0;
    double generateSeconds = 0;
    double tssSeconds = 0;  // the whole `tss` pipeline: read genes, stream the VCF, write the TSV
    double recordsPerSecond = 0;
    std::int64_t peakRssKb = 0;  // after this run
};

std::vector<TssBenchmarkRun> runTssBenchmark(const TssBenchmarkConfig& config, Progress& progress);

}  // namespace locuscope
