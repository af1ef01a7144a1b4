#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <random>
#include <set>
#include <sstream>
#include <string>
#include <tuple>
#include <vector>

#include "core/genome/gene_annotation.h"
#include "core/genome/nearest_tss_annotator.h"
#include "core/genome/tss_index.h"
#include "core/runtime/input_error.h"

using namespace locuscope;
namespace fs = std::filesystem;

namespace {

class TssTest : public ::testing::Test {
protected:
    void SetUp() override {
        directory = fs::temp_directory_path() /
                    ("locuscope-tss-" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) +
                     "-" + ::testing::UnitTest::GetInstance()->current_test_info()->name());
        fs::remove_all(directory);
        fs::create_directories(directory);
    }
    void TearDown() override { fs::remove_all(directory); }

    fs::path write(const std::string& name, const std::string& text) {
        const fs::path path = directory / name;
        std::ofstream(path, std::ios::binary) << text;
        return path;
    }

    fs::path directory;
};

std::vector<std::string> splitTabs(const std::string& line) {
    std::vector<std::string> fields;
    std::stringstream stream(line);
    std::string field;
    while (std::getline(stream, field, '\t')) {
        fields.push_back(field);
    }
    if (!line.empty() && line.back() == '\t') {
        fields.emplace_back();
    }
    return fields;
}

std::vector<std::string> readLines(const fs::path& path) {
    std::ifstream in(path);
    std::vector<std::string> lines;
    std::string line;
    while (std::getline(in, line)) {
        lines.push_back(line);
    }
    return lines;
}

bool bedopsInstalled() {
    return std::system(
               "command -v sort-bed >/dev/null 2>&1 && command -v closest-features >/dev/null 2>&1") == 0;
}

// Expects an InputError naming `file`, `line` (0: none) and containing `problem`.
template <typename Read>
void expectInputError(Read read, const fs::path& file, std::int64_t line, const std::string& problem) {
    try {
        read();
        ADD_FAILURE() << "no InputError for " << file << " (expected '" << problem << "')";
    } catch (const InputError& error) {
        EXPECT_EQ(error.file(), file);
        EXPECT_EQ(error.line(), line) << error.what();
        EXPECT_NE(std::string(error.what()).find(problem), std::string::npos) << error.what();
        if (line > 0) {
            EXPECT_NE(std::string(error.what()).find(file.string() + ":" + std::to_string(line) + ": "),
                      std::string::npos)
                << error.what();
        }
    }
}

// A random TSS BED and variant set built to hit every rule of closest-features --closest.
struct Fixture {
    std::string tssBed;       // unsorted, as a user might hand it in
    std::string variantsBed;  // 3 columns, unsorted
    int midpoints = 0;        // variants exactly between two TSSs
    int onDuplicates = 0;     // variants on, or next to, a TSS with 2 or 3 identical copies
};

Fixture makeFixture(unsigned seed, bool withSymbols) {
    std::mt19937 random(seed);
    auto uniform = [&](std::int64_t low, std::int64_t high) {
        return std::uniform_int_distribution<std::int64_t>(low, high)(random);
    };
    auto geneId = [&] { return "ENSG" + std::to_string(10000000000LL + uniform(0, 999999)); };
    Fixture fixture;
    std::vector<std::string> tssLines;
    std::vector<std::string> variantLines;
    auto addVariant = [&](const std::string& chrom, std::int64_t pos) {
        if (pos >= 1) {
            variantLines.push_back(chrom + "\t" + std::to_string(pos - 1) + "\t" + std::to_string(pos));
        }
    };
    auto randomStrand = [&] { return uniform(0, 1) == 0 ? "+" : "-"; };
    auto addTss = [&](const std::string& chrom, std::int64_t tss, const std::string& strand,
                      const std::string& id) {
        std::string line =
            chrom + "\t" + std::to_string(tss - 1) + "\t" + std::to_string(tss) + "\t" + strand + "\t" + id;
        if (withSymbols ||
            uniform(0, 9) == 0) {  // fixtures with symbols, and a few 6-column lines in the others
            line += "\tSYM" + std::to_string(uniform(0, 99));
        }
        tssLines.push_back(line);
    };

    // chr10 sorts before chr2 in sort-bed's order; "7" has no prefix; contigs without TSSs below.
    const std::vector<std::string> contigs{"chr1", "chr2", "chr10", "chrX", "7"};
    for (const std::string& chrom : contigs) {
        const std::int64_t length = uniform(50000, 300000);
        const int count = static_cast<int>(uniform(40, 160));
        std::set<std::int64_t> positions;
        while (static_cast<int>(positions.size()) < count) {
            positions.insert(uniform(2, length));
        }
        std::set<std::int64_t> duplicated;
        for (const std::int64_t tss : positions) {
            addTss(chrom, tss, randomStrand(), geneId());
            if (uniform(0, 7) == 0) {  // 2 or 3 identical coordinates, different genes, maybe strands
                const int extra = static_cast<int>(uniform(1, 2));
                for (int copy = 0; copy < extra; ++copy) {
                    addTss(chrom, tss, randomStrand(), geneId());
                }
                duplicated.insert(tss);
            }
        }
        const std::vector<std::int64_t> sorted(positions.begin(), positions.end());
        for (std::size_t i = 0; i + 1 < sorted.size(); ++i) {
            const std::int64_t a = sorted[i];
            const std::int64_t b = sorted[i + 1];
            if ((a + b) % 2 == 0 && b - a >= 2) {
                addVariant(chrom, (a + b) / 2);  // tie: the left TSS must win
                ++fixture.midpoints;
                if (duplicated.count(a) > 0 || duplicated.count(b) > 0) {
                    ++fixture.onDuplicates;
                }
            }
        }
        for (const std::int64_t tss : duplicated) {
            for (const std::int64_t offset : {-1, 0, 1, 7}) {
                addVariant(chrom, tss + offset);
                ++fixture.onDuplicates;
            }
        }
        for (int i = 0; i < 40; ++i) {  // on a TSS and its neighbours
            const std::int64_t tss = sorted[static_cast<std::size_t>(uniform(0, count - 1))];
            addVariant(chrom, tss + uniform(-2, 2));
        }
        addVariant(chrom, 1);  // before the first TSS
        addVariant(chrom, sorted.front() - 1);
        addVariant(chrom, sorted.back() + 1);  // after the last
        addVariant(chrom, length + uniform(1, 100000));
        for (int i = 0; i < 150; ++i) {
            addVariant(chrom, uniform(1, length + 1000));
        }
    }
    for (const std::string chrom : {"chrY", "chrUn_gl000220", "chr1_random"}) {
        for (int i = 0; i < 10; ++i) {
            addVariant(chrom, uniform(1, 100000));
        }
    }
    std::shuffle(tssLines.begin(), tssLines.end(), random);
    std::shuffle(variantLines.begin(), variantLines.end(), random);
    for (const std::string& line : tssLines) {
        fixture.tssBed += line + "\n";
    }
    for (const std::string& line : variantLines) {
        fixture.variantsBed += line + "\n";
    }
    return fixture;
}

TssIndex indexOf(std::initializer_list<TssEntry> entries) {
    return TssIndex(std::vector<TssEntry>(entries));
}

TssEntry tssAt(std::string chrom, std::int64_t tss, char strand, std::string id, std::string symbol = {}) {
    TssEntry entry;
    entry.chrom = std::move(chrom);
    entry.tss = tss;
    entry.strand = strand;
    entry.geneId = std::move(id);
    entry.symbol = std::move(symbol);
    return entry;
}

}  // namespace

// The independent reference: BEDOPS itself, run the way Seal runs it.
TEST_F(TssTest, testMatchesClosestFeaturesOnRandomFixtures) {
    if (!bedopsInstalled()) {
        GTEST_SKIP() << "BEDOPS (sort-bed, closest-features) not found: install the Debian package 'bedops'";
    }
    std::int64_t compared = 0;
    std::int64_t withoutTss = 0;
    std::int64_t overlaps = 0;
    for (const unsigned seed : {11u, 23u, 101u, 2024u, 77777u, 31337u}) {
        SCOPED_TRACE("seed " + std::to_string(seed));
        const Fixture fixture = makeFixture(seed, seed % 2 == 0);
        ASSERT_GT(fixture.midpoints, 10);
        ASSERT_GT(fixture.onDuplicates, 10);
        const fs::path tss = write("tss.bed", fixture.tssBed);
        write("variants.bed", fixture.variantsBed);
        const std::string commands = "cd '" + directory.string() +
                                     "' && sort-bed tss.bed > tss.sorted.bed && sort-bed variants.bed > "
                                     "variants.sorted.bed && closest-features --delim '\\t' --closest --dist "
                                     "variants.sorted.bed tss.sorted.bed > closest.txt";
        ASSERT_EQ(std::system(commands.c_str()), 0) << commands;

        const TssIndex index(readTssBed(tss),
                             tss);  // from the unsorted file: the index sorts as sort-bed does
        NearestTssAnnotator annotator(index);
        const std::vector<std::string> lines = readLines(directory / "closest.txt");
        ASSERT_EQ(lines.size(), readLines(directory / "variants.bed").size());
        std::vector<std::pair<std::vector<std::string>, std::optional<TssIndex::Hit>>> answers;
        for (const std::string& line : lines) {
            SCOPED_TRACE(line);
            const std::vector<std::string> fields = splitTabs(line);
            ASSERT_GE(fields.size(), 5u);
            const std::string& chrom = fields[0];
            const std::int64_t pos = std::stoll(fields[2]);
            const std::optional<TssIndex::Hit> hit = index.nearest(chrom, pos);
            const TssAnnotation annotation = annotator.annotate(chrom, pos);  // sorted stream, cached contig
            if (fields[3] == "NA") {
                ASSERT_EQ(fields.size(), 5u);
                EXPECT_EQ(fields[4], "NA");
                EXPECT_FALSE(hit.has_value());
                EXPECT_EQ(annotation.outcome, TssOutcome::NoTssOnContig);
                EXPECT_EQ(NearestTssAnnotator::fields(annotation),
                          (std::array<std::string, 3>{"NA", "NA", "NA"}));
                ++withoutTss;
            } else {
                ASSERT_TRUE(fields.size() == 9u || fields.size() == 10u);
                ASSERT_TRUE(hit.has_value());
                EXPECT_EQ(hit->tss->chrom, fields[3]);
                EXPECT_EQ(hit->tss->tss - 1, std::stoll(fields[4]));
                EXPECT_EQ(hit->tss->tss, std::stoll(fields[5]));
                EXPECT_EQ(std::string(1, hit->tss->strand), fields[6]);
                EXPECT_EQ(hit->tss->geneId, fields[7]);
                EXPECT_EQ(hit->tss->symbol, fields.size() == 10u ? fields[8] : "");
                EXPECT_EQ(hit->distToTss, -std::stoll(fields.back()));  // Seal: pos - TSS
                EXPECT_EQ(annotation.tss, hit->tss);
                EXPECT_EQ(NearestTssAnnotator::fields(annotation),
                          (std::array<std::string, 3>{fields[7], fields[6],
                                                      std::to_string(-std::stoll(fields.back()))}));
                overlaps += hit->distToTss == 0 ? 1 : 0;
            }
            answers.emplace_back(fields, hit);
            ++compared;
        }
        // Random order, fresh annotator: the contig cache must not depend on sorted input.
        std::mt19937 random(seed);
        std::shuffle(answers.begin(), answers.end(), random);
        NearestTssAnnotator shuffled(index);
        for (const auto& [fields, expected] : answers) {
            const TssAnnotation annotation = shuffled.annotate(fields[0], std::stoll(fields[2]));
            ASSERT_EQ(annotation.tss, expected ? expected->tss : nullptr) << fields[0] << ":" << fields[2];
        }
    }
    EXPECT_GT(compared, 5000);
    EXPECT_GT(withoutTss, 100);
    EXPECT_GT(overlaps, 100);
}

// The rules spelled out, each checked against closest-features in the test above.
TEST_F(TssTest, testTiesGoToLeftTss) {
    const TssIndex index = indexOf({tssAt("chr1", 1000, '+', "L"), tssAt("chr1", 2000, '-', "R")});
    EXPECT_EQ(index.nearest("chr1", 1500)->tss->geneId, "L");
    EXPECT_EQ(index.nearest("chr1", 1500)->distToTss, 500);
    EXPECT_EQ(index.nearest("chr1", 1501)->tss->geneId, "R");
    EXPECT_EQ(index.nearest("chr1", 1501)->distToTss, -499);
    EXPECT_EQ(index.nearest("chr1", 1)->distToTss, -999);
    EXPECT_EQ(index.nearest("chr1", 1000)->distToTss, 0);
    EXPECT_EQ(index.nearest("chr1", 9000)->tss->geneId, "R");
}

TEST_F(TssTest, testIdenticalTssLastOnOverlapAndLeftFirstOnRight) {
    // sort-bed orders the copies by the remaining columns bytewise: "+\tD1" < "+\tD2" < "-\tD0".
    const TssIndex index = indexOf(
        {tssAt("chr1", 3000, '-', "D0"), tssAt("chr1", 3000, '+', "D2"), tssAt("chr1", 3000, '+', "D1")});
    EXPECT_EQ(index.nearest("chr1", 2999)->tss->geneId, "D1");  // TSS on the right: first copy
    EXPECT_EQ(index.nearest("chr1", 3000)->tss->geneId, "D0");  // overlap: last copy
    EXPECT_EQ(index.nearest("chr1", 3001)->tss->geneId, "D0");  // TSS on the left: last copy
}

TEST_F(TssTest, testSealExampleDistance) {
    // specs/seal.md §1.2: chr1:867550 against SAMD11's TSS at 877493 is reported as -9943.
    const fs::path bed = write("genes.bed", "chr1\t877492\t877493\t+\tENSG00000187634\n");
    const TssIndex index = TssIndex::fromFile(bed);
    const auto hit = index.nearest("chr1", 867550);
    ASSERT_TRUE(hit);
    EXPECT_EQ(hit->tss->geneId, "ENSG00000187634");
    EXPECT_EQ(hit->distToTss, -9943);
}

TEST_F(TssTest, testContigNamesHarmonised) {
    const TssIndex index = indexOf({tssAt("chr1", 100, '+', "A"), tssAt("X", 100, '+', "B"),
                                    tssAt("chrM", 100, '+', "C"), tssAt("chr2", 100, '+', "D")});
    EXPECT_EQ(index.nearest("1", 90)->tss->geneId, "A");
    EXPECT_EQ(index.nearest("chrX", 90)->tss->geneId, "B");
    EXPECT_EQ(index.nearest("MT", 90)->tss->geneId, "C");
    EXPECT_EQ(index.nearest("chrMT", 90)->tss->geneId, "C");
    EXPECT_FALSE(index.nearest("3", 90));
    EXPECT_FALSE(index.nearest("chr22", 90));
    EXPECT_EQ(index.contigIndex("nonsense"), -1);

    // Both spellings present: each finds itself, and nothing guesses between them.
    const TssIndex both = indexOf({tssAt("chr1", 100, '+', "prefixed"), tssAt("1", 100, '+', "bare")});
    EXPECT_EQ(both.nearest("chr1", 1)->tss->geneId, "prefixed");
    EXPECT_EQ(both.nearest("1", 1)->tss->geneId, "bare");
    EXPECT_FALSE(both.nearest("CHR1", 1));
}

TEST_F(TssTest, testEmptyIndexHasNoAnswers) {
    const TssIndex index;
    EXPECT_TRUE(index.empty());
    EXPECT_FALSE(index.nearest("chr1", 100));
    EXPECT_TRUE(index.findGene("SAMD11").empty());
}

TEST_F(TssTest, testGeneLookupBySymbolAndId) {
    const TssIndex index =
        indexOf({tssAt("chr2", 500, '-', "ENSG2.4", "TP53"), tssAt("chr1", 900, '+', "ENSG1", "Samd11"),
                 tssAt("chr1", 100, '+', "ENSG1", "Samd11"), tssAt("chr3", 1, '+', "ENSG3")});
    const auto samd11 = index.findGene("SAMD11");
    ASSERT_EQ(samd11.size(), 2u);  // both TSSs, in genomic order
    EXPECT_EQ(samd11[0]->tss, 100);
    EXPECT_EQ(samd11[1]->tss, 900);
    EXPECT_EQ(index.findGene("samd11").size(), 2u);
    EXPECT_EQ(index.findGene("ENSG1").size(), 2u);
    EXPECT_EQ(index.findGene("ensg1").size(), 2u);
    ASSERT_EQ(index.findGene("ENSG2").size(), 1u);  // versionless query finds GENCODE's versioned id
    EXPECT_EQ(index.findGene("ENSG2")[0]->symbol, "TP53");
    EXPECT_EQ(index.findGene("ENSG2.4").size(), 1u);
    EXPECT_EQ(index.findGene("ENSG1.7").size(), 2u);  // versioned query, unversioned annotation
    EXPECT_EQ(index.findGene("tp53").size(), 1u);
    EXPECT_TRUE(index.findGene("BRCA2").empty());
    EXPECT_TRUE(index.findGene("").empty());
}

TEST_F(TssTest, testBedReaderSkipsHeadersAndAcceptsCrlfAndGzip) {
    const std::string text =
        "track name=genes\r\nbrowser position chr1\r\n# comment\r\n\r\n"
        "chr2\t499\t500\t-\tENSG2\tTP53\r\nchr1\t99\t100\t+\tENSG1\r\n";
    const fs::path bed = write("genes.bed", text);
    const std::vector<TssEntry> entries = readTssBed(bed);
    ASSERT_EQ(entries.size(), 2u);
    EXPECT_EQ(entries[0].chrom, "chr2");
    EXPECT_EQ(entries[0].tss, 500);
    EXPECT_EQ(entries[0].strand, '-');
    EXPECT_EQ(entries[0].geneId, "ENSG2");
    EXPECT_EQ(entries[0].symbol, "TP53");
    EXPECT_EQ(entries[0].line, 5);
    EXPECT_EQ(entries[1].symbol, "");
    EXPECT_EQ(entries[1].geneId, "ENSG1");  // no '\r' left on the last column

    ASSERT_EQ(std::system(("gzip -c '" + bed.string() + "' > '" + bed.string() + ".gz'").c_str()), 0);
    const std::vector<TssEntry> zipped = readGeneAnnotation(bed.string() + ".gz");
    ASSERT_EQ(zipped.size(), 2u);
    EXPECT_EQ(zipped[1].tss, 100);
}

TEST_F(TssTest, testBedReaderErrorsNameFileAndLine) {
    const std::string good = "# header\nchr1\t99\t100\t+\tG1\n";
    const std::vector<std::pair<std::string, std::string>> cases{
        {"chr1\t99\t100\t+\n", "5 or 6 tab-separated columns"},
        {"chr1\t99\t100\t+\tG\tS\textra\n", "found 7"},
        {"chr1 99 100 + G\n", "tabs, not spaces"},
        {"chr1\tx\t100\t+\tG\n", "bad coordinates"},
        {"chr1\t-1\t0\t+\tG\n", "bad coordinates"},
        {"chr1\t99\t101\t+\tG\n", "end must be the start + 1"},
        {"chr1\t100\t99\t+\tG\n", "end must be the start + 1"},
        {"chr1\t99\t100.5\t+\tG\n", "bad coordinates"},
        {"chr1\t99\t100\t.\tG\n", "strand must be '+' or '-', not '.'"},
        {"chr1\t99\t100\t+\t\n", "empty gene_id"},
        {"\t99\t100\t+\tG\n", "empty chromosome"},
    };
    for (const auto& [line, problem] : cases) {
        const fs::path bed = write("bad.bed", good + line);
        expectInputError([&] { readTssBed(bed); }, bed, 3, problem);
    }
    expectInputError([&] { readTssBed(directory / "missing.bed"); }, directory / "missing.bed", 0,
                     "no such file");
}

TEST_F(TssTest, testGtfTssIsStartOnPlusAndEndOnMinus) {
    const std::string gtf =
        "#!genome-build GRCh38\n"
        "chr1\tHAVANA\tgene\t11869\t14409\t.\t+\t.\tgene_id \"ENSG00000223972.5\"; gene_type "
        "\"transcribed_unprocessed_pseudogene\"; gene_name \"DDX11L1\";\n"
        "chr1\tHAVANA\ttranscript\t11869\t14409\t.\t+\t.\tgene_id \"ENSG00000223972.5\"; transcript_id "
        "\"T1\";\n"
        "chr1\tHAVANA\texon\t11869\t12227\t.\t+\t.\tgene_id \"ENSG00000223972.5\";\n"
        "chr1\tHAVANA\tgene\t14404\t29570\t.\t-\t.\tgene_id \"ENSG00000227232.5\"; gene_type "
        "\"unprocessed_pseudogene\"; "
        "gene_name \"WASH7P\";\r\n"
        "chr1\tHAVANA\ttranscript\t14404\t29570\t.\t-\t.\tgene_id \"ENSG00000227232.5\"; gene_name "
        "\"WASH7P\";\n"
        "chr1\tHAVANA\ttranscript\t14404\t24886\t.\t-\t.\tgene_id \"ENSG00000227232.5\"; gene_name "
        "\"WASH7P\";\n"
        "chr1\tHAVANA\ttranscript\t15000\t29570\t.\t-\t.\tgene_id \"ENSG00000227232.5\"; gene_name "
        "\"WASH7P\";\n"
        "1\tensembl\tgene\t65419\t71585\t.\t+\t.\tgene_id \"ENSG00000186092\"; gene_biotype "
        "\"protein_coding\";\n";
    const fs::path path = write("genes.gtf", gtf);
    const std::vector<TssEntry> genes = readGeneAnnotation(path);
    ASSERT_EQ(genes.size(), 3u);
    EXPECT_EQ(genes[0].tss, 11869);
    EXPECT_EQ(genes[0].strand, '+');
    EXPECT_EQ(genes[0].geneId, "ENSG00000223972.5");
    EXPECT_EQ(genes[0].symbol, "DDX11L1");
    EXPECT_EQ(genes[0].line, 2);
    EXPECT_EQ(genes[1].tss, 29570);  // minus strand: the end
    EXPECT_EQ(genes[1].strand, '-');
    EXPECT_EQ(genes[1].symbol, "WASH7P");
    EXPECT_EQ(genes[2].chrom, "1");
    EXPECT_EQ(genes[2].symbol, "");

    GtfOptions transcripts;
    transcripts.source = GtfTssSource::Transcript;
    const std::vector<TssEntry> starts = readGtfTss(path, transcripts);
    ASSERT_EQ(starts.size(), 3u);  // WASH7P's two transcripts ending at 29570 share one TSS
    EXPECT_EQ(starts[0].tss, 11869);
    EXPECT_EQ(starts[1].tss, 29570);
    EXPECT_EQ(starts[2].tss, 24886);

    GtfOptions proteinCoding;
    proteinCoding.geneTypes = {"protein_coding"};
    const std::vector<TssEntry> coding = readGtfTss(path, proteinCoding);  // gene_biotype counts too
    ASSERT_EQ(coding.size(), 1u);
    EXPECT_EQ(coding[0].geneId, "ENSG00000186092");

    // Lookup and nearest on a GTF index.
    const TssIndex index = TssIndex::fromFile(path);
    ASSERT_EQ(index.findGene("wash7p").size(), 1u);
    EXPECT_EQ(index.findGene("ENSG00000227232")[0]->tss, 29570);
    EXPECT_EQ(index.nearest("chr1", 29000)->tss->symbol, "WASH7P");
    EXPECT_EQ(index.nearest("chr1", 29000)->distToTss, -570);  // genomic orientation, not strand-corrected
    EXPECT_EQ(index.nearest("chr1", 60000)->tss->symbol,
              "WASH7P");  // exact names first: "chr1" and "1" differ here
    EXPECT_EQ(index.nearest("1", 60000)->tss->geneId, "ENSG00000186092");

    ASSERT_EQ(std::system(("gzip -c '" + path.string() + "' > '" + path.string() + ".gz'").c_str()), 0);
    EXPECT_EQ(readGeneAnnotation(path.string() + ".gz").size(), 3u);
}

TEST_F(TssTest, testGtfReaderErrorsNameFileAndLine) {
    const std::string good = "chr1\tsrc\tgene\t10\t20\t.\t+\t.\tgene_id \"G1\";\n";
    const std::vector<std::pair<std::string, std::string>> cases{
        {"chr1\tsrc\tgene\t10\t20\t.\t+\tgene_id \"G2\";\n", "9 tab-separated columns, found 8"},
        {"chr1\tsrc\tgene\t0\t20\t.\t+\t.\tgene_id \"G2\";\n", "bad coordinates"},
        {"chr1\tsrc\tgene\t30\t20\t.\t+\t.\tgene_id \"G2\";\n", "bad coordinates"},
        {"chr1\tsrc\tgene\tten\t20\t.\t+\t.\tgene_id \"G2\";\n", "bad coordinates"},
        {"chr1\tsrc\tgene\t10\t20\t.\t.\t.\tgene_id \"G2\";\n", "strand must be '+' or '-'"},
        {"chr1\tsrc\tgene\t10\t20\t.\t+\t.\tgene_name \"X\";\n", "no gene_id attribute"},
    };
    for (const auto& [line, problem] : cases) {
        const fs::path gtf = write("bad.gtf", good + line);
        expectInputError([&] { readGtfTss(gtf); }, gtf, 2, problem);
    }
    // Features other than the chosen one are not checked beyond their column count.
    const fs::path exons = write("exons.gtf", good + "chr1\tsrc\texon\t10\t20\t.\t.\t.\tgene_id \"G1\";\n");
    EXPECT_EQ(readGtfTss(exons).size(), 1u);
}

TEST_F(TssTest, testSealFiltersAreOptions) {
    const TssIndex index = indexOf({tssAt("chr1", 100000, '+', "A"), tssAt("chrM", 100, '+', "M"),
                                    tssAt("chr1_gl000191_random", 100, '+', "R")});
    NearestTssAnnotator plain(index);
    EXPECT_TRUE(plain.annotate("chrM", 150).keep);
    EXPECT_TRUE(plain.annotate("chr1", 500000).keep);
    const TssAnnotation none = plain.annotate("chr5", 10);
    EXPECT_TRUE(none.keep);
    EXPECT_EQ(none.outcome, TssOutcome::NoTssOnContig);

    NearestTssAnnotator seal(index, NearestTssOptions::seal());
    EXPECT_EQ(seal.annotate("chrM", 150).outcome, TssOutcome::NonStandardChromosome);
    EXPECT_EQ(seal.annotate("chr1_gl000191_random", 150).outcome, TssOutcome::NonStandardChromosome);
    EXPECT_EQ(seal.annotate("chr1", 120000).outcome, TssOutcome::Found);  // |dist| = 20000: kept
    const TssAnnotation far = seal.annotate("chr1", 120001);
    EXPECT_EQ(far.outcome, TssOutcome::TooFar);
    EXPECT_FALSE(far.keep);
    EXPECT_EQ(far.distToTss, 20001);
    const TssAnnotation upstream = seal.annotate("1", 80000);  // Seal would also prefix "1" with chr
    EXPECT_EQ(upstream.outcome, TssOutcome::Found);
    EXPECT_EQ(NearestTssAnnotator::fields(upstream), (std::array<std::string, 3>{"A", "+", "-20000"}));
    const TssAnnotation noGene = seal.annotate("chr5", 10);
    EXPECT_EQ(noGene.outcome, TssOutcome::NoTssOnContig);
    EXPECT_FALSE(noGene.keep);
    EXPECT_EQ(seal.counts().found, 2);
    EXPECT_EQ(seal.counts().tooFar, 1);
    EXPECT_EQ(seal.counts().nonStandardChromosome, 2);
    EXPECT_EQ(seal.counts().noTssOnContig, 1);

    for (const char* name : {"chr1", "1", "chr22", "chrX", "Y"}) {
        EXPECT_TRUE(isSealStandardChromosome(name)) << name;
    }
    for (const char* name : {"chr0", "chr23", "chr01", "chrM", "MT", "x", "chr", "", "chr1_random", "Chr1"}) {
        EXPECT_FALSE(isSealStandardChromosome(name)) << name;
    }
}

// A million queries in sorted (VCF) order and in random order give the same answers; the timings are
// printed for information only (the speed benchmark is `locuscope-cli bench tss`).
TEST_F(TssTest, testMillionQueriesSameInSortedAndRandomOrder) {
    std::mt19937 random(5);
    std::vector<TssEntry> entries;
    std::vector<std::string> contigs;
    std::vector<std::int64_t> lengths;
    for (int c = 1; c <= 24; ++c) {
        contigs.push_back(c == 23 ? "chrX" : c == 24 ? "chrY" : "chr" + std::to_string(c));
        lengths.push_back(50'000'000 + static_cast<std::int64_t>(random() % 200'000'000));
    }
    for (int gene = 0; gene < 20000; ++gene) {
        const std::size_t c = random() % contigs.size();
        entries.push_back(tssAt(contigs[c], 1 + static_cast<std::int64_t>(random() % lengths[c]),
                                random() % 2 ? '+' : '-', "ENSG" + std::to_string(10000000000LL + gene)));
    }
    const auto built = std::chrono::steady_clock::now();
    const TssIndex index(std::move(entries));
    const double buildSeconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - built).count();

    struct Query {
        const std::string* chrom;
        std::int64_t pos;
    };
    std::vector<Query> queries;
    for (int i = 0; i < 1'000'000; ++i) {
        const std::size_t c = random() % contigs.size();
        queries.push_back({&contigs[c], 1 + static_cast<std::int64_t>(random() % lengths[c])});
    }
    std::vector<Query> sorted = queries;
    std::sort(sorted.begin(), sorted.end(), [](const Query& a, const Query& b) {
        return std::tie(*a.chrom, a.pos) < std::tie(*b.chrom, b.pos);
    });

    auto time = [&](const std::vector<Query>& batch, std::int64_t& checksum) {
        NearestTssAnnotator annotator(index);
        const auto start = std::chrono::steady_clock::now();
        for (const Query& query : batch) {
            checksum += annotator.annotate(*query.chrom, query.pos).distToTss;
        }
        return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    };
    std::int64_t sortedSum = 0;
    std::int64_t randomSum = 0;
    const double sortedSeconds = time(sorted, sortedSum);
    const double randomSeconds = time(queries, randomSum);
    EXPECT_EQ(sortedSum, randomSum);  // same queries, same answers
    std::printf(
        "TssIndex: 20000 TSSs over 24 contigs built in %.4f s; 1e6 sorted queries %.3f s, 1e6 random %.3f "
        "s\n",
        buildSeconds, sortedSeconds, randomSeconds);
    RecordProperty("sorted_seconds", std::to_string(sortedSeconds));
    RecordProperty("random_seconds", std::to_string(randomSeconds));
}
