// readGwasSummary: column names in their common spellings, TSV / CSV / whitespace, gzip, sorting, and
// InputErrors naming the file and line.
#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

#include "core/data/gwas_summary_reader.h"
#include "core/runtime/input_error.h"

namespace fs = std::filesystem;
using namespace locuscope;

namespace {

class GwasSummaryReaderTest : public ::testing::Test {
protected:
    void SetUp() override {
        directory_ = fs::temp_directory_path() / ("locuscope-gwas-" + std::to_string(getpid()));
        fs::remove_all(directory_);
        fs::create_directories(directory_);
    }
    void TearDown() override { fs::remove_all(directory_); }

    fs::path write(const std::string& name, const std::string& text) {
        const fs::path file = directory_ / name;
        std::ofstream(file, std::ios::binary) << text;
        return file;
    }

    InputError errorOf(const fs::path& file) {
        try {
            readGwasSummary(file);
        } catch (const InputError& error) {
            return error;
        }
        ADD_FAILURE() << "no InputError for " << file;
        return InputError("none");
    }

    fs::path directory_;
};

TEST_F(GwasSummaryReaderTest, ReadsPlinkStyleWhitespaceAndSorts) {
    const fs::path file = write("plink.assoc",
                                " CHR         SNP         BP   A1      P\n"
                                "   2   rs200   500   A   0.5\n"
                                "   1   rs101   300   G   1e-8\n"
                                "   1   rs100   100   T   0.01\n"
                                "   2   rs199   50    C   1\n");
    const auto rows = readGwasSummary(file);
    ASSERT_EQ(rows.size(), 4U);
    // Chromosome order of first appearance (2 before 1), then position.
    EXPECT_EQ(rows[0].chrom, "2");
    EXPECT_EQ(rows[0].pos, 50);
    EXPECT_EQ(rows[0].id, "rs199");
    EXPECT_EQ(rows[0].p, 1.0);
    EXPECT_EQ(rows[1].pos, 500);
    EXPECT_EQ(rows[2].chrom, "1");
    EXPECT_EQ(rows[2].pos, 100);
    EXPECT_EQ(rows[2].p, 0.01);
    EXPECT_EQ(rows[3].pos, 300);
    EXPECT_DOUBLE_EQ(rows[3].p, 1e-8);
}

TEST_F(GwasSummaryReaderTest, ReadsGwasCatalogTsvWithoutId) {
    const auto rows = readGwasSummary(write("catalog.tsv",
                                            "chromosome\tbase_pair_location\teffect_allele\tp_value\n"
                                            "chr7\t1000\tA\t3.2e-5\n"
                                            "chr7\t900\tC\t0.2\n"));
    ASSERT_EQ(rows.size(), 2U);
    EXPECT_EQ(rows[0].chrom, "chr7");
    EXPECT_EQ(rows[0].pos, 900);
    EXPECT_EQ(rows[0].id, "");
    EXPECT_DOUBLE_EQ(rows[1].p, 3.2e-5);
}

TEST_F(GwasSummaryReaderTest, ReadsGzipCsv) {
    const fs::path csv = write("summary.csv", "#CHROM,POS,variant_id,PVAL\n\"X\",5,rsX,0.3\n1,7,.,0.04\n");
    ASSERT_EQ(std::system(("gzip -f " + csv.string()).c_str()), 0);
    const auto rows = readGwasSummary(csv.string() + ".gz");
    ASSERT_EQ(rows.size(), 2U);
    EXPECT_EQ(rows[0].chrom, "X");
    EXPECT_EQ(rows[0].id, "rsX");
    EXPECT_EQ(rows[1].chrom, "1");
    EXPECT_EQ(rows[1].id, "");  // '.'
    EXPECT_DOUBLE_EQ(rows[1].p, 0.04);
}

TEST_F(GwasSummaryReaderTest, ErrorsNameFileAndLine) {
    const fs::path noP = write("no_p.tsv", "CHR\tBP\tBETA\n1\t5\t0.1\n");
    InputError error = errorOf(noP);
    EXPECT_EQ(error.file(), noP);
    EXPECT_EQ(error.line(), 1);
    EXPECT_NE(error.problem().find("p-value"), std::string::npos) << error.what();

    const fs::path zeroP = write("zero_p.tsv", "CHR\tBP\tP\n1\t5\t0.1\n1\t6\t0\n");
    error = errorOf(zeroP);
    EXPECT_EQ(error.line(), 3);
    EXPECT_NE(error.problem().find("(0, 1]"), std::string::npos) << error.what();

    error = errorOf(write("big_p.tsv", "CHR\tBP\tP\n1\t5\t1.5\n"));
    EXPECT_EQ(error.line(), 2);

    error = errorOf(write("bad_pos.tsv", "CHR\tBP\tP\n1\t5\t0.1\n\n1\tfive\t0.1\n"));
    EXPECT_EQ(error.line(), 4);
    EXPECT_NE(error.problem().find("five"), std::string::npos) << error.what();

    error = errorOf(write("short.tsv", "CHR\tBP\tP\n1\t5\n"));
    EXPECT_EQ(error.line(), 2);

    error = errorOf(directory_ / "missing.tsv");
    EXPECT_EQ(error.line(), 0);
}

}  // namespace
