#include <CLI/CLI.hpp>
#include <cstdio>
#include <memory>
#include <string>

#include "app/cli/cli_command.h"
#include "app/cli/terminal_progress.h"
#include "core/pipelines/interact_model_pipeline.h"
#include "core/pipelines/interact_score_pipeline.h"

namespace locuscope::cli {
namespace {

struct InteractScoreOptions {
    InteractScoreConfig config;
    std::string shard;
};

void addScoreCommand(CLI::App& interact, CommandAction& action) {
    auto options = std::make_shared<InteractScoreOptions>();
    CLI::App* command = interact.add_subcommand(
        "score", "MRV score of every SNV: max |pred(alt) - pred(ref)| over the CpGs within 1 kb");
    command->add_option("--model", options->config.model, "INTERACT weights (.safetensors, model_kind interact)")
        ->required();
    command->add_option("--fasta", options->config.fasta, "Reference FASTA (plain or bgzip; hg19 for the published models)")
        ->required();
    command->add_option("--vcf", options->config.variants, "Variants: VCF, VCF.gz, BCF, or a PLINK .bim (REF = the allele the reference has)")->required();
    command
        ->add_option("--out", options->config.out,
                     "Output TSV: chrom, cpg_pos, snp_pos, ref_allele, ref_value, alt_allele, alt_value, "
                     "abs_difference, difference, cpg_strand, output, cpg_count, id (+ per-output columns)")
        ->required();
    command->add_option("--skipped", options->config.skipped,
                        "Also write every allele not scored (non-SNV, REF mismatch, ...) with its reason");
    command->add_option("--annotated-vcf", options->config.annotatedVcf,
                        "Also write the records as VCF/VCF.gz/BCF with INFO MRV, MRV_DELTA, MRV_CPG (Number=A)");
    command->add_option("--region", options->config.regions, "Only chr:start-end, chr:pos or chr; repeatable");
    command->add_option("--regions-file", options->config.regionsFile, "Only the regions of this BED or list");
    command->add_option("--shard", options->shard,
                        "k/N: the k-th of N equal runs of records; writes OUT.manifest.json for `merge`");
    command->add_option("--max-distance", options->config.maxDistance, "CpGs within this many bases of the SNV")
        ->capture_default_str();
    command->add_option("--batch-size", options->config.batchSize, "Windows per forward pass")
        ->capture_default_str();
    command
        ->add_option("--strand", options->config.strand,
                     "auto (minus-strand CpGs too for Cell-type-INTERACT), plus or both")
        ->capture_default_str();
    command->add_flag("--sort-by-score", options->config.sortByScore,
                      "Rows by abs_difference, largest first (the original's order); default: genomic order");
    command->callback([&action, options] {
        action = [options](const GlobalOptions& global) {
            InteractScoreConfig config = options->config;
            config.commandLine = commandLine();
            config.device = global.device;
            if (!options->shard.empty()) {
                config.shard = parseShardSpec(options->shard);
            }
            TerminalProgress progress(!global.noProgress);
            const InteractScoreReport report = runInteractScore(config, progress);
            progress.finish();
            std::printf("%lld records, %lld alleles: %s\n", static_cast<long long>(report.records),
                        static_cast<long long>(report.alleles), report.tallySummary.c_str());
            std::printf("%lld SNVs scored, written to %s", static_cast<long long>(report.scored), config.out.c_str());
            if (report.noCpgInReach > 0) {
                std::printf("; %lld SNVs without a CpG within %lld bp (no row)",
                            static_cast<long long>(report.noCpgInReach), static_cast<long long>(config.maxDistance));
            }
            std::printf("\n%lld SNV-CpG pairs: %lld reference + %lld alternative windows on %s (%.0f%% fewer "
                        "than predicting both for every pair) in %.2f s\n",
                        static_cast<long long>(report.pairs), static_cast<long long>(report.refWindows),
                        static_cast<long long>(report.altWindows), report.device.c_str(),
                        100.0 * report.windowReduction(), report.seconds);
            return 0;
        };
    });
}

void addInitCommand(CLI::App& interact, CommandAction& action) {
    auto spec = std::make_shared<InteractModelSpec>();
    auto out = std::make_shared<std::string>();
    CLI::App* command = interact.add_subcommand(
        "init", "Write a freshly initialised INTERACT network (.safetensors): a start for training, or a test model");
    command->add_option("--out", *out, "Output .safetensors")->required();
    command->add_option("--preset", spec->preset, "interact (published v1 sizes), celltype or small")
        ->capture_default_str();
    command->add_option("--outputs", spec->outputs, "Number of outputs (predicted beta values per window)");
    command->add_option("--output-names", spec->outputNames, "Names of the outputs (tissues, cell types, samples)");
    command->add_option("--channels", spec->cnnChannels, "CNN channels (preset: 400 / 512 / 32)");
    command->add_option("--hidden", spec->hidden, "Transformer width");
    command->add_option("--heads", spec->heads, "Attention heads");
    command->add_option("--ff", spec->intermediate, "Feed-forward width");
    command->add_option("--layers", spec->layers, "Transformer layers");
    command->add_option("--head-hidden", spec->headHidden, "Hidden width of the output MLP");
    command->add_option("--seed", spec->seed, "Initialisation seed")->capture_default_str();
    command->callback([&action, spec, out] {
        action = [spec, out](const GlobalOptions&) {
            const InteractModelSummary summary = createInteractModel(*spec, *out);
            std::printf("Wrote %s: %s, %lld parameters (%lld trainable), %s outputs\n", out->c_str(),
                        summary.metadata.at("architecture").c_str(), static_cast<long long>(summary.parameters),
                        static_cast<long long>(summary.trainableParameters), summary.metadata.at("outputs").c_str());
            return 0;
        };
    });
}

}  // namespace

void addInteractCommand(CLI::App& app, CommandAction& action) {
    CLI::App* interact = app.add_subcommand("interact", "INTERACT methylation model: score variants, train, predict locus tracks, explain predictions");
    interact->require_subcommand(1);
    addScoreCommand(*interact, action);
    addInitCommand(*interact, action);
    addInteractTrainCommand(*interact, action);
    addInteractExplainCommands(*interact, action);
}

}  // namespace locuscope::cli
