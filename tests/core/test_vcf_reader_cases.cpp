#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "core/genome/variant_id_lookup.h"
#include "core/genome/vcf_reader.h"
#include "core/runtime/input_error.h"

using namespace locuscope;
namespace fs = std::filesystem;

namespace {

const fs::path kData = fs::path(LOCUSCOPE_TEST_DATA) / "genome" / "vcf";

std::vector<Variant> readAll(VcfReader& reader) {
    std::vector<Variant> variants;
    Variant variant;
    while (reader.next(variant)) {
        variants.push_back(variant);
    }
    return variants;
}

std::vector<Variant> readAll(const fs::path& path, const std::string& region = "") {
    VcfReader reader(path);
    if (!region.empty()) {
        reader.setRegion(region);
    }
    return readAll(reader);
}

std::string slurp(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

std::string headerOf(const fs::path& vcf) {
    std::istringstream in(slurp(vcf));
    std::string line, header;
    while (std::getline(in, line) && line[0] == '#') {
        header += line + "\n";
    }
    return header;
}

// The CHROM:POS:REF:ALT list bcftools prints, split per ALT like VcfReader (an independent reference).
std::vector<std::string> bcftoolsSites(const fs::path& path, const std::string& region) {
    const std::string command = "/usr/bin/bcftools query -f '%CHROM:%POS:%REF:%ALT\\n' " +
                                (region.empty() ? std::string() : "-r " + region + " ") + path.string() +
                                " 2>&1";
    FILE* pipe = ::popen(command.c_str(), "r");
    std::vector<std::string> sites;
    char buffer[4096];
    std::string output;
    while (std::fgets(buffer, sizeof(buffer), pipe) != nullptr) {
        output += buffer;
    }
    ::pclose(pipe);
    std::istringstream lines(output);
    std::string line;
    // VcfReader upper-cases base alleles; bcftools keeps them as written.
    auto upperBases = [](std::string allele) {
        if (std::all_of(allele.begin(), allele.end(), [](char c) { return std::isalpha(c); })) {
            for (char& c : allele) {
                c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
            }
        }
        return allele;
    };
    while (std::getline(lines, line)) {
        const std::size_t last = line.rfind(':');
        const std::size_t refStart = line.rfind(':', last - 1) + 1;
        const std::string prefix =
            line.substr(0, refStart) + upperBases(line.substr(refStart, last - refStart)) + ":";
        std::istringstream alts(line.substr(last + 1));
        std::string alt;
        while (std::getline(alts, alt, ',')) {
            sites.push_back(prefix + upperBases(alt));
        }
    }
    return sites;
}

std::vector<std::string> sitesOf(const std::vector<Variant>& variants) {
    std::vector<std::string> sites;
    for (const Variant& v : variants) {
        sites.push_back(v.chrom + ":" + std::to_string(v.pos) + ":" + v.ref + ":" + v.alt);
    }
    return sites;
}

class VcfReaderFiles : public ::testing::Test {
protected:
    void SetUp() override {
        directory =
            fs::temp_directory_path() / ("locuscope-vcf-" + std::to_string(::getpid()) + "-" +
                                         ::testing::UnitTest::GetInstance()->current_test_info()->name());
        fs::remove_all(directory);
        fs::create_directories(directory);
    }
    void TearDown() override { fs::remove_all(directory); }

    fs::path write(const std::string& name, const std::string& text) {
        const fs::path path = directory / name;
        std::ofstream(path, std::ios::binary) << text;
        return path;
    }

    // The problem text of the InputError reading `path` throws, "" when it reads fine.
    static std::string errorOf(const fs::path& path) {
        try {
            readAll(path);
        } catch (const InputError& error) {
            return error.what();
        }
        return "";
    }

    fs::path directory;
};

}  // namespace

TEST(VcfReader, MultiAllelicRecordsAreSplitWithAltIndexAndCount) {
    const std::vector<Variant> variants = readAll(kData / "kinds.vcf");
    ASSERT_EQ(variants.size(), 15u);
    EXPECT_EQ(variants[1].pos, 20);
    EXPECT_EQ(variants[1].ref, "C");  // written as lower-case 'c'
    EXPECT_EQ(variants[1].alt, "A");
    EXPECT_EQ(variants[1].altIndex, 1);
    EXPECT_EQ(variants[1].altCount, 2);
    EXPECT_EQ(variants[2].alt, "T");
    EXPECT_EQ(variants[2].altIndex, 2);
    EXPECT_EQ(variants[2].altCount, 2);
    EXPECT_EQ(variants[2].id, "rs20");
    EXPECT_EQ(variants[2].line, 11);
}

TEST(VcfReader, KindsOfEveryAllele) {
    const std::vector<Variant> v = readAll(kData / "kinds.vcf");
    const std::vector<VariantKind> expected = {
        VariantKind::Snv,      VariantKind::Snv,      VariantKind::Snv,          VariantKind::Insertion,
        VariantKind::Deletion, VariantKind::Mnv,      VariantKind::ComplexIndel, VariantKind::Symbolic,
        VariantKind::Breakend, VariantKind::Breakend, VariantKind::Snv,          VariantKind::Missing,
        VariantKind::Missing,  VariantKind::Snv,      VariantKind::Snv};
    ASSERT_EQ(v.size(), expected.size());
    for (std::size_t i = 0; i < v.size(); ++i) {
        EXPECT_EQ(v[i].kind, expected[i]) << i << " " << v[i].alt;
    }
    EXPECT_EQ(v[7].alt, "<DEL>");
    EXPECT_EQ(v[8].alt, "G]chr2:100]");
    EXPECT_EQ(v[11].alt, "*");
    // ALT '.': one Variant of kind Missing without an ALT allele.
    EXPECT_EQ(v[12].alt, ".");
    EXPECT_EQ(v[12].altIndex, 0);
    EXPECT_EQ(v[12].altCount, 0);
}

TEST(VcfReader, AgreesWithBcftoolsOnEveryVariant) {
    EXPECT_EQ(sitesOf(readAll(kData / "kinds.vcf")), bcftoolsSites(kData / "kinds.vcf", ""));
}

TEST(VcfReader, PlainBgzipAndBcfGiveTheSameVariants) {
    const std::vector<std::string> plain = sitesOf(readAll(kData / "kinds.vcf"));
    EXPECT_EQ(sitesOf(readAll(kData / "kinds.vcf.gz")), plain);
    EXPECT_EQ(sitesOf(readAll(kData / "kinds.bcf")), plain);
    VcfReader bcf(kData / "kinds.bcf");
    EXPECT_EQ(bcf.format(), VcfFileFormat::Bcf);
    Variant variant;
    ASSERT_TRUE(bcf.next(variant));
    EXPECT_EQ(variant.line, 0);  // BCF has no lines
}

TEST(VcfReader, HeaderFactsAndCounters) {
    VcfReader reader(kData / "kinds.vcf");
    EXPECT_EQ(reader.format(), VcfFileFormat::Vcf);
    EXPECT_EQ(reader.contigs(), (std::vector<std::string>{"chr1", "chr2"}));
    EXPECT_EQ(reader.sampleCount(), 2);
    readAll(reader);
    EXPECT_EQ(reader.recordsRead(), 13);
    EXPECT_EQ(reader.variantsEmitted(), 15);
    EXPECT_TRUE(reader.undeclaredContigs().empty());
}

TEST(VcfReader, NextRecordKeepsAllAltsTogether) {
    VcfReader reader(kData / "kinds.vcf");
    VcfRecord record;
    ASSERT_TRUE(reader.nextRecord(record));
    ASSERT_TRUE(reader.nextRecord(record));
    EXPECT_EQ(record.altCount(), 2);
    ASSERT_EQ(record.variants().size(), 2u);
    EXPECT_EQ(record.variants()[1].alt, "T");
    EXPECT_EQ(record.line(), 11);
}

TEST(VcfReader, RegionQueriesMatchBcftoolsThroughIndexes) {
    for (const std::string region : {"chr1:35-65", "chr1:41-45", "chr2", "chr1:20", "chr1:1,000-2,000"}) {
        const std::vector<std::string> expected = bcftoolsSites(kData / "kinds.vcf.gz", region);
        VcfReader tabix(kData / "kinds.vcf.gz");
        tabix.setRegion(region);
        EXPECT_EQ(sitesOf(readAll(tabix)), expected) << region;
        EXPECT_TRUE(tabix.indexed());
        VcfReader bcf(kData / "kinds.bcf");
        bcf.setRegion(region);
        EXPECT_EQ(sitesOf(readAll(bcf)), expected) << region;
        EXPECT_TRUE(bcf.indexed());
        // Without an index the file is streamed and filtered: same answer.
        VcfReader plain(kData / "kinds.vcf");
        plain.setRegion(region);
        EXPECT_EQ(sitesOf(readAll(plain)), expected) << region;
        EXPECT_FALSE(plain.indexed());
    }
    // <DEL> at 70 with END=170 overlaps 100-150 through INFO/END, as htslib's index and `tabix` say
    // (bcftools -r, with its default --regions-overlap 1, looks at REF's length only).
    for (const char* file : {"kinds.vcf.gz", "kinds.bcf", "kinds.vcf"}) {
        EXPECT_EQ(sitesOf(readAll(kData / file, "chr1:100-150")),
                  (std::vector<std::string>{"chr1:70:A:<DEL>"}))
            << file;
    }
}

TEST(VcfReader, RegionOnAContigNotInTheFileIsEmpty) {
    EXPECT_TRUE(readAll(kData / "kinds.vcf.gz", "chr9:1-100").empty());
    EXPECT_TRUE(readAll(kData / "kinds.bcf", "chr9").empty());
    EXPECT_TRUE(readAll(kData / "kinds.vcf", "chr9").empty());
}

TEST(VcfReader, BadRegionSyntaxIsAnError) {
    VcfReader reader(kData / "kinds.vcf");
    EXPECT_THROW(reader.setRegion("chr1:50-10"), InputError);
    EXPECT_THROW(reader.setRegion("chr1:abc"), InputError);
    EXPECT_THROW(reader.setRegion("chr1:0-10"), InputError);
    EXPECT_THROW(reader.setRegion(""), InputError);
    const VcfRegion region = parseVcfRegion("chr1:1,000-2,000");
    EXPECT_EQ(region.begin, 999);
    EXPECT_EQ(region.end, 2000);
}

TEST(VcfReader, UndeclaredContigIsAcceptedAndListed) {
    VcfReader reader(kData / "undeclared_contig.vcf");
    const std::vector<Variant> variants = readAll(reader);
    ASSERT_EQ(variants.size(), 2u);
    EXPECT_EQ(variants[1].chrom, "chr3");
    EXPECT_EQ(reader.undeclaredContigs(), std::vector<std::string>{"chr3"});
    EXPECT_EQ(reader.contigs(), std::vector<std::string>{"chr1"});
}

TEST_F(VcfReaderFiles, NoHeaderIsAnError) {
    const std::string error = errorOf(kData / "no_header.vcf");
    EXPECT_NE(error.find("no VCF header"), std::string::npos) << error;
    EXPECT_NE(error.find("no_header.vcf:1:"), std::string::npos) << error;
}

TEST_F(VcfReaderFiles, EmptyFileIsAnError) {
    const std::string error = errorOf(write("empty.vcf", ""));
    EXPECT_NE(error.find("empty file: no VCF header"), std::string::npos) << error;
}

TEST_F(VcfReaderFiles, HeaderWithoutChromLineIsAnError) {
    const std::string error = errorOf(write("nochrom.vcf", "##fileformat=VCFv4.2\n"));
    EXPECT_NE(error.find("#CHROM line is missing"), std::string::npos) << error;
}

TEST_F(VcfReaderFiles, CrlfLineEndsReadLikeLf) {
    std::string text = slurp(kData / "kinds.vcf");
    std::string crlf;
    for (char c : text) {
        crlf += c == '\n' ? std::string("\r\n") : std::string(1, c);
    }
    const std::vector<Variant> variants = readAll(write("crlf.vcf", crlf));
    EXPECT_EQ(sitesOf(variants), sitesOf(readAll(kData / "kinds.vcf")));
    for (const Variant& v : variants) {
        EXPECT_EQ(v.alt.find('\r'), std::string::npos);
    }
}

TEST_F(VcfReaderFiles, GzipAndUnindexedBgzipStream) {
    const fs::path gz = directory / "plain.vcf.gz";
    ASSERT_EQ(std::system(("gzip -c " + (kData / "kinds.vcf").string() + " > " + gz.string()).c_str()), 0);
    VcfReader gzip(gz);
    EXPECT_EQ(gzip.format(), VcfFileFormat::VcfGzip);
    EXPECT_EQ(sitesOf(readAll(gzip)), sitesOf(readAll(kData / "kinds.vcf")));

    const fs::path bgz = directory / "noindex.vcf.gz";
    fs::copy_file(kData / "kinds.vcf.gz", bgz);
    VcfReader bgzip(bgz);
    EXPECT_EQ(bgzip.format(), VcfFileFormat::VcfBgzip);
    bgzip.setRegion("chr1:35-65");
    EXPECT_EQ(sitesOf(readAll(bgzip)), bcftoolsSites(kData / "kinds.vcf.gz", "chr1:35-65"));
    EXPECT_FALSE(bgzip.indexed());
    EXPECT_EQ(bgzip.recordsRead(), 13);  // streamed through the whole file
}

TEST_F(VcfReaderFiles, MalformedLinesNameFileAndLine) {
    const std::string header = headerOf(kData / "kinds.vcf");  // 9 lines
    const std::string good = "chr1\t10\t.\tA\tG\t.\t.\t.\tGT\t0/1\t0/0\n";
    struct Case {
        std::string line;
        std::string problem;
    };
    const std::vector<Case> cases = {
        {"chr1\tabc\t.\tA\tG\t.\t.\t.\tGT\t0/1\t0/0\n", "invalid POS 'abc'"},
        {"chr1\t0\t.\tA\tG\t.\t.\t.\tGT\t0/1\t0/0\n", "invalid POS '0'"},
        {"chr1\t5\t.\tA\tG\n", "expected at least 8 tab-separated columns"},
        {"chr1 5 . A G . . . GT 0/1 0/0\n", "expected at least 8 tab-separated columns"},
        {"chr1\t5\t.\tA-X\tG\t.\t.\t.\tGT\t0/1\t0/0\n", "invalid REF 'A-X'"},
        {"chr1\t5\t.\tA\tG!\t.\t.\t.\tGT\t0/1\t0/0\n", "invalid ALT allele 'G!'"},
        {"chr1\t5\t.\tA\tG\t.\t.\t.\tGT\t0/1\n", "wrong number of columns"},
        {"\t5\t.\tA\tG\t.\t.\t.\tGT\t0/1\t0/0\n", "empty CHROM"},
    };
    for (const Case& c : cases) {
        const fs::path path = write("bad.vcf", header + good + c.line);
        const std::string error = errorOf(path);
        EXPECT_NE(error.find(path.string() + ":11: " + c.problem), std::string::npos)
            << "got '" << error << "' for " << c.line;
    }
}

TEST_F(VcfReaderFiles, TruncatedCompressedFileIsAnError) {
    const std::string bytes = slurp(kData / "kinds.vcf.gz");
    EXPECT_NE(errorOf(write("cut.vcf.gz", bytes.substr(0, bytes.size() / 2))), "");
    const std::string bcf = slurp(kData / "kinds.bcf");
    EXPECT_NE(errorOf(write("cut.bcf", bcf.substr(0, bcf.size() * 2 / 3))), "");
}

TEST_F(VcfReaderFiles, NotAVcfIsAnError) {
    EXPECT_NE(errorOf(directory / "missing.vcf").find("file not found"), std::string::npos);
}

TEST(VariantIdLookup, FindsEveryRecordAndAltWithTheId) {
    const std::vector<Variant> rs20 = findVariantsById(kData / "kinds.vcf", "rs20");
    // rs20 is a two-ALT record on chr1 and again on chr2.
    ASSERT_EQ(rs20.size(), 3u);
    EXPECT_EQ(sitesOf(rs20), (std::vector<std::string>{"chr1:20:C:A", "chr1:20:C:T", "chr2:300:G:A"}));
    EXPECT_TRUE(findVariantsById(kData / "kinds.bcf", "rs999").empty());
    const auto found = findVariantsByIds(kData / "kinds.vcf.gz", {"rs10", "sv70", "nope"});
    EXPECT_EQ(found.at("rs10").size(), 1u);
    EXPECT_EQ(found.at("sv70").at(0).kind, VariantKind::Symbolic);
    EXPECT_TRUE(found.at("nope").empty());
}

TEST_F(VcfReaderFiles, IdLookupMatchesEachOfSeveralIds) {
    const std::string header = headerOf(kData / "kinds.vcf");
    const fs::path path = write("ids.vcf", header + "chr1\t10\trs1;rs2\tA\tG\t.\t.\t.\tGT\t0/1\t0/0\n");
    EXPECT_EQ(findVariantsById(path, "rs2").size(), 1u);
    EXPECT_EQ(findVariantsById(path, "rs1").size(), 1u);
    EXPECT_TRUE(findVariantsById(path, "rs").empty());
}
