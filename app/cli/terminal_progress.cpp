#include "app/cli/terminal_progress.h"

#include <unistd.h>

#include <csignal>
#include <cstdio>

namespace locuscope::cli {
namespace {

volatile std::sig_atomic_t interruptFlag = 0;

void onInterrupt(int) {
    if (interruptFlag != 0) {
        std::signal(SIGINT, SIG_DFL);
        std::raise(SIGINT);
        return;
    }
    interruptFlag = 1;
}

std::string formatDuration(double seconds) {
    char text[32];
    const int total = static_cast<int>(seconds + 0.5);
    if (total >= 3600) {
        std::snprintf(text, sizeof(text), "%d:%02d:%02d", total / 3600, total / 60 % 60, total % 60);
    } else {
        std::snprintf(text, sizeof(text), "%d:%02d", total / 60, total % 60);
    }
    return text;
}

}  // namespace

void installInterruptHandler() { std::signal(SIGINT, onInterrupt); }

bool interruptRequested() { return interruptFlag != 0; }

TerminalProgress::TerminalProgress(bool enabled)
    : enabled_(enabled && ::isatty(STDERR_FILENO) == 1), start_(Clock::now()), lastDraw_() {}

TerminalProgress::~TerminalProgress() { finish(); }

bool TerminalProgress::cancelled() const { return interruptRequested(); }

void TerminalProgress::report(std::int64_t done, std::int64_t total, std::string_view message) {
    if (!enabled_) {
        return;
    }
    const auto now = Clock::now();
    if (drawn_ && (total <= 0 || done < total) && now - lastDraw_ < std::chrono::milliseconds(100)) {
        return;
    }
    lastDraw_ = now;
    draw(done, total, message);
}

void TerminalProgress::draw(std::int64_t done, std::int64_t total, std::string_view message) {
    if (total <= 0) {  // open-ended work (a streamed file): a running count instead of a bar
        const double elapsed = std::chrono::duration<double>(Clock::now() - start_).count();
        std::fprintf(stderr, "\r%-40s %12lld  %s elapsed", std::string(message.substr(0, 40)).c_str(),
                     static_cast<long long>(done), formatDuration(elapsed).c_str());
        std::fflush(stderr);
        drawn_ = true;
        return;
    }
    constexpr int width = 30;
    const double fraction = total > 0 ? std::min(1.0, static_cast<double>(done) / total) : 0.0;
    const int filled = static_cast<int>(fraction * width);
    std::string bar(static_cast<std::size_t>(filled), '#');
    bar.append(static_cast<std::size_t>(width - filled), '-');
    const double elapsed = std::chrono::duration<double>(Clock::now() - start_).count();
    std::string eta = "--:--";
    if (fraction > 0 && fraction < 1) {
        eta = formatDuration(elapsed / fraction - elapsed);
    }
    std::string text(message.substr(0, 40));
    std::fprintf(stderr, "\r[%s] %3d%%  %s elapsed  %s left  %-40s", bar.c_str(),
                 static_cast<int>(fraction * 100), formatDuration(elapsed).c_str(), eta.c_str(), text.c_str());
    std::fflush(stderr);
    drawn_ = true;
}

void TerminalProgress::finish() {
    if (drawn_) {
        std::fprintf(stderr, "\r%*s\r", 110, "");
        std::fflush(stderr);
        drawn_ = false;
    }
}

}  // namespace locuscope::cli
