#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include "ui/settings/setting_definition.h"

namespace locuscope {

// Keys of the preferences the code reads by name.
namespace SettingKey {
inline const QString language = QStringLiteral("general/language");
inline const QString device = QStringLiteral("compute/device");
inline const QString threads = QStringLiteral("compute/threads");
inline const QString figureWidth = QStringLiteral("figures/width_px");
inline const QString figureHeight = QStringLiteral("figures/height_px");
inline const QString figureDpi = QStringLiteral("figures/dpi");
inline const QString figureFormat = QStringLiteral("figures/format");
inline const QString figureFontSize = QStringLiteral("figures/font_pt");
}  // namespace SettingKey

// The declarative list of every preference: key, type, default, label, group.
class SettingsRegistry {
public:
    static const QList<SettingDefinition>& all();
    static const SettingDefinition* find(const QString& key);
    static QStringList groups();  // in declaration order
};

}  // namespace locuscope
