#include "core/runtime/runtime.h"

#include <sched.h>

#include <algorithm>
#include <mutex>
#include <thread>

#include "core/runtime/compute_device.h"
#include "core/runtime/input_error.h"
#include "core/runtime/logger.h"

namespace locuscope {
namespace {

std::mutex& stateMutex() {
    static std::mutex mutex;
    return mutex;
}

std::string& defaultDeviceName() {
    static std::string name = "cpu";
    return name;
}

}  // namespace

int availableCores() {
    cpu_set_t set;
    CPU_ZERO(&set);
    if (sched_getaffinity(0, sizeof(set), &set) == 0) {
        return std::max(1, CPU_COUNT(&set));
    }
    return std::max(1u, std::thread::hardware_concurrency());
}

RuntimeState configureRuntime(const RuntimeOptions& options) {
    if (options.threads < 0) {
        throw InputError("threads must be 0 (all cores) or a positive number, not " +
                         std::to_string(options.threads));
    }
    const torch::Device device = resolveDevice(options.device);  // validate before changing anything
    const int threads = options.threads == 0 ? availableCores() : options.threads;
    {
        std::lock_guard<std::mutex> lock(stateMutex());
        // Global in ATen: threads created later (our GUI worker) pick it up on their first parallel op.
        torch::set_num_threads(threads);
        defaultDeviceName() = canonicalName(device);
    }
    logDebug("runtime: " + std::to_string(threads) + " intra-op threads, device " + canonicalName(device));
    return currentRuntime();
}

RuntimeState currentRuntime() {
    RuntimeState state;
    state.threads = torch::get_num_threads();
    state.cores = availableCores();
    state.cudaAvailable = torch::cuda::is_available();
    state.cudaDevices = state.cudaAvailable ? static_cast<int>(torch::cuda::device_count()) : 0;
    state.device = defaultDevice();
    return state;
}

std::string defaultDevice() {
    std::lock_guard<std::mutex> lock(stateMutex());
    return defaultDeviceName();
}

}  // namespace locuscope
