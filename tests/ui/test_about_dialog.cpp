// The About dialog lists every component the user may need to report, oneDNN included.
#include <QLabel>
#include <QtTest>

#include "ui/about_dialog.h"

using namespace locuscope;

class TestAboutDialog : public QObject {
    Q_OBJECT
private slots:
    void testListsComponentsAndTheGemmLibraries() {
        const QString html = AboutDialog::componentsHtml();
        for (const char* component : {"LibTorch", "htslib", "HDF5", "QCustomPlot", "BLAS", "oneDNN"}) {
            QVERIFY2(html.contains(QLatin1String(component)), component);
        }
        // Which of the two oneDNN states is said depends on the LibTorch build; one of them must be.
        QVERIFY(html.contains(AboutDialog::tr("in use for ELM training")) ||
                html.contains(AboutDialog::tr("not found (ELM training uses LibTorch's products)")));
        AboutDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        if (const QByteArray path = qgetenv("LOCUSCOPE_ABOUT_PNG"); !path.isEmpty()) {
            dialog.grab().save(QString::fromLocal8Bit(path));  // for looking at it by hand
        }
    }
};

QTEST_MAIN(TestAboutDialog)
#include "test_about_dialog.moc"
