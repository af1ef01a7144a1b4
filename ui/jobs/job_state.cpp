#include "ui/jobs/job_state.h"

#include <QCoreApplication>

namespace locuscope {

QString displayName(JobState state) {
    switch (state) {
        case JobState::Queued: return QCoreApplication::translate("JobState", "Queued");
        case JobState::Running: return QCoreApplication::translate("JobState", "Running");
        case JobState::Succeeded: return QCoreApplication::translate("JobState", "Done");
        case JobState::Failed: return QCoreApplication::translate("JobState", "Failed");
        case JobState::Cancelled: return QCoreApplication::translate("JobState", "Cancelled");
    }
    return {};
}

bool isFinished(JobState state) {
    return state == JobState::Succeeded || state == JobState::Failed || state == JobState::Cancelled;
}

}  // namespace locuscope
