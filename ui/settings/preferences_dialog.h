#pragma once

#include <QDialog>
#include <QHash>

namespace locuscope {

class AppSettings;
struct SettingDefinition;

// Generated from SettingsRegistry: one tab per group, one editor per preference.
class PreferencesDialog : public QDialog {
    Q_OBJECT
public:
    explicit PreferencesDialog(AppSettings& settings, QWidget* parent = nullptr);

    QWidget* editor(const QString& key) const { return editors_.value(key); }
    void apply();  // writes every editor's value to the settings

private:
    QWidget* createEditor(const SettingDefinition& definition);
    void load(const SettingDefinition& definition, const QVariant& value);
    QVariant editedValue(const SettingDefinition& definition) const;
    void restoreDefaults();

    AppSettings& settings_;
    QHash<QString, QWidget*> editors_;
};

}  // namespace locuscope
