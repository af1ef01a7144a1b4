#pragma once

#include <cstdint>
#include <filesystem>
#include <vector>

#include "core/runtime/progress.h"

namespace locuscope {

struct MergeReport {
    int shards = 0;
    std::int64_t rows = 0;
};

// Joins the TSV outputs of `--shard k/N` runs (given in any order) into `target`, in input order.
// Checks each output against its manifest (checksum, so a truncated or edited shard is caught), that
// all come from the same command, input and N, and that the shards are all there exactly once with
// contiguous record ranges. One header: the first shard's comment lines without its shard option,
// plus a line naming the merge. Written atomically; InputError naming the file on any mismatch.
MergeReport mergeShardOutputs(const std::vector<std::filesystem::path>& shardOutputs,
                              const std::filesystem::path& target, const std::string& commandLine,
                              Progress& progress);

}  // namespace locuscope
