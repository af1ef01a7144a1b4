#include <QCheckBox>
#include <QComboBox>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QtTest>

#include "core/runtime/runtime_options.h"
#include "ui/settings/app_settings.h"
#include "ui/settings/preferences_dialog.h"
#include "ui/settings/settings_registry.h"

using namespace locuscope;

class TestSettings : public QObject {
    Q_OBJECT
private slots:
    void init() { directory_ = std::make_unique<QTemporaryDir>(); }

    void testDefaultsComeFromTheRegistry() {
        AppSettings settings(file());
        for (const SettingDefinition& definition : SettingsRegistry::all()) {
            QCOMPARE(settings.value(definition.key), definition.defaultValue);
        }
        QCOMPARE(settings.runtimeOptions().threads, 0);
        QCOMPARE(settings.runtimeOptions().device, std::string("auto"));
    }

    void testValuesOutsideTheDeclarationAreRejected() {
        AppSettings settings(file());
        QVERIFY(!settings.setValue(SettingKey::threads, -1));
        QVERIFY(!settings.setValue(SettingKey::device, QStringLiteral("tpu")));
        QVERIFY(!settings.setValue(QStringLiteral("no/such/key"), 1));
        QVERIFY(settings.setValue(SettingKey::threads, 3));
        QVERIFY(settings.setValue(SettingKey::device, QStringLiteral("cpu")));
        QCOMPARE(settings.runtimeOptions().threads, 3);
        QCOMPARE(settings.runtimeOptions().device, std::string("cpu"));
    }

    void testGarbageInTheFileFallsBackToDefaults() {
        {
            QSettings raw(file(), QSettings::IniFormat);
            raw.setValue(SettingKey::figureDpi, QStringLiteral("lots"));
            raw.setValue(SettingKey::figureFormat, QStringLiteral("bmp"));
        }
        AppSettings settings(file());
        QCOMPARE(settings.value(SettingKey::figureDpi).toInt(), 300);
        QCOMPARE(settings.value(SettingKey::figureFormat).toString(), QStringLiteral("png"));
    }

    void testValuesPersistAndSignalChanges() {
        {
            AppSettings settings(file());
            QSignalSpy changed(&settings, &AppSettings::changed);
            QVERIFY(settings.setValue(SettingKey::figureDpi, 600));
            QVERIFY(settings.setValue(SettingKey::figureDpi, 600));  // unchanged: no second signal
            QCOMPARE(changed.count(), 1);
            QCOMPARE(changed.first().at(0).toString(), SettingKey::figureDpi);
        }
        AppSettings reopened(file());
        QCOMPARE(reopened.value(SettingKey::figureDpi).toInt(), 600);
    }

    void testDialogHasAnEditorForEveryPreferenceGroupedInTabs() {
        AppSettings settings(file());
        PreferencesDialog dialog(settings);
        for (const SettingDefinition& definition : SettingsRegistry::all()) {
            QVERIFY2(dialog.editor(definition.key) != nullptr, qPrintable(definition.key));
        }
        auto* tabs = dialog.findChild<QTabWidget*>();
        QVERIFY(tabs != nullptr);
        QCOMPARE(tabs->count(), SettingsRegistry::groups().size());
        QVERIFY(qobject_cast<QComboBox*>(dialog.editor(SettingKey::device)) != nullptr);
        QVERIFY(qobject_cast<QSpinBox*>(dialog.editor(SettingKey::threads)) != nullptr);
    }

    void testDialogWritesEditedValues() {
        AppSettings settings(file());
        PreferencesDialog dialog(settings);
        auto* threads = qobject_cast<QSpinBox*>(dialog.editor(SettingKey::threads));
        auto* device = qobject_cast<QComboBox*>(dialog.editor(SettingKey::device));
        QCOMPARE(threads->specialValueText(), QStringLiteral("All cores"));
        threads->setValue(2);
        device->setCurrentIndex(device->findData(QStringLiteral("cpu")));
        dialog.apply();
        QCOMPARE(settings.value(SettingKey::threads).toInt(), 2);
        QCOMPARE(settings.value(SettingKey::device).toString(), QStringLiteral("cpu"));
    }

private:
    QString file() const { return directory_->filePath(QStringLiteral("settings.ini")); }
    std::unique_ptr<QTemporaryDir> directory_;
};

QTEST_MAIN(TestSettings)
#include "test_settings.moc"
