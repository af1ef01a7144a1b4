#include "ui/settings/app_settings.h"

#include <QSettings>

#include "core/runtime/runtime_options.h"
#include "ui/settings/settings_registry.h"

namespace locuscope {
namespace {

// The value converted to the declared type, or an invalid QVariant when it does not fit.
QVariant conform(const SettingDefinition& definition, const QVariant& value) {
    if (!value.isValid()) {
        return {};
    }
    switch (definition.type) {
        case SettingType::Bool: {
            const QString text = value.toString().toLower();
            if (value.typeId() == QMetaType::Bool || text == QLatin1String("true") || text == QLatin1String("false")) {
                return value.toBool();
            }
            return {};
        }
        case SettingType::Integer: {
            bool ok = false;
            const int number = value.toInt(&ok);
            return ok && number >= definition.minimum && number <= definition.maximum ? QVariant(number) : QVariant();
        }
        case SettingType::Real: {
            bool ok = false;
            const double number = value.toDouble(&ok);
            return ok && number >= definition.minimum && number <= definition.maximum ? QVariant(number) : QVariant();
        }
        case SettingType::Choice: {
            const QString text = value.toString();
            for (const SettingChoice& choice : definition.choices) {
                if (choice.value == text) {
                    return text;
                }
            }
            return {};
        }
        case SettingType::Text: return value.toString();
    }
    return {};
}

}  // namespace

AppSettings::AppSettings(QObject* parent) : QObject(parent), store_(std::make_unique<QSettings>()) {}

AppSettings::AppSettings(const QString& iniFile, QObject* parent)
    : QObject(parent), store_(std::make_unique<QSettings>(iniFile, QSettings::IniFormat)) {}

AppSettings::~AppSettings() = default;

QVariant AppSettings::value(const QString& key) const {
    const SettingDefinition* definition = SettingsRegistry::find(key);
    if (definition == nullptr) {
        return {};
    }
    const QVariant stored = conform(*definition, store_->value(key));
    return stored.isValid() ? stored : definition->defaultValue;
}

bool AppSettings::setValue(const QString& key, const QVariant& value) {
    const SettingDefinition* definition = SettingsRegistry::find(key);
    if (definition == nullptr) {
        return false;
    }
    const QVariant accepted = conform(*definition, value);
    if (!accepted.isValid()) {
        return false;
    }
    if (this->value(key) != accepted) {
        store_->setValue(key, accepted);
        emit changed(key);
    }
    return true;
}

void AppSettings::resetToDefaults() {
    for (const SettingDefinition& definition : SettingsRegistry::all()) {
        setValue(definition.key, definition.defaultValue);
    }
}

QString AppSettings::language() const { return value(SettingKey::language).toString(); }

RuntimeOptions AppSettings::runtimeOptions() const {
    RuntimeOptions options;
    options.threads = value(SettingKey::threads).toInt();
    options.device = value(SettingKey::device).toString().toStdString();
    return options;
}

}  // namespace locuscope
