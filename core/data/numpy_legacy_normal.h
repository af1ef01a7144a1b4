#pragma once

#include <cstddef>
#include <cstdint>
#include <random>

namespace locuscope {

// Bit-exact copy of numpy's legacy `np.random.RandomState(seed)` normal draws
// (`standard_normal()`, `normal(loc, scale, size)`), so noise added to phenotypes matches the ELM
// pub's (specs/elm.md §4.3). numpy's legacy integer seeding is MT19937 init_genrand, which is what
// std::mt19937's seed constructor does; doubles are 53-bit from two 32-bit outputs and normals come
// from the polar Box-Muller method, which yields two values per accepted pair and caches one.
class NumpyLegacyNormal {
public:
    explicit NumpyLegacyNormal(std::uint32_t seed) : engine_(seed) {}

    // RandomState.random_sample(): uniform in [0, 1).
    double uniform();
    // RandomState.standard_normal() (numpy's legacy_gauss).
    double standardNormal();
    // RandomState.normal(loc, scale): loc + scale * standardNormal().
    double normal(double loc, double scale) { return loc + scale * standardNormal(); }
    // RandomState.normal(loc, scale, size=count) into out[0..count).
    void normal(double loc, double scale, double* out, std::size_t count);

private:
    std::mt19937 engine_;
    bool hasCached_ = false;
    double cached_ = 0.0;
};

}  // namespace locuscope
