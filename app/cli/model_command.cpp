#include <CLI/CLI.hpp>

#include <algorithm>
#include <cstdio>
#include <iostream>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>

#include "app/cli/cli_command.h"
#include "core/nn/checkpoint_import.h"
#include "core/nn/safetensors_file.h"

namespace locuscope::cli {
namespace {

struct InspectOptions {
    std::string file;
    bool json = false;
};

struct ImportOptions {
    CheckpointImportOptions import;
    std::string checkpoint;
    std::string out;
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

std::string kindList() {
    std::string list;
    for (const std::string& kind : checkpointKinds()) {
        list += (list.empty() ? "" : ", ") + kind;
    }
    return list;
}

int runImport(ImportOptions& options) {
    options.import.checkpoint = options.checkpoint;
    const CheckpointImport imported = importCheckpoint(options.import);
    writeSafetensors(options.out, imported.weights);  // atomic: no half file on failure

    std::int64_t elements = 0;
    for (const TensorRecord& tensor : imported.weights.tensors) {
        elements += elementCount(tensor.shape);
    }
    const std::string key = imported.keyPath.empty() ? "" : ", key '" + imported.keyPath + "'";
    std::printf("Imported %zu tensors (%s elements) from %s%s as '%s' into %s\n", imported.weights.tensors.size(),
                withSeparators(elements).c_str(), options.checkpoint.c_str(), key.c_str(),
                options.import.kind.c_str(), options.out.c_str());
    if (imported.strippedKeys > 0) {
        std::printf("Stripped '%s' from %zu keys\n", options.import.stripPrefix.c_str(), imported.strippedKeys);
    }
    if (!imported.extraTensors.empty()) {
        std::printf("Kept %zu tensors the '%s' map does not use, under their own names\n",
                    imported.extraTensors.size(), options.import.kind.c_str());
    }
    const auto hyper = imported.weights.metadata.find("hyperparameters");
    if (hyper != imported.weights.metadata.end()) {
        std::printf("Hyper-parameters (from shapes): %s\n", hyper->second.c_str());
    }
    return 0;
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

    auto import = std::make_shared<ImportOptions>();
    CLI::App* importCommand = model->add_subcommand(
        "import",
        "Convert an original PyTorch checkpoint (zip-format torch.save, PyTorch >= 1.6) to .safetensors "
        "without running any code from it");
    importCommand->add_option("--kind", import->import.kind, "Model kind: " + kindList())->required();
    importCommand->add_option("--from", import->checkpoint, "The checkpoint (.pt, .pth, .bin)")->required();
    importCommand->add_option("--out", import->out, "The .safetensors file to write")->required();
    importCommand->add_option("--key", import->import.keyPath,
                              "Dictionary to read from a wrapping checkpoint, keys joined by '.' "
                              "(e.g. state_dict, model.state_dict); default: the only one there");
    importCommand->add_option("--strip-prefix", import->import.stripPrefix,
                              "Remove this prefix from every key that has it (e.g. module.)");
    importCommand->add_flag("--allow-extra", import->import.allowExtra,
                            "Keep tensors the kind's key map does not know, under their own names");
    importCommand->callback([&action, import] {
        action = [import](const GlobalOptions&) { return runImport(*import); };
    });
}

}  // namespace locuscope::cli
