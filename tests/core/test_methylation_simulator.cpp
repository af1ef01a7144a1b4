// The synthetic methylation genome: its rules measured back from the files it writes.
#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "core/data/methylation_simulator.h"
#include "core/data/methylation_track_reader.h"
#include "core/genome/dna_sequence.h"
#include "core/genome/reference_genome.h"
#include "core/pipelines/methylation_simulation_pipeline.h"
#include "core/runtime/input_error.h"
#include "core/runtime/operation_cancelled.h"
#include "core/runtime/silent_progress.h"

using namespace locuscope;
namespace fs = std::filesystem;

namespace {

fs::path scratch(const std::string& name) {
    const fs::path directory =
        fs::temp_directory_path() / ("locuscope-methylation-sim-" + std::to_string(getpid())) / name;
    fs::remove_all(directory);
    fs::create_directories(directory.parent_path());
    return directory;
}

std::string contents(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

std::vector<std::vector<std::string>> tabRows(const fs::path& file) {
    std::vector<std::vector<std::string>> rows;
    std::ifstream in(file);
    std::string line;
    while (std::getline(in, line)) {
        if (line.empty() || line[0] == '#') {
            continue;
        }
        std::vector<std::string> fields;
        std::stringstream split(line);
        std::string field;
        while (std::getline(split, field, '\t')) {
            fields.push_back(field);
        }
        rows.push_back(fields);
    }
    return rows;
}

MethylationSimulationRun smallRun(const fs::path& out, std::uint64_t seed = 7) {
    MethylationSimulationRun run;
    run.outputDirectory = out;
    run.simulation.contigs = 2;
    run.simulation.contigLength = 200'000;
    run.simulation.islandsPerContig = 20;
    run.simulation.edgeCases = true;
    run.simulation.seed = seed;
    run.writeBedMethyl = true;
    run.commandLine = "test";
    return run;
}

// One simulation shared by the tests that only read it.
class MethylationSimulatedFolder : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        folder_ = new fs::path(scratch("shared"));
        SilentProgress progress;
        report_ = new MethylationSimulationReport(runMethylationSimulation(smallRun(*folder_), progress));
    }
    static void TearDownTestSuite() {
        fs::remove_all(*folder_);
        delete folder_;
        delete report_;
    }
    static fs::path* folder_;
    static MethylationSimulationReport* report_;
};
fs::path* MethylationSimulatedFolder::folder_ = nullptr;
MethylationSimulationReport* MethylationSimulatedFolder::report_ = nullptr;

struct Feature {
    std::int64_t start0;
    std::int64_t end;
    std::string name;
    char strand;
    std::string origin;
};

std::map<std::string, std::vector<Feature>> readFeatures(const fs::path& file) {
    std::map<std::string, std::vector<Feature>> features;
    for (const auto& row : tabRows(file)) {
        features[row.at(0)].push_back(
            {std::stoll(row.at(1)), std::stoll(row.at(2)), row.at(3), row.at(5)[0], row.at(6)});
    }
    return features;
}

}  // namespace

TEST_F(MethylationSimulatedFolder, testWritesEveryFile) {
    for (const char* name : {"genome.fa", "genome.fa.fai", "methylation.bedGraph", "methylation.bed",
                             "features.bed", "variants.vcf", "simulation.json"}) {
        EXPECT_TRUE(fs::is_regular_file(*folder_ / name)) << name;
    }
    std::size_t entries = 0;
    for (const auto& entry : fs::directory_iterator(folder_->parent_path())) {
        entries += entry.path().filename().string().find(".tmp-") != std::string::npos ? 1 : 0;
    }
    EXPECT_EQ(entries, 0u) << "no staging folder is left behind";
    const nlohmann::json json = nlohmann::json::parse(contents(*folder_ / "simulation.json"));
    EXPECT_EQ(json.at("seed").get<std::uint64_t>(), 7u);
    EXPECT_EQ(json.at("command").get<std::string>(), "test");
    EXPECT_EQ(json.at("config").at("contig_length").get<std::int64_t>(), 200'000);
    EXPECT_EQ(json.at("counts").at("cpg_sites").get<std::int64_t>(), report_->cpgSites);
}

TEST_F(MethylationSimulatedFolder, testEveryBedGraphSiteIsACpgOfTheGenomeAndEveryCpgHasASite) {
    const ReferenceGenome genome(*folder_ / "genome.fa");
    const MethylationTrack track = readMethylationTrack(*folder_ / "methylation.bedGraph");
    ASSERT_EQ(genome.contigs(), (std::vector<std::string>{"chr1", "chr2"}));
    EXPECT_EQ(track.contigs(), genome.contigs());
    for (const std::string& contig : genome.contigs()) {
        EXPECT_EQ(genome.contigLength(contig), 200'000);
        const std::string sequence = genome.fetch(contig, 0, genome.contigLength(contig));
        std::int64_t cpgs = 0;
        for (std::size_t i = 0; i + 1 < sequence.size(); ++i) {
            cpgs += sequence[i] == 'C' && sequence[i + 1] == 'G';
        }
        const std::vector<MethylationSite>& sites = track.sites(contig);
        EXPECT_EQ(static_cast<std::int64_t>(sites.size()), cpgs) << contig;
        for (const MethylationSite& site : sites) {
            ASSERT_EQ(genome.fetch(contig, site.position - 1, site.position + 1), "CG")
                << contig << ":" << site.position;
            ASSERT_GE(site.beta, 0.0f);
            ASSERT_LE(site.beta, 1.0f);
        }
    }
}

TEST_F(MethylationSimulatedFolder, testGenomeCompositionIsHumanLike) {
    const ReferenceGenome genome(*folder_ / "genome.fa");
    const auto features = readFeatures(*folder_ / "features.bed");
    std::int64_t bases[2] = {0, 0};
    std::int64_t c[2] = {0, 0};
    std::int64_t g[2] = {0, 0};
    std::int64_t cg[2] = {0, 0};
    for (const std::string& contig : genome.contigs()) {
        const std::string sequence = genome.fetch(contig, 0, genome.contigLength(contig));
        std::vector<char> island(sequence.size(), 0);
        for (const Feature& f : features.at(contig)) {
            if (f.name == "island") {
                std::fill(island.begin() + f.start0, island.begin() + f.end, 1);
            }
        }
        for (std::size_t i = 0; i < sequence.size(); ++i) {
            const int k = island[i];
            ++bases[k];
            c[k] += sequence[i] == 'C';
            g[k] += sequence[i] == 'G';
            cg[k] +=
                i + 1 < sequence.size() && island[i + 1] == k && sequence[i] == 'C' && sequence[i + 1] == 'G';
        }
    }
    const auto gc = [&](int k) { return static_cast<double>(c[k] + g[k]) / static_cast<double>(bases[k]); };
    const auto ratio = [&](int k) {
        return static_cast<double>(cg[k]) * static_cast<double>(bases[k]) /
               (static_cast<double>(c[k]) * g[k]);
    };
    EXPECT_NEAR(gc(0), 0.41, 0.01);
    EXPECT_GT(ratio(0), 0.18);
    EXPECT_LT(ratio(0), 0.27);
    EXPECT_NEAR(gc(1), 0.65, 0.02);
    EXPECT_NEAR(ratio(1), 0.8, 0.08);
}

TEST_F(MethylationSimulatedFolder, testIslandsAreLowMotifNeighbourhoodsLowerAndBackgroundNear08) {
    const MethylationTrack track = readMethylationTrack(*folder_ / "methylation.bedGraph");
    const auto features = readFeatures(*folder_ / "features.bed");
    double sum[3] = {0, 0, 0};
    double squares[3] = {0, 0, 0};
    std::int64_t n[3] = {0, 0, 0};
    for (const std::string& contig : track.contigs()) {
        for (const MethylationSite& site : track.sites(contig)) {
            const std::int64_t at = site.position - 1;  // 0-based, like the BED features
            int kind = 2;
            for (const Feature& f : features.at(contig)) {
                if (f.name == "island" && f.start0 <= at && at < f.end) {
                    kind = 0;
                    break;
                }
                const double centre = static_cast<double>(f.start0 + f.end - 1) / 2.0;
                if (f.name != "island" && std::abs(centre - static_cast<double>(at)) < 200.0) {
                    kind = 1;
                }
            }
            sum[kind] += site.beta;
            squares[kind] += static_cast<double>(site.beta) * site.beta;
            ++n[kind];
        }
    }
    ASSERT_GT(n[0], 1000);
    ASSERT_GT(n[1], 100);
    ASSERT_GT(n[2], 1000);
    const auto mean = [&](int k) { return sum[k] / static_cast<double>(n[k]); };
    const double backgroundSd = std::sqrt(squares[2] / static_cast<double>(n[2]) - mean(2) * mean(2));
    EXPECT_GE(mean(0), 0.05);
    EXPECT_LE(mean(0), 0.15);
    EXPECT_NEAR(mean(2), 0.8, 0.01);
    EXPECT_NEAR(backgroundSd, 0.05, 0.01);
    EXPECT_LT(mean(1), mean(2) - 0.2);
    EXPECT_GT(mean(1), mean(0));
    // The report's own classes agree with what the files say.
    EXPECT_EQ(report_->island.sites, n[0]);
    EXPECT_EQ(report_->motif.sites, n[1]);
    EXPECT_EQ(report_->background.sites, n[2]);
}

TEST_F(MethylationSimulatedFolder, testFeaturesNameTheMotifsInTheGenome) {
    const ReferenceGenome genome(*folder_ / "genome.fa");
    const auto features = readFeatures(*folder_ / "features.bed");
    std::map<std::string, std::string> motifs;
    for (const MethylationMotif& motif : defaultMethylationMotifs()) {
        motifs[motif.name] = motif.sequence;
    }
    std::map<std::string, int> planted;
    int islands = 0;
    for (const auto& [contig, list] : features) {
        const std::string sequence = genome.fetch(contig, 0, genome.contigLength(contig));
        for (const Feature& f : list) {
            if (f.name == "island") {
                ++islands;
                EXPECT_GE(f.end - f.start0, 500);
                EXPECT_LE(f.end - f.start0, 1500);
                continue;
            }
            const std::string bases = sequence.substr(static_cast<std::size_t>(f.start0),
                                                      static_cast<std::size_t>(f.end - f.start0));
            EXPECT_EQ(f.strand == '-' ? reverseComplement(bases) : bases, motifs.at(f.name))
                << contig << ":" << f.start0;
            planted[f.name] += f.origin == "planted";
        }
        // No occurrence of a motif is missing from the features (chance copies were removed).
        for (const auto& [name, motif] : motifs) {
            for (const std::string& pattern : {motif, reverseComplement(motif)}) {
                for (std::size_t at = sequence.find(pattern); at != std::string::npos;
                     at = sequence.find(pattern, at + 1)) {
                    const bool listed = std::any_of(list.begin(), list.end(), [&](const Feature& f) {
                        return f.name == name && f.start0 == static_cast<std::int64_t>(at);
                    });
                    EXPECT_TRUE(listed) << name << " at " << contig << ":" << at;
                }
            }
        }
    }
    EXPECT_EQ(islands, 40);
    for (const auto& [name, motif] : motifs) {
        EXPECT_EQ(planted[name], 40) << name;  // 100 per Mb x 0.2 Mb x 2 contigs
    }
}

TEST_F(MethylationSimulatedFolder, testVcfRefsMatchTheGenomeExceptThePlantedMismatches) {
    const ReferenceGenome genome(*folder_ / "genome.fa");
    const nlohmann::json json = nlohmann::json::parse(contents(*folder_ / "simulation.json"));
    std::vector<std::string> listed;
    for (const auto& mismatch : json.at("ref_mismatches")) {
        listed.push_back(mismatch.at("id").get<std::string>());
    }
    EXPECT_EQ(listed.size(), 2u);
    std::vector<std::string> found;
    std::map<std::string, int> kinds;
    std::int64_t snvs = 0;
    for (const auto& row : tabRows(*folder_ / "variants.vcf")) {
        const std::string& ref = row.at(3);
        const std::string& alt = row.at(4);
        const std::int64_t position = std::stoll(row.at(1));
        if (genome.fetch(row.at(0), position - 1, position - 1 + static_cast<std::int64_t>(ref.size())) !=
            ref) {
            found.push_back(row.at(2));
        }
        if (row.at(2).rfind("sim_", 0) == 0 && std::isdigit(static_cast<unsigned char>(row.at(2)[4]))) {
            ++snvs;
            EXPECT_EQ(ref.size(), 1u);
            EXPECT_EQ(alt.size(), 1u);
            EXPECT_NE(ref, alt);
        }
        kinds[alt == "<DEL>"                       ? "sv"
              : alt.find(',') != std::string::npos ? "multi"
              : ref.size() != alt.size()           ? "indel"
                                                   : "snv"]++;
    }
    EXPECT_EQ(found, listed);
    EXPECT_EQ(kinds["sv"], 1);
    EXPECT_EQ(kinds["multi"], 2);
    EXPECT_EQ(kinds["indel"], 2);
    EXPECT_NEAR(static_cast<double>(snvs), 400'000.0 / 300.0, 4 * std::sqrt(400'000.0 / 300.0));
    EXPECT_EQ(snvs, report_->snvs);

    if (!fs::exists("/usr/bin/bcftools")) {
        GTEST_SKIP() << "needs /usr/bin/bcftools";
    }
    const fs::path log = folder_->parent_path() / "bcftools.log";
    const std::string command = "/usr/bin/bcftools view -Ov -o /dev/null " +
                                (*folder_ / "variants.vcf").string() + " 2> " + log.string();
    EXPECT_EQ(std::system(command.c_str()), 0);
    EXPECT_EQ(contents(log), "") << "bcftools warned";
}

TEST_F(MethylationSimulatedFolder, testBedMethylDescribesTheSameSitesAsTheBedGraph) {
    const MethylationTrack graph = readMethylationTrack(*folder_ / "methylation.bedGraph");
    MethylationReadSummary summary;
    const MethylationTrack methyl = readMethylationTrack(*folder_ / "methylation.bed", {}, &summary);
    EXPECT_EQ(summary.format, MethylationFileFormat::BedMethyl);
    ASSERT_EQ(graph.contigs(), methyl.contigs());
    for (const std::string& contig : graph.contigs()) {
        const auto& a = graph.sites(contig);
        const auto& b = methyl.sites(contig);
        ASSERT_EQ(a.size(), b.size());
        for (std::size_t i = 0; i < a.size(); ++i) {
            ASSERT_EQ(a[i].position, b[i].position);
            ASSERT_NEAR(a[i].beta, b[i].beta, 1e-6);
            ASSERT_GE(b[i].coverage, 15);
            ASSERT_LE(b[i].coverage, 45);
        }
    }
}

TEST(MethylationSimulator, testSameSeedSameFilesOtherSeedOtherGenome) {
    SilentProgress progress;
    const fs::path a = scratch("seed-a");
    const fs::path b = scratch("seed-b");
    const fs::path c = scratch("seed-c");
    runMethylationSimulation(smallRun(a, 11), progress);
    runMethylationSimulation(smallRun(b, 11), progress);
    runMethylationSimulation(smallRun(c, 12), progress);
    for (const char* name :
         {"genome.fa", "methylation.bedGraph", "methylation.bed", "features.bed", "variants.vcf"}) {
        EXPECT_EQ(contents(a / name), contents(b / name)) << name;
        EXPECT_NE(contents(a / name), contents(c / name)) << name;
    }
    // The variant options draw from their own streams: the genome does not change with them.
    MethylationSimulationRun noEdges = smallRun(scratch("seed-d"), 11);
    noEdges.simulation.edgeCases = false;
    noEdges.simulation.snvEvery = 1000;
    runMethylationSimulation(noEdges, progress);
    EXPECT_EQ(contents(a / "genome.fa"), contents(noEdges.outputDirectory / "genome.fa"));
    EXPECT_EQ(contents(a / "methylation.bedGraph"),
              contents(noEdges.outputDirectory / "methylation.bedGraph"));
    for (const fs::path& folder : {a, b, c, noEdges.outputDirectory}) {
        fs::remove_all(folder);
    }
}

TEST(MethylationSimulator, testCancelOrErrorLeavesNoFolder) {
    SilentProgress cancelled;
    cancelled.cancel();
    const fs::path out = scratch("cancelled");
    EXPECT_THROW(runMethylationSimulation(smallRun(out), cancelled), OperationCancelled);
    EXPECT_FALSE(fs::exists(out));
    for (const auto& entry : fs::directory_iterator(out.parent_path())) {
        EXPECT_EQ(entry.path().filename().string().find("cancelled"), std::string::npos) << entry.path();
    }

    SilentProgress progress;
    MethylationSimulationRun tooMany = smallRun(scratch("too-many"));
    tooMany.simulation.islandsPerContig = 100;  // 100 x 1501 bases > half of 200 kb
    EXPECT_THROW(runMethylationSimulation(tooMany, progress), InputError);
    EXPECT_FALSE(fs::exists(tooMany.outputDirectory));
}

TEST(MethylationSimulator, testRefusesAForeignFolderAndReplacesAnEarlierSimulation) {
    SilentProgress progress;
    const fs::path foreign = scratch("foreign");
    fs::create_directories(foreign);
    std::ofstream(foreign / "notes.txt") << "mine";
    EXPECT_THROW(runMethylationSimulation(smallRun(foreign), progress), InputError);
    EXPECT_EQ(contents(foreign / "notes.txt"), "mine");
    EXPECT_FALSE(fs::exists(foreign / "genome.fa"));

    const fs::path earlier = scratch("earlier");
    MethylationSimulationRun first = smallRun(earlier, 1);
    runMethylationSimulation(first, progress);
    const std::string firstGenome = contents(earlier / "genome.fa");
    MethylationSimulationRun second = smallRun(earlier, 2);
    second.writeBedMethyl = false;
    runMethylationSimulation(second, progress);
    EXPECT_NE(contents(earlier / "genome.fa"), firstGenome);
    EXPECT_FALSE(fs::exists(earlier / "methylation.bed")) << "the earlier folder is replaced as a whole";
    fs::remove_all(foreign);
    fs::remove_all(earlier);
}
