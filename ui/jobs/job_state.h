#pragma once

#include <QMetaType>
#include <QString>

namespace locuscope {

enum class JobState { Queued, Running, Succeeded, Failed, Cancelled };

// Translated, user-facing name of a state ("Running", "Cancelled", ...).
QString displayName(JobState state);
bool isFinished(JobState state);

}  // namespace locuscope

Q_DECLARE_METATYPE(locuscope::JobState)
