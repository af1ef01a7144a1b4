#include "core/runtime/onednn_sgemm.h"

#include <dlfcn.h>

#include <cstdint>

namespace locuscope {
namespace {

// dnnl_sgemm as declared in oneDNN's dnnl.h (row-major, returns dnnl_status_t, 0 on success).
// Resolved at run time so that no oneDNN headers are needed and builds against a LibTorch
// without it still work.
using DnnlSgemm = int (*)(char transA, char transB, std::int64_t m, std::int64_t n, std::int64_t k, float alpha,
                          const float* a, std::int64_t lda, const float* b, std::int64_t ldb, float beta, float* c,
                          std::int64_t ldc);

DnnlSgemm dnnlSgemm() {
    static const DnnlSgemm function = reinterpret_cast<DnnlSgemm>(dlsym(RTLD_DEFAULT, "dnnl_sgemm"));
    return function;
}

// Row-major layout of a 2-D float matrix: 'N' with its row stride, 'T' when it is the transpose of
// a contiguous matrix, or 0 when it is neither.
char layoutOf(const torch::Tensor& m, std::int64_t& leading) {
    if (m.stride(1) == 1 && m.stride(0) >= std::max<std::int64_t>(1, m.size(1))) {
        leading = m.stride(0);
        return 'N';
    }
    if (m.stride(0) == 1 && m.stride(1) >= std::max<std::int64_t>(1, m.size(0))) {
        leading = m.stride(1);
        return 'T';
    }
    return 0;
}

}  // namespace

bool onednnSgemmAvailable() { return dnnlSgemm() != nullptr; }

void onednnMatmulInto(torch::Tensor& out, const torch::Tensor& a, const torch::Tensor& b) {
    const std::int64_t m = a.size(0), k = a.size(1), n = b.size(1);
    const auto fits = [](const torch::Tensor& t) {
        return t.dim() == 2 && t.device().is_cpu() && t.scalar_type() == torch::kFloat32 && t.numel() > 0;
    };
    std::int64_t lda = 0, ldb = 0, ldc = 0;
    const char transA = fits(a) ? layoutOf(a, lda) : 0;
    const char transB = fits(b) ? layoutOf(b, ldb) : 0;
    const bool outFits = out.defined() && fits(out) && out.size(0) == m && out.size(1) == n && out.is_contiguous();
    if (DnnlSgemm sgemm = dnnlSgemm(); sgemm != nullptr && transA != 0 && transB != 0 && outFits &&
                                       b.size(0) == k && !(torch::GradMode::is_enabled() && (a.requires_grad() || b.requires_grad()))) {
        ldc = out.stride(0);
        if (sgemm(transA, transB, m, n, k, 1.0F, a.data_ptr<float>(), lda, b.data_ptr<float>(), ldb, 0.0F,
                  out.data_ptr<float>(), ldc) == 0) {
            return;
        }
    }
    torch::mm_out(out, a, b);
}

}  // namespace locuscope
