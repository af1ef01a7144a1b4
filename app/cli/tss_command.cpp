#include <CLI/CLI.hpp>
#include <cstdio>
#include <memory>
#include <string>

#include "app/cli/cli_command.h"
#include "app/cli/terminal_progress.h"
#include "core/pipelines/tss_pipeline.h"

namespace locuscope::cli {
namespace {

struct TssOptions {
    TssConfig config;
    std::string shard;
    bool seal = false;
    long long maxDistance = -1;
};

}  // namespace

void addTssCommand(CLI::App& app, CommandAction& action) {
    auto options = std::make_shared<TssOptions>();
    CLI::App* command = app.add_subcommand(
        "tss", "Nearest TSS of every variant (BEDOPS closest-features --closest rules; Seal's dist_to_tss)");
    command
        ->add_option("--genes", options->config.genes,
                     "TSS BED (chr, TSS-1, TSS, strand, gene_id[, symbol]) or GTF")
        ->required();
    command->add_option("--vcf", options->config.variants, "Variants: VCF, VCF.gz or BCF")->required();
    command
        ->add_option("--out", options->config.out,
                     "Output TSV: chrom, pos, ref, alt, gene_id, strand, dist_to_tss (= pos - TSS)")
        ->required();
    command->add_option(
        "--annotated-vcf", options->config.annotatedVcf,
        "Also write the kept records as VCF/VCF.gz/BCF with INFO TSS_GENE, TSS_STRAND, TSS_DIST");
    command->add_option("--region", options->config.regions,
                        "Only chr:start-end, chr:pos or chr; repeatable");
    command->add_option("--regions-file", options->config.regionsFile,
                        "Only the regions of this BED or list");
    command->add_option("--shard", options->shard,
                        "k/N: the k-th of N equal runs of records; writes OUT.manifest.json for `merge`");
    command->add_flag("--standard-chromosomes", options->config.standardChromosomesOnly,
                      "Only chr1-22, X and Y (as Seal)");
    command->add_option("--max-distance", options->maxDistance,
                        "Only variants within this many bases of their TSS (Seal: 20000)");
    command->add_flag("--seal-filters", options->seal,
                      "Seal's filters: --standard-chromosomes --max-distance 20000");
    command->callback([&action, options] {
        action = [options](const GlobalOptions& global) {
            TssConfig config = options->config;
            config.commandLine = commandLine();
            if (!options->shard.empty()) {
                config.shard = parseShardSpec(options->shard);
            }
            if (options->seal) {
                config.standardChromosomesOnly = true;
                config.maxDistance = 20000;
            }
            if (options->maxDistance >= 0) {
                config.maxDistance = options->maxDistance;
            }
            TerminalProgress progress(!global.noProgress);
            const TssReport report = runNearestTss(config, progress);
            progress.finish();
            std::printf("%lld records, %lld variants, %lld rows written to %s in %.2f s (%zu TSSs)\n",
                        static_cast<long long>(report.records), static_cast<long long>(report.variants),
                        static_cast<long long>(report.rows), config.out.c_str(), report.seconds,
                        report.tssCount);
            if (config.shard.sharded()) {
                std::printf("shard %d/%d: records %lld-%lld of %lld\n", config.shard.index,
                            config.shard.count, static_cast<long long>(report.recordBegin),
                            static_cast<long long>(report.recordEnd),
                            static_cast<long long>(report.recordsTotal));
            }
            if (report.noTssOnContig > 0) {
                std::printf("%lld variants on contigs without a TSS%s\n",
                            static_cast<long long>(report.noTssOnContig),
                            config.maxDistance ? " (dropped)" : " (NA)");
            }
            if (report.nonStandardChromosome > 0) {
                std::printf("%lld variants dropped: not on chr1-22, X, Y\n",
                            static_cast<long long>(report.nonStandardChromosome));
            }
            if (report.tooFar > 0) {
                std::printf("%lld variants dropped: further than %lld bases from a TSS\n",
                            static_cast<long long>(report.tooFar),
                            static_cast<long long>(*config.maxDistance));
            }
            for (const std::string& contig : report.undeclaredContigs) {
                std::fprintf(stderr,
                             "warning: contig %s is used by records but not declared in the VCF header\n",
                             contig.c_str());
            }
            return 0;
        };
    });
}

}  // namespace locuscope::cli
