#include <CLI/CLI.hpp>

#include <cstdio>
#include <memory>

#include "app/cli/cli_command.h"
#include "app/cli/terminal_progress.h"
#include "core/io/atomic_file_writer.h"
#include "core/pipelines/gemm_benchmark.h"

namespace locuscope::cli {
namespace {

struct GemmOptions {
    GemmBenchmarkConfig config;
    std::string out;
};

}  // namespace

void addBenchCommand(CLI::App& app, CommandAction& action) {
    CLI::App* bench = app.add_subcommand("bench", "Benchmarks that report numbers (never pass/fail)");
    bench->require_subcommand(1);

    auto gemm = std::make_shared<GemmOptions>();
    CLI::App* gemmCommand = bench->add_subcommand("gemm", "float32 matrix-multiply speed (GFLOP/s)");
    gemmCommand->add_option("--size", gemm->config.size, "Matrix size n (n x n times n x n)")
        ->check(CLI::Range(16, 32768))
        ->capture_default_str();
    gemmCommand->add_option("--repeats", gemm->config.repeats, "Timed products")
        ->check(CLI::Range(1, 1000000))
        ->capture_default_str();
    gemmCommand->add_option("--out", gemm->out, "Also write the report as JSON to this file");
    gemmCommand->callback([&action, gemm] {
        action = [gemm](const GlobalOptions& global) {
            TerminalProgress progress(!global.noProgress);
            const GemmBenchmarkReport report = runGemmBenchmark(gemm->config, progress);
            progress.finish();
            std::printf("gemm float32 n=%d on %s, %d threads: best %.2f ms (%.1f GFLOP/s), "
                        "median %.2f ms (%.1f GFLOP/s), max sampled error %.2e\n",
                        report.size, report.device.c_str(), report.threads, report.bestSeconds * 1e3,
                        report.bestGflops, report.medianSeconds * 1e3, report.medianGflops,
                        report.checksumError);
            if (!gemm->out.empty()) {
                writeFileAtomically(gemm->out, toJson(report) + "\n");
            }
            return 0;
        };
    });
}

}  // namespace locuscope::cli
