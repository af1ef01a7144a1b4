#include "core/pipelines/system_info.h"

#include <H5public.h>
#include <htslib/hts.h>
#include <torch/version.h>

#include <nlohmann/json.hpp>

#include "core/runtime/blas_library.h"
#include "core/runtime/onednn_sgemm.h"
#include "core/runtime/runtime.h"
#include "locuscope/build_info.h"

namespace locuscope {
namespace {

std::string hdf5Version() {
    unsigned major = 0, minor = 0, release = 0;
    H5get_libversion(&major, &minor, &release);
    return std::to_string(major) + "." + std::to_string(minor) + "." + std::to_string(release);
}

}  // namespace

SystemInfo collectSystemInfo() {
    SystemInfo info;
    info.locuscopeVersion = build::version;
    info.buildType = build::buildType;
    info.compiler = build::compiler;
    info.libtorchVersion = TORCH_VERSION;
    info.htslibVersion = hts_version();
    info.hdf5Version = hdf5Version();
    info.jsonVersion = std::to_string(NLOHMANN_JSON_VERSION_MAJOR) + "." +
                       std::to_string(NLOHMANN_JSON_VERSION_MINOR) + "." +
                       std::to_string(NLOHMANN_JSON_VERSION_PATCH);
    const RuntimeState runtime = currentRuntime();
    info.cores = runtime.cores;
    info.threads = runtime.threads;
    info.device = runtime.device;
    info.cudaAvailable = runtime.cudaAvailable;
    info.cudaDevices = runtime.cudaDevices;
    const BlasLibrary blas = probeBlasLibrary();
    info.blasName = blas.name;
    info.blasPath = blas.path;
    info.blasDetails = blas.details;
    info.blasOptimised = blas.optimised;
    info.onednnSgemm = onednnSgemmAvailable();
    return info;
}

std::string toJson(const SystemInfo& info) {
    const nlohmann::json json = {
        {"locuscope_version", info.locuscopeVersion},
        {"build_type", info.buildType},
        {"compiler", info.compiler},
        {"libtorch_version", info.libtorchVersion},
        {"htslib_version", info.htslibVersion},
        {"hdf5_version", info.hdf5Version},
        {"nlohmann_json_version", info.jsonVersion},
        {"cores", info.cores},
        {"threads", info.threads},
        {"device", info.device},
        {"cuda_available", info.cudaAvailable},
        {"cuda_devices", info.cudaDevices},
        {"blas", {{"name", info.blasName}, {"path", info.blasPath}, {"details", info.blasDetails},
                  {"optimised", info.blasOptimised}}},
        {"onednn_sgemm", info.onednnSgemm},
    };
    return json.dump(2);
}

}  // namespace locuscope
