// VcfReader edge cases, each with its documented result (docs/variants.md), REF checks against a
// reference, and the variant tally.
#include <gtest/gtest.h>
#include <unistd.h>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "core/genome/bim_reader.h"
#include "core/genome/reference_allele_check.h"
#include "core/genome/reference_genome.h"
#include "core/genome/variant_tally.h"
#include "core/genome/vcf_reader.h"
#include "core/genome/vcf_record.h"
#include "core/io/annotated_vcf_writer.h"
#include "core/runtime/input_error.h"

namespace fs = std::filesystem;
using namespace locuscope;

namespace {

const fs::path fixtures = fs::path(LOCUSCOPE_TEST_DATA) / "genome" / "vcf";

std::vector<Variant> readAll(const fs::path& file, const std::string& region = "") {
    VcfReader reader(file);
    if (!region.empty()) {
        reader.setRegion(region);
    }
    std::vector<Variant> variants;
    Variant variant;
    while (reader.next(variant)) {
        variants.push_back(variant);
    }
    return variants;
}

std::string describe(const std::vector<Variant>& variants) {
    std::string text;
    for (const Variant& v : variants) {
        text += v.chrom + ":" + std::to_string(v.pos) + ":" + v.ref + ">" + v.alt + "(" +
                std::string(toString(v.kind)) + "," + std::to_string(v.altIndex) + "/" +
                std::to_string(v.altCount) + ") ";
    }
    return text;
}

std::string readText(const fs::path& file) {
    std::ifstream stream(file, std::ios::binary);
    std::stringstream text;
    text << stream.rdbuf();
    return text.str();
}

class VcfReaderTest : public ::testing::Test {
protected:
    void SetUp() override {
        directory_ = fs::temp_directory_path() / ("locuscope-vcf-" + std::to_string(getpid()));
        fs::remove_all(directory_);
        fs::create_directories(directory_);
    }
    void TearDown() override { fs::remove_all(directory_); }

    fs::path write(const std::string& name, const std::string& text) {
        const fs::path file = directory_ / name;
        std::ofstream(file, std::ios::binary) << text;
        return file;
    }

    // The InputError of reading the whole file ("" when it reads fine).
    static InputError errorOf(const fs::path& file) {
        try {
            readAll(file);
        } catch (const InputError& error) {
            return error;
        }
        return InputError("no error");
    }

    fs::path directory_;
};

const char* header =
    "##fileformat=VCFv4.2\n##contig=<ID=chr1,length=1000>\n#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\n";

}  // namespace

TEST_F(VcfReaderTest, testMultiAllelicRecordsAreSplitAndKindsClassified) {
    const std::vector<Variant> variants = readAll(fixtures / "kinds.vcf");
    EXPECT_EQ(
        describe(variants),
        "chr1:10:A>G(snv,1/1) chr1:20:C>A(snv,1/2) chr1:20:C>T(snv,2/2) chr1:30:A>ACGT(insertion,1/1) "
        "chr1:40:ACGT>A(deletion,1/1) chr1:50:AC>GT(mnv,1/1) chr1:60:ACG>TT(complex_indel,1/1) "
        "chr1:70:A><DEL>(symbolic,1/1) chr1:200:G>G]chr2:100](breakend,1/1) chr1:210:T>.T(breakend,1/1) "
        "chr1:220:C>T(snv,1/2) chr1:220:C>*(missing,2/2) chr1:230:G>.(missing,0/0) chr2:100:T>C(snv,1/1) "
        "chr2:300:G>A(snv,1/1) ");
    EXPECT_EQ(variants[0].id, "rs10");
    EXPECT_EQ(variants[0].line, 10);  // lines count from the top of the file, header included
}

TEST_F(VcfReaderTest, testBgzipBcfGzipAndCrlfGiveTheSameVariants) {
    const std::string expected = describe(readAll(fixtures / "kinds.vcf"));
    EXPECT_EQ(describe(readAll(fixtures / "kinds.vcf.gz")), expected);
    EXPECT_EQ(describe(readAll(fixtures / "kinds.bcf")), expected);
    std::string crlf;
    for (const char c : readText(fixtures / "kinds.vcf")) {
        crlf += c == '\n' ? std::string("\r\n") : std::string(1, c);
    }
    EXPECT_EQ(describe(readAll(write("crlf.vcf", crlf))), expected);
    const fs::path gzip = directory_ / "plain_gzip.vcf.gz";
    ASSERT_EQ(std::system(
                  ("gzip -c '" + (fixtures / "kinds.vcf").string() + "' > '" + gzip.string() + "'").c_str()),
              0);
    EXPECT_EQ(describe(readAll(gzip)), expected);
}

TEST_F(VcfReaderTest, testRegionQueriesWithAndWithoutIndexAgree) {
    const std::string region = "chr1:25-65";
    const std::string indexed = describe(readAll(fixtures / "kinds.vcf.gz", region));
    EXPECT_EQ(indexed,
              "chr1:30:A>ACGT(insertion,1/1) chr1:40:ACGT>A(deletion,1/1) chr1:50:AC>GT(mnv,1/1) "
              "chr1:60:ACG>TT(complex_indel,1/1) ");
    EXPECT_EQ(describe(readAll(fixtures / "kinds.bcf", region)), indexed);
    EXPECT_EQ(describe(readAll(fixtures / "kinds.vcf", region)),
              indexed);  // plain text: streamed and filtered
    // bgzip without an index: streamed too, same answer.
    const fs::path unindexed = directory_ / "unindexed.vcf.gz";
    ASSERT_EQ(
        std::system(
            ("bgzip -c '" + (fixtures / "kinds.vcf").string() + "' > '" + unindexed.string() + "'").c_str()),
        0);
    EXPECT_EQ(describe(readAll(unindexed)), describe(readAll(fixtures / "kinds.vcf")));
    EXPECT_EQ(describe(readAll(unindexed, region)), indexed);
    // A deletion reaching into the region counts as overlapping it.
    EXPECT_EQ(describe(readAll(fixtures / "kinds.vcf.gz", "chr1:42-43")), "chr1:40:ACGT>A(deletion,1/1) ");
    EXPECT_TRUE(readAll(fixtures / "kinds.vcf.gz", "chr9").empty());
}

TEST_F(VcfReaderTest, testRecordsOnUndeclaredContigsAreReadAndListed) {
    VcfReader reader(fixtures / "undeclared_contig.vcf");
    Variant variant;
    std::vector<std::string> contigs;
    while (reader.next(variant)) {
        contigs.push_back(variant.chrom);
    }
    EXPECT_NE(std::find(contigs.begin(), contigs.end(), "chr3"), contigs.end());
    EXPECT_EQ(reader.undeclaredContigs(), std::vector<std::string>{"chr3"});
}

TEST_F(VcfReaderTest, testMissingHeaderEmptyFileAndMalformedLinesNameFileAndLine) {
    const InputError noHeader = errorOf(fixtures / "no_header.vcf");
    EXPECT_NE(std::string(noHeader.what()).find("no_header.vcf"), std::string::npos) << noHeader.what();
    EXPECT_NE(std::string(noHeader.what()).find("header"), std::string::npos) << noHeader.what();

    EXPECT_NE(std::string(errorOf(write("empty.vcf", "")).what()).find("empty.vcf"), std::string::npos);

    const std::string good = "chr1\t5\t.\tA\tG\t.\t.\t.\n";
    const std::vector<std::pair<std::string, std::string>> malformed = {
        {"bad_pos", "chr1\tfive\t.\tA\tG\t.\t.\t.\n"},
        {"few_columns", "chr1\t7\t.\tA\n"},
        {"bad_ref", "chr1\t7\t.\tA?\tG\t.\t.\t.\n"},
    };
    for (const auto& [name, line] : malformed) {
        const fs::path file = write(name + ".vcf", header + good + line + good);
        const InputError error = errorOf(file);
        EXPECT_EQ(error.line(), 5) << name << ": " << error.what();
        EXPECT_NE(std::string(error.what()).find(name + ".vcf"), std::string::npos) << error.what();
    }
}

TEST_F(VcfReaderTest, testReferenceAlleleChecksAndTally) {
    // chr1 of a small reference: position p holds "ACGT"[(p-1) % 4].
    std::string bases;
    for (int i = 0; i < 400; ++i) {
        bases += "ACGT"[i % 4];
    }
    const fs::path fasta = write("ref.fa", ">chr1\n" + bases + "\n");
    const ReferenceGenome reference(fasta);
    const fs::path vcf = write("check.vcf", std::string(header) +
                                                "chr1\t1\t.\tA\tG\t.\t.\t.\n"  // match
                                                "chr1\t2\t.\tA\tG\t.\t.\t.\n"  // reference has C
                                                "1\t3\t.\tGT\tG\t.\t.\t.\n"  // match, Ensembl name, deletion
                                                "chr1\t399\t.\tGTA\tG\t.\t.\t.\n"  // runs past the end
                                                "chr2\t5\t.\tA\tC\t.\t.\t.\n");    // contig not in reference
    std::vector<ReferenceAlleleStatus> statuses;
    VariantTally tally;
    for (const Variant& variant : readAll(vcf)) {
        const ReferenceAlleleCheck check = checkReferenceAllele(variant, reference);
        statuses.push_back(check.status);
        if (check.status != ReferenceAlleleStatus::Match) {
            tally.countSkipped(skipReasonFor(check.status));
        } else if (variant.kind != VariantKind::Snv) {
            tally.countSkipped(skipReasonFor(variant.kind));
        } else {
            tally.countUsable();
        }
        if (check.status == ReferenceAlleleStatus::Mismatch) {
            EXPECT_EQ(check.referenceBases, "C");
        }
    }
    EXPECT_EQ(statuses,
              (std::vector<ReferenceAlleleStatus>{
                  ReferenceAlleleStatus::Match, ReferenceAlleleStatus::Mismatch, ReferenceAlleleStatus::Match,
                  ReferenceAlleleStatus::OutsideContig, ReferenceAlleleStatus::ContigMissing}));
    EXPECT_EQ(tally.seen(), 5);
    EXPECT_EQ(tally.usable(), 1);
    EXPECT_EQ(tally.skipped(VariantSkipReason::RefMismatch), 1);
    const std::string summary = tally.summary();
    EXPECT_NE(summary.find("ref_mismatch 1"), std::string::npos) << summary;
    EXPECT_NE(summary.find("contig_not_in_reference 1"), std::string::npos) << summary;
}

TEST_F(VcfReaderTest, testAnnotatedVcfWriterValidatesFieldsAndWritesAtomically) {
    EXPECT_THROW(validateInfoField({"1bad", "1", "Float", ""}), InputError);
    EXPECT_THROW(validateInfoField({"OK", "2x", "Float", ""}), InputError);
    EXPECT_THROW(validateInfoField({"OK", "1", "Double", ""}), InputError);
    EXPECT_THROW(validateInfoField({"FLAG", "1", "Flag", ""}), InputError);
    EXPECT_NO_THROW(validateInfoField({"LSC_MRV.max", "A", "Float", "say \"why\""}));

    const fs::path target = directory_ / "out.vcf";
    {
        VcfReader reader(fixtures / "kinds.vcf");
        AnnotatedVcfWriter writer(target, reader, {{"LSC_SCORE", "A", "Float", "a \"quoted\" score"}});
        VcfRecord record;
        ASSERT_TRUE(reader.nextRecord(record));
        writer.setFloats(0, {0.5F});
        writer.write(record, reader);
        // Destroyed without commit(): a failed run leaves nothing.
    }
    EXPECT_FALSE(fs::exists(target));
    EXPECT_EQ(std::distance(fs::directory_iterator(directory_), fs::directory_iterator()), 0);

    VcfReader reader(fixtures / "kinds.vcf");
    AnnotatedVcfWriter writer(target, reader, {{"LSC_SCORE", "A", "Float", "a \"quoted\" score"}},
                              {"##locuscope_version=test"});
    VcfRecord record;
    while (reader.nextRecord(record)) {
        std::vector<float> scores(static_cast<std::size_t>(std::max(record.altCount(), 1)), 0.25F);
        scores.back() = std::nanf("");
        writer.setFloats(0, scores);
        writer.write(record, reader);
    }
    writer.commit();
    const std::string text = readText(target);
    EXPECT_NE(text.find("##INFO=<ID=LSC_SCORE,Number=A,Type=Float,Description=\"a \\\"quoted\\\" score\">"),
              std::string::npos);
    EXPECT_NE(text.find("##locuscope_version=test"), std::string::npos);
    EXPECT_NE(text.find("DP=20;LSC_SCORE=0.25,."),
              std::string::npos);  // the multi-allelic record, NaN as missing
    EXPECT_EQ(describe(readAll(target)), describe(readAll(fixtures / "kinds.vcf")));
}

TEST_F(VcfReaderTest, testBimAllelesAreAssignedAgainstTheReference) {
    // Position p of both contigs holds "ACGT"[(p-1) % 4]: 1 A, 2 C, 3 G, 4 T.
    std::string bases;
    for (int i = 0; i < 40; ++i) {
        bases += "ACGT"[i % 4];
    }
    const ReferenceGenome reference(write("ref.fa", ">chr1\n" + bases + "\n>chrX\n" + bases + "\n"));
    const fs::path bim = write("snps.bim",
                               "1\trs1\t0\t1\tA\tG\n"    // A1 is the reference base
                               "1 rs2 0.5 2 T C\n"       // A2 is (spaces work too)
                               "1\trs3\t0\t3\tA\tT\n"    // neither: flagged, not fatal
                               "23\trs4\t0\t4\tC\tT\n"   // PLINK code 23 = X
                               "7\trs5\t0\t4\tC\tT\n");  // no chr7 in the reference
    BimReader reader(bim, reference);
    std::vector<std::string> seen;
    BimVariant entry;
    while (reader.next(entry)) {
        seen.push_back(entry.variant.chrom + ":" + std::to_string(entry.variant.pos) + ":" +
                       entry.variant.ref + ">" + entry.variant.alt + ":" +
                       std::string(toString(entry.assignment)));
    }
    EXPECT_EQ(seen,
              (std::vector<std::string>{"1:1:A>G:ref_is_a1", "1:2:C>T:ref_is_a2", "1:3:T>A:ref_mismatch",
                                        "X:4:T>C:ref_is_a2", "7:4:T>C:contig_not_in_reference"}));
    EXPECT_EQ(reader.flagged(), 2);
    const fs::path broken = write("broken.bim", "1\trs1\t0\t1\tA\tG\n1\trs2\t0\tnotanumber\tA\tG\n");
    BimReader bad(broken, reference);
    try {
        while (bad.next(entry)) {
        }
        FAIL() << "no error";
    } catch (const InputError& error) {
        EXPECT_EQ(error.line(), 2) << error.what();
    }
}

// Found by fuzz_vcf_reader: htslib parses a damaged line into a record without alleles.
TEST_F(VcfReaderTest, testRecordWithoutAllelesIsAnErrorNotACrash) {
    const InputError error = errorOf(fixtures / "fuzz_no_ref_allele.vcf");
    EXPECT_NE(std::string(error.what()).find("fuzz_no_ref_allele.vcf"), std::string::npos) << error.what();
    EXPECT_GT(error.line(), 0) << error.what();
}
