#include <CLI/CLI.hpp>

#include <algorithm>
#include <cstdio>
#include <iostream>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>

#include "app/cli/cli_command.h"
#include "core/nn/safetensors_file.h"

namespace locuscope::cli {
namespace {

struct InspectOptions {
    std::string file;
    bool json = false;
};

// "1,234,567": parameter counts are easier to read with separators.
std::string withSeparators(std::int64_t value) {
    std::string digits = std::to_string(value);
    for (int i = static_cast<int>(digits.size()) - 3; i > 0; i -= 3) {
        digits.insert(static_cast<std::size_t>(i), ",");
    }
    return digits;
}

std::int64_t totalElements(const SafetensorsHeader& header) {
    std::int64_t total = 0;
    for (const TensorEntry& tensor : header.tensors) {
        total += elementCount(tensor.shape);
    }
    return total;
}

void printJson(const std::string& file, const SafetensorsHeader& header) {
    nlohmann::ordered_json out;
    out["file"] = file;
    out["file_bytes"] = 8 + header.headerSize + header.dataSize;
    out["header_bytes"] = header.headerSize;
    out["data_bytes"] = header.dataSize;
    out["metadata"] = header.metadata;
    out["tensors"] = nlohmann::ordered_json::array();
    for (const TensorEntry& tensor : header.tensors) {
        out["tensors"].push_back({{"name", tensor.name},
                                  {"dtype", toString(tensor.dtype)},
                                  {"shape", tensor.shape},
                                  {"elements", elementCount(tensor.shape)},
                                  {"data_offsets", {tensor.begin, tensor.end}}});
    }
    out["total_elements"] = totalElements(header);
    // Names and metadata were validated as UTF-8 when the header was parsed.
    std::cout << out.dump(2) << '\n';
}

void printHuman(const std::string& file, const SafetensorsHeader& header) {
    std::printf("File        %s (%s bytes; header %s, data %s)\n", file.c_str(),
                withSeparators(static_cast<std::int64_t>(8 + header.headerSize + header.dataSize)).c_str(),
                withSeparators(static_cast<std::int64_t>(header.headerSize)).c_str(),
                withSeparators(static_cast<std::int64_t>(header.dataSize)).c_str());

    std::printf("%s\n", header.metadata.empty() ? "Metadata    none" : "Metadata");
    std::size_t keyWidth = 0;
    for (const auto& [key, value] : header.metadata) {
        keyWidth = std::max(keyWidth, key.size());
    }
    for (const auto& [key, value] : header.metadata) {
        std::printf("  %-*s  %s\n", static_cast<int>(keyWidth), key.c_str(), value.c_str());
    }

    std::size_t nameWidth = 4;
    std::size_t shapeWidth = 5;
    for (const TensorEntry& tensor : header.tensors) {
        nameWidth = std::max(nameWidth, tensor.name.size());
        shapeWidth = std::max(shapeWidth, shapeToString(tensor.shape).size());
    }
    std::printf("Tensors     %zu\n", header.tensors.size());
    if (!header.tensors.empty()) {
        std::printf("  %-*s  %-5s  %-*s  %12s\n", static_cast<int>(nameWidth), "name", "dtype",
                    static_cast<int>(shapeWidth), "shape", "elements");
        for (const TensorEntry& tensor : header.tensors) {
            std::printf("  %-*s  %-5s  %-*s  %12s\n", static_cast<int>(nameWidth), tensor.name.c_str(),
                        toString(tensor.dtype).c_str(), static_cast<int>(shapeWidth),
                        shapeToString(tensor.shape).c_str(), withSeparators(elementCount(tensor.shape)).c_str());
        }
    }
    std::printf("Parameters  %s (elements in all tensors)\n", withSeparators(totalElements(header)).c_str());
}

}  // namespace

void addModelCommand(CLI::App& app, CommandAction& action) {
    CLI::App* model = app.add_subcommand("model", "Weight files (.safetensors)");
    model->require_subcommand(1);

    auto inspect = std::make_shared<InspectOptions>();
    CLI::App* inspectCommand =
        model->add_subcommand("inspect", "Print a weight file's metadata, tensors and parameter count");
    // No ExistingFile check: a missing file is an InputError (exit code 2) like any other bad input.
    inspectCommand->add_option("file", inspect->file, "The .safetensors file")->required();
    inspectCommand->add_flag("--json", inspect->json, "Print JSON instead of text");
    inspectCommand->callback([&action, inspect] {
        action = [inspect](const GlobalOptions&) {
            // The header alone describes every tensor and is validated against the file size, so
            // inspecting a large file does not read its weights.
            const SafetensorsHeader header = readSafetensorsHeader(inspect->file);
            if (inspect->json) {
                printJson(inspect->file, header);
            } else {
                printHuman(inspect->file, header);
            }
            return 0;
        };
    });
}

}  // namespace locuscope::cli
