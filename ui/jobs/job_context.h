#pragma once

#include <QString>
#include <functional>

#include "core/runtime/progress.h"
#include "ui/jobs/worker_state.h"

namespace locuscope {

// What a running job may use: the Progress to hand to its pipeline, the worker thread's long-lived
// objects, and a log for lines that belong to this job.
class JobContext {
public:
    JobContext(Progress& progress, WorkerState& state, std::function<void(const QString&)> log)
        : progress_(progress), state_(state), log_(std::move(log)) {}

    Progress& progress() { return progress_; }
    WorkerState& state() { return state_; }
    void log(const QString& line) {
        if (log_) {
            log_(line);
        }
    }

private:
    Progress& progress_;
    WorkerState& state_;
    std::function<void(const QString&)> log_;
};

}  // namespace locuscope
