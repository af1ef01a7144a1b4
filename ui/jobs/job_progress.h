#pragma once

#include <QElapsedTimer>
#include <QString>
#include <atomic>
#include <functional>

#include "core/runtime/progress.h"

namespace locuscope {

// The GUI's Progress: pipelines on the worker thread report into it; it forwards at most every
// 50 ms (and always the final step) so a fast loop cannot flood the GUI event queue.
// cancel() is called from the GUI thread; the pipeline sees it on its next cancelled() poll.
class JobProgress : public Progress {
public:
    using Sink = std::function<void(qint64 done, qint64 total, const QString& message)>;

    explicit JobProgress(Sink sink);

    void report(std::int64_t done, std::int64_t total, std::string_view message) override;
    bool cancelled() const override;
    void cancel();

private:
    Sink sink_;
    std::atomic<bool> cancelled_{false};
    QElapsedTimer sinceLastReport_;
};

}  // namespace locuscope
