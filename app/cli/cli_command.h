#pragma once

#include <functional>
#include <string>

namespace CLI {
class App;
}

namespace locuscope::cli {

// Options every subcommand shares; applied before the subcommand runs.
struct GlobalOptions {
    int threads = 0;
    std::string device = "auto";
    std::string logLevel = "info";
    bool noProgress = false;
};

// A parsed subcommand's work; returns the process exit code.
using CommandAction = std::function<int(const GlobalOptions&)>;

// Each adds one subcommand to the app and points `action` at it when it is chosen.
void addInfoCommand(CLI::App& app, CommandAction& action);
void addBenchCommand(CLI::App& app, CommandAction& action);
void addDemoCommand(CLI::App& app, CommandAction& action);
void addSimulateCommand(CLI::App& app, CommandAction& action);
void addModelCommand(CLI::App& app, CommandAction& action);
void addElmCommand(CLI::App& app, CommandAction& action);
void addMergeCommand(CLI::App& app, CommandAction& action);
void addFastaCommand(CLI::App& app, CommandAction& action);
void addTssCommand(CLI::App& app, CommandAction& action);
void addLocateCommand(CLI::App& app, CommandAction& action);
void addInteractCommand(CLI::App& app, CommandAction& action);
// `interact train` (app/cli/interact_train_command.cpp), added by addInteractCommand.
void addInteractTrainCommand(CLI::App& interact, CommandAction& action);
// `interact track` and `interact attribute` (interact_explain_command.cpp), under `interact`.
void addInteractExplainCommands(CLI::App& interact, CommandAction& action);

// "Locuscope 0.1.0 (LibTorch x, htslib y, HDF5 z)".
std::string versionLine();

// The command line as typed (recorded in output headers); set once by main().
void setCommandLine(int argc, char** argv);
const std::string& commandLine();

}  // namespace locuscope::cli
