#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace locuscope {

// Written beside each shard's output as "<output>.manifest.json": which piece of which input it
// holds, so `locuscope-cli merge` can check that the pieces are complete, belong together and were
// not cut short before it joins them.
struct ShardManifest {
    std::string command;      // e.g. "tss"
    std::string commandLine;  // as typed for this shard
    int shard = 1;            // k, 1-based
    int shards = 1;           // N
    std::string input;        // the sharded input as given
    std::string inputMd5;
    std::int64_t recordsTotal = 0;  // records of the whole input (after region filters)
    std::int64_t recordBegin = 0;   // this shard's records [begin, end)
    std::int64_t recordEnd = 0;
    std::int64_t rows = 0;  // data rows written
    std::string output;     // file name of the output, relative to the manifest's folder
    std::string outputMd5;
};

std::filesystem::path manifestPathFor(const std::filesystem::path& output);

// Checksums the output (which must already be in place) and writes the manifest atomically.
void writeShardManifest(const std::filesystem::path& output, ShardManifest manifest);

// InputError naming the manifest for a missing, unparsable or incomplete one.
ShardManifest readShardManifest(const std::filesystem::path& manifestFile);

}  // namespace locuscope
