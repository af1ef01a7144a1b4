#pragma once

#include <string>

#include "core/runtime/progress.h"

namespace locuscope {

// Times float32 n x n matrix products on the chosen device: the ceiling every model here runs
// against. Used by `locuscope-cli info --gemm`, `locuscope-cli bench gemm` and the GUI's
// Tools > Measure compute speed job, and as the reference for FLOP/s ratios in benchmarks.
struct GemmBenchmarkConfig {
    int size = 1024;          // n
    int repeats = 20;         // timed products after one warm-up product
    std::string device;       // empty = process default (see configureRuntime)
};

struct GemmBenchmarkReport {
    int size = 0;
    int repeats = 0;
    std::string device;
    int threads = 0;
    double bestSeconds = 0;    // fastest single product
    double medianSeconds = 0;
    double bestGflops = 0;     // 2 n^3 / bestSeconds / 1e9
    double medianGflops = 0;
    double totalSeconds = 0;   // including warm-up
    double checksumError = 0;  // max |C - A.B| on sampled entries, recomputed in double precision
};

// Throws InputError for bad options, OperationCancelled when progress asks to stop.
GemmBenchmarkReport runGemmBenchmark(const GemmBenchmarkConfig& config, Progress& progress);

std::string toJson(const GemmBenchmarkReport& report);

}  // namespace locuscope
