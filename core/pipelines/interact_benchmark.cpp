#include "core/pipelines/interact_benchmark.h"

#include <unistd.h>

#include <chrono>
#include <nlohmann/json.hpp>

#include "core/models/interact/interact_network.h"
#include "core/pipelines/gemm_benchmark.h"
#include "core/pipelines/interact_model_pipeline.h"
#include "core/runtime/compute_device.h"
#include "core/runtime/input_error.h"

namespace locuscope {
namespace {

using Clock = std::chrono::steady_clock;

// Multiply-adds x 2 of the convolutions, projections, attention products and head.
double flopPerWindow(const InteractConfig& c) {
    double flop = 0;
    const double k = static_cast<double>(c.kernel);
    flop += 2.0 * c.convLength(1) * c.cnnChannels * 4 * k;
    flop += 2.0 * c.convLength(2) * c.cnnChannels * c.cnnChannels * k;
    flop += 2.0 * c.convLength(3) * c.cnnChannels * c.cnnChannels * k;
    const double s = static_cast<double>(c.tokens()), h = static_cast<double>(c.hidden);
    flop += 2.0 * s * c.cnnChannels * h;
    const double perLayer = 2.0 * s * (4 * h * h + 2 * h * c.intermediate) + 2.0 * 2 * s * s * h;
    flop += perLayer * static_cast<double>(c.layers);
    flop += 2.0 * h * h + 2.0 * c.headInputs() * c.headHidden + 2.0 * c.headHidden * c.outputs;
    return flop;
}

double since(Clock::time_point start) {
    return std::chrono::duration<double>(Clock::now() - start).count();
}

}  // namespace

InteractBenchmarkReport runInteractBenchmark(const InteractBenchmarkConfig& config, Progress& progress) {
    if (config.batch < 1 || config.seconds <= 0) {
        throw InputError("--batch must be >= 1 and --seconds > 0");
    }
    InteractModelSpec spec;
    spec.preset = config.preset;
    InteractBenchmarkReport report;
    const torch::Device device = pipelineDevice(config.device);
    report.preset = config.preset;
    report.device = canonicalName(device);
    report.threads = torch::get_num_threads();
    report.batch = config.batch;
    if (config.measureGemm) {
        GemmBenchmarkConfig gemm;
        gemm.device = config.device;
        report.gemmGflops = runGemmBenchmark(gemm, progress).bestGflops;
    }
    // The preset's sizes through the same code path as `interact init` (an in-memory model).
    InteractConfig sizes;
    {
        const auto file = std::filesystem::temp_directory_path() / ("locuscope-bench-interact-" + std::to_string(::getpid()) + ".safetensors");
        createInteractModel(spec, file);
        sizes = InteractConfig::fromMetadata(file, describeInteractModel(file).metadata);
        std::filesystem::remove(file);
    }
    InteractNetwork network(sizes);
    network->to(device);
    network->eval();
    report.gflopPerWindow = flopPerWindow(sizes) / 1e9;
    torch::InferenceMode inference;
    torch::manual_seed(1);
    const torch::Tensor tokens = torch::randint(0, 5, {config.batch, sizes.window}, torch::kLong).to(device);
    const auto runOnce = [&](double& cnnSeconds, double& restSeconds) {
        auto start = Clock::now();
        const auto features = network->cnn->forward(network->cnn->embedTokens(tokens));
        features.tokens.sum().item<float>();  // synchronises a GPU
        cnnSeconds += since(start);
        start = Clock::now();
        network->forward(tokens).sum().item<float>();
        restSeconds += since(start);
    };
    double warmCnn = 0, warmRest = 0;
    runOnce(warmCnn, warmRest);  // warm-up
    double cnn = 0, full = 0;
    const auto started = Clock::now();
    while (since(started) < config.seconds) {
        throwIfCancelled(progress);
        runOnce(cnn, full);
        report.windows += config.batch;
        progress.report(static_cast<std::int64_t>(since(started) * 1000), static_cast<std::int64_t>(config.seconds * 1000),
                        "timing the INTERACT forward");
    }
    report.seconds = full;
    report.windowsPerSecond = static_cast<double>(report.windows) / full;
    report.cnnSecondsPerWindow = cnn / static_cast<double>(report.windows);
    report.transformerSecondsPerWindow = 1.0 / report.windowsPerSecond - report.cnnSecondsPerWindow;
    report.achievedGflops = report.gflopPerWindow * report.windowsPerSecond;
    return report;
}

std::string toJson(const InteractBenchmarkReport& r) {
    nlohmann::json json = {{"preset", r.preset},
                           {"device", r.device},
                           {"threads", r.threads},
                           {"batch", r.batch},
                           {"windows", r.windows},
                           {"seconds", r.seconds},
                           {"windows_per_s", r.windowsPerSecond},
                           {"cnn_s_per_window", r.cnnSecondsPerWindow},
                           {"transformer_head_s_per_window", r.transformerSecondsPerWindow},
                           {"gflop_per_window", r.gflopPerWindow},
                           {"achieved_gflops", r.achievedGflops},
                           {"gemm_gflops", r.gemmGflops}};
    if (r.gemmGflops > 0) {
        json["fraction_of_gemm"] = r.achievedGflops / r.gemmGflops;
    }
    return json.dump();
}

}  // namespace locuscope
