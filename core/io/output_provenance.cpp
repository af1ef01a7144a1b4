#include "core/io/output_provenance.h"

#include "core/io/file_checksum.h"
#include "locuscope/build_info.h"

namespace locuscope {

std::vector<std::string> provenanceComments(const OutputProvenance& provenance) {
    std::vector<std::string> lines;
    lines.push_back(std::string("locuscope ") + build::version + " " + provenance.command);
    lines.push_back("command: " + provenance.commandLine);
    for (const std::filesystem::path& input : provenance.inputs) {
        const FileChecksum checksum = checksumFile(input);
        lines.push_back("input: " + input.string() + " md5=" + checksum.md5 +
                        " bytes=" + std::to_string(checksum.bytes));
    }
    for (const auto& [name, value] : provenance.parameters) {
        lines.push_back("parameter: " + name + "=" + value);
    }
    return lines;
}

}  // namespace locuscope
