#pragma once

#include <string>

#include "core/pipelines/elm_pipeline.h"

namespace CLI {
class App;
}

namespace locuscope::cli {

// The training and data options shared by `elm` and `bench elm`, bound straight into the config.
struct ElmCliOptions {
    ElmConfig config;
    std::string monitor = "test";
    std::string split = "auto";
};

void addElmOptions(CLI::App& command, ElmCliOptions& options);
// Applies the string options (monitor, split) to the config; throws InputError for bad values.
void finishElmOptions(ElmCliOptions& options);

}  // namespace locuscope::cli
