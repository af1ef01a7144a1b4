#pragma once

#include <torch/torch.h>

namespace locuscope {

// out = a · b for float32 CPU matrices, through oneDNN's dnnl_sgemm when this process has it
// (Debian's LibTorch links libdnnl; upstream LibTorch keeps its copy private) and LibTorch's
// mm_out otherwise. `a` and `b` may be contiguous or transposed views of contiguous matrices.
// Why: for the ELM trainer's 128 x 1024 x 1024 shapes, oneDNN's AVX2 kernels beat OpenBLAS by
// 10-35 % on the forward product and the weight gradient (docs/benchmarks.md), and they write the
// output once instead of zeroing it first. For g · W with W non-transposed OpenBLAS is faster, so
// callers pick per product; the choice is fixed, so results stay reproducible run to run.
void onednnMatmulInto(torch::Tensor& out, const torch::Tensor& a, const torch::Tensor& b);

// Whether onednnMatmulInto reaches oneDNN in this process (exposed for tests and `bench`).
bool onednnSgemmAvailable();

}  // namespace locuscope
