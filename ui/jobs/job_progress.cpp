#include "ui/jobs/job_progress.h"

namespace locuscope {

namespace {
constexpr qint64 minimumIntervalMs = 50;
}

JobProgress::JobProgress(Sink sink) : sink_(std::move(sink)) {}

void JobProgress::report(std::int64_t done, std::int64_t total, std::string_view message) {
    const bool last = total > 0 && done >= total;
    if (sinceLastReport_.isValid() && !last && sinceLastReport_.elapsed() < minimumIntervalMs) {
        return;
    }
    sinceLastReport_.start();
    if (sink_) {
        sink_(done, total, QString::fromUtf8(message.data(), static_cast<int>(message.size())));
    }
}

bool JobProgress::cancelled() const { return cancelled_.load(std::memory_order_relaxed); }

void JobProgress::cancel() { cancelled_.store(true, std::memory_order_relaxed); }

}  // namespace locuscope
