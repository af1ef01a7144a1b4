#pragma once

// INTERACT's input alphabet (specs/interact.md §1): N=0 A=1 T=2 C=3 G=4. Anything else (IUPAC
// codes, padding) is N. Bases are expected upper-case (ReferenceGenome upper-cases).

#include <cstdint>
#include <string_view>

namespace locuscope {

constexpr std::int64_t interactToken(char base) {
    switch (base) {
        case 'A': return 1;
        case 'T': return 2;
        case 'C': return 3;
        case 'G': return 4;
        default: return 0;
    }
}

// The token of the complementary base (A<->T, C<->G, N stays N).
constexpr std::int64_t complementToken(std::int64_t token) {
    constexpr std::int64_t complement[5] = {0, 2, 1, 4, 3};
    return complement[token];
}

inline void encodeInteractTokens(std::string_view bases, std::int64_t* out) {
    for (const char base : bases) {
        *out++ = interactToken(base);
    }
}

}  // namespace locuscope
