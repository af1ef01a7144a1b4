#pragma once

#include <string>

namespace locuscope {

// What `locuscope-cli info` and the GUI's About box report. Plain data, no torch types.
struct SystemInfo {
    std::string locuscopeVersion;
    std::string buildType;
    std::string compiler;
    std::string libtorchVersion;
    std::string htslibVersion;
    std::string hdf5Version;
    std::string jsonVersion;  // nlohmann-json
    int cores = 1;
    int threads = 1;
    std::string device;       // device the pipelines use by default: "cpu" or "cuda:N"
    bool cudaAvailable = false;
    int cudaDevices = 0;
    std::string blasName;
    std::string blasPath;
    std::string blasDetails;
    bool blasOptimised = false;
    bool onednnSgemm = false;  // oneDNN's sgemm reachable: the ELM trainer's products use it
};

SystemInfo collectSystemInfo();

// Pretty JSON object with the same fields (snake_case keys).
std::string toJson(const SystemInfo& info);

}  // namespace locuscope
