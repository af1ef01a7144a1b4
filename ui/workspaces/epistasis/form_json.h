#pragma once

#include <QJsonObject>

class QDoubleSpinBox;
class QSpinBox;

namespace locuscope {

// Restoring a form from a session: set the box from values[key] when present, keep it otherwise
// (older sessions lack newer fields).
void setFromJson(QSpinBox* box, const QJsonObject& values, const char* key);
void setFromJson(QDoubleSpinBox* box, const QJsonObject& values, const char* key);

}  // namespace locuscope
