#include "core/runtime/demo_data.h"

#include <cstdlib>
#include <vector>

#include "core/runtime/input_error.h"

namespace locuscope {

std::filesystem::path demoDataDirectory(const std::string& name) {
    std::vector<std::filesystem::path> candidates;
    if (const char* override = std::getenv("LOCUSCOPE_DEMO_DIR")) {
        candidates.push_back(std::filesystem::path(override) / name);
    }
    std::error_code error;
    const auto executable = std::filesystem::read_symlink("/proc/self/exe", error);
    if (!error) {
        candidates.push_back(executable.parent_path().parent_path() / "share" / "locuscope" / "demo" / name);
    }
    candidates.push_back(std::filesystem::path(LOCUSCOPE_SOURCE_DIR) / "resources" / "demo" / name);
    std::string looked;
    for (const auto& candidate : candidates) {
        if (std::filesystem::is_directory(candidate)) {
            return candidate;
        }
        looked += "\n  " + candidate.string();
    }
    throw InputError("the bundled demo data '" + name + "' was not found; looked in:" + looked);
}

}  // namespace locuscope
