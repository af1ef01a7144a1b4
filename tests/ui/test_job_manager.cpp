#include <QSignalSpy>
#include <QThread>
#include <QtTest>
#include <atomic>

#include "core/runtime/input_error.h"
#include "core/runtime/progress.h"
#include "ui/jobs/job.h"
#include "ui/jobs/job_context.h"
#include "ui/jobs/job_manager.h"

using namespace locuscope;

namespace {

// Counts to `steps`, reporting each step, polling for cancel; records where it ran.
class CountingJob : public Job {
public:
    explicit CountingJob(int steps, int sleepMs = 0) : steps_(steps), sleepMs_(sleepMs) {}
    QString title() const override { return QStringLiteral("count to %1").arg(steps_); }
    void run(JobContext& context) override {
        thread = QThread::currentThread();
        started = true;
        for (int i = 0; i < steps_; ++i) {
            throwIfCancelled(context.progress());
            if (sleepMs_ > 0) {
                QThread::msleep(static_cast<unsigned long>(sleepMs_));
            }
            context.progress().report(i + 1, steps_, "counting");
        }
        context.log(QStringLiteral("counted"));
    }
    QString resultSummary() const override { return QStringLiteral("counted to %1").arg(steps_); }

    QThread* thread = nullptr;
    std::atomic<bool> started{false};

private:
    int steps_;
    int sleepMs_;
};

class FailingJob : public Job {
public:
    QString title() const override { return QStringLiteral("fail"); }
    void run(JobContext&) override { throw InputError("data.h5", 3, "phenotype is NaN"); }
};

// Puts an object into the worker state, or reads it back.
class StateJob : public Job {
public:
    explicit StateJob(bool write) : write_(write) {}
    QString title() const override { return QStringLiteral("state"); }
    void run(JobContext& context) override {
        if (write_) {
            context.state().put("answer", std::make_shared<int>(42));
        } else {
            const auto value = context.state().get<int>("answer");
            seen = value ? *value : -1;
            wrongType = context.state().get<double>("answer") == nullptr;
        }
    }
    int seen = 0;
    bool wrongType = false;

private:
    bool write_;
};

}  // namespace

class TestJobManager : public QObject {
    Q_OBJECT
private slots:
    void testRunsOffTheGuiThreadOnOneLongLivedWorker() {
        JobManager jobs;
        auto first = std::make_shared<CountingJob>(3);
        auto second = std::make_shared<CountingJob>(3);
        const int a = jobs.submit(first);
        const int b = jobs.submit(second);
        QTRY_COMPARE(jobs.state(b), JobState::Succeeded);
        QCOMPARE(jobs.state(a), JobState::Succeeded);
        QVERIFY(first->thread != nullptr);
        QVERIFY(first->thread != QThread::currentThread());
        QCOMPARE(first->thread, second->thread);
        QCOMPARE(first->thread, jobs.workerThread());
    }

    void testSignalsArriveOnTheGuiThreadInOrder() {
        JobManager jobs;
        QSignalSpy added(&jobs, &JobManager::jobAdded);
        QSignalSpy started(&jobs, &JobManager::jobStarted);
        QSignalSpy progress(&jobs, &JobManager::jobProgress);
        QSignalSpy logged(&jobs, &JobManager::jobLog);
        QSignalSpy finished(&jobs, &JobManager::jobFinished);
        const int id = jobs.submit(std::make_shared<CountingJob>(5));
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(added.count(), 1);
        QCOMPARE(started.count(), 1);
        QVERIFY(progress.count() >= 1);
        QCOMPARE(progress.last().at(1).toLongLong(), 5);  // the final step is never throttled away
        QCOMPARE(logged.count(), 1);
        QCOMPARE(finished.first().at(0).toInt(), id);
        QCOMPARE(finished.first().at(1).value<JobState>(), JobState::Succeeded);
        QCOMPARE(finished.first().at(2).toString(), QStringLiteral("counted to 5"));
    }

    void testCancelIsCooperative() {
        JobManager jobs;
        auto job = std::make_shared<CountingJob>(100000, 1);
        const int id = jobs.submit(job);
        QTRY_COMPARE(jobs.state(id), JobState::Running);
        jobs.cancel(id);
        QTRY_COMPARE(jobs.state(id), JobState::Cancelled);
    }

    void testJobCancelledWhileQueuedNeverStarts() {
        JobManager jobs;
        auto blocker = std::make_shared<CountingJob>(100000, 1);
        auto queued = std::make_shared<CountingJob>(10);
        const int a = jobs.submit(blocker);
        const int b = jobs.submit(queued);
        QTRY_COMPARE(jobs.state(a), JobState::Running);
        jobs.cancel(b);
        jobs.cancel(a);
        QTRY_COMPARE(jobs.state(b), JobState::Cancelled);
        QVERIFY(!queued->started);
    }

    void testFailureCarriesTheErrorMessage() {
        JobManager jobs;
        QSignalSpy finished(&jobs, &JobManager::jobFinished);
        const int id = jobs.submit(std::make_shared<FailingJob>());
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(jobs.state(id), JobState::Failed);
        QCOMPARE(finished.first().at(2).toString(), QStringLiteral("data.h5:3: phenotype is NaN"));
    }

    void testWorkerStateSurvivesBetweenJobs() {
        JobManager jobs;
        jobs.submit(std::make_shared<StateJob>(true));
        auto reader = std::make_shared<StateJob>(false);
        const int id = jobs.submit(reader);
        QTRY_COMPARE(jobs.state(id), JobState::Succeeded);
        QCOMPARE(reader->seen, 42);
        QVERIFY(reader->wrongType);
    }

    void testDestructionCancelsRunningJobs() {
        auto job = std::make_shared<CountingJob>(1000000, 1);
        {
            JobManager jobs;
            const int id = jobs.submit(job);
            QTRY_COMPARE(jobs.state(id), JobState::Running);
        }  // must return promptly, not after a million steps
        QVERIFY(job->started);
    }
};

QTEST_MAIN(TestJobManager)
#include "test_job_manager.moc"
