// `locuscope-cli interact track` and `interact attribute` as a user runs them: a small FASTA and a
// small random model. Checks the documented columns, CpGs found independently by scanning the
// sequence here, that ALT predictions differ from REF only within reach of the variant, and that
// bad input exits non-zero with a clear message and no output file.
#include <gtest/gtest.h>

#include <fstream>
#include <random>
#include <sstream>
#include <vector>

#include "cli_test_support.h"

using namespace cli_test;

namespace {

std::vector<std::string> split(const std::string& line) {
    std::vector<std::string> fields;
    std::stringstream stream(line);
    std::string field;
    while (std::getline(stream, field, '\t')) {
        fields.push_back(field);
    }
    return fields;
}

std::vector<std::vector<std::string>> readTable(const fs::path& file) {
    std::ifstream in(file);
    std::vector<std::vector<std::string>> rows;
    std::string line;
    while (std::getline(in, line)) {
        if (!line.empty() && line[0] != '#') {
            rows.push_back(split(line));
        }
    }
    return rows;
}

struct Fixture {
    fs::path dir;
    std::string chr1;
    std::string model() const { return (dir / "model.safetensors").string(); }
    std::string fasta() const { return (dir / "genome.fa").string(); }
};

const Fixture& fixture() {
    static Fixture f = [] {
        Fixture made;
        made.dir = freshDirectory("interact-explain");
        std::mt19937_64 random(5);
        const char bases[] = "ACGT";
        made.chr1.assign(20000, 'A');
        for (char& c : made.chr1) {
            c = bases[random() % 4];
        }
        for (std::size_t i = 15000; i < 16000; ++i) {  // no CpG in 15001..16000
            if (made.chr1[i] == 'G' && made.chr1[i - 1] == 'C') {
                made.chr1[i] = 'T';
            }
        }
        std::ofstream fasta(made.dir / "genome.fa");
        fasta << ">chr1\n";
        for (std::size_t i = 0; i < made.chr1.size(); i += 60) {
            fasta << made.chr1.substr(i, 60) << "\n";
        }
        fasta.close();
        const CliRun init = runCli(
            "interact init --preset small --channels 8 --hidden 16 --heads 2 --ff 32 "
            "--layers 1 --head-hidden 16 --outputs 2 --output-names brain blood --seed 3 --out " +
            made.model());
        EXPECT_EQ(init.exitCode, 0) << init.output;
        return made;
    }();
    return f;
}

}  // namespace

TEST(CliInteractExplain, TrackHasEveryCpgAndAltDiffersOnlyWithinReach) {
    const Fixture& f = fixture();
    const fs::path out = f.dir / "track.tsv";
    const std::int64_t variantPos = 6000;
    const char ref = f.chr1[variantPos - 1];
    const char alt = ref == 'A' ? 'G' : 'A';
    const CliRun run = runCli("interact track --model " + f.model() + " --fasta " + f.fasta() +
                              " --region chr1:3001-9000 --variant chr1:6000:" + std::string(1, ref) + ":" +
                              std::string(1, alt) + " --out " + out.string());
    ASSERT_EQ(run.exitCode, 0) << run.output;
    const auto table = readTable(out);
    ASSERT_FALSE(table.empty());
    const std::vector<std::string> header = {"chrom",     "pos",        "strand",      "in_reach",
                                             "ref_brain", "alt_brain",  "delta_brain", "ref_blood",
                                             "alt_blood", "delta_blood"};
    EXPECT_EQ(table[0], header);
    std::vector<std::int64_t> cpgs;
    for (std::int64_t p = 3001; p <= 9000; ++p) {
        if (f.chr1[p - 1] == 'C' && f.chr1[p] == 'G') {
            cpgs.push_back(p);
        }
    }
    ASSERT_EQ(table.size(), cpgs.size() + 1);
    int changedNear = 0;
    for (std::size_t k = 0; k < cpgs.size(); ++k) {
        const auto& row = table[k + 1];
        ASSERT_EQ(std::stoll(row[1]), cpgs[k]);
        EXPECT_EQ(row[2], "+");
        const bool near = std::llabs(cpgs[k] - variantPos) <= 1000;
        EXPECT_EQ(row[3], near ? "1" : "0");
        for (const int column : {4, 7}) {
            const double refValue = std::stod(row[column]), altValue = std::stod(row[column + 1]);
            EXPECT_GT(refValue, 0.0);
            EXPECT_LT(refValue, 1.0);
            if (!near) {
                EXPECT_EQ(row[column], row[column + 1]) << "CpG " << cpgs[k] << " is out of reach";
                EXPECT_EQ(std::stod(row[column + 2]), 0.0);
            } else if (altValue != refValue) {
                ++changedNear;
            }
        }
    }
    EXPECT_GT(changedNear, 0);
}

TEST(CliInteractExplain, EmptyRegionWritesAHeaderOnlyTrackAndSaysSo) {
    const Fixture& f = fixture();
    const fs::path out = f.dir / "empty.tsv";
    const CliRun run = runCli("interact track --model " + f.model() + " --fasta " + f.fasta() +
                              " --region chr1:15100-15900 --out " + out.string());
    ASSERT_EQ(run.exitCode, 0) << run.output;
    EXPECT_NE(run.output.find("no CpG"), std::string::npos) << run.output;
    EXPECT_EQ(readTable(out).size(), 1u);
}

TEST(CliInteractExplain, AttributeWritesOneRowPerWindowBase) {
    const Fixture& f = fixture();
    std::int64_t cpg = 5000;
    while (!(f.chr1[cpg - 1] == 'C' && f.chr1[cpg] == 'G')) {
        ++cpg;
    }
    const fs::path out = f.dir / "attr.tsv";
    const CliRun run = runCli("interact attribute --model " + f.model() + " --fasta " + f.fasta() +
                              " --cpg chr1:" + std::to_string(cpg) +
                              " --method saliency,ig,ism --ism-range " + std::to_string(cpg - 5) + "-" +
                              std::to_string(cpg + 5) + " --ig-steps 8 --output blood --out " + out.string());
    ASSERT_EQ(run.exitCode, 0) << run.output;
    EXPECT_NE(run.output.find("completeness gap"), std::string::npos) << run.output;
    EXPECT_NE(run.output.find("33 mutant windows"), std::string::npos) << run.output;
    const auto table = readTable(out);
    ASSERT_EQ(table.size(), 2002u);
    EXPECT_EQ(table[0].size(), 3u + 3 * 5);
    EXPECT_EQ(table[0][3], "saliency_A");
    EXPECT_EQ(table[0][17], "ism_mean");
    for (std::size_t r = 1; r < table.size(); ++r) {
        const std::int64_t pos = std::stoll(table[r][1]);
        ASSERT_EQ(pos, cpg - 1000 + static_cast<std::int64_t>(r - 1));
        ASSERT_EQ(table[r][2], std::string(1, f.chr1[pos - 1]));
        const bool mutated = std::llabs(pos - cpg) <= 5;
        EXPECT_EQ(table[r][17] == "NA", !mutated) << pos;
    }
    const fs::path json = f.dir / "attr.json";
    const CliRun jsonRun =
        runCli("interact attribute --model " + f.model() + " --fasta " + f.fasta() +
               " --cpg chr1:" + std::to_string(cpg) + " --method ig --ig-steps 4 --out " + json.string());
    ASSERT_EQ(jsonRun.exitCode, 0) << jsonRun.output;
    std::ifstream in(json);
    const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    EXPECT_NE(text.find("\"integrated_gradients\""), std::string::npos);
    EXPECT_NE(text.find("\"completeness_gap\""), std::string::npos);
    EXPECT_EQ(text.find("\"saliency\""), std::string::npos);
}

TEST(CliInteractExplain, BadInputExitsNonZeroWithoutOutput) {
    const Fixture& f = fixture();
    const fs::path out = f.dir / "bad.tsv";
    const char ref = f.chr1[5999];
    const char wrong = ref == 'A' ? 'C' : 'A';
    const std::string base = " --model " + f.model() + " --fasta " + f.fasta() + " --out " + out.string();
    const std::vector<std::pair<std::string, std::string>> cases = {
        {"interact track --region chr1:19000-21000" + base, "past the end"},
        {"interact track --region chr1:5000-7000 --variant chr1:6000:" + std::string(1, wrong) + ":" +
             std::string(1, wrong == 'G' ? 'T' : 'G') + base,
         "reference has"},
        {"interact track --region chr1:5000-7000 --variant chr1:6000:A:AT" + base, "single bases"},
        {"interact attribute --cpg chr1:25000" + base, "past the end"},
        {"interact attribute --cpg chr1:6000 --method lime" + base, "lime"},
        {"interact attribute --cpg chr1:6000 --ism-range 100-200" + base, "not inside the window"},
    };
    for (const auto& [arguments, message] : cases) {
        const CliRun run = runCli(arguments);
        EXPECT_NE(run.exitCode, 0) << arguments;
        EXPECT_NE(run.output.find(message), std::string::npos) << arguments << "\n" << run.output;
        EXPECT_FALSE(fs::exists(out)) << arguments;
    }
}
