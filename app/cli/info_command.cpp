#include <CLI/CLI.hpp>

#include <cstdio>
#include <iostream>
#include <memory>

#include "app/cli/cli_command.h"
#include "app/cli/terminal_progress.h"
#include "core/pipelines/gemm_benchmark.h"
#include "core/pipelines/system_info.h"

namespace locuscope::cli {
namespace {

struct InfoOptions {
    bool json = false;
    bool gemm = false;
};

void printHuman(const SystemInfo& info) {
    std::printf("Locuscope  %s (%s, %s)\n", info.locuscopeVersion.c_str(), info.buildType.c_str(),
                info.compiler.c_str());
    std::printf("LibTorch   %s\n", info.libtorchVersion.c_str());
    std::printf("htslib     %s\n", info.htslibVersion.c_str());
    std::printf("HDF5       %s\n", info.hdf5Version.c_str());
    std::printf("json       %s (nlohmann)\n", info.jsonVersion.c_str());
    std::printf("Device     %s (CUDA: %s)\n", info.device.c_str(),
                info.cudaAvailable ? (std::to_string(info.cudaDevices) + " device(s)").c_str() : "not available");
    std::printf("Threads    %d of %d cores\n", info.threads, info.cores);
    std::printf("BLAS       %s, %s\n", info.blasName.c_str(), info.blasOptimised ? "optimised" : "NOT optimised");
    if (!info.blasPath.empty()) {
        std::printf("           %s\n", info.blasPath.c_str());
    }
    if (!info.blasDetails.empty()) {
        std::printf("           %s\n", info.blasDetails.c_str());
    }
    std::printf("oneDNN     %s\n", info.onednnSgemm ? "sgemm found (ELM training's forward products and weight gradients)"
                                                    : "sgemm not found (ELM training uses LibTorch's products)");
    if (!info.blasOptimised) {
        std::printf("Warning    matrix products will be slow; install libopenblas0-pthread "
                    "(Debian) or point libblas.so.3 at an optimised BLAS\n");
    }
}

}  // namespace

void addInfoCommand(CLI::App& app, CommandAction& action) {
    auto options = std::make_shared<InfoOptions>();
    CLI::App* command = app.add_subcommand("info", "Versions, compute device, threads and BLAS library");
    command->add_flag("--json", options->json, "Print JSON instead of text");
    command->add_flag("--gemm", options->gemm, "Also measure float32 matrix-multiply speed (a few seconds)");
    command->callback([&action, options] {
        action = [options](const GlobalOptions& global) {
            const SystemInfo info = collectSystemInfo();
            GemmBenchmarkReport gemm;
            if (options->gemm) {
                TerminalProgress progress(!global.noProgress);
                gemm = runGemmBenchmark(GemmBenchmarkConfig{1024, 10, ""}, progress);
            }
            if (options->json) {
                std::string json = toJson(info);
                if (options->gemm) {
                    json = "{\n\"system\": " + json + ",\n\"gemm\": " + toJson(gemm) + "\n}";
                }
                std::cout << json << '\n';
            } else {
                printHuman(info);
                if (options->gemm) {
                    std::printf("GEMM       %.1f GFLOP/s best, %.1f median (float32, n=%d, %d threads)\n",
                                gemm.bestGflops, gemm.medianGflops, gemm.size, gemm.threads);
                }
            }
            return 0;
        };
    });
}

}  // namespace locuscope::cli
