#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "core/genome/bim_reader.h"
#include "core/genome/reference_allele_check.h"
#include "core/genome/variant.h"
#include "core/genome/variant_tally.h"
#include "core/runtime/input_error.h"
#include "tests/core/in_memory_sequence.h"

using namespace locuscope;
using locuscope::test::InMemorySequence;
namespace fs = std::filesystem;

namespace {

const fs::path kData = fs::path(LOCUSCOPE_TEST_DATA) / "genome" / "vcf";

InMemorySequence reference() {
    return InMemorySequence({{"chr1", "ACGTACGTACGTACGTACGT"}, {"chrX", "GGGGGCCCCC"}, {"chrM", "TTTTAAAA"}});
}

Variant variant(std::string chrom, std::int64_t pos, std::string ref, std::string alt) {
    Variant v;
    v.chrom = std::move(chrom);
    v.pos = pos;
    v.ref = std::move(ref);
    v.alt = std::move(alt);
    v.kind = classifyAlleles(v.ref, v.alt);
    return v;
}

}  // namespace

TEST(VariantKind, ClassifiesByVcfRules) {
    EXPECT_EQ(classifyAlleles("A", "G"), VariantKind::Snv);
    EXPECT_EQ(classifyAlleles("a", "g"), VariantKind::Snv);
    EXPECT_EQ(classifyAlleles("AC", "GT"), VariantKind::Mnv);
    EXPECT_EQ(classifyAlleles("A", "ACGT"), VariantKind::Insertion);
    EXPECT_EQ(classifyAlleles("a", "ACG"), VariantKind::Insertion);  // prefix test ignores case
    EXPECT_EQ(classifyAlleles("ACGT", "A"), VariantKind::Deletion);
    EXPECT_EQ(classifyAlleles("ACG", "TT"), VariantKind::ComplexIndel);
    EXPECT_EQ(classifyAlleles("A", "TTG"), VariantKind::ComplexIndel);
    EXPECT_EQ(classifyAlleles("A", "<DEL>"), VariantKind::Symbolic);
    EXPECT_EQ(classifyAlleles("A", "<INS:ME:ALU>"), VariantKind::Symbolic);
    EXPECT_EQ(classifyAlleles("A", "<*>"), VariantKind::Symbolic);
    EXPECT_EQ(classifyAlleles("G", "G]17:198982]"), VariantKind::Breakend);
    EXPECT_EQ(classifyAlleles("T", "[13:123457[T"), VariantKind::Breakend);
    EXPECT_EQ(classifyAlleles("T", ".T"), VariantKind::Breakend);
    EXPECT_EQ(classifyAlleles("G", "G."), VariantKind::Breakend);
    EXPECT_EQ(classifyAlleles("A", "*"), VariantKind::Missing);
    EXPECT_EQ(classifyAlleles("A", "."), VariantKind::Missing);
}

TEST(VariantKind, NamesAreStable) {
    EXPECT_EQ(toString(VariantKind::Snv), "snv");
    EXPECT_EQ(toString(VariantKind::ComplexIndel), "complex_indel");
    EXPECT_EQ(toString(VariantKind::Breakend), "breakend");
    EXPECT_EQ(toString(VariantKind::Missing), "missing");
}

TEST(ReferenceAlleleCheck, MatchMismatchAndMissingContig) {
    const InMemorySequence genome = reference();
    EXPECT_EQ(checkReferenceAllele(variant("chr1", 1, "A", "G"), genome).status,
              ReferenceAlleleStatus::Match);
    // "1" is harmonised to "chr1"; REF case does not matter.
    const ReferenceAlleleCheck harmonised = checkReferenceAllele(variant("1", 2, "cgt", "C"), genome);
    EXPECT_EQ(harmonised.status, ReferenceAlleleStatus::Match);
    EXPECT_EQ(harmonised.contig, "chr1");

    const ReferenceAlleleCheck mismatch = checkReferenceAllele(variant("chr1", 3, "GA", "G"), genome);
    EXPECT_EQ(mismatch.status, ReferenceAlleleStatus::Mismatch);
    EXPECT_EQ(mismatch.referenceBases, "GT");

    EXPECT_EQ(checkReferenceAllele(variant("chr7", 1, "A", "G"), genome).status,
              ReferenceAlleleStatus::ContigMissing);
    EXPECT_EQ(checkReferenceAllele(variant("chrX", 10, "CA", "C"), genome).status,
              ReferenceAlleleStatus::OutsideContig);
    EXPECT_EQ(checkReferenceAllele(variant("chrX", 10, "C", "A"), genome).status,
              ReferenceAlleleStatus::Match);
}

TEST(VariantTally, EveryVariantIsCountedOnce) {
    VariantTally tally;
    tally.countUsable();
    tally.countUsable();
    tally.countSkipped(VariantSkipReason::RefMismatch);
    tally.countSkipped(skipReasonFor(VariantKind::Deletion));
    tally.countSkipped(skipReasonFor(VariantKind::Symbolic));
    tally.countSkipped(skipReasonFor(ReferenceAlleleStatus::ContigMissing));
    EXPECT_EQ(tally.seen(), 6);
    EXPECT_EQ(tally.usable(), 2);
    EXPECT_EQ(tally.skipped(), 4);
    EXPECT_EQ(tally.skipped(VariantSkipReason::Indel), 1);
    EXPECT_EQ(
        tally.summary(),
        "6 variants: 2 usable, 4 skipped (ref_mismatch 1, contig_not_in_reference 1, indel 1, symbolic 1)");
    VariantTally other;
    other.countSkipped(VariantSkipReason::MissingAlt);
    tally += other;
    EXPECT_EQ(tally.seen(), 7);
    EXPECT_EQ(tally.skipped(VariantSkipReason::MissingAlt), 1);
    EXPECT_EQ(skipReasonFor(VariantKind::Missing), VariantSkipReason::MissingAlt);
    EXPECT_EQ(skipReasonFor(VariantKind::Mnv), VariantSkipReason::Mnv);
    EXPECT_EQ(skipReasonFor(VariantKind::Breakend), VariantSkipReason::Breakend);
}

TEST(BimReader, InteractRefAltRule) {
    const InMemorySequence genome = reference();
    BimReader reader(kData / "interact.bim", genome);
    std::vector<BimVariant> rows;
    BimVariant row;
    while (reader.next(row)) {
        rows.push_back(row);
    }
    ASSERT_EQ(rows.size(), 11u);
    auto expect = [&](std::size_t i, BimAlleleAssignment assignment, const std::string& chrom,
                      const std::string& ref, const std::string& alt) {
        EXPECT_EQ(rows[i].assignment, assignment) << i;
        EXPECT_EQ(rows[i].variant.chrom, chrom) << i;
        EXPECT_EQ(rows[i].variant.ref, ref) << i;
        EXPECT_EQ(rows[i].variant.alt, alt) << i;
        EXPECT_EQ(rows[i].variant.line, static_cast<std::int64_t>(i) + 1);
    };
    expect(0, BimAlleleAssignment::RefIsA1, "1", "A", "G");
    expect(1, BimAlleleAssignment::RefIsA2, "1", "C", "T");
    expect(2, BimAlleleAssignment::NeitherMatches, "1", "T", "A");  // tab-separated line
    EXPECT_EQ(rows[2].referenceBases, "G");
    expect(3, BimAlleleAssignment::RefIsA1, "X", "C", "G");   // 23 -> X
    expect(4, BimAlleleAssignment::RefIsA1, "X", "G", "A");   // 25 (XY) -> X, lower-case alleles
    expect(5, BimAlleleAssignment::RefIsA1, "MT", "A", "T");  // 26 -> MT (reference calls it chrM)
    expect(6, BimAlleleAssignment::ContigMissing, "Y", "G", "A");
    expect(7, BimAlleleAssignment::ContigMissing, "0", "G", "A");
    expect(8, BimAlleleAssignment::OutsideContig, "1", "G", "A");
    expect(9, BimAlleleAssignment::RefIsA1, "1", "T", ".");  // PLINK '0' = missing allele
    EXPECT_EQ(rows[9].variant.kind, VariantKind::Missing);
    expect(10, BimAlleleAssignment::BothMatch, "1", "A", "AC");
    EXPECT_DOUBLE_EQ(rows[1].centimorgans, 0.5);
    EXPECT_EQ(rows[0].variant.id, "rs1");
    EXPECT_EQ(reader.linesRead(), 11);
    EXPECT_EQ(reader.flagged(), 5);
    EXPECT_EQ(plinkChromosomeName("24"), "Y");
    EXPECT_EQ(plinkChromosomeName("chr5"), "chr5");
}

TEST(BimReader, MalformedLinesNameFileAndLine) {
    const InMemorySequence genome = reference();
    const fs::path directory = fs::temp_directory_path() / ("locuscope-bim-" + std::to_string(::getpid()));
    fs::create_directories(directory);
    const std::vector<std::pair<std::string, std::string>> cases = {
        {"1 rs1 0 1 A\n", "expected 6 columns"},
        {"1 rs1 0 x1 A G\n", "invalid position 'x1'"},
        {"1 rs1 zero 1 A G\n", "invalid genetic distance 'zero'"},
        {"1 rs1 0 1 A Q\n", "invalid allele 'Q'"},
    };
    for (const auto& [line, problem] : cases) {
        const fs::path path = directory / "bad.bim";
        std::ofstream(path) << "1 rs0 0 1 A G\n" << line;
        BimReader reader(path, genome);
        BimVariant row;
        try {
            while (reader.next(row)) {
            }
            ADD_FAILURE() << "no error for " << line;
        } catch (const InputError& error) {
            EXPECT_EQ(error.line(), 2);
            EXPECT_NE(std::string(error.what()).find(path.string() + ":2: " + problem), std::string::npos)
                << error.what();
        }
    }
    fs::remove_all(directory);
    EXPECT_THROW(BimReader(directory / "none.bim", genome), InputError);
}
