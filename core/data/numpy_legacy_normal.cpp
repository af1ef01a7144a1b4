#include "core/data/numpy_legacy_normal.h"

#include <cmath>

namespace locuscope {

double NumpyLegacyNormal::uniform() {
    const std::uint32_t a = static_cast<std::uint32_t>(engine_()) >> 5;
    const std::uint32_t b = static_cast<std::uint32_t>(engine_()) >> 6;
    return (a * 67108864.0 + b) / 9007199254740992.0;
}

double NumpyLegacyNormal::standardNormal() {
    if (hasCached_) {
        hasCached_ = false;
        return cached_;
    }
    double x1 = 0.0;
    double x2 = 0.0;
    double r2 = 0.0;
    do {
        x1 = 2.0 * uniform() - 1.0;
        x2 = 2.0 * uniform() - 1.0;
        r2 = x1 * x1 + x2 * x2;
    } while (r2 >= 1.0 || r2 == 0.0);
    const double f = std::sqrt(-2.0 * std::log(r2) / r2);
    cached_ = f * x1;
    hasCached_ = true;
    return f * x2;
}

void NumpyLegacyNormal::normal(double loc, double scale, double* out, std::size_t count) {
    for (std::size_t i = 0; i < count; ++i) {
        out[i] = normal(loc, scale);
    }
}

}  // namespace locuscope
