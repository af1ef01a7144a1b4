#pragma once

#include <QString>

namespace locuscope {

class JobContext;

// A unit of long work: wraps one core/pipelines call. run() executes on the worker thread and
// throws on failure (OperationCancelled when stopped); results stay in the job object and are read
// on the GUI thread after JobManager::jobFinished. A job must write its output files only after the
// pipeline has succeeded (atomically), so a cancelled or failed job leaves no file behind.
class Job {
public:
    virtual ~Job() = default;
    virtual QString title() const = 0;
    virtual void run(JobContext& context) = 0;
    // One line for the jobs dock and log after success (GUI thread).
    virtual QString resultSummary() const { return {}; }
};

}  // namespace locuscope
