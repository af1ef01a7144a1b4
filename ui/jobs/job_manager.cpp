#include "ui/jobs/job_manager.h"

#include "ui/jobs/job.h"
#include "ui/jobs/job_progress.h"
#include "ui/jobs/job_worker.h"

namespace locuscope {

JobManager::JobManager(QObject* parent) : QObject(parent) {
    thread_.setObjectName(QStringLiteral("locuscope-worker"));
    worker_ = new JobWorker;
    worker_->moveToThread(&thread_);
    connect(&thread_, &QThread::finished, worker_, &QObject::deleteLater);
    connect(worker_, &JobWorker::started, this, &JobManager::onStarted);
    connect(worker_, &JobWorker::progressed, this, &JobManager::jobProgress);
    connect(worker_, &JobWorker::logged, this, &JobManager::jobLog);
    connect(worker_, &JobWorker::finished, this, &JobManager::onFinished);
    thread_.start();
}

JobManager::~JobManager() {
    cancelAll();
    thread_.quit();
    thread_.wait();
}

int JobManager::submit(std::shared_ptr<Job> job) {
    const int id = nextId_++;
    Entry entry;
    entry.title = job->title();
    entry.job = job;
    // The progress sink runs on the worker thread; emitting the worker's signal queues it to us.
    JobWorker* worker = worker_;
    entry.progress = std::make_shared<JobProgress>(
        [worker, id](qint64 done, qint64 total, const QString& message) {
            emit worker->progressed(id, done, total, message);
        });
    entries_.insert(id, entry);
    emit jobAdded(id, entry.title);
    auto progress = entry.progress;
    QMetaObject::invokeMethod(
        worker_, [worker, id, job, progress] { worker->execute(id, job, progress); }, Qt::QueuedConnection);
    return id;
}

void JobManager::cancel(int id) {
    const auto found = entries_.find(id);
    if (found != entries_.end() && !isFinished(found->state)) {
        found->progress->cancel();
    }
}

void JobManager::cancelAll() {
    for (auto it = entries_.begin(); it != entries_.end(); ++it) {
        if (!isFinished(it->state)) {
            it->progress->cancel();
        }
    }
}

JobState JobManager::state(int id) const { return entries_.value(id).state; }

QString JobManager::title(int id) const { return entries_.value(id).title; }

int JobManager::unfinishedCount() const {
    int count = 0;
    for (const Entry& entry : entries_) {
        count += isFinished(entry.state) ? 0 : 1;
    }
    return count;
}

void JobManager::onStarted(int id) {
    entries_[id].state = JobState::Running;
    emit jobStarted(id);
}

void JobManager::onFinished(int id, int state, const QString& message) {
    Entry& entry = entries_[id];
    entry.state = static_cast<JobState>(state);
    QString text = message;
    if (entry.state == JobState::Succeeded && entry.job) {
        text = entry.job->resultSummary();
    }
    entry.job.reset();  // the submitter keeps its own reference if it wants the results
    emit jobFinished(id, entry.state, text);
}

}  // namespace locuscope
