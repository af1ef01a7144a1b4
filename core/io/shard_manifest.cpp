#include "core/io/shard_manifest.h"

#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "core/io/atomic_file_writer.h"
#include "core/io/file_checksum.h"
#include "core/runtime/input_error.h"

namespace locuscope {
namespace {

constexpr const char* formatName = "locuscope-shard-manifest";
constexpr int formatVersion = 1;

}  // namespace

std::filesystem::path manifestPathFor(const std::filesystem::path& output) {
    std::filesystem::path manifest = output;
    manifest += ".manifest.json";
    return manifest;
}

void writeShardManifest(const std::filesystem::path& output, ShardManifest manifest) {
    manifest.output = output.filename().string();
    manifest.outputMd5 = checksumFile(output).md5;
    nlohmann::ordered_json json;
    json["format"] = formatName;
    json["version"] = formatVersion;
    json["command"] = manifest.command;
    json["command_line"] = manifest.commandLine;
    json["shard"] = manifest.shard;
    json["shards"] = manifest.shards;
    json["input"] = manifest.input;
    json["input_md5"] = manifest.inputMd5;
    json["records_total"] = manifest.recordsTotal;
    json["record_begin"] = manifest.recordBegin;
    json["record_end"] = manifest.recordEnd;
    json["rows"] = manifest.rows;
    json["output"] = manifest.output;
    json["output_md5"] = manifest.outputMd5;
    writeFileAtomically(manifestPathFor(output), json.dump(2) + "\n");
}

ShardManifest readShardManifest(const std::filesystem::path& manifestFile) {
    std::ifstream stream(manifestFile);
    if (!stream) {
        throw InputError(manifestFile,
                         "shard manifest is missing or unreadable (every shard output has one beside it)");
    }
    std::stringstream text;
    text << stream.rdbuf();
    const nlohmann::json json = nlohmann::json::parse(text.str(), nullptr, false);
    if (json.is_discarded() || !json.is_object()) {
        throw InputError(manifestFile, "not a JSON shard manifest");
    }
    if (json.value("format", "") != formatName) {
        throw InputError(manifestFile,
                         std::string("not a shard manifest (format is not '") + formatName + "')");
    }
    if (json.value("version", 0) > formatVersion) {
        throw InputError(manifestFile, "written by a newer Locuscope (manifest version " +
                                           std::to_string(json.value("version", 0)) + "); please update");
    }
    ShardManifest manifest;
    try {
        manifest.command = json.at("command").get<std::string>();
        manifest.commandLine = json.at("command_line").get<std::string>();
        manifest.shard = json.at("shard").get<int>();
        manifest.shards = json.at("shards").get<int>();
        manifest.input = json.at("input").get<std::string>();
        manifest.inputMd5 = json.at("input_md5").get<std::string>();
        manifest.recordsTotal = json.at("records_total").get<std::int64_t>();
        manifest.recordBegin = json.at("record_begin").get<std::int64_t>();
        manifest.recordEnd = json.at("record_end").get<std::int64_t>();
        manifest.rows = json.at("rows").get<std::int64_t>();
        manifest.output = json.at("output").get<std::string>();
        manifest.outputMd5 = json.at("output_md5").get<std::string>();
    } catch (const nlohmann::json::exception& error) {
        throw InputError(manifestFile, std::string("incomplete shard manifest: ") + error.what());
    }
    return manifest;
}

}  // namespace locuscope
