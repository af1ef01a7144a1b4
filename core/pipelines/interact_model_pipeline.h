#pragma once

#include <cstdint>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

namespace locuscope {

// `locuscope-cli interact init`: a freshly initialised INTERACT network written as .safetensors,
// the starting point for `interact train` from scratch (or a test model). Presets: "interact" (the
// published v1 sizes), "celltype" (Cell-type-INTERACT), "small" (a reduced width for demos and
// tests, same window and layout). A value > 0 overrides the preset's.
struct InteractModelSpec {
    std::string preset = "interact";
    std::int64_t outputs = 0;
    std::vector<std::string> outputNames;  // empty = output_1..
    std::int64_t cnnChannels = 0, hidden = 0, heads = 0, intermediate = 0, layers = 0, headHidden = 0;
    std::uint64_t seed = 1;
};

struct InteractModelSummary {
    std::map<std::string, std::string> metadata;  // as written
    std::int64_t parameters = 0;
    std::int64_t trainableParameters = 0;
};

// Throws InputError for an unknown preset or inconsistent sizes; writes atomically.
InteractModelSummary createInteractModel(const InteractModelSpec& spec, const std::filesystem::path& out);

// The stored sizes and names of an INTERACT weight file, without building the network.
InteractModelSummary describeInteractModel(const std::filesystem::path& file);

}  // namespace locuscope
