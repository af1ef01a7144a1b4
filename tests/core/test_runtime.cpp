#include <gtest/gtest.h>
#include <torch/torch.h>

#include <thread>

#include "core/runtime/blas_library.h"
#include "core/runtime/compute_device.h"
#include "core/runtime/input_error.h"
#include "core/runtime/runtime.h"

using namespace locuscope;

TEST(Runtime, ZeroThreadsMeansEveryAvailableCore) {
    const RuntimeState state = configureRuntime(RuntimeOptions{0, "cpu"});
    EXPECT_EQ(state.threads, availableCores());
    EXPECT_EQ(torch::get_num_threads(), availableCores());
}

TEST(Runtime, ExplicitThreadCountIsApplied) {
    EXPECT_EQ(configureRuntime(RuntimeOptions{1, "cpu"}).threads, 1);
    configureRuntime(RuntimeOptions{0, "cpu"});
}

TEST(Runtime, ThreadsStartedLaterSeeTheSameSetting) {
    // The GUI's worker thread is created after configureRuntime(); it must not fall back to 1.
    configureRuntime(RuntimeOptions{0, "cpu"});
    int seenInWorker = -1;
    std::thread worker([&] { seenInWorker = torch::get_num_threads(); });
    worker.join();
    EXPECT_EQ(seenInWorker, availableCores());
}

TEST(Runtime, NegativeThreadCountIsRejected) {
    EXPECT_THROW(configureRuntime(RuntimeOptions{-1, "cpu"}), InputError);
}

TEST(Runtime, AutoDevicePicksCpuWithoutCuda) {
    const torch::Device device = resolveDevice("auto");
    EXPECT_EQ(device.is_cuda(), torch::cuda::is_available());
}

TEST(Runtime, UnknownDeviceNamesTheBadValue) {
    try {
        resolveDevice("gpu7");
        FAIL() << "expected InputError";
    } catch (const InputError& error) {
        EXPECT_NE(std::string(error.what()).find("gpu7"), std::string::npos);
    }
    EXPECT_THROW(resolveDevice("cuda:x"), InputError);
}

TEST(Runtime, MissingCudaDeviceIsAClearError) {
    if (torch::cuda::is_available()) {
        EXPECT_THROW(resolveDevice("cuda:999"), InputError);
    } else {
        EXPECT_THROW(resolveDevice("cuda"), InputError);
    }
}

TEST(Runtime, DefaultDeviceFollowsConfiguration) {
    configureRuntime(RuntimeOptions{0, "cpu"});
    EXPECT_EQ(defaultDevice(), "cpu");
    EXPECT_EQ(canonicalName(pipelineDevice("")), "cpu");
}

TEST(BlasLibrary, ClassifiesDebianAlternatives) {
    EXPECT_EQ(classifyBlasLibrary("/usr/lib/x86_64-linux-gnu/openblas-pthread/libblas.so.3").name, "OpenBLAS");
    EXPECT_TRUE(classifyBlasLibrary("/usr/lib/x86_64-linux-gnu/openblas-pthread/libblas.so.3").optimised);
    const BlasLibrary reference = classifyBlasLibrary("/usr/lib/x86_64-linux-gnu/blas/libblas.so.3");
    EXPECT_EQ(reference.name, "reference BLAS (netlib)");
    EXPECT_FALSE(reference.optimised);
    EXPECT_TRUE(classifyBlasLibrary("/opt/intel/lib/libmkl_rt.so.2").optimised);
}

TEST(BlasLibrary, ProbeFindsTheLibraryProvidingSgemm) {
    const BlasLibrary blas = probeBlasLibrary();
    EXPECT_NE(blas.name, "");
    if (!blas.path.empty()) {
        EXPECT_TRUE(std::filesystem::exists(blas.path)) << blas.path;
    }
}
