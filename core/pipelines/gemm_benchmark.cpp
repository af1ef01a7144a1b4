#include "core/pipelines/gemm_benchmark.h"

#include <algorithm>
#include <chrono>
#include <vector>

#include <nlohmann/json.hpp>
#include <torch/torch.h>

#include "core/runtime/compute_device.h"
#include "core/runtime/input_error.h"

namespace locuscope {
namespace {

using Clock = std::chrono::steady_clock;

double secondsSince(Clock::time_point start) {
    return std::chrono::duration<double>(Clock::now() - start).count();
}

// Forces completion of queued GPU work; a no-op round trip on the CPU.
void synchronise(const torch::Tensor& tensor) { (void)tensor.sum().item<float>(); }

// Recomputes a few entries of C = A.B in double precision so a broken BLAS cannot report a speed.
double sampledError(const torch::Tensor& a, const torch::Tensor& b, const torch::Tensor& c) {
    const auto n = a.size(0);
    const auto rows = torch::arange(0, n, std::max<int64_t>(1, n / 8), torch::kLong);
    const torch::Tensor expected = torch::matmul(a.index_select(0, rows).to(torch::kCPU, torch::kDouble),
                                                 b.to(torch::kCPU, torch::kDouble));
    const torch::Tensor actual = c.index_select(0, rows.to(c.device())).to(torch::kCPU, torch::kDouble);
    return (expected - actual).abs().max().item<double>();
}

}  // namespace

GemmBenchmarkReport runGemmBenchmark(const GemmBenchmarkConfig& config, Progress& progress) {
    if (config.size < 16 || config.size > 32768) {
        throw InputError("matrix size must be between 16 and 32768, not " + std::to_string(config.size));
    }
    if (config.repeats < 1) {
        throw InputError("repeats must be at least 1, not " + std::to_string(config.repeats));
    }
    const torch::Device device = pipelineDevice(config.device);
    torch::InferenceMode inference;
    const auto start = Clock::now();

    torch::manual_seed(1);
    const auto options = torch::TensorOptions().dtype(torch::kFloat32).device(device);
    const torch::Tensor a = torch::randn({config.size, config.size}, options);
    const torch::Tensor b = torch::randn({config.size, config.size}, options);
    torch::Tensor c = torch::matmul(a, b);  // warm-up: thread pools, BLAS buffers, CUDA context
    synchronise(c);

    std::vector<double> seconds;
    seconds.reserve(static_cast<std::size_t>(config.repeats));
    for (int i = 0; i < config.repeats; ++i) {
        throwIfCancelled(progress);
        const auto productStart = Clock::now();
        c = torch::matmul(a, b);
        synchronise(c);
        seconds.push_back(secondsSince(productStart));
        progress.report(i + 1, config.repeats, "matrix product " + std::to_string(i + 1) + " of " +
                                                    std::to_string(config.repeats));
    }

    GemmBenchmarkReport report;
    report.size = config.size;
    report.repeats = config.repeats;
    report.device = canonicalName(device);
    report.threads = torch::get_num_threads();
    std::vector<double> sorted = seconds;
    std::sort(sorted.begin(), sorted.end());
    report.bestSeconds = sorted.front();
    report.medianSeconds = sorted[sorted.size() / 2];
    const double flop = 2.0 * config.size * static_cast<double>(config.size) * config.size;
    report.bestGflops = flop / report.bestSeconds / 1e9;
    report.medianGflops = flop / report.medianSeconds / 1e9;
    report.checksumError = sampledError(a, b, c);
    report.totalSeconds = secondsSince(start);
    return report;
}

std::string toJson(const GemmBenchmarkReport& report) {
    const nlohmann::json json = {
        {"benchmark", "gemm_float32"},
        {"size", report.size},
        {"repeats", report.repeats},
        {"device", report.device},
        {"threads", report.threads},
        {"best_seconds", report.bestSeconds},
        {"median_seconds", report.medianSeconds},
        {"best_gflops", report.bestGflops},
        {"median_gflops", report.medianGflops},
        {"total_seconds", report.totalSeconds},
        {"checksum_error", report.checksumError},
    };
    return json.dump(2);
}

}  // namespace locuscope
