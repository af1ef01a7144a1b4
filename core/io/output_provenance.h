#pragma once

#include <filesystem>
#include <string>
#include <utility>
#include <vector>

namespace locuscope {

// Where an output table came from, written as its '#' comment lines so that a TSV found months
// later still says which program, command and input files (by checksum) produced it.
struct OutputProvenance {
    std::string command;      // subcommand, e.g. "tss"
    std::string commandLine;  // as typed
    std::vector<std::filesystem::path> inputs;
    std::vector<std::pair<std::string, std::string>> parameters;  // name, value
};

// "locuscope 0.1.0 tss", "command: …", "input: genes.bed md5=… bytes=…", "parameter: name=value".
// Checksums every input (InputError when one is unreadable).
std::vector<std::string> provenanceComments(const OutputProvenance& provenance);

}  // namespace locuscope
