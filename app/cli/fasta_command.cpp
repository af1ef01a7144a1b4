#include <CLI/CLI.hpp>
#include <cstdio>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "app/cli/cli_command.h"
#include "core/genome/dna_sequence.h"
#include "core/genome/genomic_region.h"
#include "core/genome/reference_genome.h"
#include "core/io/atomic_file_writer.h"
#include "core/runtime/input_error.h"

namespace locuscope::cli {
namespace {

struct FastaWindowOptions {
    std::string fasta;
    std::vector<std::string> regions;
    std::string regionsFile;
    bool reverseComplement = false;
    int lineWidth = 60;
    std::string out;
};

// One FASTA record as samtools faidx prints it: ">name" then lines of `width` bases.
void appendRecord(std::string& out, const std::string& name, const std::string& bases, int width) {
    out += '>' + name + '\n';
    for (std::size_t i = 0; i < bases.size(); i += static_cast<std::size_t>(width)) {
        out.append(bases, i, static_cast<std::size_t>(width));
        out += '\n';
    }
}

int runFastaWindow(const FastaWindowOptions& options) {
    if (options.lineWidth < 1) {
        throw InputError("--line-width must be at least 1");
    }
    std::vector<std::pair<std::string, GenomicRegion>> regions;  // as typed, parsed
    for (const std::string& text : options.regions) {
        regions.emplace_back(text, parseGenomicRegion(text, "--region"));
    }
    if (!options.regionsFile.empty()) {
        for (GenomicRegion& region : readRegionsFile(options.regionsFile)) {
            regions.emplace_back(region.toString(), std::move(region));
        }
    }
    if (regions.empty()) {
        throw InputError("fasta window needs --region or --regions-file");
    }
    const ReferenceGenome reference(options.fasta);
    std::string text;
    for (const auto& [name, region] : regions) {
        std::string bases = reference.fetch(region);
        if (options.reverseComplement) {
            bases = reverseComplement(bases);
        }
        appendRecord(text, options.reverseComplement ? name + "/rc" : name, bases, options.lineWidth);
    }
    if (options.out.empty()) {
        std::fwrite(text.data(), 1, text.size(), stdout);
    } else {
        writeFileAtomically(options.out, text);
    }
    return 0;
}

}  // namespace

void addFastaCommand(CLI::App& app, CommandAction& action) {
    CLI::App* fasta = app.add_subcommand("fasta", "Reference genome tools");
    fasta->require_subcommand(1);
    auto options = std::make_shared<FastaWindowOptions>();
    CLI::App* window = fasta->add_subcommand(
        "window",
        "Print windows of a reference (FASTA or bgzip FASTA, indexed on first use) as FASTA records");
    window->add_option("--fasta", options->fasta, "Reference FASTA (.fa, .fa.gz bgzip)")->required();
    window->add_option("--region", options->regions,
                       "chr:start-end (1-based, inclusive), chr:pos (one base) or chr; repeatable");
    window->add_option("--regions-file", options->regionsFile, "BED file or one region per line");
    window->add_flag("--reverse-complement", options->reverseComplement,
                     "Reverse-complement each window (name gets '/rc', as samtools faidx -i)");
    window->add_option("--line-width", options->lineWidth, "Bases per line")->capture_default_str();
    window->add_option("--out", options->out, "Write to this file (atomically) instead of standard output");
    window->callback([&action, options] {
        action = [options](const GlobalOptions&) { return runFastaWindow(*options); };
    });
}

}  // namespace locuscope::cli
