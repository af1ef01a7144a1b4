// Reading observed methylation: bedGraph and bedMethyl (ENCODE and modkit), plain or compressed.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "core/data/methylation_track.h"
#include "core/data/methylation_track_reader.h"
#include "core/data/methylation_track_writer.h"
#include "core/runtime/input_error.h"

using namespace locuscope;
namespace fs = std::filesystem;

namespace {

const fs::path kData = fs::path(LOCUSCOPE_TEST_DATA) / "methylation";

fs::path scratch() {
    const fs::path directory =
        fs::temp_directory_path() / ("locuscope-methylation-track-" + std::to_string(getpid()));
    fs::create_directories(directory);
    return directory;
}

fs::path writeText(const std::string& name, const std::string& text) {
    const fs::path file = scratch() / name;
    std::ofstream(file, std::ios::binary) << text;
    return file;
}

// The error's message for reading `file`, or "" when it reads.
std::string readError(const fs::path& file, const MethylationReadOptions& options = {}) {
    try {
        readMethylationTrack(file, options);
    } catch (const InputError& error) {
        return error.what();
    }
    return "";
}

struct Expected {
    std::int64_t position;
    double beta;
};

void expectSites(const MethylationTrack& track, const std::string& chrom,
                 const std::vector<Expected>& expected) {
    const std::vector<MethylationSite>& sites = track.sites(chrom);
    ASSERT_EQ(sites.size(), expected.size()) << chrom;
    for (std::size_t i = 0; i < sites.size(); ++i) {
        EXPECT_EQ(sites[i].position, expected[i].position) << chrom << " site " << i;
        EXPECT_NEAR(sites[i].beta, expected[i].beta, 1e-6) << chrom << " site " << i;
    }
}

// The four CpGs both fixture files describe, written down by hand: chr2 first (first appearance).
void expectPairSites(const MethylationTrack& track) {
    EXPECT_EQ(track.contigs(), (std::vector<std::string>{"chr2", "chr1"}));
    expectSites(track, "chr2", {{100, 0.25}});
    expectSites(track, "chr1", {{5, 0.5}, {11, 0.8}, {21, 1.0}});
}

}  // namespace

TEST(MethylationTrack, testBedGraphAndBedMethylOfTheSameSitesAreEqual) {
    MethylationReadSummary graphSummary;
    MethylationReadSummary methylSummary;
    const MethylationTrack graph = readMethylationTrack(kData / "pair.bedGraph", {}, &graphSummary);
    const MethylationTrack methyl = readMethylationTrack(kData / "pair.bed", {}, &methylSummary);
    expectPairSites(graph);
    expectPairSites(methyl);
    EXPECT_EQ(graphSummary.format, MethylationFileFormat::BedGraph);
    EXPECT_EQ(graphSummary.valueScale, MethylationValueScale::Fraction);
    EXPECT_EQ(methylSummary.format, MethylationFileFormat::BedMethyl);
    EXPECT_EQ(graph.sites("chr1")[0].coverage, -1);
    EXPECT_EQ(graph.sites("chr1")[0].strand, '.');
    EXPECT_EQ(methyl.sites("chr1")[0].coverage, 8);
    EXPECT_EQ(methyl.sites("chr1")[0].strand, '+');
    EXPECT_EQ(methyl.sites("chr2")[0].coverage, 12);
}

TEST(MethylationTrack, testGzipAndBgzipReadLikePlainFiles) {
    expectPairSites(readMethylationTrack(kData / "pair.bedGraph.gz"));
    expectPairSites(readMethylationTrack(kData / "pair.bed.gz"));
}

TEST(MethylationTrack, testPercentBedGraphIsScaledAutomaticallyOrOnRequest) {
    const fs::path percent = writeText("percent.bedGraph", "chr1\t4\t5\t50\nchr1\t10 11 80\n");
    MethylationReadSummary summary;
    const MethylationTrack track = readMethylationTrack(percent, {}, &summary);
    EXPECT_EQ(summary.valueScale, MethylationValueScale::Percent);
    expectSites(track, "chr1", {{5, 0.5}, {11, 0.8}});

    // All values <= 1 read as fractions under auto, but as percent when the user says so.
    const fs::path small = writeText("small.bedGraph", "chr1\t4\t5\t1\nchr1\t10\t11\t0.5\n");
    expectSites(readMethylationTrack(small), "chr1", {{5, 1.0}, {11, 0.5}});
    MethylationReadOptions asPercent;
    asPercent.valueScale = MethylationValueScale::Percent;
    expectSites(readMethylationTrack(small, asPercent), "chr1", {{5, 0.01}, {11, 0.005}});

    MethylationReadOptions asFraction;
    asFraction.valueScale = MethylationValueScale::Fraction;
    const std::string error = readError(percent, asFraction);
    EXPECT_NE(error.find("percent.bedGraph:1:"), std::string::npos) << error;
    EXPECT_NE(error.find("outside 0-1"), std::string::npos) << error;
}

TEST(MethylationTrack, testModkitReadsOnly5mcAndCountsTheRest) {
    MethylationReadSummary summary;
    const MethylationTrack track = readMethylationTrack(kData / "modkit.bed", {}, &summary);
    const std::vector<MethylationSite>& sites = track.sites("chr1");
    ASSERT_EQ(sites.size(), 5u);
    EXPECT_EQ(sites[0].position, 5);
    EXPECT_EQ(sites[0].strand, '+');
    EXPECT_EQ(sites[1].position, 6);
    EXPECT_EQ(sites[1].strand, '-');
    EXPECT_EQ(sites[1].coverage, 30);
    EXPECT_NEAR(sites[1].beta, 0.9, 1e-6);
    EXPECT_EQ(summary.dataLines, 7);
    ASSERT_EQ(summary.skipped.size(), 1u);
    EXPECT_EQ(summary.skipped[0].second, 2);
    EXPECT_NE(summary.skipped[0].first.find("5hmC"), std::string::npos);
}

TEST(MethylationTrack, testMinusStrandCallsMergeOntoThePlusCWeightedByCoverage) {
    MethylationReadOptions options;
    options.mergeStrands = true;
    MethylationReadSummary summary;
    const MethylationTrack track = readMethylationTrack(kData / "modkit.bed", options, &summary);
    // chr1:5 (+, 10 reads, 50%) with chr1:6 (-, 30 reads, 90%): (5 + 27) / 40 = 0.8.
    // chr1:31 (+, 2 reads, 100%) with chr1:32 (-, 1 read, 0%): 2 / 3.
    // chr1:61 (-, alone) moves to chr1:60.
    const std::vector<MethylationSite>& sites = track.sites("chr1");
    ASSERT_EQ(sites.size(), 3u);
    EXPECT_EQ(sites[0].position, 5);
    EXPECT_NEAR(sites[0].beta, 0.8, 1e-6);
    EXPECT_EQ(sites[0].coverage, 40);
    EXPECT_EQ(sites[1].position, 31);
    EXPECT_NEAR(sites[1].beta, 2.0 / 3.0, 1e-6);
    EXPECT_EQ(sites[1].coverage, 3);
    EXPECT_EQ(sites[2].position, 60);
    EXPECT_NEAR(sites[2].beta, 0.25, 1e-6);
    for (const MethylationSite& site : sites) {
        EXPECT_EQ(site.strand, '+');
    }
    EXPECT_EQ(summary.mergedPairs, 2);
}

TEST(MethylationTrack, testCoverageFilterAppliesAfterMerging) {
    MethylationReadOptions options;
    options.mergeStrands = true;
    options.minimumCoverage = 4;
    const MethylationTrack merged = readMethylationTrack(kData / "modkit.bed", options);
    expectSites(merged, "chr1", {{5, 0.8}, {60, 0.25}});

    options.mergeStrands = false;
    options.minimumCoverage = 10;
    MethylationReadSummary summary;
    const MethylationTrack unmerged = readMethylationTrack(kData / "modkit.bed", options, &summary);
    expectSites(unmerged, "chr1", {{5, 0.5}, {6, 0.9}});
    bool counted = false;
    for (const auto& [reason, count] : summary.skipped) {
        counted = counted || (reason.find("minimum coverage") != std::string::npos && count == 3);
    }
    EXPECT_TRUE(counted);

    const std::string error = readError(kData / "pair.bedGraph", options);
    EXPECT_NE(error.find("coverage"), std::string::npos) << error;
}

TEST(MethylationTrack, testRegionsRestrictTheSitesWithHarmonisedNames) {
    MethylationReadOptions options;
    options.regions = {parseGenomicRegion("1:6-21")};
    const MethylationTrack track = readMethylationTrack(kData / "pair.bedGraph", options);
    EXPECT_EQ(track.contigs(), std::vector<std::string>{"chr1"});
    expectSites(track, "chr1", {{11, 0.8}, {21, 1.0}});
}

TEST(MethylationTrack, testSitesInFindsTheSitesOfAWindow) {
    const MethylationTrack track = readMethylationTrack(kData / "pair.bed");
    const MethylationSiteRange window = track.sitesIn("chr1", 5, 20);
    ASSERT_EQ(window.size(), 2u);
    EXPECT_EQ(window[0].position, 5);
    EXPECT_EQ(window[1].position, 11);
    EXPECT_EQ(track.sitesIn("1", 21, 21).size(), 1u);  // "1" finds "chr1"
    EXPECT_TRUE(track.sitesIn("chr1", 12, 20).empty());
    EXPECT_TRUE(track.sitesIn("chr7", 1, 1000).empty());
    EXPECT_TRUE(track.sitesIn("chr1", 20, 5).empty());
    EXPECT_EQ(track.siteCount(), 4u);
}

TEST(MethylationTrack, testUnsortedInputIsSortedAndDuplicatesNameBothLines) {
    const fs::path unsorted =
        writeText("unsorted.bedGraph", "chr1\t30\t31\t0.3\nchr1\t10\t11\t0.1\nchr1\t20\t21\t0.2\n");
    expectSites(readMethylationTrack(unsorted), "chr1", {{11, 0.1}, {21, 0.2}, {31, 0.3}});

    const fs::path duplicate =
        writeText("duplicate.bedGraph", "#header\nchr1\t30\t31\t0.3\nchr1\t10\t11\t0.1\nchr1\t30\t31\t0.4\n");
    const std::string error = readError(duplicate);
    EXPECT_NE(error.find("duplicate.bedGraph:4:"), std::string::npos) << error;
    EXPECT_NE(error.find("line 2"), std::string::npos) << error;
    EXPECT_NE(error.find("chr1:31"), std::string::npos) << error;

    // The same position on both strands is not a duplicate.
    const fs::path strands = writeText("strands.bed",
                                       "chr1\t10\t11\t.\t5\t+\t10\t11\t0,0,0\t5\t20\n"
                                       "chr1\t10\t11\t.\t5\t-\t10\t11\t0,0,0\t5\t40\n");
    EXPECT_EQ(readMethylationTrack(strands).siteCount(), 2u);
}

TEST(MethylationTrack, testBadLinesNameFileAndLine) {
    const struct {
        std::string text;
        std::string line;
        std::string problem;
    } cases[] = {
        {"chr1\t4\t5\t0.5\nchr1\tx\t11\t0.5\n", ":2:", "start 'x' is not an integer"},
        {"chr1\t4\t5\t0.5\nchr1\t11\t11\t0.5\n", ":2:", "is not after start"},
        {"track name=x\nchr1\t4\t5\tabc\n", ":2:", "'abc' is not a number"},
        {"chr1\t4\t5\t-0.1\n", ":1:", "outside"},
        {"chr1\t4\t5\t101\n", ":1:", "outside 0-100"},
        {"chr1\t4\t5\tnan\n", ":1:", "is not a number"},
        {"chr1\t4\t104\t0.5\n", ":1:", "interval of 100 bases"},
        {"chr1\t4\t5\n", ":1:", "3 columns"},
        {"chr1\t4\t5\t0.5\nchr1\t6\t7\t0.5\t9\n", ":2:", "5 columns where the first data line has 4"},
        {"chr1\t4\t5\t.\t5\t*\t4\t5\t0,0,0\t5\t20\n", ":1:", "strand '*'"},
        {"chr1\t4\t5\t.\t5\t+\t4\t5\t0,0,0\t5\t120\n", ":1:", "outside 0-100"},
        {"chr1\t4\t5\t.\t5\t+\t4\t5\t0,0,0\t-5\t20\n", ":1:", "coverage -5"},
    };
    int index = 0;
    for (const auto& c : cases) {
        const std::string name = "bad" + std::to_string(index++) + ".txt";
        const std::string error = readError(writeText(name, c.text));
        EXPECT_NE(error.find(name + c.line), std::string::npos) << c.text << " -> " << error;
        EXPECT_NE(error.find(c.problem), std::string::npos) << c.text << " -> " << error;
    }
    EXPECT_NE(readError(writeText("empty.bedGraph", "track name=empty\n")).find("no data lines"),
              std::string::npos);
    EXPECT_NE(readError(scratch() / "missing.bedGraph").find("file not found"), std::string::npos);
}

TEST(MethylationTrack, testWrittenBedGraphAndBedMethylReadBack) {
    MethylationTrack track;
    track.addContig("chrA", {{10, 0.125f, 7, '+'}, {40, 0.9f, 3, '+'}});
    track.addContig("chrB", {{3, 0.0f, 12, '-'}});
    const fs::path graph = scratch() / "written.bedGraph";
    const fs::path methyl = scratch() / "written.bed";
    writeMethylationBedGraph(track, graph);
    writeMethylationBedMethyl(track, methyl);
    for (const fs::path& file : {graph, methyl}) {
        const MethylationTrack back = readMethylationTrack(file);
        EXPECT_EQ(back.contigs(), track.contigs());
        expectSites(back, "chrA", {{10, 0.125}, {40, 0.9}});
        expectSites(back, "chrB", {{3, 0.0}});
    }
    EXPECT_EQ(readMethylationTrack(methyl).sites("chrB")[0].strand, '-');
    EXPECT_EQ(readMethylationTrack(methyl).sites("chrA")[1].coverage, 3);

    EXPECT_THROW(track.addContig("chrA", {}), InputError);
    EXPECT_THROW(track.addContig("chrC", {{5, 0.1f, -1, '+'}, {4, 0.1f, -1, '+'}}), InputError);
}
