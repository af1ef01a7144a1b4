#include <CLI/CLI.hpp>
#include <cstdio>
#include <filesystem>
#include <memory>
#include <string>

#include "app/cli/cli_command.h"
#include "app/cli/terminal_progress.h"
#include "core/pipelines/methylation_simulation_pipeline.h"
#include "core/pipelines/simulation_pipeline.h"
#include "core/runtime/input_error.h"

namespace locuscope::cli {
namespace {

struct SimulateOptions {
    SimulationConfig config;
    std::string format = "text";
    std::string out;
    double testFraction = 0.15;
    bool shareGiven = false;
};

void printWritten(const std::filesystem::path& file) {
    std::error_code error;
    const auto bytes = std::filesystem::file_size(file, error);
    std::printf("Wrote %s (%.1f MB)\n", file.c_str(), error ? 0.0 : static_cast<double>(bytes) / 1e6);
}

SimulationRun::Format parseFormat(const std::string& format) {
    if (format == "text") {
        return SimulationRun::Format::Text;
    }
    if (format == "hdf5") {
        return SimulationRun::Format::Hdf5;
    }
    if (format == "both") {
        return SimulationRun::Format::Both;
    }
    throw InputError("unknown --format '" + format + "'");
}

int runSimulateGenotypes(const SimulateOptions& options, const GlobalOptions& global) {
    const SimulationConfig& config = options.config;
    if (!options.shareGiven && config.epistaticShare.size() != static_cast<std::size_t>(config.traits)) {
        throw InputError("--traits " + std::to_string(config.traits) +
                         " needs --epistatic-share with one value per trait (the default list has " +
                         std::to_string(config.epistaticShare.size()) + ")");
    }
    validateSimulationConfig(config);
    SimulationRun run;
    run.population = config;
    run.format = parseFormat(options.format);
    run.testFraction = options.testFraction;
    const std::filesystem::path prefix(options.out);
    run.outputDirectory = prefix.parent_path();
    run.prefix = prefix.filename().string();
    if (run.format != SimulationRun::Format::Text && config.ploidy != 1) {
        throw InputError("--format " + options.format +
                         ": the ELM HDF5 layout is haploid only; use --format text for --ploidy 2");
    }

    TerminalProgress progress(!global.noProgress);
    const SimulationOutputs outputs = simulateDataset(run, progress);
    progress.finish();

    std::printf(
        "Simulated %d loci x %d %s samples, %d traits, %d pairs per trait, H2 %g, seed %llu "
        "(%.2f s; %.2f s with writing)\n",
        config.loci, config.samples, config.ploidy == 1 ? "haploid" : "diploid", config.traits,
        outputs.pairsPerTrait, config.heritability, static_cast<unsigned long long>(config.seed),
        outputs.simulateSeconds, outputs.totalSeconds);
    for (const std::filesystem::path& file : outputs.files) {
        printWritten(file);
    }
    if (run.format != SimulationRun::Format::Text) {
        std::printf("  split: samples 1-%zu train, %zu-%zu test\n", outputs.trainSamples,
                    outputs.trainSamples + 1, outputs.samples);
    }
    for (std::size_t t = 0; t < outputs.traitVariances.size(); ++t) {
        const SimulatedTraitVariance& variance = outputs.traitVariances[t];
        std::printf(
            "%s: epistatic share %g -> additive share %.3f, epistatic share %.3f of Var(G) %.3f; "
            "Var(P) %.3f, H2 %.3f\n",
            outputs.traitNames[t].c_str(), config.epistaticShare[t], variance.additive / variance.genetic,
            variance.epistatic / variance.genetic, variance.genetic, variance.phenotypic,
            variance.genetic / variance.phenotypic);
    }
    return 0;
}

int runSimulateMethylation(MethylationSimulationRun run, const GlobalOptions& global) {
    run.commandLine = commandLine();
    TerminalProgress progress(!global.noProgress);
    const MethylationSimulationReport report = runMethylationSimulation(run, progress);
    progress.finish();

    const MethylationSimulationConfig& config = run.simulation;
    std::printf("Simulated %d contigs x %lld bases, seed %llu (%.2f s; %.2f s with writing) into %s\n",
                config.contigs, static_cast<long long>(config.contigLength),
                static_cast<unsigned long long>(config.seed), report.simulateSeconds, report.totalSeconds,
                report.outputDirectory.c_str());
    std::printf("  background GC %.3f, CpG o/e %.3f; islands GC %.3f, CpG o/e %.3f\n", report.backgroundGc,
                report.backgroundCpgRatio, report.islandGc, report.islandCpgRatio);
    std::printf(
        "  %lld CpG sites: %lld in %lld islands (mean beta %.3f), %lld near motifs (%.3f), %lld background "
        "(%.3f)\n",
        static_cast<long long>(report.cpgSites), static_cast<long long>(report.island.sites),
        static_cast<long long>(report.islands), report.island.meanBeta,
        static_cast<long long>(report.motif.sites), report.motif.meanBeta,
        static_cast<long long>(report.background.sites), report.background.meanBeta);
    std::printf("  motifs:");
    for (const auto& [name, count] : report.motifOccurrences) {
        std::printf(" %s %lld", name.c_str(), static_cast<long long>(count));
    }
    std::printf(" (%lld by chance)\n", static_cast<long long>(report.chanceMotifs));
    std::printf("  variants: %lld SNVs", static_cast<long long>(report.snvs));
    if (!report.edgeCases.empty()) {
        std::printf(", %zu edge cases", report.edgeCases.size());
    }
    std::printf("\n");
    for (const SimulatedVariant& v : report.refMismatches) {
        std::printf("  deliberate REF mismatch: %s %s:%lld REF %s, genome %s\n", v.id.c_str(),
                    v.chrom.c_str(), static_cast<long long>(v.position), v.ref.c_str(), v.genomeRef.c_str());
    }
    for (const std::filesystem::path& file : report.files) {
        printWritten(file);
    }
    return 0;
}

void addSimulateMethylation(CLI::App* simulate, CommandAction& action) {
    auto run = std::make_shared<MethylationSimulationRun>();
    MethylationSimulationConfig& config = run->simulation;
    CLI::App* methylation = simulate->add_subcommand(
        "methylation",
        "Synthetic genome with planted methylation rules (islands, TF-like motifs), its bedGraph, "
        "ground-truth features and a VCF (docs/methdata.md)");
    methylation
        ->add_option("--out", run->outputDirectory, "Output folder (new, empty, or an earlier simulation)")
        ->required();
    methylation->add_option("--contigs", config.contigs, "Contigs, named chr1..chrK")
        ->check(CLI::Range(1, 1000))
        ->capture_default_str();
    methylation->add_option("--length", config.contigLength, "Bases per contig")
        ->check(CLI::Range(std::int64_t{10000}, std::int64_t{500000000}))
        ->capture_default_str();
    methylation->add_option("--islands", config.islandsPerContig, "CpG islands per contig")
        ->check(CLI::Range(0, 1000000))
        ->capture_default_str();
    methylation
        ->add_option("--motif-density", config.motifsPerMegabase, "Planted copies of each motif per Mb")
        ->check(CLI::Range(0.0, 2000.0))
        ->capture_default_str();
    methylation
        ->add_option("--motif-radius", config.motifRadius, "Bases around a motif whose CpGs lose methylation")
        ->check(CLI::Range(std::int64_t{1}, std::int64_t{1000}))
        ->capture_default_str();
    methylation->add_option("--snv-every", config.snvEvery, "About one SNV per this many bases (0 = no SNVs)")
        ->check(CLI::Range(std::int64_t{0}, std::int64_t{1000000000}))
        ->capture_default_str();
    methylation->add_flag("--edge-cases", config.edgeCases,
                          "Add multi-allelic, indel, <DEL> and deliberate REF-mismatch records to the VCF");
    methylation->add_flag("--bedmethyl", run->writeBedMethyl,
                          "Also write methylation.bed (bedMethyl, with coverage)");
    methylation
        ->add_option("--mean-coverage", config.meanCoverage, "Mean simulated read coverage (bedMethyl)")
        ->check(CLI::Range(1.0, 100000.0))
        ->capture_default_str();
    methylation->add_option("--seed", config.seed, "Random seed (same seed, same files)")
        ->capture_default_str();
    methylation->callback([&action, run] {
        action = [run](const GlobalOptions& global) { return runSimulateMethylation(*run, global); };
    });
}

}  // namespace

void addSimulateCommand(CLI::App& app, CommandAction& action) {
    CLI::App* simulate = app.add_subcommand("simulate", "Simulate data sets for teaching and tests");
    simulate->require_subcommand(1);

    auto options = std::make_shared<SimulateOptions>();
    SimulationConfig& config = options->config;
    CLI::App* genotypes = simulate->add_subcommand(
        "genotypes",
        "Population with additive and pairwise (additive-by-additive) effects, as AlphaSimR "
        "(docs/simulator.md)");
    genotypes->add_option("--loci", config.loci, "Biallelic loci")
        ->check(CLI::Range(1, 10000000))
        ->capture_default_str();
    genotypes->add_option("--samples", config.samples, "Individuals")
        ->check(CLI::Range(2, 100000000))
        ->capture_default_str();
    genotypes->add_option("--ploidy", config.ploidy, "1 (haploid, x = -1/+1) or 2 (diploid, x = dosage - 1)")
        ->check(CLI::IsMember({1, 2}))
        ->capture_default_str();
    genotypes->add_option("--traits", config.traits, "Traits")
        ->check(CLI::Range(1, 1000))
        ->capture_default_str();
    CLI::Option* share = genotypes
                             ->add_option("--epistatic-share", config.epistaticShare,
                                          "Per trait Var(AA)/Var(A), comma-separated, one per trait")
                             ->delimiter(',')
                             ->check(CLI::NonNegativeNumber)
                             ->capture_default_str();
    genotypes->add_option("--pairs", config.pairs, "Disjoint interacting pairs per trait (-1 = loci/2)")
        ->check(CLI::Range(-1, 5000000))
        ->capture_default_str();
    genotypes->add_option("--min-frequency", config.minFrequency, "Lowest allele-1 frequency")
        ->check(CLI::Range(0.0, 1.0))
        ->capture_default_str();
    genotypes->add_option("--max-frequency", config.maxFrequency, "Highest allele-1 frequency")
        ->check(CLI::Range(0.0, 1.0))
        ->capture_default_str();
    genotypes->add_option("--heritability", config.heritability, "Broad-sense H2 = Var(G)/Var(P), in (0, 1]")
        ->check(CLI::Range(0.0, 1.0))
        ->capture_default_str();
    genotypes->add_option("--seed", config.seed, "Random seed (same seed, same files)")
        ->capture_default_str();
    genotypes
        ->add_option("--format", options->format,
                     "text (AlphaSimR _g/_p/_eff.txt), hdf5 (ELM _train/_test.hdf5, haploid) or both")
        ->check(CLI::IsMember({"text", "hdf5", "both"}))
        ->capture_default_str();
    genotypes->add_option("--test-fraction", options->testFraction, "HDF5: share of samples in the test file")
        ->check(CLI::Range(0.0, 1.0))
        ->capture_default_str();
    genotypes->add_option("--out", options->out, "Output prefix: PREFIX_g.txt, PREFIX_train.hdf5, ...")
        ->required();
    genotypes->callback([&action, options, share] {
        options->shareGiven = share->count() > 0;
        action = [options](const GlobalOptions& global) { return runSimulateGenotypes(*options, global); };
    });
    addSimulateMethylation(simulate, action);
}

}  // namespace locuscope::cli
