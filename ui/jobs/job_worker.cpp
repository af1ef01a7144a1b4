#include "ui/jobs/job_worker.h"

#include <exception>

#include "core/runtime/operation_cancelled.h"
#include "ui/jobs/job.h"
#include "ui/jobs/job_context.h"
#include "ui/jobs/job_progress.h"
#include "ui/jobs/job_state.h"

namespace locuscope {

void JobWorker::execute(int id, const std::shared_ptr<Job>& job, const std::shared_ptr<JobProgress>& progress) {
    if (progress->cancelled()) {  // cancelled while still queued
        emit finished(id, static_cast<int>(JobState::Cancelled), tr("Cancelled before it started"));
        return;
    }
    emit started(id);
    JobContext context(*progress, state_, [this, id](const QString& line) { emit logged(id, line); });
    try {
        job->run(context);
        emit finished(id, static_cast<int>(JobState::Succeeded), QString());
    } catch (const OperationCancelled&) {
        emit finished(id, static_cast<int>(JobState::Cancelled), tr("Cancelled; no output was written"));
    } catch (const std::exception& error) {
        emit finished(id, static_cast<int>(JobState::Failed), QString::fromUtf8(error.what()));
    } catch (...) {
        emit finished(id, static_cast<int>(JobState::Failed), tr("Unknown error"));
    }
}

}  // namespace locuscope
