// locuscope: the desktop workbench.
#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QIcon>
#include <QTabWidget>
#include <QScreen>
#include <QTimer>
#include <memory>

#include "core/runtime/demo_data.h"
#include "locuscope/build_info.h"
#include "ui/jobs/job_manager.h"
#include "ui/main_window.h"
#include "ui/settings/app_settings.h"
#include "ui/translations.h"
#include "ui/views/elm/elm_figure.h"
#include "ui/views/elm/elm_selection.h"
#include "ui/workspaces/epistasis/epistasis_workspace.h"
#include "ui/workspaces/epistasis/export_figures_command.h"
#include "ui/workspaces/methylation/methylation_workspace.h"
#include "ui/workspaces/session_file.h"

using namespace locuscope;

namespace {

// Shows the figure whose id contains `id` (e.g. "fig5" or "heatmap") in the Epistasis workspace.
void showFigure(EpistasisWorkspace& workspace, const QString& id) {
    for (ElmFigure* figure : workspace.figures()) {
        if (figure->figureId().contains(id)) {
            workspace.figureTabs()->setCurrentWidget(figure);
            return;
        }
    }
    qWarning("no figure matches \"%s\"", qPrintable(id));
}

// Sessions say which workspace they belong to.
bool isMethylationSession(const QString& path) {
    return sessionWorkspace(path) == QStringLiteral("methylation");
}

}  // namespace

int main(int argc, char** argv) {
    // `locuscope export-figures …` renders without a display: Qt's offscreen platform, no Xvfb.
    const bool exportFigures =
        argc > 1 && QString::fromLocal8Bit(argv[1]) == QStringLiteral("export-figures");
    if (exportFigures && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    // Its options are read from argv as given: QApplication removes the ones it knows itself
    // (--session, --style, …) from its argument list.
    QStringList exportArguments;
    for (int index = 2; exportFigures && index < argc; ++index) {
        exportArguments << QString::fromLocal8Bit(argv[index]);
    }
    QApplication application(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Locuscope"));
    QApplication::setApplicationName(QStringLiteral("Locuscope"));
    QApplication::setApplicationVersion(QString::fromLatin1(build::version));
    QApplication::setDesktopFileName(QStringLiteral("org.locuscope.Locuscope"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/locuscope.svg")));

    if (exportFigures) {
        return runExportFiguresCommand(exportArguments);
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Locuscope: deep-learning models of genetic variation"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(
        QStringLiteral("export-figures"),
        QApplication::translate("main",
                                "As first argument: export figures headless (see export-figures --help)"),
        QStringLiteral("[export-figures …]"));
    const QCommandLineOption demo(
        QStringLiteral("demo"),
        QApplication::translate("main",
                                "Start on the bundled demo: open the ELM reference data and train on it"));
    // Not "--session": QApplication takes that one for X11 session management.
    const QCommandLineOption session(QStringLiteral("open-session"),
                                     QApplication::translate("main", "Open this session (Epistasis or Methylation)"),
                                     QStringLiteral("file"));
    const QCommandLineOption results(
        QStringLiteral("results"),
        QApplication::translate("main", "Show this locuscope-cli elm results folder"), QStringLiteral("dir"));
    const QCommandLineOption figure(QStringLiteral("figure"),
                                    QApplication::translate("main",
                                                            "Bring this Epistasis figure to the front "
                                                            "(part of its id, e.g. fig5)"),
                                    QStringLiteral("id"));
    const QCommandLineOption trait(QStringLiteral("trait"),
                                   QApplication::translate("main", "Select this trait (index from 1)"),
                                   QStringLiteral("n"));
    const QCommandLineOption pair(
        QStringLiteral("pair"),
        QApplication::translate("main", "Select this pair of loci (indices from 1: i,j)"),
        QStringLiteral("i,j"));
    const QCommandLineOption tour(QStringLiteral("tour"),
                                  QApplication::translate("main", "Start the guided tour"));
    const QCommandLineOption settingsFile(
        QStringLiteral("settings"),
        QApplication::translate("main", "Read and write preferences in this INI file"),
        QStringLiteral("file"));
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QApplication::translate(
            "main", "Save a screenshot of the window to this PNG after the given delay, then quit"),
        QStringLiteral("png"));
    const QCommandLineOption delay(QStringLiteral("screenshot-delay"),
                                   QApplication::translate("main", "Milliseconds before the screenshot"),
                                   QStringLiteral("ms"), QStringLiteral("2500"));
    const QCommandLineOption methylationDemo(
        QStringLiteral("methylation-demo"),
        QApplication::translate("main", "Start on the Methylation demo: synthetic genome, model, genes, variants, "
                                        "GWAS"));
    const QCommandLineOption locus(
        QStringLiteral("locus"),
        QApplication::translate("main", "Methylation: go to this gene, chr:start-end, chr:pos or variant ID"),
        QStringLiteral("locus"));
    const QCommandLineOption scoreLocus(
        QStringLiteral("score-locus"),
        QApplication::translate("main", "Methylation: score the variants of the locus, then select the top one"));
    parser.addOptions({demo, session, results, figure, trait, pair, tour, settingsFile, screenshot, delay,
                       methylationDemo, locus, scoreLocus});
    parser.process(application);

    auto settingsStore = parser.isSet(settingsFile)
                             ? std::make_unique<AppSettings>(parser.value(settingsFile))
                             : std::make_unique<AppSettings>();
    AppSettings& settings = *settingsStore;
    Translations::install(application, settings.language());

    JobManager jobs;
    MainWindow window(settings, jobs);
    window.show();

    EpistasisWorkspace& epistasis = *window.epistasis();
    const auto applySelection = [&] {
        if (parser.isSet(trait)) {
            epistasis.selection().setTrait(parser.value(trait).toInt() - 1);
        }
        if (parser.isSet(pair)) {
            const QStringList parts = parser.value(pair).split(QLatin1Char(','));
            if (parts.size() == 2) {
                epistasis.selection().setPair(parts[0].toInt() - 1, parts[1].toInt() - 1);
            }
        }
        if (parser.isSet(figure)) {
            showFigure(epistasis, parser.value(figure));
        }
    };
    if (parser.isSet(demo) || (parser.isSet(session) && !isMethylationSession(parser.value(session))) ||
        parser.isSet(results) || parser.isSet(tour)) {
        window.workspaces()->setCurrentWidget(&epistasis);
    }
    QObject::connect(&epistasis, &EpistasisWorkspace::reportChanged, &window, applySelection);
    applySelection();
    if (parser.isSet(session) && !isMethylationSession(parser.value(session))) {
        epistasis.openSession(parser.value(session));
    } else if (parser.isSet(results)) {
        epistasis.openResults(parser.value(results));
    } else if (parser.isSet(demo)) {
        // The ELM reference data, trained with the pub's recipe: live loss curves, then every figure.
        try {
            const QString data = QString::fromStdString(demoDataDirectory("elm").string());
            QObject::connect(
                &epistasis, &EpistasisWorkspace::datasetOpened, &window,
                [&epistasis] {
                    if (!epistasis.report()) {
                        epistasis.train();
                    }
                },
                Qt::SingleShotConnection);
            epistasis.openDataset(data);
        } catch (const std::exception& error) {
            qWarning("%s", error.what());
        }
    }
    if (parser.isSet(tour)) {
        QTimer::singleShot(300, &epistasis, [&epistasis] { epistasis.startTour(); });
    }
    // Methylation: the demo or a session, then optionally a locus, scoring and the top variant, one
    // step after another as the workspace's jobs finish.
    MethylationWorkspace& methylation = *window.methylation();
    const bool methylationSession = parser.isSet(session) && isMethylationSession(parser.value(session));
    if (parser.isSet(methylationDemo) || methylationSession) {
        window.workspaces()->setCurrentWidget(&methylation);
        QStringList steps;
        if (parser.isSet(locus)) {
            steps << QStringLiteral("locus");
        }
        if (parser.isSet(scoreLocus)) {
            steps << QStringLiteral("score") << QStringLiteral("top");
        }
        auto remaining = std::make_shared<QStringList>(steps);
        auto* poll = new QTimer(&window);
        poll->setInterval(100);
        QObject::connect(poll, &QTimer::timeout, &window, [&methylation, poll, remaining, &parser, locus] {
            if (methylation.busy()) {
                return;
            }
            if (remaining->isEmpty()) {
                poll->stop();
                return;
            }
            const QString step = remaining->takeFirst();
            if (step == QStringLiteral("locus")) {
                methylation.navigate(parser.value(locus));
            } else if (step == QStringLiteral("score")) {
                methylation.scoreLocus();
            } else {
                methylation.selectNextTopVariant();
            }
        });
        if (methylationSession) {
            methylation.openSession(parser.value(session));
        } else {
            methylation.openDemo();
        }
        poll->start();
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
