#include <CLI/CLI.hpp>
#include <cstdio>
#include <memory>
#include <string>

#include "app/cli/cli_command.h"
#include "app/cli/terminal_progress.h"
#include "core/pipelines/locus_lookup.h"

namespace locuscope::cli {

void addLocateCommand(CLI::App& app, CommandAction& action) {
    auto config = std::make_shared<LocusLookupConfig>();
    CLI::App* command = app.add_subcommand(
        "locate", "Say where locus strings point: chr:start-end, chr:pos, a gene symbol or ID, an rsID");
    command->add_option("loci", config->queries, "Locus strings")->required();
    command->add_option("--genes", config->genes, "TSS BED or GTF, for gene names");
    command->add_option("--vcf", config->variants, "VCF/BCF, for variant IDs (one streaming pass)");
    command->add_option("--fasta", config->reference, "Reference, to harmonise contig names and check ends");
    command->callback([&action, config] {
        action = [config](const GlobalOptions& global) {
            TerminalProgress progress(!global.noProgress);
            const std::vector<LocusMatch> matches = lookupLoci(*config, progress);
            progress.finish();
            std::printf("query\tkind\tchrom\tstart\tend\tdetail\n");
            int missing = 0;
            for (const LocusMatch& match : matches) {
                std::printf("%s\t%s\t%s\t%lld\t%lld\t%s\n", match.query.c_str(), match.kind.c_str(),
                            match.chrom.empty() ? "NA" : match.chrom.c_str(),
                            static_cast<long long>(match.start), static_cast<long long>(match.end),
                            match.detail.c_str());
                missing += match.detail == "not found";
            }
            return missing == 0 ? 0 : 3;  // 3: some names were not found (the rows say which)
        };
    });
}

}  // namespace locuscope::cli
