#pragma once

// Shared by the CLI tests: run the real locuscope-cli binary as a user would.
#include <sched.h>
#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <string>

namespace fs = std::filesystem;

namespace cli_test {

struct CliRun {
    int exitCode = -1;
    std::string output;  // stdout and stderr together
};

inline CliRun runCli(const std::string& arguments) {
    const std::string command = std::string(LOCUSCOPE_CLI_PATH) + " --no-progress " + arguments + " 2>&1";
    CliRun run;
    FILE* pipe = popen(command.c_str(), "r");
    if (pipe == nullptr) {
        return run;
    }
    std::array<char, 4096> buffer{};
    while (std::fgets(buffer.data(), buffer.size(), pipe) != nullptr) {
        run.output += buffer.data();
    }
    const int status = pclose(pipe);
    run.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return run;
}

inline int cores() {
    cpu_set_t set;
    CPU_ZERO(&set);
    sched_getaffinity(0, sizeof(set), &set);
    return CPU_COUNT(&set);
}

inline fs::path freshDirectory(const std::string& name) {
    const fs::path directory = fs::temp_directory_path() / ("locuscope-cli-" + name + "-" + std::to_string(getpid()));
    fs::remove_all(directory);
    fs::create_directories(directory);
    return directory;
}

}  // namespace cli_test
