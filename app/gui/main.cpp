// locuscope: the desktop workbench.
#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QIcon>
#include <QScreen>
#include <QTimer>
#include <memory>

#include "locuscope/build_info.h"
#include "ui/jobs/job_manager.h"
#include "ui/main_window.h"
#include "ui/settings/app_settings.h"
#include "ui/translations.h"

using namespace locuscope;

int main(int argc, char** argv) {
    QApplication application(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Locuscope"));
    QApplication::setApplicationName(QStringLiteral("Locuscope"));
    QApplication::setApplicationVersion(QString::fromLatin1(build::version));
    QApplication::setDesktopFileName(QStringLiteral("org.locuscope.Locuscope"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/locuscope.svg")));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Locuscope: deep-learning models of genetic variation"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  QApplication::translate("main", "Start on the bundled demo"));
    const QCommandLineOption settingsFile(
        QStringLiteral("settings"), QApplication::translate("main", "Read and write preferences in this INI file"),
        QStringLiteral("file"));
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QApplication::translate("main", "Save a screenshot of the window to this PNG after the given delay, then quit"),
        QStringLiteral("png"));
    const QCommandLineOption delay(QStringLiteral("screenshot-delay"),
                                   QApplication::translate("main", "Milliseconds before the screenshot"),
                                   QStringLiteral("ms"), QStringLiteral("2500"));
    parser.addOptions({demo, settingsFile, screenshot, delay});
    parser.process(application);

    auto settingsStore = parser.isSet(settingsFile) ? std::make_unique<AppSettings>(parser.value(settingsFile))
                                                    : std::make_unique<AppSettings>();
    AppSettings& settings = *settingsStore;
    Translations::install(application, settings.language());

    JobManager jobs;
    MainWindow window(settings, jobs);
    window.show();

    if (parser.isSet(demo)) {
        // The workspaces' demos arrive with their engines; until then the demo shows the job machinery.
        window.measureComputeSpeed(1024, 400);
    }
    if (parser.isSet(screenshot)) {
        const QString path = parser.value(screenshot);
        QTimer::singleShot(parser.value(delay).toInt(), &window, [&window, &jobs, path] {
            // Grab from the screen (real pixels under X11/Xvfb), falling back to rendering the widget.
            QPixmap image = window.screen() ? window.screen()->grabWindow(window.winId()) : QPixmap();
            if (image.isNull()) {
                image = window.grab();
            }
            const bool saved = image.save(path, "PNG");
            qInfo("%s %s", saved ? "screenshot saved to" : "could not save screenshot to",
                  qPrintable(QFileInfo(path).absoluteFilePath()));
            jobs.cancelAll();  // quit without the "jobs are running" question; ~JobManager joins
            QApplication::exit(saved ? 0 : 1);
        });
    }
    return QApplication::exec();
}
