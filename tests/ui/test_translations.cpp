#include <QCoreApplication>
#include <QTranslator>
#include <QtTest>

#include "ui/translations.h"

using namespace locuscope;

class TestTranslations : public QObject {
    Q_OBJECT
private slots:
    void testEveryShippedLanguageIsCompiledIn() {
        const QStringList languages = Translations::available();
        for (const char* language : {"de", "fr", "es", "zh_CN", "ja"}) {
            QVERIFY2(languages.contains(QString::fromLatin1(language)), language);
        }
    }

    void testCataloguesTranslateTheWorkspaceNames() {
        const QStringList languages = Translations::available();
        for (const QString& language : languages) {
            QTranslator translator;
            QVERIFY(translator.load(QStringLiteral(":/i18n/locuscope_%1.qm").arg(language)));
            const QString epistasis = translator.translate("locuscope::MainWindow", "Epistasis");
            const QString jobs = translator.translate("locuscope::JobsDock", "Jobs");
            QVERIFY2(!epistasis.isEmpty(), qPrintable(language));
            QVERIFY2(!jobs.isEmpty(), qPrintable(language));
        }
    }

    void testInstallFallsBackToEnglish() {
        QCOMPARE(Translations::install(*QCoreApplication::instance(), QStringLiteral("en")), QStringLiteral("en"));
        QCOMPARE(Translations::install(*QCoreApplication::instance(), QStringLiteral("tlh")), QStringLiteral("en"));
    }

    void testInstallLoadsGerman() {
        QCOMPARE(Translations::install(*QCoreApplication::instance(), QStringLiteral("de")), QStringLiteral("de_DE"));
        QCOMPARE(QCoreApplication::translate("locuscope::MainWindow", "&File"), QStringLiteral("&Datei"));
    }
};

QTEST_MAIN(TestTranslations)
#include "test_translations.moc"
