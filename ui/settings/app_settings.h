#pragma once

#include <QObject>
#include <QString>
#include <QVariant>
#include <memory>

class QSettings;

namespace locuscope {

struct RuntimeOptions;

// Typed access to QSettings through the SettingsRegistry: every read returns a valid value (the
// stored one when it fits the declaration, else the default), every write is checked.
class AppSettings : public QObject {
    Q_OBJECT
public:
    explicit AppSettings(QObject* parent = nullptr);                     // the user's settings
    explicit AppSettings(const QString& iniFile, QObject* parent = nullptr);  // tests, portable use
    ~AppSettings() override;

    QVariant value(const QString& key) const;
    // Returns false (and stores nothing) for an unknown key or a value the declaration rejects.
    bool setValue(const QString& key, const QVariant& value);
    void resetToDefaults();

    QString language() const;
    RuntimeOptions runtimeOptions() const;

signals:
    void changed(const QString& key);

private:
    std::unique_ptr<QSettings> store_;
};

}  // namespace locuscope
