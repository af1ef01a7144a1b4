#include <gtest/gtest.h>

#include "core/pipelines/gemm_benchmark.h"
#include "core/runtime/input_error.h"
#include "core/runtime/operation_cancelled.h"
#include "core/runtime/runtime.h"
#include "core/runtime/silent_progress.h"

using namespace locuscope;

namespace {

// Records reports and asks to stop after a given number of them.
class CountingProgress : public Progress {
public:
    explicit CountingProgress(int cancelAfter = -1) : cancelAfter_(cancelAfter) {}
    void report(std::int64_t done, std::int64_t total, std::string_view) override {
        ++reports;
        lastDone = done;
        lastTotal = total;
    }
    bool cancelled() const override { return cancelAfter_ >= 0 && reports >= cancelAfter_; }

    int reports = 0;
    std::int64_t lastDone = 0;
    std::int64_t lastTotal = 0;

private:
    int cancelAfter_;
};

}  // namespace

TEST(GemmBenchmark, ReportsSpeedAndACorrectProduct) {
    configureRuntime(RuntimeOptions{0, "cpu"});
    CountingProgress progress;
    const GemmBenchmarkReport report = runGemmBenchmark(GemmBenchmarkConfig{128, 4, "cpu"}, progress);
    EXPECT_EQ(report.size, 128);
    EXPECT_EQ(report.repeats, 4);
    EXPECT_EQ(report.device, "cpu");
    EXPECT_GT(report.bestGflops, 0.0);
    EXPECT_GE(report.bestGflops, report.medianGflops);
    EXPECT_LE(report.bestSeconds, report.medianSeconds);
    EXPECT_LT(report.checksumError, 1e-3);
    EXPECT_EQ(progress.reports, 4);
    EXPECT_EQ(progress.lastDone, 4);
    EXPECT_EQ(progress.lastTotal, 4);
}

TEST(GemmBenchmark, StopsWhenCancelled) {
    CountingProgress progress(2);
    EXPECT_THROW(runGemmBenchmark(GemmBenchmarkConfig{64, 1000, "cpu"}, progress), OperationCancelled);
    EXPECT_EQ(progress.reports, 2);
}

TEST(GemmBenchmark, RejectsBadOptions) {
    SilentProgress progress;
    EXPECT_THROW(runGemmBenchmark(GemmBenchmarkConfig{8, 1, "cpu"}, progress), InputError);
    EXPECT_THROW(runGemmBenchmark(GemmBenchmarkConfig{64, 0, "cpu"}, progress), InputError);
    EXPECT_THROW(runGemmBenchmark(GemmBenchmarkConfig{64, 1, "tpu"}, progress), InputError);
}

TEST(GemmBenchmark, JsonCarriesTheNumbers) {
    SilentProgress progress;
    const GemmBenchmarkReport report = runGemmBenchmark(GemmBenchmarkConfig{32, 1, "cpu"}, progress);
    const std::string json = toJson(report);
    EXPECT_NE(json.find("\"best_gflops\""), std::string::npos);
    EXPECT_NE(json.find("\"size\": 32"), std::string::npos);
}
