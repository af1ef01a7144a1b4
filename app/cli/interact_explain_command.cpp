// `locuscope-cli interact track` and `interact attribute` (docs/interact-attribution.md).
#include <CLI/CLI.hpp>
#include <cstdio>
#include <memory>
#include <sstream>
#include <string>

#include "app/cli/cli_command.h"
#include "app/cli/terminal_progress.h"
#include "core/pipelines/interact_locus_pipeline.h"

namespace locuscope::cli {
namespace {

void addTrackCommand(CLI::App& interact, CommandAction& action) {
    auto config = std::make_shared<InteractTrackConfig>();
    CLI::App* command = interact.add_subcommand(
        "track",
        "Predicted methylation at every CpG of a region, for the reference and (with --variant) the ALT");
    command->add_option("--model", config->model, "INTERACT weights (.safetensors, model_kind interact)")
        ->required();
    command->add_option("--fasta", config->fasta, "Reference FASTA (plain or bgzip)")->required();
    command->add_option("--region", config->region, "chr:start-end (1-based, inclusive)")->required();
    command->add_option("--variant", config->variant, "chr:pos:REF:ALT, an SNV on the region's contig");
    command
        ->add_option(
            "--out", config->out,
            "Output TSV: chrom, pos, strand, in_reach, per output ref_<name> [alt_<name> delta_<name>]")
        ->required();
    command
        ->add_option("--strand", config->strand,
                     "auto (minus-strand CpGs too for Cell-type-INTERACT), plus or both")
        ->capture_default_str();
    command->add_option("--batch-size", config->batchSize, "Windows per forward pass")->capture_default_str();
    command->add_option("--max-region", config->maxRegionLength, "Longest region accepted (bp)")
        ->capture_default_str();
    command->callback([&action, config] {
        action = [config](const GlobalOptions& global) {
            InteractTrackConfig run = *config;
            run.commandLine = commandLine();
            run.device = global.device;
            TerminalProgress progress(!global.noProgress);
            const InteractTrack track = runInteractLocusTrack(run, progress);
            progress.finish();
            if (!track.message.empty()) {
                std::printf("%s: the track is empty\n", track.message.c_str());
            }
            std::size_t reach = 0;
            for (const InteractTrackSite& site : track.sites) {
                reach += site.inReach ? 1 : 0;
            }
            std::printf("%zu CpGs in %s:%lld-%lld", track.sites.size(), track.contig.c_str(),
                        static_cast<long long>(track.start), static_cast<long long>(track.end));
            if (track.hasVariant) {
                std::printf(", %zu within reach of %s", reach, track.variant.toString().c_str());
            }
            std::printf("; %lld windows on %s in %.2f s, written to %s\n",
                        static_cast<long long>(track.windows), track.device.c_str(), track.seconds,
                        run.out.c_str());
            return 0;
        };
    });
}

void addAttributeCommand(CLI::App& interact, CommandAction& action) {
    auto config = std::make_shared<InteractAttributionConfig>();
    auto methods = std::make_shared<std::string>("saliency,ig,ism");
    CLI::App* command = interact.add_subcommand(
        "attribute",
        "Base-level attributions of one window: saliency, integrated gradients, in-silico mutagenesis");
    command->add_option("--model", config->model, "INTERACT weights (.safetensors, model_kind interact)")
        ->required();
    command->add_option("--fasta", config->fasta, "Reference FASTA (plain or bgzip)")->required();
    command->add_option("--cpg", config->centre, "chr:pos, the window's centre (a CpG's C, or any position)")
        ->required();
    command->add_option("--variant", config->variant, "chr:pos:REF:ALT inside the window, applied first");
    command->add_option("--method", *methods, "Comma-separated: saliency, ig, ism")->capture_default_str();
    command->add_option("--output", config->output,
                        "Model output to attribute: name or 1-based index [first]");
    command
        ->add_option("--strand", config->strand,
                     "auto (minus for a Cell-type model centred on a CpG's G), plus, minus")
        ->capture_default_str();
    command->add_option("--ig-steps", config->igSteps, "Integrated-gradients steps")->capture_default_str();
    command->add_option("--ig-baseline", config->igBaseline, "zeros (all N) or uniform (0.25 per base)")
        ->capture_default_str();
    command->add_option("--ig-rule", config->igRule, "midpoint or trapezoid")->capture_default_str();
    command->add_option("--ism-range", config->ismRange,
                        "a-b: mutate only genome positions a..b of the window");
    command->add_option("--batch-size", config->batchSize, "Windows per forward pass")->capture_default_str();
    command
        ->add_option("--out", config->out,
                     "Output: .json for JSON, anything else TSV (one row per window base)")
        ->required();
    command->callback([&action, config, methods] {
        action = [config, methods](const GlobalOptions& global) {
            InteractAttributionConfig run = *config;
            run.commandLine = commandLine();
            run.device = global.device;
            run.methods.clear();
            std::stringstream list(*methods);
            std::string method;
            while (std::getline(list, method, ',')) {
                if (!method.empty()) {
                    run.methods.push_back(method);
                }
            }
            TerminalProgress progress(!global.noProgress);
            const InteractAttribution result = runInteractAttribution(run, progress);
            progress.finish();
            std::printf("%s:%lld (%c strand%s), output %s: prediction %.6g\n", result.contig.c_str(),
                        static_cast<long long>(result.centre), result.strand,
                        result.centreIsCpg ? ", CpG" : ", not a CpG", result.outputName.c_str(),
                        result.prediction);
            if (result.hasIg) {
                std::printf(
                    "integrated gradients: %lld steps, baseline %s (f = %.6g), completeness gap %.3g\n",
                    static_cast<long long>(result.igSteps), result.igBaseline.c_str(),
                    result.igBaselinePrediction, result.igCompletenessGap);
            }
            if (result.hasIsm) {
                std::printf("in-silico mutagenesis: %lld mutant windows\n",
                            static_cast<long long>(result.ismWindows));
            }
            std::printf("%s in %.2f s, written to %s\n", result.device.c_str(), result.seconds,
                        run.out.c_str());
            return 0;
        };
    });
}

}  // namespace

void addInteractExplainCommands(CLI::App& interact, CommandAction& action) {
    addTrackCommand(interact, action);
    addAttributeCommand(interact, action);
}

}  // namespace locuscope::cli
