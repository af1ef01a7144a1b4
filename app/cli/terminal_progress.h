#pragma once

#include <chrono>
#include <string>

#include "core/runtime/progress.h"

namespace locuscope::cli {

// Progress on the terminal: a one-line bar on stderr (redrawn at most 10 times a second) when stderr
// is a terminal and bars are enabled; silent otherwise so logs and pipes stay clean.
// cancelled() turns true after Ctrl-C (see installInterruptHandler).
class TerminalProgress : public Progress {
public:
    explicit TerminalProgress(bool enabled);
    ~TerminalProgress() override;

    void report(std::int64_t done, std::int64_t total, std::string_view message) override;
    bool cancelled() const override;
    void finish();  // clears the bar line

private:
    using Clock = std::chrono::steady_clock;
    void draw(std::int64_t done, std::int64_t total, std::string_view message);

    bool enabled_;
    bool drawn_ = false;
    Clock::time_point start_;
    Clock::time_point lastDraw_;
};

// First Ctrl-C asks the running pipeline to stop cleanly (no partial output); a second one kills.
void installInterruptHandler();
bool interruptRequested();

}  // namespace locuscope::cli
