#pragma once

#include <QHash>
#include <QObject>
#include <QString>
#include <QThread>
#include <memory>

#include "ui/jobs/job_state.h"

namespace locuscope {

class Job;
class JobProgress;
class JobWorker;

// Owns the one long-lived worker thread and the queue of jobs it runs. GUI-thread API: submit,
// cancel, query; every signal is delivered on the GUI thread. Cancel is cooperative: the job's
// pipeline sees Progress::cancelled() and stops without writing output.
class JobManager : public QObject {
    Q_OBJECT
public:
    explicit JobManager(QObject* parent = nullptr);
    ~JobManager() override;  // cancels all jobs and joins the worker thread

    int submit(std::shared_ptr<Job> job);
    void cancel(int id);
    void cancelAll();

    JobState state(int id) const;
    QString title(int id) const;
    int unfinishedCount() const;
    QThread* workerThread() { return &thread_; }

signals:
    void jobAdded(int id, const QString& title);
    void jobStarted(int id);
    void jobProgress(int id, qint64 done, qint64 total, const QString& message);
    void jobLog(int id, const QString& line);
    void jobFinished(int id, locuscope::JobState state, const QString& message);

private:
    void onStarted(int id);
    void onFinished(int id, int state, const QString& message);

    struct Entry {
        QString title;
        JobState state = JobState::Queued;
        std::shared_ptr<Job> job;
        std::shared_ptr<JobProgress> progress;
    };

    QThread thread_;
    JobWorker* worker_ = nullptr;  // lives on thread_, deleted when it finishes
    QHash<int, Entry> entries_;
    int nextId_ = 1;
};

}  // namespace locuscope
