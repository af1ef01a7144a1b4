#include "core/runtime/input_error.h"

#include <utility>

namespace locuscope {
namespace {

std::string describe(const std::filesystem::path& file, std::int64_t line, const std::string& problem) {
    std::string text;
    if (!file.empty()) {
        text = file.string();
        if (line > 0) {
            text += ":" + std::to_string(line);
        }
        text += ": ";
    }
    return text + problem;
}

}  // namespace

InputError::InputError(std::filesystem::path file, std::int64_t line, const std::string& problem)
    : std::runtime_error(describe(file, line, problem))
    , file_(std::move(file))
    , line_(line)
    , problem_(problem) {}

InputError::InputError(std::filesystem::path file, const std::string& problem)
    : InputError(std::move(file), 0, problem) {}

InputError::InputError(const std::string& problem) : InputError(std::filesystem::path(), 0, problem) {}

}  // namespace locuscope
