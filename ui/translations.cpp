#include "ui/translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace locuscope {

QStringList Translations::available() {
    QStringList languages;
    const QStringList files = QDir(QStringLiteral(":/i18n")).entryList({QStringLiteral("locuscope_*.qm")});
    for (const QString& file : files) {
        languages.append(file.mid(10, file.size() - 13));  // locuscope_<lang>.qm
    }
    return languages;
}

QString Translations::install(QCoreApplication& application, const QString& preference) {
    const QLocale locale = preference == QLatin1String("system") || preference.isEmpty() ? QLocale::system()
                                                                                          : QLocale(preference);
    if (locale.language() == QLocale::English || locale.language() == QLocale::C) {
        return QStringLiteral("en");
    }
    auto* ours = new QTranslator(&application);
    if (!ours->load(locale, QStringLiteral("locuscope"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        delete ours;
        return QStringLiteral("en");
    }
    QCoreApplication::installTranslator(ours);
    auto* qt = new QTranslator(&application);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
    } else {
        delete qt;
    }
    return locale.name();
}

}  // namespace locuscope
