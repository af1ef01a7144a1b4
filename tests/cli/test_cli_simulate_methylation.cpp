// `locuscope-cli simulate methylation`, run as a user would.
#include <gtest/gtest.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>

#include "cli_test_support.h"

using namespace cli_test;

namespace {

std::string readText(const fs::path& file) {
    std::ifstream stream(file, std::ios::binary);
    std::stringstream text;
    text << stream.rdbuf();
    return text.str();
}

bool emptyOrMissing(const fs::path& directory) {
    return !fs::exists(directory) || fs::is_empty(directory);
}

}  // namespace

TEST(CliSimulateMethylation, testWritesTheFolderAndReportsTheMismatches) {
    const fs::path root = freshDirectory("simulate-methylation");
    const fs::path out = root / "sim";
    const std::string arguments =
        "simulate methylation --out " + out.string() +
        " --contigs 2 --length 50000 --islands 5 --motif-density 200 --snv-every 500 "
        "--edge-cases --bedmethyl --seed 3";
    const CliRun run = runCli(arguments);
    ASSERT_EQ(run.exitCode, 0) << run.output;
    for (const char* name : {"genome.fa", "genome.fa.fai", "methylation.bedGraph", "methylation.bed",
                             "features.bed", "variants.vcf", "simulation.json"}) {
        EXPECT_TRUE(fs::is_regular_file(out / name)) << name;
        EXPECT_NE(run.output.find(name), std::string::npos) << name << " is not listed:\n" << run.output;
    }
    EXPECT_NE(run.output.find("REF mismatch"), std::string::npos) << run.output;
    const nlohmann::json json = nlohmann::json::parse(readText(out / "simulation.json"));
    EXPECT_NE(json.at("command").get<std::string>().find("--seed 3"), std::string::npos);
    EXPECT_EQ(json.at("config").at("contigs").get<int>(), 2);
    EXPECT_EQ(json.at("config").at("islands_per_contig").get<int>(), 5);
    EXPECT_EQ(json.at("counts").at("islands").get<int>(), 10);
    EXPECT_EQ(json.at("counts").at("motif_occurrences").at("AP1").get<int>(), 20);  // 200/Mb x 0.1 Mb
    EXPECT_EQ(json.at("ref_mismatches").size(), 2u);

    // The same command into another folder gives the same files.
    const fs::path again = root / "again";
    const CliRun second =
        runCli("simulate methylation --out " + again.string() +
               " --contigs 2 --length 50000 --islands 5 --motif-density 200 --snv-every 500 "
               "--edge-cases --bedmethyl --seed 3");
    ASSERT_EQ(second.exitCode, 0) << second.output;
    for (const char* name :
         {"genome.fa", "methylation.bedGraph", "methylation.bed", "features.bed", "variants.vcf"}) {
        EXPECT_EQ(readText(out / name), readText(again / name)) << name;
    }
    fs::remove_all(root);
}

TEST(CliSimulateMethylation, testBadOptionsFailAndWriteNothing) {
    const fs::path root = freshDirectory("simulate-methylation-bad");
    const fs::path out = root / "sim";
    const char* bad[] = {
        "--contigs 0",
        "--length 5",
        "--islands -1",
        "--motif-density abc",
        "--motif-radius 5000",
        "--snv-every 1",                // passes the parser, refused by the simulator's checks
        "--length 10000 --islands 50",  // islands that cannot fit
        "--no-such-option",
    };
    for (const char* options : bad) {
        const CliRun run = runCli("simulate methylation --out " + out.string() + " " + options);
        EXPECT_NE(run.exitCode, 0) << options << "\n" << run.output;
        EXPECT_FALSE(run.output.empty()) << options;
        EXPECT_TRUE(emptyOrMissing(out)) << options;
        std::size_t staged = 0;
        for (const auto& entry : fs::directory_iterator(root)) {
            staged += entry.path().filename().string().find(".tmp-") != std::string::npos ? 1 : 0;
        }
        EXPECT_EQ(staged, 0u) << options;
    }
    const CliRun missingOut = runCli("simulate methylation --contigs 1");
    EXPECT_NE(missingOut.exitCode, 0);
    EXPECT_NE(missingOut.output.find("--out"), std::string::npos) << missingOut.output;

    // A folder with someone else's files is refused and left alone.
    fs::create_directories(out);
    std::ofstream(out / "keep.txt") << "keep";
    const CliRun foreign =
        runCli("simulate methylation --out " + out.string() + " --length 20000 --islands 2");
    EXPECT_EQ(foreign.exitCode, 2) << foreign.output;
    EXPECT_NE(foreign.output.find("not empty"), std::string::npos) << foreign.output;
    EXPECT_EQ(readText(out / "keep.txt"), "keep");
    EXPECT_FALSE(fs::exists(out / "genome.fa"));
    fs::remove_all(root);
}

TEST(CliSimulateMethylation, testSimulateGenotypesStillWorks) {
    const fs::path root = freshDirectory("simulate-genotypes-still");
    const CliRun run =
        runCli("simulate genotypes --loci 6 --samples 50 --traits 1 --epistatic-share 1 --out " +
               (root / "pop").string());
    ASSERT_EQ(run.exitCode, 0) << run.output;
    EXPECT_TRUE(fs::is_regular_file(root / "pop_g.txt"));
    fs::remove_all(root);
}
