#include <CLI/CLI.hpp>

#include <cstdio>
#include <filesystem>
#include <memory>
#include <sstream>

#include "app/cli/cli_command.h"
#include "app/cli/terminal_progress.h"
#include "core/io/atomic_file_writer.h"
#include "core/pipelines/gemm_benchmark.h"
#include "core/pipelines/system_info.h"
#include "core/runtime/input_error.h"

namespace locuscope::cli {
namespace {

std::string markdownReport(const SystemInfo& info, const GemmBenchmarkReport& gemm) {
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
         << "float32 matrix product, n = " << gemm.size << ": " << gemm.bestGflops << " GFLOP/s best, "
         << gemm.medianGflops << " GFLOP/s median over " << gemm.repeats << " products.\n";
    return text.str();
}

}  // namespace

void addDemoCommand(CLI::App& app, CommandAction& action) {
    auto out = std::make_shared<std::string>("demo-output");
    CLI::App* command = app.add_subcommand("demo", "Run the bundled headless demo and write its report");
    command->add_option("--out", *out, "Directory for the report (created if missing)")->capture_default_str();
    command->callback([&action, out] {
        action = [out](const GlobalOptions& global) {
            const std::filesystem::path directory(*out);
            std::error_code error;
            std::filesystem::create_directories(directory, error);
            if (error) {
                throw InputError(directory, "cannot create the output directory: " + error.message());
            }
            TerminalProgress progress(!global.noProgress);
            const SystemInfo info = collectSystemInfo();
            const GemmBenchmarkReport gemm = runGemmBenchmark(GemmBenchmarkConfig{1024, 10, ""}, progress);
            progress.finish();
            // Write nothing until every step has succeeded.
            writeFileAtomically(directory / "system_info.json", toJson(info) + "\n");
            writeFileAtomically(directory / "gemm_benchmark.json", toJson(gemm) + "\n");
            writeFileAtomically(directory / "report.md", markdownReport(info, gemm));
            std::printf("Demo report: %s\n", std::filesystem::absolute(directory / "report.md").c_str());
            return 0;
        };
    });
}

}  // namespace locuscope::cli
