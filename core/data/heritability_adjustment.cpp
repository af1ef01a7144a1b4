#include "core/data/heritability_adjustment.h"

#include <cmath>
#include <string>

#include "core/data/numpy_legacy_normal.h"
#include "core/runtime/input_error.h"

namespace locuscope {

void adjustHeritability(GenotypeDataset& data, double heritability, std::uint32_t seed) {
    if (!(heritability > 0.0 && heritability <= 1.0)) {
        throw InputError("heritability must be in (0, 1], got " + std::to_string(heritability));
    }
    if (heritability == 1.0) {
        return;
    }
    const double signalScale = std::sqrt(heritability);
    const double noiseScale = std::sqrt(1.0 - heritability);
    NumpyLegacyNormal noise(seed);
    // Samples x traits row-major, so walking the buffer in order is "per sample, traits within it".
    for (float& value : data.phenotypes) {
        value = static_cast<float>(signalScale * static_cast<double>(value) + noise.normal(0.0, noiseScale));
    }
}

}  // namespace locuscope
