#include "ui/settings/preferences_dialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

#include "ui/settings/app_settings.h"
#include "ui/settings/settings_registry.h"

namespace locuscope {
namespace {

QString translated(const char* text) { return QCoreApplication::translate("Settings", text); }

}  // namespace

PreferencesDialog::PreferencesDialog(AppSettings& settings, QWidget* parent) : QDialog(parent), settings_(settings) {
    setWindowTitle(tr("Preferences"));
    setObjectName(QStringLiteral("PreferencesDialog"));
    auto* layout = new QVBoxLayout(this);
    auto* tabs = new QTabWidget(this);
    layout->addWidget(tabs);

    for (const QString& group : SettingsRegistry::groups()) {
        auto* page = new QWidget(tabs);
        auto* form = new QFormLayout(page);
        form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
        for (const SettingDefinition& definition : SettingsRegistry::all()) {
            if (QString::fromUtf8(definition.group) != group) {
                continue;
            }
            QWidget* editor = createEditor(definition);
            editor->setObjectName(definition.key);
            editor->setToolTip(translated(definition.toolTip));
            QString label = translated(definition.label);
            if (definition.needsRestart) {
                label += QLatin1Char(' ') + tr("(after restart)");
            }
            form->addRow(label + QLatin1Char(':'), editor);
            editors_.insert(definition.key, editor);
            load(definition, settings_.value(definition.key));
        }
        tabs->addTab(page, translated(group.toUtf8().constData()));
    }

    auto* buttons =
        new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        apply();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            &PreferencesDialog::restoreDefaults);
}

QWidget* PreferencesDialog::createEditor(const SettingDefinition& definition) {
    switch (definition.type) {
        case SettingType::Bool: return new QCheckBox(this);
        case SettingType::Integer: {
            auto* spin = new QSpinBox(this);
            spin->setRange(static_cast<int>(definition.minimum), static_cast<int>(definition.maximum));
            spin->setSuffix(translated(definition.suffix));
            spin->setSpecialValueText(translated(definition.specialValueText));
            return spin;
        }
        case SettingType::Real: {
            auto* spin = new QDoubleSpinBox(this);
            spin->setRange(definition.minimum, definition.maximum);
            spin->setDecimals(1);
            spin->setSuffix(translated(definition.suffix));
            return spin;
        }
        case SettingType::Choice: {
            auto* combo = new QComboBox(this);
            for (const SettingChoice& choice : definition.choices) {
                combo->addItem(translated(choice.label), choice.value);
            }
            return combo;
        }
        case SettingType::Text: return new QLineEdit(this);
    }
    return new QLineEdit(this);
}

void PreferencesDialog::load(const SettingDefinition& definition, const QVariant& value) {
    QWidget* editor = editors_.value(definition.key);
    if (auto* check = qobject_cast<QCheckBox*>(editor)) {
        check->setChecked(value.toBool());
    } else if (auto* spin = qobject_cast<QSpinBox*>(editor)) {
        spin->setValue(value.toInt());
    } else if (auto* real = qobject_cast<QDoubleSpinBox*>(editor)) {
        real->setValue(value.toDouble());
    } else if (auto* combo = qobject_cast<QComboBox*>(editor)) {
        combo->setCurrentIndex(std::max(0, combo->findData(value.toString())));
    } else if (auto* line = qobject_cast<QLineEdit*>(editor)) {
        line->setText(value.toString());
    }
}

QVariant PreferencesDialog::editedValue(const SettingDefinition& definition) const {
    QWidget* editor = editors_.value(definition.key);
    if (auto* check = qobject_cast<QCheckBox*>(editor)) {
        return check->isChecked();
    }
    if (auto* spin = qobject_cast<QSpinBox*>(editor)) {
        return spin->value();
    }
    if (auto* real = qobject_cast<QDoubleSpinBox*>(editor)) {
        return real->value();
    }
    if (auto* combo = qobject_cast<QComboBox*>(editor)) {
        return combo->currentData();
    }
    if (auto* line = qobject_cast<QLineEdit*>(editor)) {
        return line->text();
    }
    return {};
}

void PreferencesDialog::apply() {
    for (const SettingDefinition& definition : SettingsRegistry::all()) {
        settings_.setValue(definition.key, editedValue(definition));
    }
}

void PreferencesDialog::restoreDefaults() {
    for (const SettingDefinition& definition : SettingsRegistry::all()) {
        load(definition, definition.defaultValue);
    }
}

}  // namespace locuscope
