#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace locuscope {

// Loads Locuscope's and Qt's own translations for a language preference ("system", "en", "de", ...).
class Translations {
public:
    static QStringList available();  // languages with a compiled catalogue in :/i18n
    // Returns the language actually installed ("en" when nothing matched).
    static QString install(QCoreApplication& application, const QString& preference);
};

}  // namespace locuscope
