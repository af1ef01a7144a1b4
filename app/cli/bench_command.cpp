#include <CLI/CLI.hpp>
#include <algorithm>
#include <cstdio>
#include <memory>
#include <vector>

#include "app/cli/cli_command.h"
#include "app/cli/elm_options.h"
#include "app/cli/terminal_progress.h"
#include "core/pipelines/interact_benchmark.h"
#include "core/io/atomic_file_writer.h"
#include "core/pipelines/gemm_benchmark.h"
#include "core/pipelines/system_info.h"
#include "core/pipelines/tss_benchmark.h"
#include "core/runtime/demo_data.h"

namespace locuscope::cli {
namespace {

struct GemmOptions {
    GemmBenchmarkConfig config;
    std::string out;
};

struct ElmBenchOptions {
    ElmCliOptions elm;
    int epochs = 5;
};

// Floating-point operations of one training epoch of the ELM MLP (multiply-add = 2 FLOP):
// forward, weight gradients and activation gradients (none for the input layer), plus one
// forward pass over the monitored set.
double elmEpochFlop(double inputs, double hidden, double outputs, double trainSamples,
                    double monitorSamples) {
    const double forward = 2 * (inputs * hidden + hidden * hidden + hidden * outputs);
    const double activationGradients = 2 * (hidden * hidden + hidden * outputs);
    return trainSamples * (2 * forward + activationGradients) + monitorSamples * forward;
}

void runElmBenchmark(const ElmBenchOptions& options, const GlobalOptions& global) {
    ElmCliOptions elm = options.elm;
    if (elm.config.data.empty()) {
        elm.config.data = demoDataDirectory("elm");
    }
    finishElmOptions(elm);
    elm.config.train.maxEpochs = options.epochs;
    elm.config.train.patience = options.epochs + 1;  // time exactly `epochs` epochs
    // Each epoch's own time too: on a shared machine the mean hides which epochs were slowed down.
    std::vector<double> epochSeconds;
    elm.config.onEpoch = [&epochSeconds](int, const EpochRecord& epoch) { epochSeconds.push_back(epoch.seconds); };
    TerminalProgress progress(!global.noProgress);
    const GemmBenchmarkReport gemm = runGemmBenchmark(GemmBenchmarkConfig{1024, 20, ""}, progress);
    const ElmReport report = runElm(elm.config, progress);
    progress.finish();
    const double flop =
        elmEpochFlop(static_cast<double>(report.locusNames.size()), elm.config.train.hidden,
                     static_cast<double>(report.traitNames.size()), static_cast<double>(report.trainSamples),
                     static_cast<double>(report.monitorSamples));
    const double gemmLimit = flop / (gemm.bestGflops * 1e9);
    std::printf("elm benchmark: %s, %zu loci, %zu train samples, hidden %d, %d epochs, %d threads\n",
                elm.config.data.c_str(), report.locusNames.size(), report.trainSamples,
                elm.config.train.hidden, options.epochs, gemm.threads);
    std::printf("  products        %s\n", collectSystemInfo().onednnSgemm
                                              ? "oneDNN sgemm (forward, weight gradients) + BLAS (g * W)"
                                              : "LibTorch's (oneDNN sgemm not found)");
    std::printf("  load            %8.3f s\n", report.timings.load);
    std::printf("  train           %8.3f s  (%.3f s/epoch)\n", report.timings.train, report.timings.perEpoch);
    if (!epochSeconds.empty()) {
        std::vector<double> sorted = epochSeconds;
        std::sort(sorted.begin(), sorted.end());
        std::printf("  epochs          median %.3f s, best %.3f s, worst %.3f s\n", sorted[sorted.size() / 2],
                    sorted.front(), sorted.back());
    }
    std::printf("  jacobians       %8.3f s  (%zu samples x %zu traits)\n", report.timings.jacobian,
                report.testSampleIds.size(), report.traitNames.size());
    std::printf("  pairs           %8.3f s  (%zu pairs x %zu traits)\n", report.timings.pairs,
                report.locusNames.size() * (report.locusNames.size() - 1) / 2, report.traitNames.size());
    std::printf("  total           %8.3f s\n", report.timings.total);
    std::printf(
        "  epoch work      %.1f GFLOP -> %.1f GFLOP/s achieved; GEMM %.1f GFLOP/s here, so the GEMM "
        "limit is %.3f s/epoch (%.0f %% of it reached)\n",
        flop / 1e9, flop / report.timings.perEpoch / 1e9, gemm.bestGflops, gemmLimit,
        100.0 * gemmLimit / report.timings.perEpoch);
}

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
            std::printf(
                "gemm float32 n=%d on %s, %d threads: best %.2f ms (%.1f GFLOP/s), "
                "median %.2f ms (%.1f GFLOP/s), max sampled error %.2e\n",
                report.size, report.device.c_str(), report.threads, report.bestSeconds * 1e3,
                report.bestGflops, report.medianSeconds * 1e3, report.medianGflops, report.checksumError);
            if (!gemm->out.empty()) {
                writeFileAtomically(gemm->out, toJson(report) + "\n");
            }
            return 0;
        };
    });

    auto tss = std::make_shared<TssBenchmarkConfig>();
    CLI::App* tssCommand = bench->add_subcommand(
        "tss", "Stream synthetic genome-wide VCFs through `tss`: records/s and peak memory per size");
    tssCommand->add_option("--records", tss->records, "Record counts to run, smallest first (comma-separated)")
        ->delimiter(',')
        ->capture_default_str();
    tssCommand->add_option("--tss", tss->tssCount, "TSSs in the synthetic gene BED")->capture_default_str();
    tssCommand->add_flag("--bgzip", tss->bgzip, "Compress the VCF with BGZF");
    tssCommand->add_option("--scratch", tss->scratch,
                           "Folder for the generated files (default: a temporary one)");
    tssCommand->callback([&action, tss] {
        action = [tss](const GlobalOptions& global) {
            TerminalProgress progress(!global.noProgress);
            const std::vector<TssBenchmarkRun> runs = runTssBenchmark(*tss, progress);
            progress.finish();
            std::printf("tss over a synthetic %s VCF, %lld TSSs:\n", tss->bgzip ? "bgzip" : "plain",
                        static_cast<long long>(tss->tssCount));
            std::printf("%12s %10s %10s %12s %14s\n", "records", "VCF MB", "tss s", "records/s",
                        "peak RSS MB");
            for (const TssBenchmarkRun& run : runs) {
                std::printf("%12lld %10.1f %10.3f %12.0f %14.1f\n", static_cast<long long>(run.records),
                            static_cast<double>(run.vcfBytes) / 1e6, run.tssSeconds, run.recordsPerSecond,
                            static_cast<double>(run.peakRssKb) / 1024.0);
            }
            return 0;
        };
    });

    auto elm = std::make_shared<ElmBenchOptions>();
    CLI::App* elmCommand =
        bench->add_subcommand("elm", "ELM stages: load, per-epoch training, Jacobians, pairs");
    elmCommand->add_option("--data", elm->elm.config.data,
                           "Dataset (default: the bundled ELM reference data)");
    elmCommand->add_option("--epochs", elm->epochs, "Epochs to time (no early stopping)")
        ->check(CLI::Range(1, 1000))
        ->capture_default_str();
    addElmOptions(*elmCommand, elm->elm);
    elmCommand->callback([&action, elm] {
        action = [elm](const GlobalOptions& global) {
            runElmBenchmark(*elm, global);
            return 0;
        };
    });

    auto interact = std::make_shared<InteractBenchmarkConfig>();
    CLI::App* interactCommand = bench->add_subcommand(
        "interact", "INTERACT forward: windows/s, CNN vs transformer time, achieved vs GEMM FLOP/s");
    interactCommand->add_option("--preset", interact->preset, "interact, celltype or small")->capture_default_str();
    interactCommand->add_option("--batch", interact->batch, "Windows per forward pass")->capture_default_str();
    interactCommand->add_option("--seconds", interact->seconds, "Time at least this long")->capture_default_str();
    interactCommand->add_flag("!--no-gemm", interact->measureGemm, "Skip the GEMM reference measurement");
    interactCommand->callback([&action, interact] {
        action = [interact](const GlobalOptions& global) {
            InteractBenchmarkConfig config = *interact;
            config.device = global.device;
            TerminalProgress progress(!global.noProgress);
            const InteractBenchmarkReport report = runInteractBenchmark(config, progress);
            progress.finish();
            std::printf("%s\n", toJson(report).c_str());
            return 0;
        };
    });
}

}  // namespace locuscope::cli
