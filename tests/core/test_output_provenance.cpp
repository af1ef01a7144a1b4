// Output headers record the inputs by MD5; the digest must agree with coreutils' md5sum.
#include <gtest/gtest.h>
#include <unistd.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <random>
#include <string>

#include "core/io/file_checksum.h"
#include "core/io/output_provenance.h"
#include "core/runtime/input_error.h"

namespace fs = std::filesystem;
using namespace locuscope;

namespace {

std::string md5sumOf(const fs::path& file) {
    const std::string command = "md5sum '" + file.string() + "'";
    FILE* pipe = popen(command.c_str(), "r");
    std::array<char, 256> buffer{};
    std::string output;
    while (pipe != nullptr && std::fgets(buffer.data(), buffer.size(), pipe) != nullptr) {
        output += buffer.data();
    }
    if (pipe != nullptr) {
        pclose(pipe);
    }
    return output.substr(0, 32);
}

fs::path writeRandomFile(const std::string& name, std::size_t bytes) {
    const fs::path file =
        fs::temp_directory_path() / ("locuscope-checksum-" + std::to_string(getpid()) + "-" + name);
    std::mt19937 generator(static_cast<unsigned>(bytes));
    std::ofstream stream(file, std::ios::binary);
    for (std::size_t i = 0; i < bytes; ++i) {
        stream.put(static_cast<char>(generator() & 0xff));
    }
    return file;
}

}  // namespace

TEST(FileChecksum, AgreesWithMd5sumAcrossBlockBoundaries) {
    // Empty, small, exactly one 1 MiB block, and a size straddling two blocks.
    for (const std::size_t bytes :
         {std::size_t{0}, std::size_t{1000}, std::size_t{1} << 20, (std::size_t{1} << 20) + 12345}) {
        const fs::path file = writeRandomFile(std::to_string(bytes), bytes);
        const FileChecksum checksum = checksumFile(file);
        EXPECT_EQ(checksum.md5, md5sumOf(file)) << bytes << " bytes";
        EXPECT_EQ(checksum.bytes, bytes);
        fs::remove(file);
    }
}

TEST(FileChecksum, KnownDigestOfAString) {
    EXPECT_EQ(md5Hex(""), "d41d8cd98f00b204e9800998ecf8427e");  // RFC 1321 test suite
    EXPECT_EQ(md5Hex("abc"), "900150983cd24fb0d6963f7d28e17f72");
}

TEST(FileChecksum, MissingFileNamesIt) {
    try {
        checksumFile("/nonexistent/genes.bed");
        FAIL() << "no error";
    } catch (const InputError& error) {
        EXPECT_NE(std::string(error.what()).find("genes.bed"), std::string::npos) << error.what();
    }
}

TEST(OutputProvenance, CommentsNameToolCommandInputsAndParameters) {
    const fs::path input = writeRandomFile("input", 4096);
    OutputProvenance provenance;
    provenance.command = "tss";
    provenance.commandLine = "locuscope-cli tss --genes g.bed --vcf v.vcf";
    provenance.inputs = {input};
    provenance.parameters = {{"max_distance", "20000"}};
    const std::vector<std::string> lines = provenanceComments(provenance);
    ASSERT_EQ(lines.size(), 4U);
    EXPECT_EQ(lines[0].rfind("locuscope ", 0), 0U);
    EXPECT_NE(lines[0].find(" tss"), std::string::npos);
    EXPECT_EQ(lines[1], "command: " + provenance.commandLine);
    EXPECT_EQ(lines[2], "input: " + input.string() + " md5=" + md5sumOf(input) + " bytes=4096");
    EXPECT_EQ(lines[3], "parameter: max_distance=20000");
    fs::remove(input);
}
