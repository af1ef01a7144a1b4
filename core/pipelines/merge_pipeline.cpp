#include "core/pipelines/merge_pipeline.h"

#include <algorithm>
#include <fstream>
#include <map>
#include <string>

#include "core/io/atomic_file_writer.h"
#include "core/io/file_checksum.h"
#include "core/io/shard_manifest.h"
#include "core/runtime/input_error.h"

namespace locuscope {
namespace {

struct ShardInput {
    std::filesystem::path output;
    ShardManifest manifest;
};

std::string describeSet(const std::vector<int>& shards) {
    std::string text;
    for (const int shard : shards) {
        text += (text.empty() ? "" : ", ") + std::to_string(shard);
    }
    return text;
}

// Reads every manifest and checks the set is complete and consistent; returns the shards in order.
std::vector<ShardInput> checkedShards(const std::vector<std::filesystem::path>& outputs,
                                      const std::filesystem::path& target) {
    if (outputs.empty()) {
        throw InputError("merge needs the shard outputs to join");
    }
    std::map<int, ShardInput> byIndex;
    for (const std::filesystem::path& output : outputs) {
        if (std::filesystem::exists(target) && std::filesystem::equivalent(output, target)) {
            throw InputError(output, "is both a shard and the merge target");
        }
        ShardInput shard{output, readShardManifest(manifestPathFor(output))};
        if (shard.manifest.output != output.filename().string()) {
            throw InputError(manifestPathFor(output),
                             "describes '" + shard.manifest.output + "', not this file");
        }
        if (checksumFile(output).md5 != shard.manifest.outputMd5) {
            throw InputError(
                output,
                "does not match the checksum in its manifest (changed or cut short since the shard run)");
        }
        const ShardManifest& first = byIndex.empty() ? shard.manifest : byIndex.begin()->second.manifest;
        if (shard.manifest.command != first.command || shard.manifest.shards != first.shards ||
            shard.manifest.inputMd5 != first.inputMd5 || shard.manifest.recordsTotal != first.recordsTotal) {
            throw InputError(output, "comes from a different run (command '" + shard.manifest.command +
                                         "', " + std::to_string(shard.manifest.shards) + " shards of " +
                                         shard.manifest.input + ") than " +
                                         byIndex.begin()->second.output.string());
        }
        if (byIndex.count(shard.manifest.shard) != 0) {
            throw InputError(output, "is shard " + std::to_string(shard.manifest.shard) + " again (also " +
                                         byIndex.at(shard.manifest.shard).output.string() + ")");
        }
        byIndex.emplace(shard.manifest.shard, std::move(shard));
    }
    const int expected = byIndex.begin()->second.manifest.shards;
    std::vector<int> missing;
    for (int k = 1; k <= expected; ++k) {
        if (byIndex.count(k) == 0) {
            missing.push_back(k);
        }
    }
    if (!missing.empty()) {
        throw InputError("merge: shard(s) " + describeSet(missing) + " of " + std::to_string(expected) +
                         " missing");
    }
    std::vector<ShardInput> ordered;
    std::int64_t nextRecord = 0;
    for (auto& [index, shard] : byIndex) {
        if (shard.manifest.recordBegin != nextRecord) {
            throw InputError(manifestPathFor(shard.output), "records start at " +
                                                                std::to_string(shard.manifest.recordBegin) +
                                                                ", expected " + std::to_string(nextRecord));
        }
        nextRecord = shard.manifest.recordEnd;
        ordered.push_back(std::move(shard));
    }
    if (nextRecord != ordered.front().manifest.recordsTotal) {
        throw InputError("merge: the shards cover " + std::to_string(nextRecord) + " of " +
                         std::to_string(ordered.front().manifest.recordsTotal) + " records");
    }
    return ordered;
}

bool getLine(std::ifstream& stream, std::string& line, const std::filesystem::path& file) {
    if (!std::getline(stream, line)) {
        return false;
    }
    if (stream.eof()) {
        // Our writers end every line with '\n': a file that does not was not written whole.
        throw InputError(file, "ends without a newline (not a complete Locuscope table)");
    }
    return true;
}

}  // namespace

MergeReport mergeShardOutputs(const std::vector<std::filesystem::path>& shardOutputs,
                              const std::filesystem::path& target, const std::string& commandLine,
                              Progress& progress) {
    const std::vector<ShardInput> shards = checkedShards(shardOutputs, target);
    AtomicFileWriter writer(target);
    MergeReport report;
    std::string header;
    std::string buffer;
    for (const ShardInput& shard : shards) {
        throwIfCancelled(progress);
        std::ifstream stream(shard.output, std::ios::binary);
        std::string line;
        std::int64_t lineNumber = 0;
        bool inComments = true;
        std::int64_t rows = 0;
        while (getLine(stream, line, shard.output)) {
            ++lineNumber;
            if (inComments && !line.empty() && line[0] == '#') {
                if (report.shards == 0 && line.rfind("# parameter: shard=", 0) != 0) {
                    buffer += line + '\n';
                }
                continue;
            }
            if (inComments) {
                inComments = false;
                if (report.shards == 0) {
                    header = line;
                    buffer +=
                        "# merged: " + std::to_string(shards.size()) + " shards by: " + commandLine + '\n';
                    buffer += header + '\n';
                } else if (line != header) {
                    throw InputError(shard.output, lineNumber,
                                     "columns differ from " + shards.front().output.string());
                }
                continue;
            }
            buffer += line + '\n';
            ++rows;
            if (buffer.size() > (1U << 20)) {
                writer.write(buffer);
                buffer.clear();
            }
        }
        if (inComments) {
            throw InputError(shard.output, "has no header row");
        }
        if (rows != shard.manifest.rows) {
            throw InputError(shard.output, std::to_string(rows) + " rows but its manifest says " +
                                               std::to_string(shard.manifest.rows));
        }
        report.rows += rows;
        ++report.shards;
        progress.report(report.shards, static_cast<std::int64_t>(shards.size()), "merging shards");
    }
    writer.write(buffer);
    writer.commit();
    return report;
}

}  // namespace locuscope
