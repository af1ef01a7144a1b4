#pragma once

#include <cstdint>
#include <string_view>

namespace locuscope {

// `--shard k/N`: the k-th (1-based) of N deterministic pieces of an input. Pieces are contiguous
// runs of input records in file order, balanced by count (sizes differ by at most one record), so
// the same input and N always give the same pieces on any machine, and a merge restores file order.
struct ShardSpec {
    int index = 1;  // k, 1-based
    int count = 1;  // N
    bool sharded() const { return count > 1; }
};

// "3/10" -> {3, 10}. InputError naming the option for anything else (k outside 1..N, N < 1).
ShardSpec parseShardSpec(std::string_view text);

// Records [begin, end) of `total` that shard k of N processes.
struct RecordRange {
    std::int64_t begin = 0;
    std::int64_t end = 0;
    std::int64_t size() const { return end - begin; }
    bool contains(std::int64_t record) const { return record >= begin && record < end; }
};
RecordRange shardRecordRange(std::int64_t total, const ShardSpec& shard);

}  // namespace locuscope
