#pragma once

// The ElmConfig as summary.json records it ("config"), written by writeElmOutputs and read back by
// readElmOutputs, so both sides share one spelling of every key.

#include <filesystem>
#include <nlohmann/json.hpp>
#include <string>

#include "core/pipelines/elm_pipeline.h"

namespace locuscope {

nlohmann::json elmConfigJson(const ElmConfig& config);

// Fills `config` from elmConfigJson's object (onEpoch stays empty). Throws InputError naming `file`
// for a missing key or a value of the wrong type.
void readElmConfigJson(const nlohmann::json& json, const std::filesystem::path& file, ElmConfig& config);

const char* toString(SplitMethod split);  // "auto", "head-tail", "random"

// Inverse of toString(MonitoredSet) ("test set", "validation split"); InputError naming `file`.
MonitoredSet parseMonitoredSet(const std::string& text, const std::filesystem::path& file);

}  // namespace locuscope
