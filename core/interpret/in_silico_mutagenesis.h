#pragma once

#include <torch/torch.h>

#include <cstdint>

#include "core/models/interact/interact_predictor.h"

namespace locuscope {

// In-silico saturation mutagenesis: every position of [first, last] (0-based window indices,
// inclusive) mutated to each of the 3 other bases, all 3 x n mutant windows predicted in the
// predictor's batches under InferenceMode. Positions whose reference is N are left at 0 (they
// are padding beyond a contig end or unknown bases, nothing to mutate from).
struct IsmOptions {
    std::int64_t first = 0;
    std::int64_t last = -1;             // -1: the window's last index
    std::int64_t chunkPositions = 256;  // positions whose mutants are built at once (memory bound)
};

struct IsmResult {
    torch::Tensor reference;  // (outputs): f(ref)
    // (outputs, 4, L) float32, A,T,C,G rows: f(mutant) - f(ref); 0 at the reference base, at N
    // positions and outside [first, last].
    torch::Tensor deltas;
    std::int64_t first = 0, last = 0;
    std::int64_t windows = 0;  // mutants predicted
};

// tokens: (L) int64 (N=0 A=1 T=2 C=3 G=4), L = the model's window. `onChunk(done, total)` after
// each chunk of positions; it may throw to cancel. InputError for a range outside the window.
IsmResult inSilicoMutagenesis(InteractPredictor& predictor, const torch::Tensor& tokens,
                              const IsmOptions& options,
                              const std::function<void(std::int64_t, std::int64_t)>& onChunk = {});

}  // namespace locuscope
