// VariantStore: rows compared with bcftools query, region lookups against a brute-force scan, the REF
// check against a FASTA, bgzip input, errors naming file and line, and cancellation.
#include <gtest/gtest.h>
#include <unistd.h>

#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

#include "core/genome/reference_genome.h"
#include "core/genome/variant_store.h"
#include "core/runtime/input_error.h"
#include "core/runtime/operation_cancelled.h"
#include "core/runtime/progress.h"

namespace fs = std::filesystem;
using namespace locuscope;

namespace {

class CountingProgress : public Progress {
public:
    void report(std::int64_t done, std::int64_t, std::string_view) override {
        ++reports;
        last = done;
    }
    bool cancelled() const override { return cancel; }
    int reports = 0;
    std::int64_t last = 0;
    bool cancel = false;
};

std::string sequence(int length, unsigned seed) {
    std::string bases;
    unsigned state = seed;
    for (int i = 0; i < length; ++i) {
        state = state * 1103515245U + 12345U;
        bases += "ACGT"[(state >> 16) % 4];
    }
    return bases;
}

std::string run(const std::string& command) {
    FILE* pipe = ::popen(command.c_str(), "r");
    std::string output;
    char buffer[4096];
    while (std::fgets(buffer, sizeof(buffer), pipe) != nullptr) {
        output += buffer;
    }
    ::pclose(pipe);
    return output;
}

std::vector<std::string> splitOn(const std::string& text, char separator) {
    std::vector<std::string> parts;
    std::string part;
    std::istringstream stream(text);
    while (std::getline(stream, part, separator)) {
        parts.push_back(part);
    }
    if (!text.empty() && text.back() == separator) {
        parts.emplace_back();
    }
    return parts;
}

std::string formatQual(float qual) {
    if (std::isnan(qual)) {
        return ".";
    }
    std::ostringstream text;
    text << qual;
    return text.str();
}

class VariantStoreTest : public ::testing::Test {
protected:
    void SetUp() override {
        directory_ = fs::temp_directory_path() / ("locuscope-variant-store-" + std::to_string(getpid()));
        fs::remove_all(directory_);
        fs::create_directories(directory_);
        chr1_ = sequence(120, 1);
        chr2_ = sequence(120, 2);
        std::ofstream(directory_ / "ref.fa") << ">chr1\n"
                                             << chr1_.substr(0, 60) << "\n"
                                             << chr1_.substr(60) << "\n>chr2\n"
                                             << chr2_.substr(0, 60) << "\n"
                                             << chr2_.substr(60) << "\n";
    }
    void TearDown() override { fs::remove_all(directory_); }

    fs::path write(const std::string& name, const std::string& text) {
        const fs::path file = directory_ / name;
        std::ofstream(file, std::ios::binary) << text;
        return file;
    }

    std::string ref1(int pos, int length = 1) const { return chr1_.substr(pos - 1, length); }
    std::string ref2(int pos, int length = 1) const { return chr2_.substr(pos - 1, length); }
    static char other(char base) { return base == 'A' ? 'C' : 'A'; }

    // Multi-allelic, '.' fields, an unsorted contig (chr1 comes back after chr2 and goes backwards),
    // INFO flags and numbers, a REF that does not match, and a contig the FASTA lacks.
    std::string fixture() const {
        std::string text =
            "##fileformat=VCFv4.2\n"
            "##contig=<ID=chr1,length=120>\n##contig=<ID=chr2,length=120>\n##contig=<ID=chr3,length=50>\n"
            "##INFO=<ID=DP,Number=1,Type=Integer,Description=\"Depth\">\n"
            "##INFO=<ID=AF,Number=A,Type=Float,Description=\"Allele frequency\">\n"
            "##INFO=<ID=DB,Number=0,Type=Flag,Description=\"dbSNP\">\n"
            "##FILTER=<ID=q10,Description=\"Quality below 10\">\n"
            "##FILTER=<ID=s50,Description=\"Less than half the samples\">\n"
            "#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\n";
        const auto line = [&](const std::string& chrom, int pos, const std::string& id,
                              const std::string& ref, const std::string& alt, const std::string& qual,
                              const std::string& filter, const std::string& info) {
            text += chrom + "\t" + std::to_string(pos) + "\t" + id + "\t" + ref + "\t" + alt + "\t" + qual +
                    "\t" + filter + "\t" + info + "\n";
        };
        line("chr1", 5, "rs1", ref1(5), std::string(1, other(ref1(5)[0])), "50", "PASS", "DP=10;AF=0.5;DB");
        line("chr1", 10, ".", ref1(10), "A,C,T", ".", "q10;s50", "AF=0.1,0.2,0.3");
        line("chr1", 20, "rs3;rs33", ref1(20, 3), ref1(20), "30.5", ".", ".");
        line("chr2", 15, "rs4", ref2(15), ".", ".", ".", "DP=3");
        line("chr2", 8, "rs5", ref2(8), std::string(1, other(ref2(8)[0])), "10", "PASS", "DB");
        line("chr1", 3, "rs6", std::string(1, other(ref1(3)[0])), "G", "20", "PASS", "DP=7");
        line("chr1", 40, "rs7", ref1(40, 2), "<DEL>", "20", "PASS", "AF=.");
        line("chr3", 1, "rs8", "A", "G", ".", ".", ".");
        return text;
    }

    fs::path directory_;
    std::string chr1_, chr2_;
};

TEST_F(VariantStoreTest, RowsMatchBcftoolsQuery) {
    if (!fs::exists("/usr/bin/bcftools")) {
        GTEST_SKIP() << "needs /usr/bin/bcftools";
    }
    const fs::path vcf = write("fixture.vcf", fixture());
    CountingProgress progress;
    const VariantStore store = VariantStore::read(vcf, progress);

    std::vector<std::string> expected;
    const std::string output =
        run("/usr/bin/bcftools query -f '%CHROM\\t%POS\\t%ID\\t%REF\\t%ALT\\t%QUAL\\t%FILTER\\n' " +
            vcf.string());
    for (const std::string& line : splitOn(output, '\n')) {
        if (line.empty()) {
            continue;
        }
        auto fields = splitOn(line, '\t');
        ASSERT_EQ(fields.size(), 7U) << line;
        for (const std::string& alt : splitOn(fields[4], ',')) {
            const auto dotless = [](const std::string& value) {
                return value == "." ? std::string() : value;
            };
            expected.push_back(fields[0] + "|" + fields[1] + "|" + dotless(fields[2]) + "|" + fields[3] +
                               "|" + dotless(alt) + "|" + fields[5] + "|" + dotless(fields[6]));
        }
    }
    std::vector<std::string> actual;
    for (std::size_t row = 0; row < store.size(); ++row) {
        actual.push_back(store.contig(row) + "|" + std::to_string(store.pos(row)) + "|" +
                         std::string(store.id(row)) + "|" + std::string(store.ref(row)) + "|" +
                         std::string(store.alt(row)) + "|" + formatQual(store.qual(row)) + "|" +
                         std::string(store.filter(row)));
    }
    EXPECT_EQ(actual, expected);
    ASSERT_EQ(store.size(), 10U);
    EXPECT_EQ(store.contigs(), (std::vector<std::string>{"chr1", "chr2", "chr3"}));
    EXPECT_EQ(store.contigIndex(5), 1);
    EXPECT_EQ(store.alt(5), "");  // ALT '.'
    EXPECT_EQ(store.info(4), "");
    EXPECT_EQ(store.info(0), "DP=10;AF=0.5;DB");
    EXPECT_EQ(store.path(), vcf);
    EXPECT_GE(progress.reports, 1);
    EXPECT_EQ(progress.last, 8);
}

TEST_F(VariantStoreTest, InfoKeysNumbersAndSnvs) {
    CountingProgress progress;
    const VariantStore store = VariantStore::read(write("fixture.vcf", fixture()), progress);
    EXPECT_EQ(store.infoKeys(), (std::vector<std::string>{"DP", "AF", "DB"}));
    EXPECT_EQ(store.infoNumber(0, "DP"), 10.0);
    EXPECT_EQ(store.infoNumber(0, "AF"), 0.5);
    EXPECT_EQ(store.infoNumber(0, "DB"), 1.0);  // flag
    EXPECT_EQ(store.infoNumber(1, "AF"), 0.1);  // first of several
    EXPECT_EQ(store.infoNumber(1, "DP"), std::nullopt);
    EXPECT_EQ(store.infoNumber(4, "DP"), std::nullopt);  // INFO '.'
    EXPECT_EQ(store.infoNumber(8, "AF"), std::nullopt);  // AF=. is no number
    EXPECT_EQ(store.infoNumber(0, "D"), std::nullopt);   // no prefix matches
    EXPECT_TRUE(store.isSnv(0));
    EXPECT_TRUE(store.isSnv(1));
    EXPECT_FALSE(store.isSnv(4));  // deletion
    EXPECT_FALSE(store.isSnv(5));  // ALT '.'
    EXPECT_FALSE(store.isSnv(8));  // symbolic
}

TEST_F(VariantStoreTest, RowsInMatchesBruteForce) {
    CountingProgress progress;
    const VariantStore store = VariantStore::read(write("fixture.vcf", fixture()), progress);
    EXPECT_FALSE(store.contigSorted(0));  // chr1 goes back to 3 after 20
    EXPECT_FALSE(store.contigSorted(1));  // chr2: 15 then 8
    for (const std::string contig : {"chr1", "chr2", "chr3"}) {
        for (std::int64_t start = 1; start <= 45; start += 2) {
            for (std::int64_t end = start; end <= start + 12; end += 3) {
                std::vector<std::size_t> expected;
                for (std::size_t row = 0; row < store.size(); ++row) {
                    const std::int64_t last =
                        store.pos(row) + static_cast<std::int64_t>(store.ref(row).size()) - 1;
                    if (store.contig(row) == contig && store.pos(row) <= end && last >= start) {
                        expected.push_back(row);
                    }
                }
                EXPECT_EQ(store.rowsIn(contig, start, end), expected) << contig << ":" << start << "-" << end;
            }
        }
    }
    EXPECT_EQ(store.rowsIn("1", 20, 20), (std::vector<std::size_t>{4}));  // harmonised name
    EXPECT_EQ(store.rowsIn("1", 21, 22), (std::vector<std::size_t>{4}));  // inside the deleted REF
    EXPECT_TRUE(store.rowsIn("chr9", 1, 100).empty());
    EXPECT_EQ(store.rowsWithId("rs33"), (std::vector<std::size_t>{4}));
    EXPECT_EQ(store.rowsWithId("rs1"), (std::vector<std::size_t>{0}));
    EXPECT_TRUE(store.rowsWithId("rs").empty());
}

TEST_F(VariantStoreTest, RowsInUsesSortedContigs) {
    std::string text =
        "##fileformat=VCFv4.2\n##contig=<ID=1>\n#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\n";
    for (int pos = 1; pos <= 2000; pos += 3) {
        text += "1\t" + std::to_string(pos) + "\t.\t" + (pos % 7 == 0 ? "ACGTA" : "A") + "\tG\t.\t.\t.\n";
    }
    CountingProgress progress;
    const VariantStore store = VariantStore::read(write("sorted.vcf", text), progress);
    ASSERT_TRUE(store.contigSorted(0));
    for (std::int64_t start = 1; start < 2000; start += 97) {
        const std::int64_t end = start + 20;
        std::vector<std::size_t> expected;
        for (std::size_t row = 0; row < store.size(); ++row) {
            const std::int64_t last = store.pos(row) + static_cast<std::int64_t>(store.ref(row).size()) - 1;
            if (store.pos(row) <= end && last >= start) {
                expected.push_back(row);
            }
        }
        EXPECT_EQ(store.rowsIn("chr1", start, end), expected) << start;
    }
}

TEST_F(VariantStoreTest, CheckReferenceAgainstFasta) {
    CountingProgress progress;
    VariantStore store = VariantStore::read(write("fixture.vcf", fixture()), progress);
    EXPECT_EQ(store.refCheck(0), RefCheck::Unchecked);
    const ReferenceGenome reference(directory_ / "ref.fa");
    store.checkReference(reference, progress);
    const std::vector<RefCheck> expected{
        RefCheck::Match, RefCheck::Match, RefCheck::Match,    RefCheck::Match, RefCheck::Match,
        RefCheck::Match, RefCheck::Match, RefCheck::Mismatch, RefCheck::Match, RefCheck::NoContig};
    for (std::size_t row = 0; row < store.size(); ++row) {
        EXPECT_EQ(store.refCheck(row), expected[row]) << "row " << row;
    }

    // The two-step form (compute on a worker, apply on the GUI thread) gives the same.
    VariantStore other = VariantStore::read(directory_ / "fixture.vcf", progress);
    const auto checks = other.computeReferenceChecks(reference, progress);
    EXPECT_FALSE(other.referenceChecked());
    EXPECT_EQ(checks, expected);
    other.setReferenceChecks(checks);
    EXPECT_EQ(other.refCheck(7), RefCheck::Mismatch);
    EXPECT_THROW(other.setReferenceChecks({RefCheck::Match}), std::invalid_argument);
}

TEST_F(VariantStoreTest, ReadsBgzipAndBcf) {
    if (!fs::exists("/usr/bin/bcftools")) {
        GTEST_SKIP() << "needs /usr/bin/bcftools";
    }
    const fs::path vcf = write("fixture.vcf", fixture());
    run("/usr/bin/bcftools view -Oz -o " + (directory_ / "fixture.vcf.gz").string() + " " + vcf.string());
    run("/usr/bin/bcftools view -Ob -o " + (directory_ / "fixture.bcf").string() + " " + vcf.string());
    CountingProgress progress;
    const VariantStore plain = VariantStore::read(vcf, progress);
    for (const char* name : {"fixture.vcf.gz", "fixture.bcf"}) {
        const VariantStore other = VariantStore::read(directory_ / name, progress);
        ASSERT_EQ(other.size(), plain.size()) << name;
        for (std::size_t row = 0; row < plain.size(); ++row) {
            EXPECT_EQ(other.contig(row), plain.contig(row));
            EXPECT_EQ(other.pos(row), plain.pos(row));
            EXPECT_EQ(other.id(row), plain.id(row));
            EXPECT_EQ(other.ref(row), plain.ref(row));
            EXPECT_EQ(other.alt(row), plain.alt(row));
            EXPECT_EQ(other.filter(row), plain.filter(row));
            EXPECT_EQ(other.info(row), plain.info(row));
        }
    }
}

TEST_F(VariantStoreTest, MalformedLineNamesFileAndLine) {
    std::string text = fixture();
    text += "chr1\tnot-a-number\t.\tA\tG\t.\t.\t.\n";  // line 19
    const fs::path vcf = write("broken.vcf", text);
    CountingProgress progress;
    try {
        VariantStore::read(vcf, progress);
        FAIL() << "no InputError";
    } catch (const InputError& error) {
        EXPECT_EQ(error.file(), vcf);
        EXPECT_EQ(error.line(), 19) << error.what();
    }
}

TEST_F(VariantStoreTest, CancelStopsReading) {
    std::string text =
        "##fileformat=VCFv4.2\n##contig=<ID=chr1>\n#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\n";
    for (int pos = 1; pos <= 60000; ++pos) {
        text += "chr1\t" + std::to_string(pos) + "\t.\tA\tG\t.\t.\t.\n";
    }
    const fs::path vcf = write("many.vcf", text);
    CountingProgress progress;
    const VariantStore store = VariantStore::read(vcf, progress);
    EXPECT_EQ(store.size(), 60000U);
    EXPECT_GE(progress.reports, 2);  // at 50,000 and at the end

    CountingProgress cancelled;
    cancelled.cancel = true;
    EXPECT_THROW(VariantStore::read(vcf, cancelled), OperationCancelled);
}

}  // namespace
