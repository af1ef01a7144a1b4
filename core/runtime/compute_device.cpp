#include "core/runtime/compute_device.h"

#include <algorithm>
#include <cctype>

#include "core/runtime/input_error.h"
#include "core/runtime/runtime.h"

namespace locuscope {
namespace {

std::string lowercase(std::string text) {
    std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return std::tolower(c); });
    return text;
}

}  // namespace

torch::Device resolveDevice(const std::string& spec) {
    const std::string text = lowercase(spec.empty() ? std::string("auto") : spec);
    const bool cuda = torch::cuda::is_available();
    if (text == "auto") {
        return cuda ? torch::Device(torch::kCUDA, 0) : torch::Device(torch::kCPU);
    }
    if (text == "cpu") {
        return torch::Device(torch::kCPU);
    }
    if (text == "cuda" || text.rfind("cuda:", 0) == 0) {
        int index = 0;
        if (text.size() > 5) {
            const std::string digits = text.substr(5);
            if (digits.empty() || !std::all_of(digits.begin(), digits.end(), ::isdigit) || digits.size() > 3) {
                throw InputError("device '" + spec + "': expected cuda:N with N a device number");
            }
            index = std::stoi(digits);
        }
        if (!cuda) {
            throw InputError("device '" + spec +
                             "': no CUDA device is available to LibTorch here (use 'cpu' or 'auto')");
        }
        const int count = static_cast<int>(torch::cuda::device_count());
        if (index >= count) {
            throw InputError("device '" + spec + "': only " + std::to_string(count) + " CUDA device(s) present");
        }
        return torch::Device(torch::kCUDA, static_cast<c10::DeviceIndex>(index));
    }
    throw InputError("unknown device '" + spec + "' (use auto, cpu, cuda or cuda:N)");
}

torch::Device pipelineDevice(const std::string& configured) {
    return resolveDevice(configured.empty() ? defaultDevice() : configured);
}

std::string canonicalName(const torch::Device& device) {
    if (device.is_cuda()) {
        return "cuda:" + std::to_string(device.has_index() ? device.index() : 0);
    }
    return "cpu";
}

}  // namespace locuscope
