#pragma once

#include <string>

#include "core/runtime/runtime_options.h"

namespace locuscope {

// Process-wide compute settings (torch-free interface for ui/ and app/).
// LibTorch starts with one intra-op thread on some machines, so every front end calls
// configureRuntime() at start-up; it is safe to call again when the user changes a preference.
struct RuntimeState {
    int threads = 1;           // intra-op threads now in effect
    int cores = 1;             // cores available to this process (affinity mask)
    std::string device;        // canonical device now in effect: "cpu" or "cuda:N"
    bool cudaAvailable = false;
    int cudaDevices = 0;
};

// Applies the options and returns what is now in effect. Throws InputError for a negative thread
// count, an unknown device string or a CUDA device that is not present.
RuntimeState configureRuntime(const RuntimeOptions& options);
RuntimeState currentRuntime();

// Cores usable by this process (sched_getaffinity), at least 1.
int availableCores();

// Device used by pipelines whose config leaves the device empty.
std::string defaultDevice();

}  // namespace locuscope
