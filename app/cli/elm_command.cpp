#include <CLI/CLI.hpp>

#include <cmath>
#include <cstdio>
#include <memory>

#include "app/cli/cli_command.h"
#include "app/cli/elm_options.h"
#include "app/cli/terminal_progress.h"

namespace locuscope::cli {
namespace {

struct ElmCommandOptions {
    ElmCliOptions elm;
    std::string out;
    bool noSensitivities = false;
};

void printSummary(const ElmReport& report) {
    const ElmReplicateRun& first = report.replicates.front();
    if (report.config.initialModel.empty()) {
        std::printf("%s; %zu train / %zu monitored (%s) / %zu test samples, %zu loci\n",
                    report.splitDescription.c_str(), report.trainSamples, report.monitorSamples,
                    first.history.monitored.c_str(), report.testSampleIds.size(), report.locusNames.size());
        std::printf("trained %d epochs (best %d%s), max |J.x - f(x)| = %.2e\n", first.history.epochsTrained(),
                    first.history.bestEpoch, first.history.stoppedEarly ? ", stopped early" : "",
                    report.maxReconstructionError);
    } else {
        std::printf("%s; %zu test samples, %zu loci\n", report.splitDescription.c_str(),
                    report.testSampleIds.size(), report.locusNames.size());
        std::printf("analysed the saved model %s (no training), max |J.x - f(x)| = %.2e\n",
                    report.config.initialModel.c_str(), report.maxReconstructionError);
    }
    std::printf("%-10s %8s %8s %9s %8s %9s %9s %8s", "trait", "r", "r2", "add.slope", "add.r2", "var.quad",
                "pair.slope", "pair.r2");
    if (report.config.replicates > 1) {
        std::printf(" %10s", "mean.pair.r2");
    }
    std::printf("\n");
    for (const ElmTraitSummary& trait : report.traits) {
        std::printf("%-10s %8.3f %8.3f %9.3f %8.3f %9.3f %9.3f %8.3f", trait.name.c_str(), trait.pearsonR, trait.r2,
                    trait.additiveSlope, trait.additiveR2, trait.varianceQuadCoef, trait.pairSlope, trait.pairR2);
        if (report.config.replicates > 1) {
            std::printf(" %10.3f", trait.replicateMeanPairR2);
        }
        std::printf("\n");
    }
    std::printf("timings: load %.2f s, train %.2f s (%.3f s/epoch), Jacobians %.3f s, pairs %.3f s, total %.2f s\n",
                report.timings.load, report.timings.train, report.timings.perEpoch, report.timings.jacobian,
                report.timings.pairs, report.timings.total);
}

}  // namespace

void addElmCommand(CLI::App& app, CommandAction& action) {
    auto options = std::make_shared<ElmCommandOptions>();
    CLI::App* command = app.add_subcommand(
        "elm", "Train the ELM network on a genotype dataset and read off additive and epistatic effects");
    command->add_option("--data", options->elm.config.data,
                        "Dataset: directory or file (HDF5 *_train/_test pair, AlphaSimR *_g/_p.txt, PLINK .bed)")
        ->required();
    command->add_option("--out", options->out, "Output directory (TSV tables, summary.json, model.safetensors)")
        ->required();
    command->add_option("--model", options->elm.config.initialModel,
                        "Analyse this model.safetensors (from an earlier elm --out) instead of training one");
    command->add_flag("--no-sensitivities", options->noSensitivities,
                      "Do not write sensitivities.safetensors (per-sample Jacobians of the test set)");
    addElmOptions(*command, options->elm);
    command->callback([&action, options] {
        action = [options](const GlobalOptions& global) {
            finishElmOptions(options->elm);
            options->elm.config.keepSensitivities = !options->noSensitivities;
            TerminalProgress progress(!global.noProgress);
            const ElmReport report = runElm(options->elm.config, progress);
            progress.finish();
            writeElmOutputs(report, options->out, commandLine());
            printSummary(report);
            std::printf("results in %s\n", options->out.c_str());
            return 0;
        };
    });
}

}  // namespace locuscope::cli
