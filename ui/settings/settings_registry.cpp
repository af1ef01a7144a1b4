#include "ui/settings/settings_registry.h"

#include <QtGlobal>

namespace locuscope {

const QList<SettingDefinition>& SettingsRegistry::all() {
    static const QList<SettingDefinition> definitions = [] {
        QList<SettingDefinition> list;
        SettingDefinition language;
        language.key = SettingKey::language;
        language.type = SettingType::Choice;
        language.defaultValue = QStringLiteral("system");
        language.label = QT_TRANSLATE_NOOP("Settings", "Language");
        language.group = QT_TRANSLATE_NOOP("Settings", "General");
        language.toolTip = QT_TRANSLATE_NOOP("Settings", "Language of menus and messages");
        language.choices = {{QStringLiteral("system"), QT_TRANSLATE_NOOP("Settings", "System default")},
                            {QStringLiteral("en"), "English"},
                            {QStringLiteral("de"), "Deutsch"},
                            {QStringLiteral("fr"), "Français"},
                            {QStringLiteral("es"), "Español"},
                            {QStringLiteral("zh_CN"), "简体中文"},
                            {QStringLiteral("ja"), "日本語"}};
        language.needsRestart = true;
        list.append(language);

        SettingDefinition device;
        device.key = SettingKey::device;
        device.type = SettingType::Choice;
        device.defaultValue = QStringLiteral("auto");
        device.label = QT_TRANSLATE_NOOP("Settings", "Compute device");
        device.group = QT_TRANSLATE_NOOP("Settings", "Compute");
        device.toolTip = QT_TRANSLATE_NOOP("Settings", "Automatic uses a CUDA GPU when one is present");
        device.choices = {{QStringLiteral("auto"), QT_TRANSLATE_NOOP("Settings", "Automatic")},
                          {QStringLiteral("cpu"), QT_TRANSLATE_NOOP("Settings", "CPU")},
                          {QStringLiteral("cuda"), QT_TRANSLATE_NOOP("Settings", "CUDA GPU")}};
        list.append(device);

        SettingDefinition threads;
        threads.key = SettingKey::threads;
        threads.type = SettingType::Integer;
        threads.defaultValue = 0;
        threads.label = QT_TRANSLATE_NOOP("Settings", "CPU threads");
        threads.group = QT_TRANSLATE_NOOP("Settings", "Compute");
        threads.toolTip = QT_TRANSLATE_NOOP("Settings", "Threads for model computations on the CPU");
        threads.minimum = 0;
        threads.maximum = 1024;
        threads.specialValueText = QT_TRANSLATE_NOOP("Settings", "All cores");
        list.append(threads);

        SettingDefinition width;
        width.key = SettingKey::figureWidth;
        width.type = SettingType::Integer;
        width.defaultValue = 1600;
        width.label = QT_TRANSLATE_NOOP("Settings", "Width");
        width.group = QT_TRANSLATE_NOOP("Settings", "Figures");
        width.toolTip = QT_TRANSLATE_NOOP("Settings", "Default width of exported figures");
        width.minimum = 100;
        width.maximum = 20000;
        width.suffix = QT_TRANSLATE_NOOP("Settings", " px");
        list.append(width);

        SettingDefinition height = width;
        height.key = SettingKey::figureHeight;
        height.defaultValue = 1000;
        height.label = QT_TRANSLATE_NOOP("Settings", "Height");
        height.toolTip = QT_TRANSLATE_NOOP("Settings", "Default height of exported figures");
        list.append(height);

        SettingDefinition dpi;
        dpi.key = SettingKey::figureDpi;
        dpi.type = SettingType::Integer;
        dpi.defaultValue = 300;
        dpi.label = QT_TRANSLATE_NOOP("Settings", "Resolution");
        dpi.group = QT_TRANSLATE_NOOP("Settings", "Figures");
        dpi.toolTip = QT_TRANSLATE_NOOP("Settings", "Dots per inch recorded in exported PNG files");
        dpi.minimum = 72;
        dpi.maximum = 2400;
        dpi.suffix = QT_TRANSLATE_NOOP("Settings", " dpi");
        list.append(dpi);

        SettingDefinition format;
        format.key = SettingKey::figureFormat;
        format.type = SettingType::Choice;
        format.defaultValue = QStringLiteral("png");
        format.label = QT_TRANSLATE_NOOP("Settings", "Format");
        format.group = QT_TRANSLATE_NOOP("Settings", "Figures");
        format.toolTip = QT_TRANSLATE_NOOP("Settings", "Default file format for figure export");
        format.choices = {{QStringLiteral("png"), QT_TRANSLATE_NOOP("Settings", "PNG (raster)")},
                          {QStringLiteral("svg"), QT_TRANSLATE_NOOP("Settings", "SVG (vector)")},
                          {QStringLiteral("pdf"), QT_TRANSLATE_NOOP("Settings", "PDF (vector)")}};
        list.append(format);

        SettingDefinition font;
        font.key = SettingKey::figureFontSize;
        font.type = SettingType::Real;
        font.defaultValue = 10.0;
        font.label = QT_TRANSLATE_NOOP("Settings", "Font size");
        font.group = QT_TRANSLATE_NOOP("Settings", "Figures");
        font.toolTip = QT_TRANSLATE_NOOP("Settings", "Base font size of figure text");
        font.minimum = 4;
        font.maximum = 48;
        font.suffix = QT_TRANSLATE_NOOP("Settings", " pt");
        list.append(font);
        return list;
    }();
    return definitions;
}

const SettingDefinition* SettingsRegistry::find(const QString& key) {
    for (const SettingDefinition& definition : all()) {
        if (definition.key == key) {
            return &definition;
        }
    }
    return nullptr;
}

QStringList SettingsRegistry::groups() {
    QStringList names;
    for (const SettingDefinition& definition : all()) {
        const QString group = QString::fromUtf8(definition.group);
        if (!names.contains(group)) {
            names.append(group);
        }
    }
    return names;
}

}  // namespace locuscope
