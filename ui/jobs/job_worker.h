#pragma once

#include <QObject>
#include <QString>
#include <memory>

#include "ui/jobs/worker_state.h"

namespace locuscope {

class Job;
class JobProgress;

// Lives on the JobManager's worker thread and runs jobs one after another, in submission order.
// Its signals cross back to the GUI thread as queued connections.
class JobWorker : public QObject {
    Q_OBJECT
public:
    void execute(int id, const std::shared_ptr<Job>& job, const std::shared_ptr<JobProgress>& progress);

signals:
    void started(int id);
    void progressed(int id, qint64 done, qint64 total, const QString& message);
    void logged(int id, const QString& line);
    // state is a JobState; int keeps the queued connection free of metatype registration.
    void finished(int id, int state, const QString& message);

private:
    WorkerState state_;
};

}  // namespace locuscope
