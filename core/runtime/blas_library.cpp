#include "core/runtime/blas_library.h"

#include <dlfcn.h>
#include <link.h>

#include <filesystem>
#include <string_view>
#include <vector>

#include <ATen/Version.h>

namespace locuscope {
namespace {

bool contains(std::string_view text, std::string_view part) { return text.find(part) != std::string_view::npos; }

std::string resolved(const std::string& path) {
    std::error_code error;
    const auto canonical = std::filesystem::canonical(path, error);
    return error ? path : canonical.string();
}

// The object that provides sgemm_ is the one LibTorch's CPU GEMMs end up in, whatever else is loaded.
std::string objectProvidingSgemm() {
    void* symbol = dlsym(RTLD_DEFAULT, "sgemm_");
    Dl_info info{};
    if (symbol != nullptr && dladdr(symbol, &info) != 0 && info.dli_fname != nullptr) {
        return resolved(info.dli_fname);
    }
    return {};
}

}  // namespace

BlasLibrary classifyBlasLibrary(const std::string& path) {
    const std::string file = std::filesystem::path(path).filename().string();
    if (contains(path, "openblas")) {
        return {"OpenBLAS", path, "", true};
    }
    if (contains(file, "mkl")) {
        return {"Intel MKL", path, "", true};
    }
    if (contains(file, "blis")) {
        return {"BLIS", path, "", true};
    }
    if (contains(path, "atlas")) {
        return {"ATLAS", path, "", true};
    }
    if (contains(file, "blas")) {
        return {"reference BLAS (netlib)", path, "", false};
    }
    return {"unknown", path, "", false};
}

BlasLibrary probeBlasLibrary() {
    BlasLibrary blas;
    blas.name = "unknown";
    const std::string provider = objectProvidingSgemm();
    if (!provider.empty()) {
        blas = classifyBlasLibrary(provider);
    }
    if (blas.name == "unknown") {
        // Upstream LibTorch links MKL statically, so sgemm_ is inside libtorch_cpu itself.
        const std::string config = at::show_config();
        const auto at = config.find("BLAS_INFO=");
        if (at != std::string::npos) {
            const std::string info = config.substr(at + 10, config.find_first_of(", \n", at + 10) - at - 10);
            blas.details = "LibTorch built with BLAS_INFO=" + info;
            blas.optimised = info == "mkl" || info == "open" || info == "blis" || info == "accelerate";
            if (info == "mkl") {
                blas.name = "Intel MKL (inside LibTorch)";
            }
        }
    }
    if (blas.name == "OpenBLAS") {
        using ConfigFunction = char* (*)();
        if (auto* config = reinterpret_cast<ConfigFunction>(dlsym(RTLD_DEFAULT, "openblas_get_config"))) {
            blas.details = config();
        }
    }
    return blas;
}

}  // namespace locuscope
