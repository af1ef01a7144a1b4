// locuscope-cli: the headless engine. No Qt: it runs on servers and GPU nodes without a display.
#include <CLI/CLI.hpp>

#include <cstdio>
#include <iostream>

#include "app/cli/cli_command.h"
#include "app/cli/terminal_progress.h"
#include "core/pipelines/system_info.h"
#include "core/runtime/input_error.h"
#include "core/runtime/logger.h"
#include "core/runtime/operation_cancelled.h"
#include "core/runtime/runtime.h"

namespace locuscope::cli {

std::string versionLine() {
    const SystemInfo info = collectSystemInfo();
    return "Locuscope " + info.locuscopeVersion + " (LibTorch " + info.libtorchVersion + ", htslib " +
           info.htslibVersion + ", HDF5 " + info.hdf5Version + ")";
}

namespace {
std::string& storedCommandLine() {
    static std::string text;
    return text;
}
}  // namespace

void setCommandLine(int argc, char** argv) {
    std::string text;
    for (int i = 0; i < argc; ++i) {
        text += (i > 0 ? " " : "") + std::string(argv[i]);
    }
    storedCommandLine() = text;
}

const std::string& commandLine() { return storedCommandLine(); }

}  // namespace locuscope::cli

int main(int argc, char** argv) {
    using namespace locuscope;
    using namespace locuscope::cli;

    setCommandLine(argc, argv);
    CLI::App app{"Locuscope: deep-learning models of genetic variation, headless.", "locuscope-cli"};
    app.set_version_flag("--version", [] { return versionLine(); }, "Print the version and exit");
    app.require_subcommand(1);
    app.fallthrough();  // global options may follow the subcommand

    GlobalOptions global;
    app.add_option("--threads", global.threads, "LibTorch threads (0 = all cores)")
        ->check(CLI::NonNegativeNumber)
        ->capture_default_str();
    app.add_option("--device", global.device, "Compute device: auto, cpu, cuda or cuda:N")->capture_default_str();
    app.add_option("--log-level", global.logLevel, "debug, info, warning or error")->capture_default_str();
    app.add_flag("--no-progress", global.noProgress, "Do not draw progress bars");

    CommandAction action;
    addInfoCommand(app, action);
    addBenchCommand(app, action);
    addDemoCommand(app, action);
    addSimulateCommand(app, action);
    addModelCommand(app, action);
    addElmCommand(app, action);
    addFastaCommand(app, action);
    addTssCommand(app, action);
    addLocateCommand(app, action);
    addInteractCommand(app, action);
    addMergeCommand(app, action);

    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& error) {
        return app.exit(error);
    }

    try {
        installInterruptHandler();  // before the slow start-up, so an early Ctrl-C is a clean cancel too
        Logger::setThreshold(parseLogLevel(global.logLevel));
        configureRuntime(RuntimeOptions{global.threads, global.device});
        return action ? action(global) : 0;
    } catch (const OperationCancelled&) {
        std::cerr << "\nlocuscope-cli: cancelled; no output was written\n";
        return 130;
    } catch (const InputError& error) {
        std::cerr << "locuscope-cli: error: " << error.what() << '\n';
        return 2;
    } catch (const std::exception& error) {
        std::cerr << "locuscope-cli: failed: " << error.what() << '\n';
        return 1;
    }
}
