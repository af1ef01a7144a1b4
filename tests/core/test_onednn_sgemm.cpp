// onednnMatmulInto: every layout it accepts gives torch::mm's product, and what it does not accept
// (strided views, other dtypes, gradient-tracking operands) still comes out right through LibTorch.
#include <dlfcn.h>
#include <gtest/gtest.h>
#include <torch/torch.h>

#include "core/runtime/onednn_sgemm.h"

using namespace locuscope;

namespace {

void expectProduct(const torch::Tensor& a, const torch::Tensor& b, const char* what) {
    torch::Tensor out = torch::full({a.size(0), b.size(1)}, 7.0, a.options());  // stale contents must vanish
    onednnMatmulInto(out, a, b);
    const torch::Tensor reference = torch::mm(a.to(torch::kFloat64), b.to(torch::kFloat64)).to(a.scalar_type());
    EXPECT_TRUE(torch::allclose(out, reference, 1e-4, 1e-5)) << what << ": max error "
                                                             << (out - reference).abs().max().item<double>();
}

}  // namespace

TEST(OnednnSgemm, EveryTransposeCombinationMatchesMm) {
    torch::manual_seed(5);
    const std::int64_t m = 37, k = 130, n = 19;  // odd sizes: no kernel-friendly multiples
    const torch::Tensor a = torch::randn({m, k});
    const torch::Tensor aT = torch::randn({k, m});
    const torch::Tensor b = torch::randn({k, n});
    const torch::Tensor bT = torch::randn({n, k});
    expectProduct(a, b, "N,N");
    expectProduct(a, bT.t(), "N,T");
    expectProduct(aT.t(), b, "T,N");
    expectProduct(aT.t(), bT.t(), "T,T");
}

TEST(OnednnSgemm, RowSlicesKeepTheirLeadingDimension) {
    torch::manual_seed(6);
    const torch::Tensor wide = torch::randn({40, 90});
    expectProduct(wide.slice(1, 10, 60), torch::randn({50, 8}), "column slice of a wider matrix");
    expectProduct(wide.slice(0, 3, 20), torch::randn({90, 4}), "row slice");
}

TEST(OnednnSgemm, FallsBackForWhatItCannotTake) {
    torch::manual_seed(7);
    const torch::Tensor strided = torch::randn({30, 40}).slice(1, 0, 40, 2);  // column stride 2
    expectProduct(strided, torch::randn({20, 6}), "strided columns");
    expectProduct(torch::randn({12, 9}, torch::kFloat64), torch::randn({9, 5}, torch::kFloat64), "float64");
}

TEST(OnednnSgemm, FoundWheneverLibTorchLoadedOneDnn) {
    // Debian's LibTorch links libdnnl.so.2; then the fast path must be in use, not silently lost.
    if (dlopen("libdnnl.so.2", RTLD_NOW | RTLD_NOLOAD) == nullptr) {
        GTEST_SKIP() << "this LibTorch does not load oneDNN as a shared library";
    }
    EXPECT_TRUE(onednnSgemmAvailable());
}
