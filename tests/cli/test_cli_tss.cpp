// `locuscope-cli tss`, `--shard` + `merge` and `fasta window`, run as a user would.
#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "cli_test_support.h"

using namespace cli_test;

namespace {

std::string readText(const fs::path& file) {
    std::ifstream stream(file, std::ios::binary);
    std::stringstream text;
    text << stream.rdbuf();
    return text.str();
}

std::vector<std::string> dataRows(const fs::path& table) {
    std::istringstream lines(readText(table));
    std::vector<std::string> rows;
    std::string line;
    bool header = false;
    while (std::getline(lines, line)) {
        if (line.empty() || line[0] == '#') {
            continue;
        }
        if (!header) {
            header = true;
            continue;
        }
        rows.push_back(line);
    }
    return rows;
}

std::vector<std::string> split(const std::string& line, char separator = '\t') {
    std::vector<std::string> fields;
    std::stringstream stream(line);
    std::string field;
    while (std::getline(stream, field, separator)) {
        fields.push_back(field);
    }
    return fields;
}

struct Fixture {
    fs::path directory;
    fs::path genes;
    fs::path vcf;
    int records = 0;
};

// Random TSSs (with a duplicate coordinate and ties) and a sorted VCF with multi-allelic records.
Fixture makeFixture(const std::string& name) {
    Fixture fixture;
    fixture.directory = freshDirectory(name);
    fixture.genes = fixture.directory / "genes.bed";
    fixture.vcf = fixture.directory / "variants.vcf";
    std::mt19937 random(17);
    std::ofstream genes(fixture.genes);
    for (const std::string contig : {"chr1", "chr2"}) {
        std::vector<int> positions;
        for (int i = 0; i < 40; ++i) {
            positions.push_back(1000 + static_cast<int>(random() % 200000));
        }
        positions.push_back(positions.front());  // a duplicate TSS coordinate
        std::sort(positions.begin(), positions.end());
        int gene = 0;
        for (const int position : positions) {
            genes << contig << '\t' << position - 1 << '\t' << position << '\t' << (random() % 2 ? '+' : '-')
                  << "\tG" << contig << "_" << gene++ << '\n';
        }
    }
    genes.close();
    std::ofstream vcf(fixture.vcf);
    vcf << "##fileformat=VCFv4.2\n##contig=<ID=chr1,length=300000>\n##contig=<ID=chr2,length=300000>\n"
           "##contig=<ID=chr3,length=300000>\n#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\n";
    for (const std::string contig : {"chr1", "chr2", "chr3"}) {
        int position = 1;
        for (int i = 0; i < 100; ++i) {
            position += 1 + static_cast<int>(random() % 2500);
            vcf << contig << '\t' << position << "\trs" << fixture.records << "\tA\t"
                << (i % 10 == 0 ? "C,T" : "G") << "\t.\tPASS\t.\n";
            ++fixture.records;
        }
    }
    return fixture;
}

// closest-features' answer for every variant position: (gene_id, -distance) keyed by "chrom:pos".
std::map<std::string, std::pair<std::string, std::string>> bedopsAnswers(const Fixture& fixture) {
    const fs::path variantsBed = fixture.directory / "variants.bed";
    const fs::path answers = fixture.directory / "answers.txt";
    const std::string command =
        "grep -v '^#' '" + fixture.vcf.string() +
        "' | awk -v OFS='\\t' '{print $1,$2-1,$2}' | sort-bed - > '" + variantsBed.string() +
        "' && sort-bed '" + fixture.genes.string() + "' > '" +
        (fixture.directory / "genes.sorted.bed").string() +
        "' && closest-features --delim '\\t' --closest --dist '" + variantsBed.string() + "' '" +
        (fixture.directory / "genes.sorted.bed").string() + "' > '" + answers.string() + "'";
    EXPECT_EQ(std::system(command.c_str()), 0);
    std::map<std::string, std::pair<std::string, std::string>> byPosition;
    std::istringstream lines(readText(answers));
    std::string line;
    while (std::getline(lines, line)) {
        const std::vector<std::string> fields = split(line);
        const std::string key = fields[0] + ":" + fields[2];
        if (fields.size() == 9 && fields[3] != "NA") {
            // variant (3 columns), the TSS line (5 columns: chr, start, end, strand, gene_id), distance
            byPosition[key] = {fields[7], std::to_string(-std::stoll(fields[8]))};
        } else {
            byPosition[key] = {"NA", "NA"};
        }
    }
    return byPosition;
}

bool haveBedops() {
    return std::system("command -v closest-features >/dev/null 2>&1") == 0;
}

}  // namespace

TEST(CliTss, RowsPerAlleleMatchClosestFeatures) {
    if (!haveBedops()) {
        GTEST_SKIP() << "needs bedops (Debian package bedops; ./run.sh installs it)";
    }
    const Fixture fixture = makeFixture("tss");
    const fs::path out = fixture.directory / "tss.tsv";
    const CliRun run = runCli("tss --genes " + fixture.genes.string() + " --vcf " + fixture.vcf.string() +
                              " --out " + out.string());
    ASSERT_EQ(run.exitCode, 0) << run.output;
    EXPECT_NE(run.output.find("300 records, 330 variants, 330 rows"), std::string::npos) << run.output;
    const std::string text = readText(out);
    EXPECT_NE(text.find("chrom\tpos\tref\talt\tgene_id\tstrand\tdist_to_tss\n"), std::string::npos);
    EXPECT_NE(text.find("# input: " + fixture.vcf.string() + " md5="), std::string::npos);
    const auto answers = bedopsAnswers(fixture);
    const std::vector<std::string> rows = dataRows(out);
    ASSERT_EQ(rows.size(), 330U);
    int withTss = 0;
    for (const std::string& row : rows) {
        const std::vector<std::string> fields = split(row);
        ASSERT_EQ(fields.size(), 7U) << row;
        const auto& expected = answers.at(fields[0] + ":" + fields[1]);
        EXPECT_EQ(fields[4], expected.first) << row;
        EXPECT_EQ(fields[6], expected.second) << row;
        withTss += fields[4] != "NA";
    }
    EXPECT_EQ(withTss, 220);  // chr3 has no TSS: NA rows, not dropped
    fs::remove_all(fixture.directory);
}

TEST(CliTss, ShardsMergeToTheUnshardedTable) {
    const Fixture fixture = makeFixture("tss-shards");
    const std::string common = "tss --genes " + fixture.genes.string() + " --vcf " + fixture.vcf.string();
    const fs::path whole = fixture.directory / "whole.tsv";
    ASSERT_EQ(runCli(common + " --out " + whole.string()).exitCode, 0);
    std::string shards;
    for (int k = 1; k <= 4; ++k) {
        const fs::path out = fixture.directory / ("part" + std::to_string(k) + ".tsv");
        const CliRun run = runCli(common + " --shard " + std::to_string(k) + "/4 --out " + out.string());
        ASSERT_EQ(run.exitCode, 0) << run.output;
        EXPECT_TRUE(fs::exists(out.string() + ".manifest.json"));
        // 300 records in 4 shards: 75 each.
        EXPECT_NE(run.output.find("75 records"), std::string::npos) << run.output;
        shards = out.string() + " " + shards;  // reversed order on purpose
    }
    const fs::path merged = fixture.directory / "merged.tsv";
    const CliRun merge = runCli("merge " + shards + "--out " + merged.string());
    ASSERT_EQ(merge.exitCode, 0) << merge.output;
    EXPECT_EQ(dataRows(merged), dataRows(whole));
    // A missing shard is refused and nothing is written.
    fs::remove(merged);
    const CliRun incomplete =
        runCli("merge " + (fixture.directory / "part1.tsv").string() + " --out " + merged.string());
    EXPECT_EQ(incomplete.exitCode, 2) << incomplete.output;
    EXPECT_NE(incomplete.output.find("missing"), std::string::npos) << incomplete.output;
    EXPECT_FALSE(fs::exists(merged));
    fs::remove_all(fixture.directory);
}

TEST(CliTss, RegionsFiltersAndBadInput) {
    const Fixture fixture = makeFixture("tss-regions");
    const std::string common = "tss --genes " + fixture.genes.string() + " --vcf " + fixture.vcf.string();
    const fs::path out = fixture.directory / "region.tsv";
    const CliRun region = runCli(common + " --region chr2 --out " + out.string());
    ASSERT_EQ(region.exitCode, 0) << region.output;
    for (const std::string& row : dataRows(out)) {
        EXPECT_EQ(row.rfind("chr2\t", 0), 0U) << row;
    }
    EXPECT_EQ(dataRows(out).size(), 110U);

    const CliRun seal = runCli(common + " --seal-filters --out " + out.string());
    ASSERT_EQ(seal.exitCode, 0) << seal.output;
    for (const std::string& row : dataRows(out)) {
        const std::vector<std::string> fields = split(row);
        EXPECT_LE(std::abs(std::stoll(fields[6])), 20000) << row;
    }
    EXPECT_NE(seal.output.find("on contigs without a TSS (dropped)"), std::string::npos) << seal.output;

    const fs::path never = fixture.directory / "never.tsv";
    const CliRun missing =
        runCli("tss --genes " + fixture.genes.string() + " --vcf /nonexistent/x.vcf --out " + never.string());
    EXPECT_EQ(missing.exitCode, 2) << missing.output;
    EXPECT_NE(missing.output.find("x.vcf"), std::string::npos) << missing.output;
    const fs::path badGenes = fixture.directory / "bad.bed";
    std::ofstream(badGenes) << "chr1\t10\t11\t+\tG1\nchr1\tten\t11\t+\tG2\n";
    const CliRun bad = runCli("tss --genes " + badGenes.string() + " --vcf " + fixture.vcf.string() +
                              " --out " + never.string());
    EXPECT_EQ(bad.exitCode, 2) << bad.output;
    EXPECT_NE(bad.output.find("bad.bed:2"), std::string::npos) << bad.output;
    EXPECT_FALSE(fs::exists(never));
    EXPECT_EQ(runCli(common + " --shard 5/4 --out " + never.string()).exitCode, 2);
    fs::remove_all(fixture.directory);
}

TEST(CliTss, AnnotatedVcfIsValidForBcftools) {
    if (std::system("command -v bcftools >/dev/null 2>&1") != 0) {
        GTEST_SKIP() << "needs bcftools (Debian package bcftools; ./run.sh installs it)";
    }
    const Fixture fixture = makeFixture("tss-vcf");
    for (const std::string name : {"annotated.vcf", "annotated.vcf.gz", "annotated.bcf"}) {
        const fs::path annotated = fixture.directory / name;
        const fs::path table = fixture.directory / "table.tsv";
        const CliRun run = runCli("tss --genes " + fixture.genes.string() + " --vcf " + fixture.vcf.string() +
                                  " --out " + table.string() + " --annotated-vcf " + annotated.string());
        ASSERT_EQ(run.exitCode, 0) << run.output;
        // bcftools reads it without a single warning, and the INFO values equal the table's columns.
        const fs::path warnings = fixture.directory / "warnings.txt";
        const fs::path query = fixture.directory / "query.txt";
        ASSERT_EQ(
            std::system(
                ("bcftools query -f "
                 "'%CHROM\\t%POS\\t%REF\\t%ALT\\t%INFO/TSS_GENE\\t%INFO/TSS_STRAND\\t%INFO/TSS_DIST\\n' '" +
                 annotated.string() + "' > '" + query.string() + "' 2> '" + warnings.string() + "'")
                    .c_str()),
            0);
        EXPECT_EQ(readText(warnings), "") << name;
        std::map<std::string, std::string> fromTable;
        for (const std::string& row : dataRows(table)) {
            const std::vector<std::string> fields = split(row);
            fromTable[fields[0] + ":" + fields[1]] = fields[4] + "\t" + fields[5] + "\t" + fields[6];
        }
        std::istringstream lines(readText(query));
        std::string line;
        int records = 0;
        while (std::getline(lines, line)) {
            const std::vector<std::string> fields = split(line);
            ASSERT_EQ(fields.size(), 7U) << line;
            const std::string expected = fromTable.at(fields[0] + ":" + fields[1]);
            const std::string got = fields[4] + "\t" + fields[5] + "\t" + fields[6];
            EXPECT_EQ(got, expected == "NA\tNA\tNA" ? ".\t.\t." : expected) << line;
            ++records;
        }
        EXPECT_EQ(records, fixture.records) << name;
    }
    fs::remove_all(fixture.directory);
}

TEST(CliLocate, RegionsGenesAndVariantIds) {
    const Fixture fixture = makeFixture("locate");
    const fs::path fasta = fixture.directory / "ref.fa";
    std::ofstream(fasta) << ">chr1\n"
                         << std::string(300000, 'A') << "\n>chr2\n"
                         << std::string(300000, 'C') << "\n";
    const CliRun run = runCli("locate 1:100-200 chr2 Gchr1_3 rs5 rs999999 --genes " + fixture.genes.string() +
                              " --vcf " + fixture.vcf.string() + " --fasta " + fasta.string());
    EXPECT_EQ(run.exitCode, 3) << run.output;  // rs999999 is not there
    EXPECT_NE(run.output.find("1:100-200\tregion\tchr1\t100\t200\t"), std::string::npos) << run.output;
    EXPECT_NE(run.output.find("chr2\tregion\tchr2\t1\t300000\t"), std::string::npos) << run.output;
    EXPECT_NE(run.output.find("Gchr1_3\tgene\tchr1\t"), std::string::npos) << run.output;
    EXPECT_NE(run.output.find("rs5\tvariant\tchr1\t"), std::string::npos) << run.output;
    EXPECT_NE(run.output.find("rs999999\tvariant\tNA\t0\t0\tnot found"), std::string::npos) << run.output;
    // rs5 is the 6th record of chr1: the position printed is the VCF's.
    std::istringstream vcf(readText(fixture.vcf));
    std::string line;
    while (std::getline(vcf, line)) {
        const std::vector<std::string> fields = split(line);
        if (fields.size() > 2 && fields[2] == "rs5") {
            EXPECT_NE(run.output.find("rs5\tvariant\tchr1\t" + fields[1] + "\t" + fields[1] + "\tA>"),
                      std::string::npos)
                << run.output;
        }
    }
    EXPECT_EQ(runCli("locate TP53").exitCode, 2);  // a gene name without --genes
    fs::remove_all(fixture.directory);
}

TEST(CliFasta, WindowsAreWhatSamtoolsFaidxPrints) {
    if (std::system("command -v samtools >/dev/null 2>&1") != 0) {
        GTEST_SKIP() << "needs samtools (Debian package samtools; ./run.sh installs it)";
    }
    const fs::path directory = freshDirectory("fasta");
    const fs::path fasta = directory / "ref.fa";
    std::mt19937 random(23);
    {
        std::ofstream out(fasta);
        for (const auto& [name, length] :
             std::vector<std::pair<std::string, int>>{{"chr1", 1000}, {"chr2", 130}}) {
            out << '>' << name << '\n';
            for (int i = 0; i < length; ++i) {
                out << "ACGTN"[random() % 5] << ((i + 1) % 60 == 0 || i + 1 == length ? "\n" : "");
            }
        }
    }
    const std::vector<std::string> regions = {"chr1:1-1000", "chr1:61-120", "chr1:7-7", "chr2:100-130",
                                              "chr2:1-59"};
    std::string arguments;
    std::string samtoolsRegions;
    for (const std::string& region : regions) {
        arguments += " --region " + region;
        samtoolsRegions += " " + region;
    }
    for (const std::string flag : {"", " --reverse-complement"}) {
        const fs::path ours = directory / "ours.fa";
        const CliRun run =
            runCli("fasta window --fasta " + fasta.string() + arguments + flag + " --out " + ours.string());
        ASSERT_EQ(run.exitCode, 0) << run.output;
        const fs::path theirs = directory / "theirs.fa";
        ASSERT_EQ(std::system(("samtools faidx " + std::string(flag.empty() ? "" : "-i ") + fasta.string() +
                               samtoolsRegions + " > " + theirs.string())
                                  .c_str()),
                  0);
        EXPECT_EQ(readText(ours), readText(theirs)) << flag;
    }
    // Past the end: padded with N (samtools would truncate); an Ensembl-style name finds chr2.
    const CliRun padded = runCli("fasta window --fasta " + fasta.string() + " --region 2:121-140");
    ASSERT_EQ(padded.exitCode, 0) << padded.output;
    EXPECT_NE(padded.output.find(">2:121-140\n"), std::string::npos) << padded.output;
    EXPECT_NE(padded.output.find("NNNNNNNNNN\n"), std::string::npos) << padded.output;
    // A contig the reference lacks: exit 2, the message names it, nothing written.
    const fs::path never = directory / "never.fa";
    const CliRun missing =
        runCli("fasta window --fasta " + fasta.string() + " --region chr7:1-10 --out " + never.string());
    EXPECT_EQ(missing.exitCode, 2);
    EXPECT_NE(missing.output.find("'chr7'"), std::string::npos) << missing.output;
    EXPECT_FALSE(fs::exists(never));
    fs::remove_all(directory);
}
