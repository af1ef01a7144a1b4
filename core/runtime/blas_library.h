#pragma once

#include <string>

namespace locuscope {

// Which BLAS the process actually loaded. On Debian, libblas.so.3 is an alternatives link that may
// point at the reference BLAS (about 20x slower for LibTorch's GEMMs) or at OpenBLAS.
struct BlasLibrary {
    std::string name;       // "OpenBLAS", "Intel MKL", "BLIS", "reference BLAS (netlib)", "unknown"
    std::string path;       // resolved path of the loaded library, empty when none was found
    std::string details;    // e.g. openblas_get_config(): "OpenBLAS 0.3.21 DYNAMIC_ARCH ... Haswell"
    bool optimised = false;
};

BlasLibrary probeBlasLibrary();

// Names the BLAS behind a library path (exposed for tests).
BlasLibrary classifyBlasLibrary(const std::string& path);

}  // namespace locuscope
