#include <CLI/CLI.hpp>
#include <cmath>
#include <cstdio>
#include <memory>
#include <string>

#include "app/cli/cli_command.h"
#include "app/cli/terminal_progress.h"
#include "core/pipelines/interact_train_pipeline.h"
#include "core/runtime/input_error.h"

namespace locuscope::cli {
namespace {

struct InteractTrainOptions {
    InteractTrainConfig config;
    std::string trainChroms, validChroms, testChroms;
    std::string preset;
};

std::vector<std::string> commaList(const std::string& text) {
    std::vector<std::string> items;
    std::size_t start = 0;
    while (start <= text.size() && !text.empty()) {
        const std::size_t comma = text.find(',', start);
        const std::string item =
            text.substr(start, comma == std::string::npos ? std::string::npos : comma - start);
        if (!item.empty()) {
            items.push_back(item);
        }
        if (comma == std::string::npos) {
            break;
        }
        start = comma + 1;
    }
    return items;
}

}  // namespace

void addInteractTrainCommand(CLI::App& interact, CommandAction& action) {
    auto options = std::make_shared<InteractTrainOptions>();
    InteractTrainConfig& config = options->config;
    CLI::App* command = interact.add_subcommand(
        "train", "Train or fine-tune an INTERACT model on observed methylation (bedGraph/bedMethyl + FASTA)");
    command->add_option("--fasta", config.fasta, "Reference FASTA the methylation calls refer to")
        ->required();
    command
        ->add_option("--methylation", config.methylation,
                     "bedGraph or bedMethyl, one per model output in output order; repeatable")
        ->required();
    command->add_option("--out", config.out, "Trained model (.safetensors), written at the end")->required();
    command->add_option("--report", config.report,
                        "JSON report: per-epoch loss, validation MSE/Pearson, lr, test metrics");
    CLI::Option* model =
        command->add_option("--model", config.model, "Start from this INTERACT model (fine-tune)");
    command
        ->add_option("--init-preset", options->preset,
                     "Or start from a fresh network: small, interact or celltype")
        ->excludes(model);
    command->add_option("--output-names", config.init.outputNames, "Names of the outputs of a fresh network");
    command->add_option("--channels", config.init.cnnChannels, "Fresh network: CNN channels");
    command->add_option("--hidden", config.init.hidden, "Fresh network: transformer width");
    command->add_option("--heads", config.init.heads, "Fresh network: attention heads");
    command->add_option("--ff", config.init.intermediate, "Fresh network: feed-forward width");
    command->add_option("--layers", config.init.layers, "Fresh network: transformer layers");
    command->add_option("--head-hidden", config.init.headHidden,
                        "Fresh network: hidden width of the output MLP");
    command->add_option("--epochs", config.epochs, "Epochs")->capture_default_str();
    command->add_option("--batch-size", config.batchSize, "Sites per step")->capture_default_str();
    command->add_option("--lr", config.learningRate, "Peak learning rate")->capture_default_str();
    command->add_option("--warmup-steps", config.warmupSteps, "Linear warm-up steps (then linear decay to 0)")
        ->capture_default_str();
    command->add_option("--weight-decay", config.weightDecay, "AdamW weight decay (not on bias/LayerNorm)")
        ->capture_default_str();
    command->add_option("--seed", config.seed, "Seed of initialisation, shuffling and dropout")
        ->capture_default_str();
    command
        ->add_option("--patience", config.patience,
                     "Stop after this many epochs without a better validation "
                     "Pearson (0 = never)")
        ->capture_default_str();
    command->add_option("--train-chroms", options->trainChroms, "Comma list (default chr1..chr20)");
    command->add_option("--valid-chroms", options->validChroms, "Comma list (default chr21)");
    command->add_option("--test-chroms", options->testChroms, "Comma list (default chr22)");
    command
        ->add_option("--max-sites-per-split", config.maxSitesPerSplit,
                     "Use at most N evenly spaced sites per split (0 = all)")
        ->capture_default_str();
    command->add_option("--checkpoint", config.checkpoint,
                        "Checkpoint written after every epoch (default OUT.checkpoint)");
    command->add_flag("--keep-checkpoint", config.keepCheckpoint,
                      "Keep the checkpoint after a successful run");
    command->add_option("--resume", config.resume,
                        "Continue an interrupted run from its checkpoint (same options)");
    command->callback([&action, options] {
        action = [options](const GlobalOptions& global) {
            InteractTrainConfig config = options->config;
            if (config.model.empty() && options->preset.empty()) {
                throw InputError(
                    "give --model (fine-tune) or --init-preset small|interact|celltype (fresh network)");
            }
            if (!options->preset.empty()) {
                config.init.preset = options->preset;
            }
            config.trainChroms = commaList(options->trainChroms);
            config.validChroms = commaList(options->validChroms);
            config.testChroms = commaList(options->testChroms);
            config.commandLine = commandLine();
            config.device = global.device;
            TerminalProgress progress(!global.noProgress);
            const auto onEpoch = [&progress, &config](const InteractEpochRecord& record) {
                progress.finish();
                std::printf(
                    "epoch %lld/%lld: train loss %.5f, valid MSE %.5f, valid Pearson %.4f, lr %.3g, %.1f s\n",
                    static_cast<long long>(record.epoch), static_cast<long long>(config.epochs),
                    record.trainLoss, record.validMse, record.validPearson, record.learningRate,
                    record.seconds);
                std::fflush(stdout);
            };
            const InteractTrainReport report = runInteractTrain(config, progress, onEpoch);
            progress.finish();
            std::printf("%lld train, %lld validation, %lld test sites; %lld steps on %s in %.1f s\n",
                        static_cast<long long>(report.trainSites), static_cast<long long>(report.validSites),
                        static_cast<long long>(report.testSites), static_cast<long long>(report.totalSteps),
                        report.device.c_str(), report.seconds);
            std::printf("best epoch %lld: valid Pearson %.4f (start %.4f)%s\n",
                        static_cast<long long>(report.bestEpoch), report.bestValidPearson,
                        report.initialValidPearson, report.stoppedEarly ? ", stopped early" : "");
            for (const auto& metrics : report.test) {
                std::printf("test %s: Pearson %.4f, Spearman %.4f, MSE %.5f (%lld sites)\n",
                            metrics.name.c_str(), metrics.pearson, metrics.spearman, metrics.mse,
                            static_cast<long long>(metrics.sites));
            }
            std::printf("Wrote %s\n", config.out.c_str());
            return 0;
        };
    });
}

}  // namespace locuscope::cli
