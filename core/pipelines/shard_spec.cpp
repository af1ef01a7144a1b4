#include "core/pipelines/shard_spec.h"

#include <charconv>
#include <string>

#include "core/runtime/input_error.h"

namespace locuscope {
namespace {

bool parseInt(std::string_view text, int& value) {
    if (text.empty()) {
        return false;
    }
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    return error == std::errc() && end == text.data() + text.size();
}

}  // namespace

ShardSpec parseShardSpec(std::string_view text) {
    const std::size_t slash = text.find('/');
    ShardSpec shard;
    if (slash == std::string_view::npos || !parseInt(text.substr(0, slash), shard.index) ||
        !parseInt(text.substr(slash + 1), shard.count)) {
        throw InputError("--shard must look like k/N (e.g. 3/10), got '" + std::string(text) + "'");
    }
    if (shard.count < 1 || shard.index < 1 || shard.index > shard.count) {
        throw InputError("--shard " + std::string(text) + ": k must be between 1 and N");
    }
    return shard;
}

RecordRange shardRecordRange(std::int64_t total, const ShardSpec& shard) {
    // floor(k * total / N): no overflow in 64 bits for any real record count and N.
    const auto boundary = [&](std::int64_t k) { return k * total / shard.count; };
    return {boundary(shard.index - 1), boundary(shard.index)};
}

}  // namespace locuscope
