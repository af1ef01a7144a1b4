// `locuscope-cli interact init` and `interact score` as a user runs them: a small FASTA, a VCF of
// 1,000 SNVs plus edge cases, a small random model. Checks the documented columns, the counts of
// what was not scored, the annotated VCF (through bcftools) and that bad input leaves no output.
#include <gtest/gtest.h>

#include <cmath>
#include <cstdlib>
#include <fstream>
#include <map>
#include <random>
#include <set>
#include <sstream>
#include <vector>

#include "cli_test_support.h"

using namespace cli_test;

namespace {

struct Fixture {
    fs::path dir;
    std::map<std::string, std::string> contigs;
    int snvs = 0;
};

std::vector<std::string> split(const std::string& line) {
    std::vector<std::string> fields;
    std::stringstream stream(line);
    std::string field;
    while (std::getline(stream, field, '\t')) {
        fields.push_back(field);
    }
    return fields;
}

// Data rows of a TSV (comment lines skipped); the header row first.
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

const Fixture& fixture() {
    static Fixture f = [] {
        Fixture made;
        made.dir = freshDirectory("interact");
        std::mt19937_64 random(17);
        const char bases[] = "ACGT";
        for (const char* name : {"chr1", "chr2"}) {
            std::string s(150000, 'A');
            for (std::size_t i = 0; i < s.size(); ++i) {
                s[i] = bases[random() % 4];
                if (i > 0 && s[i - 1] == 'C' && s[i] == 'G' && random() % 20 != 0) {
                    s[i] = 'T';  // CpG-depleted like most of a genome: a few CpGs per window
                }
            }
            made.contigs[name] = s;
        }
        std::ofstream fasta(made.dir / "genome.fa");
        for (const auto& [name, s] : made.contigs) {
            fasta << ">" << name << "\n";
            for (std::size_t i = 0; i < s.size(); i += 60) {
                fasta << s.substr(i, 60) << "\n";
            }
        }
        std::ofstream vcf(made.dir / "variants.vcf");
        vcf << "##fileformat=VCFv4.2\n##contig=<ID=chr1,length=150000>\n##contig=<ID=chr2,length=150000>\n"
               "##contig=<ID=chrUn,length=1000>\n##ALT=<ID=DEL,Description=\"Deletion\">\n"
               "#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\n";
        for (const auto& [name, s] : made.contigs) {
            for (std::int64_t pos = 3; pos < 149990 && made.snvs < 1000; pos += 1 + random() % 299) {
                const char ref = s[pos - 1];
                char alt = bases[random() % 4];
                while (alt == ref) {
                    alt = bases[random() % 4];
                }
                vcf << name << '\t' << pos << "\tsnv" << made.snvs++ << '\t' << ref << '\t' << alt << "\t.\t.\t.\n";
                if (made.snvs == 500) {  // the edge cases, in position order within chr1 or chr2
                    const char wrong = ref == 'A' ? 'C' : 'A';
                    vcf << name << '\t' << pos + 1 << "\tmismatch\t" << wrong << "\tG\t.\t.\t.\n";
                    vcf << name << '\t' << pos + 2 << "\tindel\t" << s[pos + 1] << "\t" << s[pos + 1] << "TT\t.\t.\t.\n";
                    vcf << name << '\t' << pos + 3 << "\tsymbolic\t" << s[pos + 2] << "\t<DEL>\t.\t.\t.\n";
                    const char r = s[pos + 3];
                    const std::string alts = r == 'A' ? "C,GT" : "A,GT";  // one SNV + one MNV-like indel
                    vcf << name << '\t' << pos + 4 << "\tmulti\t" << r << '\t' << alts << "\t.\t.\t.\n";
                }
            }
        }
        vcf << "chrUn\t10\tunknown\tA\tC\t.\t.\t.\n";
        vcf.close();
        const CliRun init = runCli("interact init --preset small --channels 8 --hidden 16 --heads 2 --ff 32 "
                                   "--layers 1 --head-hidden 16 --outputs 2 --output-names brain blood --seed 3 --out " +
                                   (made.dir / "model.safetensors").string());
        EXPECT_EQ(init.exitCode, 0) << init.output;
        return made;
    }();
    return f;
}

std::string scoreArguments(const Fixture& f, const fs::path& out) {
    return "interact score --model " + (f.dir / "model.safetensors").string() + " --fasta " +
           (f.dir / "genome.fa").string() + " --vcf " + (f.dir / "variants.vcf").string() + " --out " + out.string();
}

}  // namespace

TEST(CliInteract, ScoresEverySnvAndCountsWhatItSkips) {
    const Fixture& f = fixture();
    const fs::path out = f.dir / "scores.tsv";
    const CliRun run = runCli(scoreArguments(f, out) + " --skipped " + (f.dir / "skipped.tsv").string() +
                              " --annotated-vcf " + (f.dir / "annotated.vcf.gz").string());
    ASSERT_EQ(run.exitCode, 0) << run.output;
    // 1,001 SNV alleles (the multi-allelic record's C or A) are usable; skipped by reason:
    EXPECT_NE(run.output.find("1001 usable"), std::string::npos) << run.output;
    EXPECT_NE(run.output.find("ref_mismatch 1"), std::string::npos) << run.output;
    EXPECT_NE(run.output.find("indel 2"), std::string::npos) << run.output;
    EXPECT_NE(run.output.find("symbolic 1"), std::string::npos) << run.output;
    EXPECT_NE(run.output.find("contig_not_in_reference 1"), std::string::npos) << run.output;

    const auto table = readTable(out);
    ASSERT_GT(table.size(), 1u);
    const std::vector<std::string> leading = {"chrom",     "cpg_pos",   "snp_pos",        "ref_allele", "ref_value",
                                              "alt_allele", "alt_value", "abs_difference", "difference", "cpg_strand",
                                              "output",    "cpg_count", "id"};
    EXPECT_EQ(std::vector<std::string>(table[0].begin(), table[0].begin() + 13), leading);
    EXPECT_EQ(table[0].size(), 13u + 6u);  // cpg_pos_/abs_difference_/difference_ x brain, blood
    EXPECT_EQ(table[0][13], "cpg_pos_brain");
    std::set<std::string> ids;
    for (std::size_t r = 1; r < table.size(); ++r) {
        const auto& row = table[r];
        ASSERT_EQ(row.size(), table[0].size());
        const std::int64_t cpg = std::stoll(row[1]), snp = std::stoll(row[2]);
        EXPECT_LE(std::llabs(cpg - snp), 1000) << row[12];
        const std::string& contig = f.contigs.at(row[0]);
        EXPECT_EQ(contig.substr(cpg - 1, 2), "CG") << "cpg_pos must be the C of a CpG: " << row[12];
        EXPECT_EQ(row[3], std::string(1, contig[snp - 1]));
        const double refValue = std::stod(row[4]), altValue = std::stod(row[6]);
        EXPECT_NEAR(std::stod(row[7]), std::fabs(altValue - refValue), 1e-6);
        EXPECT_NEAR(std::stod(row[8]), altValue - refValue, 1e-6);
        EXPECT_TRUE(row[10] == "brain" || row[10] == "blood");
        // The overall score is the larger of the per-output ones.
        EXPECT_NEAR(std::stod(row[7]), std::max(std::stod(row[14]), std::stod(row[17])), 1e-7);
        ids.insert(row[12]);
    }
    for (const char* skipped : {"mismatch", "indel", "symbolic", "unknown"}) {
        EXPECT_EQ(ids.count(skipped), 0u) << skipped << " must not be scored";
    }
    EXPECT_GT(ids.size(), 900u);  // all SNVs with a CpG within 1 kb
    EXPECT_EQ(ids.count("multi"), 1u);

    const auto skipped = readTable(f.dir / "skipped.tsv");
    ASSERT_EQ(skipped.size(), 1u + 5u);  // header + mismatch, indel, symbolic, multi's GT, chrUn
    std::map<std::string, std::string> reasons;
    for (std::size_t r = 1; r < skipped.size(); ++r) {
        reasons[skipped[r][2] + ":" + skipped[r][4]] = skipped[r][5];
    }
    EXPECT_EQ(reasons["mismatch:G"], "ref_mismatch");
    EXPECT_EQ(reasons["symbolic:<DEL>"], "symbolic");
    EXPECT_EQ(reasons["unknown:C"], "contig_not_in_reference");

    // The annotated VCF carries the same numbers, read back by bcftools.
    const fs::path query = f.dir / "query.txt";
    ASSERT_EQ(std::system(("bcftools query -f '%ID\\t%INFO/MRV\\t%INFO/MRV_CPG\\n' " +
                           (f.dir / "annotated.vcf.gz").string() + " > " + query.string() + " 2>&1")
                              .c_str()),
              0);
    std::map<std::string, std::pair<double, std::int64_t>> fromVcf;
    std::ifstream in(query);
    std::string line;
    while (std::getline(in, line)) {
        const auto fields = split(line);
        if (fields.size() == 3 && fields[1] != "." && fields[0] != "multi") {
            fromVcf[fields[0]] = {std::stod(fields[1]), std::stoll(fields[2])};
        }
    }
    std::size_t compared = 0;
    for (std::size_t r = 1; r < table.size(); ++r) {
        const auto it = fromVcf.find(table[r][12]);
        if (it != fromVcf.end()) {
            EXPECT_NEAR(it->second.first, std::stod(table[r][7]), 1e-6 + 1e-5 * std::stod(table[r][7]));
            EXPECT_EQ(it->second.second, std::stoll(table[r][1]));
            ++compared;
        }
    }
    EXPECT_EQ(compared + 1, table.size() - 1);  // every row but the multi-allelic one
}

TEST(CliInteract, SortByScorePutsTheLargestFirst) {
    const Fixture& f = fixture();
    const fs::path out = f.dir / "sorted.tsv";
    const CliRun run = runCli(scoreArguments(f, out) + " --region chr1:1-40000 --sort-by-score");
    ASSERT_EQ(run.exitCode, 0) << run.output;
    const auto table = readTable(out);
    ASSERT_GT(table.size(), 100u);
    for (std::size_t r = 2; r < table.size(); ++r) {
        EXPECT_GE(std::stod(table[r - 1][7]), std::stod(table[r][7]));
        EXPECT_LE(std::stoll(table[r][2]), 40000);
    }
}

TEST(CliInteract, BadInputGivesAClearErrorAndNoOutput) {
    const Fixture& f = fixture();
    const fs::path out = f.dir / "never.tsv";
    // An empty VCF (header only).
    {
        std::ofstream empty(f.dir / "empty.vcf");
        empty << "##fileformat=VCFv4.2\n#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\n";
    }
    CliRun run = runCli("interact score --model " + (f.dir / "model.safetensors").string() + " --fasta " +
                        (f.dir / "genome.fa").string() + " --vcf " + (f.dir / "empty.vcf").string() + " --out " +
                        out.string());
    EXPECT_NE(run.exitCode, 0);
    EXPECT_NE(run.output.find("empty.vcf"), std::string::npos) << run.output;
    EXPECT_NE(run.output.find("no variant records"), std::string::npos) << run.output;
    EXPECT_FALSE(fs::exists(out));
    // A weight file of another kind: an ELM model.
    run = runCli("interact score --model " + (f.dir / "genome.fa").string() + " --fasta " +
                 (f.dir / "genome.fa").string() + " --vcf " + (f.dir / "variants.vcf").string() + " --out " +
                 out.string());
    EXPECT_NE(run.exitCode, 0);
    EXPECT_NE(run.output.find("genome.fa"), std::string::npos) << run.output;
    EXPECT_FALSE(fs::exists(out));
    // Corrupt weights: the model file cut short.
    {
        std::ifstream whole(f.dir / "model.safetensors", std::ios::binary);
        std::string bytes((std::istreambuf_iterator<char>(whole)), {});
        std::ofstream cut(f.dir / "cut.safetensors", std::ios::binary);
        cut << bytes.substr(0, bytes.size() / 2);
    }
    run = runCli("interact score --model " + (f.dir / "cut.safetensors").string() + " --fasta " +
                 (f.dir / "genome.fa").string() + " --vcf " + (f.dir / "variants.vcf").string() + " --out " +
                 out.string());
    EXPECT_NE(run.exitCode, 0);
    EXPECT_NE(run.output.find("cut.safetensors"), std::string::npos) << run.output;
    EXPECT_FALSE(fs::exists(out));
    // A distance beyond the window.
    run = runCli(scoreArguments(f, out) + " --max-distance 1500");
    EXPECT_NE(run.exitCode, 0);
    EXPECT_NE(run.output.find("1500"), std::string::npos) << run.output;
    EXPECT_FALSE(fs::exists(out));
}

TEST(CliInteract, ScoresAPlinkBimWithRefTakenFromTheReference) {
    const Fixture& f = fixture();
    const std::string& chr1 = f.contigs.at("chr1");
    const auto other = [](char base) { return base == 'A' ? 'C' : 'A'; };
    std::ofstream bim(f.dir / "snps.bim");
    // A1 = REF, A1 = ALT (swapped), neither matches (a strand flip), and an unknown chromosome.
    bim << "1\trs_a1ref\t0\t5001\t" << chr1[5000] << '\t' << other(chr1[5000]) << "\n";
    bim << "1\trs_a2ref\t0\t6001\t" << other(chr1[6000]) << '\t' << chr1[6000] << "\n";
    const char flip = chr1[7000] == 'G' ? 'T' : 'G';
    bim << "1\trs_neither\t0\t7001\t" << other(flip) << '\t' << flip << "\n";
    bim << "7\trs_chr7\t0\t100\tA\tC\n";
    bim.close();
    const fs::path out = f.dir / "bim.tsv";
    const CliRun run = runCli("interact score --model " + (f.dir / "model.safetensors").string() + " --fasta " +
                              (f.dir / "genome.fa").string() + " --vcf " + (f.dir / "snps.bim").string() +
                              " --out " + out.string() + " --skipped " + (f.dir / "bim_skipped.tsv").string());
    ASSERT_EQ(run.exitCode, 0) << run.output;
    std::map<std::string, std::vector<std::string>> rows;
    for (const auto& row : readTable(out)) {
        rows[row[12]] = row;
    }
    ASSERT_EQ(rows.count("rs_a1ref") + rows.count("rs_a2ref"), 2u) << run.output;
    EXPECT_EQ(rows["rs_a1ref"][3], std::string(1, chr1[5000]));
    EXPECT_EQ(rows["rs_a2ref"][3], std::string(1, chr1[6000]));  // REF is A2 here
    EXPECT_EQ(rows.count("rs_neither"), 0u);
    std::map<std::string, std::string> reasons;
    for (const auto& row : readTable(f.dir / "bim_skipped.tsv")) {
        reasons[row[2]] = row[5];
    }
    EXPECT_EQ(reasons["rs_neither"], "ref_mismatch");
    EXPECT_EQ(reasons["rs_chr7"], "contig_not_in_reference");
}

TEST(CliInteract, ShardsMergeToTheUnshardedRows) {
    const Fixture& f = fixture();
    // Batch size 1: every forward then has the same shapes, so a window's prediction cannot depend
    // on which windows share its batch (BLAS blocking makes that differ in the last bit, and a
    // near-tie between two CpGs can then flip). What this checks is the record split and merge.
    const std::string region = " --region chr1:1-20000 --batch-size 1";
    const CliRun whole = runCli(scoreArguments(f, f.dir / "whole.tsv") + region);
    ASSERT_EQ(whole.exitCode, 0) << whole.output;
    std::string parts;
    for (int k = 3; k >= 1; --k) {  // any order
        const fs::path part = f.dir / ("part" + std::to_string(k) + ".tsv");
        const CliRun run = runCli(scoreArguments(f, part) + region + " --shard " + std::to_string(k) + "/3");
        ASSERT_EQ(run.exitCode, 0) << run.output;
        ASSERT_TRUE(fs::exists(part.string() + ".manifest.json"));
        parts += " " + part.string();
    }
    const CliRun merge = runCli("merge" + parts + " --out " + (f.dir / "merged.tsv").string());
    ASSERT_EQ(merge.exitCode, 0) << merge.output;
    const auto expected = readTable(f.dir / "whole.tsv");
    ASSERT_GT(expected.size(), 50u);
    EXPECT_EQ(readTable(f.dir / "merged.tsv"), expected);
}
