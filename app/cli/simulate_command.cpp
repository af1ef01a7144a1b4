#include <CLI/CLI.hpp>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>

#include "app/cli/cli_command.h"
#include "app/cli/terminal_progress.h"
#include "core/data/alphasimr_text_writer.h"
#include "core/data/elm_hdf5_writer.h"
#include "core/data/population_simulator.h"
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

int runSimulateGenotypes(const SimulateOptions& options, const GlobalOptions& global) {
    const SimulationConfig& config = options.config;
    if (!options.shareGiven && config.epistaticShare.size() != static_cast<std::size_t>(config.traits)) {
        throw InputError("--traits " + std::to_string(config.traits) +
                         " needs --epistatic-share with one value per trait (the default list has " +
                         std::to_string(config.epistaticShare.size()) + ")");
    }
    validateSimulationConfig(config);
    const bool text = options.format != "hdf5";
    const bool hdf5 = options.format != "text";
    if (hdf5 && config.ploidy != 1) {
        throw InputError("--format " + options.format +
                         ": the ELM HDF5 layout is haploid only; use --format text for --ploidy 2");
    }
    std::size_t trainSamples = 0;
    if (hdf5) {
        trainSamples = elmTrainSamples(static_cast<std::size_t>(config.samples), options.testFraction);
    }

    // Temporary files first, so a bad --out fails before the simulation and nothing becomes
    // visible until every output is complete.
    const std::filesystem::path prefix(options.out);
    std::optional<AlphaSimRTextWriter> textWriter;
    std::optional<ElmHdf5Writer> trainWriter;
    std::optional<ElmHdf5Writer> testWriter;
    if (text) {
        textWriter.emplace(prefix);
    }
    if (hdf5) {
        const ElmHdf5SplitFiles files = elmHdf5SplitFiles(prefix);
        trainWriter.emplace(files.train);
        testWriter.emplace(files.test);
    }

    TerminalProgress progress(!global.noProgress);
    const auto start = std::chrono::steady_clock::now();
    const SimulatedPopulation population = simulatePopulation(config, progress);
    const double simulateSeconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    if (textWriter) {
        textWriter->write(population, progress);
    }
    if (hdf5) {
        const std::size_t samples = population.data.samples();
        trainWriter->write(population.data, population.phenotypes, 0, trainSamples, progress);
        testWriter->write(population.data, population.phenotypes, trainSamples, samples - trainSamples,
                          progress);
    }
    if (textWriter) {
        textWriter->commit();
    }
    if (hdf5) {
        trainWriter->commit();
        testWriter->commit();
    }
    progress.finish();
    const double totalSeconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();

    std::printf(
        "Simulated %d loci x %d %s samples, %d traits, %d pairs per trait, H2 %g, seed %llu "
        "(%.2f s; %.2f s with writing)\n",
        config.loci, config.samples, config.ploidy == 1 ? "haploid" : "diploid", config.traits,
        resolvedPairs(config), config.heritability, static_cast<unsigned long long>(config.seed),
        simulateSeconds, totalSeconds);
    if (textWriter) {
        printWritten(textWriter->files().genotypes);
        printWritten(textWriter->files().phenotypes);
        printWritten(textWriter->files().effects);
    }
    if (hdf5) {
        printWritten(trainWriter->target());
        printWritten(testWriter->target());
        std::printf("  split: samples 1-%zu train, %zu-%zu test\n", trainSamples, trainSamples + 1,
                    population.data.samples());
    }
    for (std::size_t t = 0; t < population.traitVariances.size(); ++t) {
        const SimulatedTraitVariance& variance = population.traitVariances[t];
        std::printf(
            "%s: epistatic share %g -> additive share %.3f, epistatic share %.3f of Var(G) %.3f; "
            "Var(P) %.3f, H2 %.3f\n",
            population.data.traitNames[t].c_str(), config.epistaticShare[t],
            variance.additive / variance.genetic, variance.epistatic / variance.genetic, variance.genetic,
            variance.phenotypic, variance.genetic / variance.phenotypic);
    }
    return 0;
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
}

}  // namespace locuscope::cli
