// --shard k/N pieces and `merge`: deterministic, balanced, complete, and refusing mismatched pieces.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "core/io/file_checksum.h"
#include "core/io/shard_manifest.h"
#include "core/io/tsv_writer.h"
#include "core/pipelines/merge_pipeline.h"
#include "core/pipelines/shard_spec.h"
#include "core/runtime/input_error.h"
#include "core/runtime/silent_progress.h"

namespace fs = std::filesystem;
using namespace locuscope;

namespace {

fs::path freshDirectory(const std::string& name) {
    const fs::path directory =
        fs::temp_directory_path() / ("locuscope-shards-" + name + "-" + std::to_string(getpid()));
    fs::remove_all(directory);
    fs::create_directories(directory);
    return directory;
}

std::string readText(const fs::path& file) {
    std::ifstream stream(file, std::ios::binary);
    std::stringstream text;
    text << stream.rdbuf();
    return text.str();
}

// Writes shard k of N over `total` records, one row per record ("record", "value").
fs::path writeShard(const fs::path& directory, int k, int n, std::int64_t total,
                    const std::string& inputMd5 = "abc") {
    const ShardSpec spec{k, n};
    const RecordRange range = shardRecordRange(total, spec);
    const fs::path output = directory / ("out.shard" + std::to_string(k) + ".tsv");
    TsvWriter writer(
        output,
        {"locuscope test", "command: test --shard " + std::to_string(k) + "/" + std::to_string(n),
         "parameter: shard=" + std::to_string(k) + "/" + std::to_string(n)},
        {"record", "value"});
    for (std::int64_t record = range.begin; record < range.end; ++record) {
        writer.field(static_cast<long long>(record)).field(static_cast<double>(record) * 0.5).endRow();
    }
    writer.commit();
    ShardManifest manifest;
    manifest.command = "test";
    manifest.commandLine = "test --shard";
    manifest.shard = k;
    manifest.shards = n;
    manifest.input = "input.vcf";
    manifest.inputMd5 = inputMd5;
    manifest.recordsTotal = total;
    manifest.recordBegin = range.begin;
    manifest.recordEnd = range.end;
    manifest.rows = range.size();
    writeShardManifest(output, manifest);
    return output;
}

template <typename Function>
std::string inputErrorOf(Function function) {
    try {
        function();
    } catch (const InputError& error) {
        return error.what();
    }
    return "";
}

}  // namespace

TEST(ShardSpec, ParsesAndRejects) {
    const ShardSpec spec = parseShardSpec("3/10");
    EXPECT_EQ(spec.index, 3);
    EXPECT_EQ(spec.count, 10);
    for (const char* bad : {"0/3", "4/3", "3", "a/b", "1/0", "-1/3", "1/3x", ""}) {
        EXPECT_THROW(parseShardSpec(bad), InputError) << bad;
    }
}

TEST(ShardSpec, RangesTileTheInputAndDifferByAtMostOne) {
    for (const std::int64_t total : {0LL, 1LL, 7LL, 1000LL, 1000003LL}) {
        for (const int n : {1, 2, 3, 7, 16}) {
            std::int64_t next = 0;
            std::int64_t smallest = total;
            std::int64_t largest = 0;
            for (int k = 1; k <= n; ++k) {
                const RecordRange range = shardRecordRange(total, {k, n});
                EXPECT_EQ(range.begin, next) << total << " " << k << "/" << n;
                next = range.end;
                smallest = std::min(smallest, range.size());
                largest = std::max(largest, range.size());
            }
            EXPECT_EQ(next, total);
            EXPECT_LE(largest - smallest, 1) << total << " over " << n;
        }
    }
}

TEST(MergeShards, JoinsInInputOrderWhateverOrderTheyAreGiven) {
    const fs::path directory = freshDirectory("join");
    const fs::path s1 = writeShard(directory, 1, 3, 100);
    const fs::path s2 = writeShard(directory, 2, 3, 100);
    const fs::path s3 = writeShard(directory, 3, 3, 100);
    const fs::path merged = directory / "merged.tsv";
    SilentProgress progress;
    const MergeReport report = mergeShardOutputs({s3, s1, s2}, merged, "merge cmd", progress);
    EXPECT_EQ(report.shards, 3);
    EXPECT_EQ(report.rows, 100);

    // Same rows as one unsharded run would give, one header, no shard parameter.
    const fs::path whole = writeShard(directory, 1, 1, 100);
    std::istringstream mergedLines(readText(merged));
    std::istringstream wholeLines(readText(whole));
    std::vector<std::string> mergedRows;
    std::vector<std::string> wholeRows;
    std::string line;
    int headers = 0;
    while (std::getline(mergedLines, line)) {
        EXPECT_EQ(line.find("parameter: shard="), std::string::npos);
        headers += line == "record\tvalue";
        if (line[0] != '#' && line != "record\tvalue") {
            mergedRows.push_back(line);
        }
    }
    while (std::getline(wholeLines, line)) {
        if (line[0] != '#' && line != "record\tvalue") {
            wholeRows.push_back(line);
        }
    }
    EXPECT_EQ(headers, 1);
    EXPECT_EQ(mergedRows, wholeRows);
    EXPECT_NE(readText(merged).find("# merged: 3 shards by: merge cmd"), std::string::npos);
    fs::remove_all(directory);
}

TEST(MergeShards, RefusesMissingDuplicateForeignAndChangedShards) {
    const fs::path directory = freshDirectory("refuse");
    const fs::path s1 = writeShard(directory, 1, 3, 90);
    const fs::path s2 = writeShard(directory, 2, 3, 90);
    const fs::path s3 = writeShard(directory, 3, 3, 90);
    const fs::path merged = directory / "merged.tsv";
    SilentProgress progress;

    EXPECT_NE(inputErrorOf([&] {
                  mergeShardOutputs({s1, s3}, merged, "", progress);
              }).find("shard(s) 2 of 3 missing"),
              std::string::npos);
    EXPECT_NE(inputErrorOf([&] {
                  mergeShardOutputs({s1, s2, s2, s3}, merged, "", progress);
              }).find("again"),
              std::string::npos);

    const fs::path otherDirectory = freshDirectory("refuse-other");
    const fs::path foreign = writeShard(otherDirectory, 2, 3, 90, "different-input");
    EXPECT_NE(inputErrorOf([&] {
                  mergeShardOutputs({s1, foreign, s3}, merged, "", progress);
              }).find("different run"),
              std::string::npos);

    // A shard cut short after its run: the checksum no longer matches.
    const std::string text = readText(s2);
    std::ofstream(s2, std::ios::binary | std::ios::trunc) << text.substr(0, text.size() / 2);
    const std::string changed = inputErrorOf([&] { mergeShardOutputs({s1, s2, s3}, merged, "", progress); });
    EXPECT_NE(changed.find("checksum"), std::string::npos) << changed;
    EXPECT_NE(changed.find("out.shard2.tsv"), std::string::npos) << changed;

    // No manifest at all.
    fs::remove(manifestPathFor(s3));
    EXPECT_NE(inputErrorOf([&] {
                  mergeShardOutputs({s1, s3}, merged, "", progress);
              }).find("manifest"),
              std::string::npos);

    EXPECT_FALSE(fs::exists(merged)) << "a refused merge must not leave an output";
    fs::remove_all(directory);
    fs::remove_all(otherDirectory);
}

TEST(ShardManifest, RoundTripsAndRecordsTheOutputChecksum) {
    const fs::path directory = freshDirectory("manifest");
    const fs::path output = writeShard(directory, 2, 4, 10);
    const ShardManifest manifest = readShardManifest(manifestPathFor(output));
    EXPECT_EQ(manifest.shard, 2);
    EXPECT_EQ(manifest.shards, 4);
    EXPECT_EQ(manifest.recordBegin, 2);
    EXPECT_EQ(manifest.recordEnd, 5);
    EXPECT_EQ(manifest.rows, 3);
    EXPECT_EQ(manifest.output, "out.shard2.tsv");
    EXPECT_EQ(manifest.outputMd5, checksumFile(output).md5);
    std::ofstream(manifestPathFor(output), std::ios::trunc) << "{\"format\": \"something-else\"}";
    EXPECT_THROW(readShardManifest(manifestPathFor(output)), InputError);
    fs::remove_all(directory);
}
