#pragma once

#include <QList>
#include <QString>
#include <QVariant>

namespace locuscope {

enum class SettingType { Bool, Integer, Real, Choice, Text };

struct SettingChoice {
    QString value;      // stored in QSettings
    const char* label;  // shown; translated in the "Settings" context
};

// One user preference, declared once in SettingsRegistry. The QSettings wrapper (AppSettings) and
// the generated Preferences dialog both read these declarations, so adding a preference is one
// entry, not three edits. Strings are QT_TRANSLATE_NOOP("Settings", ...) and translated on display.
struct SettingDefinition {
    QString key;             // "compute/threads"
    SettingType type = SettingType::Text;
    QVariant defaultValue;
    const char* label = "";
    const char* group = "";  // one tab of the Preferences dialog
    const char* toolTip = "";
    double minimum = 0;      // Integer / Real
    double maximum = 0;
    const char* suffix = "";             // " px", " dpi"
    const char* specialValueText = "";   // shown instead of the minimum, e.g. "All cores" for 0
    QList<SettingChoice> choices;        // Choice
    bool needsRestart = false;
};

}  // namespace locuscope
