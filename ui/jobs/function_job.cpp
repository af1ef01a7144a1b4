#include "ui/jobs/function_job.h"

namespace locuscope {

FunctionJob::FunctionJob(QString title, Work work) : title_(std::move(title)), work_(std::move(work)) {}

void FunctionJob::run(JobContext& context) {
    if (work_) {
        work_(context);
    }
}

}  // namespace locuscope
