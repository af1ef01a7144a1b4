#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "core/io/atomic_file_writer.h"
#include "core/runtime/input_error.h"

using namespace locuscope;
namespace fs = std::filesystem;

namespace {

class AtomicFileWriterTest : public ::testing::Test {
protected:
    void SetUp() override {
        directory = fs::temp_directory_path() /
                    ("locuscope-atomic-" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) +
                     "-" + ::testing::UnitTest::GetInstance()->current_test_info()->name());
        fs::remove_all(directory);
        fs::create_directories(directory);
    }
    void TearDown() override { fs::remove_all(directory); }

    std::string read(const fs::path& path) {
        std::ifstream in(path);
        std::stringstream text;
        text << in.rdbuf();
        return text.str();
    }
    std::size_t entries() { return static_cast<std::size_t>(std::distance(fs::directory_iterator(directory), {})); }

    fs::path directory;
};

}  // namespace

TEST_F(AtomicFileWriterTest, CommitWritesTheWholeFileAndNoTemporary) {
    writeFileAtomically(directory / "out.tsv", "a\tb\n1\t2\n");
    EXPECT_EQ(read(directory / "out.tsv"), "a\tb\n1\t2\n");
    EXPECT_EQ(entries(), 1u);
}

TEST_F(AtomicFileWriterTest, AbandonedWriteKeepsTheUsersFile) {
    std::ofstream(directory / "out.tsv") << "precious";
    {
        AtomicFileWriter writer(directory / "out.tsv");
        writer.write("half a resu");
        // no commit: as when a run fails or is cancelled
    }
    EXPECT_EQ(read(directory / "out.tsv"), "precious");
    EXPECT_EQ(entries(), 1u);
}

TEST_F(AtomicFileWriterTest, ReplacesAnExistingFile) {
    std::ofstream(directory / "out.tsv") << "old";
    writeFileAtomically(directory / "out.tsv", "new");
    EXPECT_EQ(read(directory / "out.tsv"), "new");
}

TEST_F(AtomicFileWriterTest, MissingDirectoryIsAnInputErrorNamingTheFile) {
    try {
        writeFileAtomically(directory / "nowhere" / "out.tsv", "x");
        FAIL() << "expected InputError";
    } catch (const InputError& error) {
        EXPECT_NE(std::string(error.what()).find("out.tsv"), std::string::npos);
    }
}
