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
    FunctionJob(QString title, Work work);

    QString title() const override { return title_; }
    void run(JobContext& context) override;

private:
    QString title_;
    Work work_;
};

}  // namespace locuscope
