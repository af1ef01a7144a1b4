#pragma once

#include <cstdint>
#include <string>

#include "core/runtime/progress.h"

namespace locuscope {

// `locuscope-cli bench interact`: windows/s of the INTERACT forward (eval, InferenceMode) for a
// preset's sizes with fresh weights, per stage (CNN, transformer + head), the FLOPs of one window
// counted from the layer shapes, and the achieved FLOP/s against the measured GEMM FLOP/s.
struct InteractBenchmarkConfig {
    std::string preset = "interact";  // interact, celltype, small
    std::int64_t batch = 8;
    double seconds = 10;              // at least this long, after one warm-up batch
    bool measureGemm = true;
    std::string device;
};

struct InteractBenchmarkReport {
    std::string preset;
    std::string device;
    int threads = 0;
    std::int64_t batch = 0;
    std::int64_t windows = 0;
    double seconds = 0;
    double windowsPerSecond = 0;
    double cnnSecondsPerWindow = 0;
    double transformerSecondsPerWindow = 0;
    double gflopPerWindow = 0;
    double achievedGflops = 0;
    double gemmGflops = 0;  // 0 when not measured
};

InteractBenchmarkReport runInteractBenchmark(const InteractBenchmarkConfig& config, Progress& progress);

std::string toJson(const InteractBenchmarkReport& report);

}  // namespace locuscope
