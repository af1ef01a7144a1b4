#pragma once

#include <QString>
#include <functional>

#include "ui/jobs/job.h"

namespace locuscope {

// A job made of a title and a function to run on the worker thread: the usual shape of a job that
// calls one core/pipelines function and leaves its result in a shared object the caller reads after
// JobManager::jobFinished.
class FunctionJob : public Job {
public:
    using Work = std::function<void(JobContext& context)>;
    FunctionJob(QString title, Work work, std::function<QString()> summary = {});

    QString title() const override { return title_; }
    void run(JobContext& context) override;
    QString resultSummary() const override { return summary_ ? summary_() : QString(); }

private:
    QString title_;
    Work work_;
    std::function<QString()> summary_;
};

}  // namespace locuscope
