#include "app/cli/elm_options.h"

#include <CLI/CLI.hpp>

#include "core/runtime/input_error.h"

namespace locuscope::cli {

void addElmOptions(CLI::App& command, ElmCliOptions& options) {
    ElmConfig& c = options.config;
    ElmTrainOptions& t = c.train;
    command.add_option("--heritability", c.heritability, "H^2 in (0,1]: P' = sqrt(H^2) P + N(0, 1-H^2)")
        ->check(CLI::Range(1e-6, 1.0))
        ->capture_default_str();
    command.add_option("--replicates", c.replicates, "Models trained, each with its own seeds and noise draw")
        ->check(CLI::Range(1, 100000))
        ->capture_default_str();
    command.add_option("--noise-seed", c.noiseSeed, "Seed of the heritability noise (replicate r adds r)")
        ->capture_default_str();
    command.add_option("--hidden", t.hidden, "Width of the two hidden layers")->check(CLI::Range(1, 65536))->capture_default_str();
    command.add_option("--lr", t.learningRate, "AdamW learning rate")->check(CLI::PositiveNumber)->capture_default_str();
    command.add_option("--weight-decay", t.weightDecay, "AdamW weight decay")->check(CLI::NonNegativeNumber)->capture_default_str();
    command.add_option("--batch-size", t.batchSize, "Mini-batch size")->check(CLI::Range(1, 1 << 20))->capture_default_str();
    command.add_option("--max-epochs", t.maxEpochs, "Maximum epochs")->check(CLI::Range(1, 100000))->capture_default_str();
    command.add_option("--patience", t.patience, "Early stopping: epochs without improvement")
        ->check(CLI::Range(1, 100000))
        ->capture_default_str();
    command.add_option("--min-delta", t.minDelta, "Early stopping: smallest improvement that counts")
        ->check(CLI::NonNegativeNumber)
        ->capture_default_str();
    command.add_option("--lr-patience", t.lrPatience, "ReduceLROnPlateau patience")->check(CLI::Range(0, 100000))->capture_default_str();
    command.add_option("--lr-factor", t.lrFactor, "ReduceLROnPlateau factor")->check(CLI::Range(1e-6, 0.999999))->capture_default_str();
    command.add_option("--seed", t.seed, "Seed of model initialisation and batch order (replicate r adds r)")
        ->capture_default_str();
    command.add_option("--monitor", options.monitor,
                       "Set for LR drops, early stopping and the best epoch: test (as the pub) or validation")
        ->check(CLI::IsMember({"test", "validation"}))
        ->capture_default_str();
    command.add_option("--validation-fraction", t.validationFraction, "Share of training data held out for --monitor validation")
        ->check(CLI::Range(0.01, 0.9))
        ->capture_default_str();
    command.add_option("--split", options.split,
                       "auto (pre-split HDF5 kept; text/PLINK: the pub's head/tail split), head-tail or random")
        ->check(CLI::IsMember({"auto", "head-tail", "random"}))
        ->capture_default_str();
    command.add_option("--test-fraction", c.load.testFraction, "Test share for text/PLINK data")
        ->check(CLI::Range(0.01, 0.9))
        ->capture_default_str();
    command.add_option("--split-seed", c.load.seed, "Seed of --split random")->capture_default_str();
}

void finishElmOptions(ElmCliOptions& options) {
    options.config.train.monitor = options.monitor == "validation" ? MonitoredSet::ValidationSplit : MonitoredSet::TestSet;
    if (options.split == "auto") {
        options.config.load.split = SplitMethod::Auto;
    } else if (options.split == "head-tail") {
        options.config.load.split = SplitMethod::HeadTail;
    } else if (options.split == "random") {
        options.config.load.split = SplitMethod::Random;
    } else {
        throw InputError("unknown split '" + options.split + "'");
    }
}

}  // namespace locuscope::cli
