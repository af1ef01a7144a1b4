// ReferenceGenome against samtools faidx on random FASTAs; contig names, regions and one-hot encoding.
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <random>
#include <string>
#include <vector>

#include "core/genome/contig_names.h"
#include "core/genome/dna_sequence.h"
#include "core/genome/genomic_region.h"
#include "core/genome/one_hot_encoder.h"
#include "core/genome/reference_genome.h"
#include "core/runtime/input_error.h"

namespace fs = std::filesystem;
using namespace locuscope;

namespace {

std::string run(const std::string& command) {
    FILE* pipe = popen(command.c_str(), "r");
    std::string output;
    std::array<char, 65536> buffer{};
    std::size_t got = 0;
    while (pipe != nullptr && (got = std::fread(buffer.data(), 1, buffer.size(), pipe)) > 0) {
        output.append(buffer.data(), got);
    }
    if (pipe != nullptr) {
        pclose(pipe);
    }
    return output;
}

bool haveTool(const std::string& tool) {
    return std::system(("command -v " + tool + " >/dev/null 2>&1").c_str()) == 0;
}

struct Contig {
    std::string name;
    std::string bases;  // as written (mixed case)
};

// Random contigs with soft-masked (lower-case) runs and N runs, written `width` bases per line.
std::vector<Contig> randomContigs(unsigned seed) {
    std::mt19937 random(seed);
    std::vector<Contig> contigs;
    const std::vector<std::int64_t> lengths = {5000, 73, 12345, 999, 2001, 60};
    for (std::size_t c = 0; c < lengths.size(); ++c) {
        Contig contig{"chr" + std::to_string(c + 1), {}};
        for (std::int64_t i = 0; i < lengths[c]; ++i) {
            contig.bases += "ACGT"[random() % 4];
        }
        for (int run = 0; run < 5 && lengths[c] > 200; ++run) {
            const std::size_t at = random() % static_cast<std::size_t>(lengths[c] - 100);
            const std::size_t length = 1 + random() % 80;
            for (std::size_t i = at; i < at + length; ++i) {
                contig.bases[i] = run % 2 == 0 ? static_cast<char>(std::tolower(contig.bases[i])) : 'N';
            }
        }
        contigs.push_back(contig);
    }
    return contigs;
}

void writeFasta(const fs::path& file, const std::vector<Contig>& contigs, std::size_t width) {
    std::ofstream out(file);
    for (const Contig& contig : contigs) {
        out << '>' << contig.name << " description text\n";
        for (std::size_t i = 0; i < contig.bases.size(); i += width) {
            out << contig.bases.substr(i, width) << '\n';
        }
    }
}

std::string upper(std::string text) {
    for (char& c : text) {
        c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    }
    return text;
}

// samtools faidx's bases for one region (header and newlines dropped).
std::string samtoolsBases(const fs::path& fasta, const std::string& region) {
    const std::string output = run("samtools faidx '" + fasta.string() + "' '" + region + "' 2>/dev/null");
    std::string bases;
    std::size_t line = output.find('\n');
    while (line != std::string::npos && line + 1 < output.size()) {
        const std::size_t next = output.find('\n', line + 1);
        bases += output.substr(line + 1, next - line - 1);
        line = next;
    }
    return bases;
}

class ReferenceGenomeTest : public ::testing::Test {
protected:
    void SetUp() override {
        directory_ = fs::temp_directory_path() / ("locuscope-reference-" + std::to_string(getpid()));
        fs::remove_all(directory_);
        fs::create_directories(directory_);
    }
    void TearDown() override {
        fs::permissions(directory_, fs::perms::owner_all, fs::perm_options::add);
        fs::remove_all(directory_);
    }
    fs::path directory_;
};

}  // namespace

TEST_F(ReferenceGenomeTest, testWindowsMatchSamtoolsFaidxPlainAndBgzip) {
    if (!haveTool("samtools") || !haveTool("bgzip")) {
        GTEST_SKIP()
            << "needs samtools and bgzip (Debian packages samtools and tabix; ./run.sh installs them)";
    }
    int compared = 0;
    for (const std::size_t width : {60U, 70U}) {
        const std::vector<Contig> contigs = randomContigs(static_cast<unsigned>(width));
        const fs::path plain = directory_ / ("ref" + std::to_string(width) + ".fa");
        writeFasta(plain, contigs, width);
        const fs::path packed = directory_ / ("ref" + std::to_string(width) + ".fa.gz");
        ASSERT_EQ(std::system(("bgzip -c '" + plain.string() + "' > '" + packed.string() + "'").c_str()), 0);

        for (const fs::path& fasta : {plain, packed}) {
            const ReferenceGenome reference(fasta);  // builds .fai (and .gzi) on first use
            EXPECT_TRUE(fs::exists(fs::path(fasta.string() + ".fai")));
            ASSERT_EQ(reference.contigs().size(), contigs.size());
            std::mt19937 random(7);
            for (int i = 0; i < 160; ++i) {
                const Contig& contig = contigs[random() % contigs.size()];
                const auto length = static_cast<std::int64_t>(contig.bases.size());
                std::int64_t start = 1 + static_cast<std::int64_t>(random() % static_cast<unsigned>(length));
                std::int64_t end = std::min(length, start + static_cast<std::int64_t>(random() % 300));
                if (i % 10 == 0) {
                    start = 1;  // touching the contig's start
                } else if (i % 10 == 1) {
                    end = length;  // touching its end
                }
                const std::string region =
                    contig.name + ":" + std::to_string(start) + "-" + std::to_string(end);
                const std::string expected = upper(samtoolsBases(fasta, region));
                ASSERT_EQ(reference.fetch(parseGenomicRegion(region)), expected) << fasta << " " << region;
                ++compared;
            }
        }
    }
    EXPECT_EQ(compared, 640);
}

TEST_F(ReferenceGenomeTest, testWindowsPastContigEndsArePaddedWithN) {
    const std::vector<Contig> contigs = randomContigs(1);
    const fs::path fasta = directory_ / "ref.fa";
    writeFasta(fasta, contigs, 60);
    const ReferenceGenome reference(fasta);
    const std::string& chr2 = contigs[1].bases;  // 73 bases
    // INTERACT-style window centred on base 10: 1000 N's then the contig's first 1010 bases' worth.
    const std::string window = reference.window("chr2", 10, 1000);
    ASSERT_EQ(window.size(), 2001U);
    EXPECT_EQ(window.substr(0, 991), std::string(991, 'N'));
    EXPECT_EQ(window.substr(991, 73), upper(chr2));
    EXPECT_EQ(window.substr(991 + 73), std::string(2001 - 991 - 73, 'N'));
    EXPECT_EQ(reference.fetch("chr2", -5, 0), "NNNNN");
    EXPECT_EQ(reference.fetch("chr2", 73, 80), "NNNNNNN");
    EXPECT_EQ(reference.fetch("chr2", 70, 75), upper(chr2.substr(70, 3)) + "NN");
}

TEST_F(ReferenceGenomeTest, testContigNamesAreHarmonised) {
    const fs::path fasta = directory_ / "ref.fa";
    writeFasta(fasta, randomContigs(2), 60);
    const ReferenceGenome reference(fasta);
    EXPECT_EQ(reference.resolveContig("1").value_or(""), "chr1");
    EXPECT_EQ(reference.resolveContig("chr1").value_or(""), "chr1");
    EXPECT_EQ(reference.resolveContig("CHR3").value_or(""), "chr3");
    EXPECT_FALSE(reference.resolveContig("chr7").has_value());
    EXPECT_EQ(reference.fetch(parseGenomicRegion("1:1-20")),
              reference.fetch(parseGenomicRegion("chr1:1-20")));
    try {
        reference.requireContig("chr7");
        FAIL() << "no error";
    } catch (const InputError& error) {
        const std::string message = error.what();
        EXPECT_NE(message.find("'chr7'"), std::string::npos) << message;
        EXPECT_NE(message.find("ref.fa"), std::string::npos) << message;
        EXPECT_NE(message.find("chr1, chr2"), std::string::npos) << message;
        EXPECT_NE(message.find("6 contigs"), std::string::npos) << message;
    }

    const ContigNameMap ensembl({"1", "2", "X", "MT"});
    EXPECT_EQ(ensembl.resolve("chr1").value_or(""), "1");
    EXPECT_EQ(ensembl.resolve("chrX").value_or(""), "X");
    EXPECT_EQ(ensembl.resolve("chrM").value_or(""), "MT");
    const ContigNameMap both({"1", "chr1"});  // each name finds itself only
    EXPECT_EQ(both.resolve("1").value_or(""), "1");
    EXPECT_EQ(both.resolve("chr1").value_or(""), "chr1");
    EXPECT_FALSE(both.resolve("CHR1").has_value());
}

TEST_F(ReferenceGenomeTest, testUnindexableInputsGiveClearErrors) {
    const fs::path fasta = directory_ / "ref.fa";
    writeFasta(fasta, randomContigs(3), 60);
    // Plain gzip cannot be indexed: the message says to bgzip it.
    ASSERT_EQ(std::system(("gzip -c '" + fasta.string() + "' > '" + fasta.string() + ".gz'").c_str()), 0);
    try {
        ReferenceGenome reference(fasta.string() + ".gz");
        FAIL() << "no error";
    } catch (const InputError& error) {
        EXPECT_NE(std::string(error.what()).find("bgzip"), std::string::npos) << error.what();
    }
    // No index and a read-only folder: cannot build one, says so.
    const fs::path readOnly = directory_ / "readonly";
    fs::create_directories(readOnly);
    writeFasta(readOnly / "ref.fa", randomContigs(4), 60);
    fs::permissions(readOnly, fs::perms::owner_read | fs::perms::owner_exec | fs::perms::group_read |
                                  fs::perms::group_exec | fs::perms::others_read | fs::perms::others_exec);
    // Returns 0 when opening gives the documented error, 1 for another message, 2 for no error.
    const auto openReadOnly = [&]() {
        try {
            ReferenceGenome reference(readOnly / "ref.fa");
            return 2;
        } catch (const InputError& error) {
            return std::string(error.what()).find("not writable") != std::string::npos ? 0 : 1;
        }
    };
    if (access(readOnly.c_str(), W_OK) != 0) {
        EXPECT_EQ(openReadOnly(), 0);
    } else {
        // Root writes anywhere (CI runs as root): try as "nobody" in a child process.
        const pid_t child = fork();
        ASSERT_GE(child, 0);
        if (child == 0) {
            if (setgid(65534) != 0 || setuid(65534) != 0 || access(readOnly.c_str(), W_OK) == 0) {
                _exit(3);
            }
            _exit(openReadOnly());
        }
        int status = 0;
        waitpid(child, &status, 0);
        ASSERT_TRUE(WIFEXITED(status));
        if (WEXITSTATUS(status) == 3) {
            GTEST_SKIP() << "cannot drop to an unprivileged user to test a read-only folder";
        }
        EXPECT_EQ(WEXITSTATUS(status), 0) << "0: documented error, 1: other message, 2: no error";
    }
    fs::permissions(readOnly, fs::perms::owner_all, fs::perm_options::add);
}

TEST_F(ReferenceGenomeTest, testMissingAndMalformedFiles) {
    EXPECT_THROW(ReferenceGenome(directory_ / "absent.fa"), InputError);
    const fs::path ragged = directory_ / "ragged.fa";
    std::ofstream(ragged) << ">chr1\nACGTACGT\nACG\nACGTACGT\n";  // a short line in the middle
    try {
        ReferenceGenome reference(ragged);
        FAIL() << "no error";
    } catch (const InputError& error) {
        EXPECT_NE(std::string(error.what()).find("ragged.fa"), std::string::npos) << error.what();
    }
}

TEST(GenomicRegion, ParsesTheUsualSpellings) {
    const GenomicRegion range = parseGenomicRegion("chr1:1,000-2,000");
    EXPECT_EQ(range.chrom, "chr1");
    EXPECT_EQ(range.start, 1000);
    EXPECT_EQ(range.end, 2000);
    EXPECT_EQ(range.length(), 1001);
    EXPECT_EQ(range.begin0(), 999);
    const GenomicRegion base = parseGenomicRegion("7:1500");
    EXPECT_EQ(base.start, 1500);
    EXPECT_EQ(base.end, 1500);
    const GenomicRegion whole = parseGenomicRegion("chrX");
    EXPECT_EQ(whole.end, GenomicRegion::wholeContig);
    EXPECT_EQ(whole.toString(), "chrX");
    EXPECT_EQ(range.toString(), "chr1:1000-2000");
    for (const char* bad : {"chr1:0-10", "chr1:20-10", "chr1:a-b", ":1-2", "chr1:", "chr1:1-", ""}) {
        EXPECT_THROW(parseGenomicRegion(bad), InputError) << bad;
    }
}

TEST(GenomicRegion, ReadsBedAndRegionListsAndMerges) {
    const fs::path file =
        fs::temp_directory_path() / ("locuscope-regions-" + std::to_string(getpid()) + ".bed");
    std::ofstream(file) << "# comment\ntrack name=x\nchr1\t99\t200\tname\nchr2:5-10\r\nchr1\t150\t300\n";
    std::vector<GenomicRegion> regions = readRegionsFile(file);
    ASSERT_EQ(regions.size(), 3U);
    EXPECT_EQ(regions[0].start, 100);  // BED is 0-based half-open
    EXPECT_EQ(regions[0].end, 200);
    EXPECT_EQ(regions[1].toString(), "chr2:5-10");
    const std::vector<GenomicRegion> merged = mergeRegions(regions);
    ASSERT_EQ(merged.size(), 2U);
    EXPECT_EQ(merged[0].toString(), "chr1:100-300");
    EXPECT_EQ(merged[1].toString(), "chr2:5-10");
    std::ofstream(file) << "chr1\t200\t100\n";
    try {
        readRegionsFile(file);
        FAIL() << "no error";
    } catch (const InputError& error) {
        EXPECT_EQ(error.line(), 1);
    }
    fs::remove(file);
}

TEST(GenomicRegion, LocusStringsNameRegionsGenesAndVariants) {
    EXPECT_EQ(parseLocus("chr1:100-200").kind, LocusQuery::Kind::Region);
    EXPECT_EQ(parseLocus("chr17").kind, LocusQuery::Kind::Region);
    EXPECT_EQ(parseLocus("X").kind, LocusQuery::Kind::Region);
    EXPECT_EQ(parseLocus("rs429358").kind, LocusQuery::Kind::VariantId);
    EXPECT_EQ(parseLocus("rs429358").name, "rs429358");
    EXPECT_EQ(parseLocus("APOE").kind, LocusQuery::Kind::Gene);
    EXPECT_EQ(parseLocus("ENSG00000130203").kind, LocusQuery::Kind::Gene);
}

TEST(OneHotEncoder, BothChannelOrdersNsAndCase) {
    const OneHotEncoder interact(OneHotEncoder::interactOrder);
    const torch::Tensor encoded = interact.encode("ATCGNacgt");
    ASSERT_EQ(encoded.sizes(), (std::vector<std::int64_t>{4, 9}));
    // ATCG order: A -> channel 0, T -> 1, C -> 2, G -> 3; N all zeros; lower case as upper.
    const std::vector<int> expectedChannel = {0, 1, 2, 3, -1, 0, 2, 3, 1};
    for (int i = 0; i < 9; ++i) {
        for (int c = 0; c < 4; ++c) {
            EXPECT_EQ(encoded[c][i].item<float>(),
                      expectedChannel[static_cast<std::size_t>(i)] == c ? 1.0F : 0.0F)
                << "position " << i << " channel " << c;
        }
    }
    const OneHotEncoder beluga(OneHotEncoder::belugaOrder);
    EXPECT_EQ(beluga.channelOf('G'), 1);
    EXPECT_EQ(beluga.channelOf('T'), 3);
    EXPECT_EQ(beluga.channelOf('R'), -1);
    EXPECT_THROW(OneHotEncoder("ACGA"), InputError);
    try {
        interact.encode("ACGXT");
        FAIL() << "no error";
    } catch (const InputError& error) {
        EXPECT_NE(std::string(error.what()).find("'X' at position 4"), std::string::npos) << error.what();
    }
}

TEST(OneHotEncoder, ReverseComplementOfEncodingEqualsEncodingOfReverseComplement) {
    std::mt19937 random(3);
    std::vector<std::string> sequences;
    for (int n = 0; n < 8; ++n) {
        std::string sequence;
        for (int i = 0; i < 101; ++i) {
            sequence += "ACGTNacgtn"[random() % 10];
        }
        sequences.push_back(sequence);
    }
    for (const char* order : {"ATCG", "AGCT", "ACGT", "TGCA"}) {
        const OneHotEncoder encoder(order);
        std::vector<std::string> reversed;
        for (const std::string& sequence : sequences) {
            reversed.push_back(reverseComplement(sequence));
        }
        const torch::Tensor batch = encoder.encodeBatch(sequences);
        EXPECT_TRUE(torch::equal(encoder.reverseComplement(batch), encoder.encodeBatch(reversed))) << order;
        EXPECT_TRUE(torch::equal(encoder.reverseComplement(encoder.reverseComplement(batch)), batch))
            << order;
    }
    EXPECT_EQ(reverseComplement("AACGTn-RYKM"), "KMRY-nACGTT");
    EXPECT_THROW(reverseComplement("ACXT"), InputError);
}
