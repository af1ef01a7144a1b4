#include <CLI/CLI.hpp>
#include <cstdio>
#include <memory>
#include <string>
#include <vector>

#include "app/cli/cli_command.h"
#include "app/cli/terminal_progress.h"
#include "core/pipelines/merge_pipeline.h"

namespace locuscope::cli {
namespace {

struct MergeOptions {
    std::vector<std::string> shards;
    std::string out;
};

}  // namespace

void addMergeCommand(CLI::App& app, CommandAction& action) {
    auto options = std::make_shared<MergeOptions>();
    CLI::App* command = app.add_subcommand(
        "merge", "Join the TSV outputs of --shard k/N runs into one table (checked against their manifests)");
    command->add_option("shards", options->shards, "Every shard's output file, in any order")->required();
    command->add_option("--out", options->out, "The merged table")->required();
    command->callback([&action, options] {
        action = [options](const GlobalOptions& global) {
            std::vector<std::filesystem::path> shards(options->shards.begin(), options->shards.end());
            TerminalProgress progress(!global.noProgress);
            const MergeReport report = mergeShardOutputs(shards, options->out, commandLine(), progress);
            progress.finish();
            std::printf("merged %d shards, %lld rows into %s\n", report.shards,
                        static_cast<long long>(report.rows), options->out.c_str());
            return 0;
        };
    });
}

}  // namespace locuscope::cli
