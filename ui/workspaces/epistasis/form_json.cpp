#include "ui/workspaces/epistasis/form_json.h"

#include <QDoubleSpinBox>
#include <QSpinBox>

namespace locuscope {

void setFromJson(QSpinBox* box, const QJsonObject& values, const char* key) {
    const QJsonValue value = values.value(QLatin1String(key));
    if (!value.isUndefined()) {
        box->setValue(value.toInt(box->value()));
    }
}

void setFromJson(QDoubleSpinBox* box, const QJsonObject& values, const char* key) {
    const QJsonValue value = values.value(QLatin1String(key));
    if (!value.isUndefined()) {
        box->setValue(value.toDouble(box->value()));
    }
}

}  // namespace locuscope
