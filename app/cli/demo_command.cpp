#include <CLI/CLI.hpp>

#include <cmath>
#include <cstdio>
#include <filesystem>
#include <memory>
#include <sstream>

#include "app/cli/cli_command.h"
#include "core/runtime/demo_data.h"
#include "app/cli/terminal_progress.h"
#include "core/io/atomic_file_writer.h"
#include "core/pipelines/elm_pipeline.h"
#include "core/pipelines/gemm_benchmark.h"
#include "core/pipelines/system_info.h"
#include "core/runtime/input_error.h"

namespace locuscope::cli {
namespace {

struct DemoOptions {
    std::string out = "demo-output";
    int elmEpochs = 100;
};

std::string formatted(double value) {
    if (!std::isfinite(value)) {
        return "–";
    }
    char text[32];
    std::snprintf(text, sizeof(text), "%.3f", value);
    return text;
}

std::string markdownReport(const SystemInfo& info, const GemmBenchmarkReport& gemm, const ElmReport& elm) {
    std::ostringstream text;
    text << "# Locuscope headless demo\n\n"
         << "Locuscope " << info.locuscopeVersion << " on " << info.device << ", " << info.threads << " of "
         << info.cores << " cores, BLAS: " << info.blasName << (info.blasOptimised ? "" : " (NOT optimised)")
         << ".\n\n"
         << "| component | version |\n|---|---|\n"
         << "| LibTorch | " << info.libtorchVersion << " |\n"
         << "| htslib | " << info.htslibVersion << " |\n"
         << "| HDF5 | " << info.hdf5Version << " |\n\n"
         << "## Compute speed\n\n"
         << "float32 matrix product, n = " << gemm.size << ": " << formatted(gemm.bestGflops) << " GFLOP/s best, "
         << formatted(gemm.medianGflops) << " GFLOP/s median over " << gemm.repeats << " products.\n\n"
         << "## Epistasis (ELM) on the bundled reference data\n\n"
         << "The ELM pub's network trained on " << elm.trainSamples << " simulated haploid individuals ("
         << elm.locusNames.size() << " loci, " << elm.traitNames.size() << " traits) for "
         << elm.replicates.front().history.epochsTrained() << " epochs (best " << elm.replicates.front().history.bestEpoch
         << "), then additive and pairwise effects read off its Jacobians and compared with the simulated truth "
         << "(max |J·x − f(x)| = " << elm.maxReconstructionError << ").\n\n"
         << "| trait | test r | additive slope | additive r² | pair slope | pair r² |\n|---|---|---|---|---|---|\n";
    for (const ElmTraitSummary& trait : elm.traits) {
        text << "| " << trait.name << " | " << formatted(trait.pearsonR) << " | " << formatted(trait.additiveSlope)
             << " | " << formatted(trait.additiveR2) << " | " << formatted(trait.pairSlope) << " | "
             << formatted(trait.pairR2) << " |\n";
    }
    text << "\nTables, `summary.json` and the trained model are in `elm/`.\n";
    return text.str();
}

}  // namespace

void addDemoCommand(CLI::App& app, CommandAction& action) {
    auto options = std::make_shared<DemoOptions>();
    CLI::App* command = app.add_subcommand("demo", "Run the bundled headless demo and write its report");
    command->add_option("--out", options->out, "Directory for the report (created if missing)")->capture_default_str();
    command->add_option("--elm-epochs", options->elmEpochs, "Most epochs for the ELM part (the pub's recipe: 100)")
        ->check(CLI::Range(1, 100))
        ->capture_default_str();
    command->callback([&action, options] {
        action = [options](const GlobalOptions& global) {
            const std::filesystem::path directory(options->out);
            TerminalProgress progress(!global.noProgress);
            const SystemInfo info = collectSystemInfo();
            const GemmBenchmarkReport gemm = runGemmBenchmark(GemmBenchmarkConfig{1024, 10, ""}, progress);
            ElmConfig elm;
            elm.data = demoDataDirectory("elm");
            elm.train.maxEpochs = options->elmEpochs;
            const ElmReport elmReport = runElm(elm, progress);
            progress.finish();
            // Write nothing until every step has succeeded.
            std::error_code error;
            std::filesystem::create_directories(directory, error);
            if (error) {
                throw InputError(directory, "cannot create the output directory: " + error.message());
            }
            writeElmOutputs(elmReport, directory / "elm", commandLine());
            writeFileAtomically(directory / "system_info.json", toJson(info) + "\n");
            writeFileAtomically(directory / "gemm_benchmark.json", toJson(gemm) + "\n");
            writeFileAtomically(directory / "report.md", markdownReport(info, gemm, elmReport));
            std::printf("Demo report: %s\n", std::filesystem::absolute(directory / "report.md").c_str());
            return 0;
        };
    });
}

}  // namespace locuscope::cli
