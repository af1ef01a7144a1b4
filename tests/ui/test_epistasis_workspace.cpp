// The Epistasis workspace as a user drives it: simulate → open → train → ELM → select a pair →
// export PNG/SVG/PDF; sessions; bad input; cancel; headless export-figures.
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QtEndian>
#include <QtTest>

#include "core/pipelines/elm_pipeline.h"
#include "ui/jobs/job_manager.h"
#include "ui/views/elm/elm_figure.h"
#include "ui/views/elm/elm_selection.h"
#include "ui/workspaces/epistasis/dataset_panel.h"
#include "ui/workspaces/epistasis/elm_training_form.h"
#include "ui/workspaces/epistasis/epistasis_workspace.h"
#include "ui/workspaces/epistasis/export_figures_command.h"
#include "ui/workspaces/epistasis/guided_tour.h"
#include "ui/workspaces/epistasis/simulation_form.h"

using namespace locuscope;

namespace {

QByteArray readAll(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Pixels per metre recorded in a PNG's pHYs chunk (0 when absent).
quint32 pngPixelsPerMetre(const QByteArray& png) {
    const int at = png.indexOf("pHYs");
    if (at < 0 || at + 12 > png.size()) {
        return 0;
    }
    return qFromBigEndian<quint32>(reinterpret_cast<const uchar*>(png.constData() + at + 4));
}

// Small, fast settings: a dozen loci, a few hundred individuals, a few epochs.
void configureQuickRun(EpistasisWorkspace& workspace, const QString& folder) {
    workspace.simulationForm()->fromJson({{QStringLiteral("loci"), 12},
                                          {QStringLiteral("pairs"), 3},
                                          {QStringLiteral("epistatic_share"), QStringLiteral("0, 1")},
                                          {QStringLiteral("samples"), 800},
                                          {QStringLiteral("seed"), 7}});
    workspace.simulationForm()->setOutputDirectory(folder);
    workspace.trainingForm()->fromJson({{QStringLiteral("hidden"), 32},
                                        {QStringLiteral("max_epochs"), 4},
                                        {QStringLiteral("batch_size"), 64}});
}

bool waitIdle(EpistasisWorkspace& workspace, int timeoutMs = 120000) {
    return QTest::qWaitFor([&workspace] { return !workspace.busy(); }, timeoutMs);
}

ElmFigure* figureWithId(EpistasisWorkspace& workspace, const QString& prefix) {
    for (ElmFigure* figure : workspace.figures()) {
        if (figure->figureId().contains(prefix)) {
            return figure;
        }
    }
    return nullptr;
}

}  // namespace

class TestEpistasisWorkspace : public QObject {
    Q_OBJECT
private slots:
    void simulateTrainSelectExport();
    void sessionRoundTrip();
    void badInputIsShownNotFatal();
    void cancelKeepsThePreviousResults();
    void tourWalksEveryStep();

private:
    // Simulates, opens and trains in `workspace`; the dataset goes into `folder`.
    void runQuick(EpistasisWorkspace& workspace, const QString& folder);
};

void TestEpistasisWorkspace::runQuick(EpistasisWorkspace& workspace, const QString& folder) {
    configureQuickRun(workspace, folder);
    QSignalSpy opened(&workspace, &EpistasisWorkspace::datasetOpened);
    QVERIFY(workspace.simulate() != 0);
    QVERIFY2(opened.wait(60000) || opened.count() == 1, qPrintable(workspace.lastMessage()));
    QVERIFY2(workspace.lastMessage().isEmpty(), qPrintable(workspace.lastMessage()));
    QVERIFY(waitIdle(workspace));
    QSignalSpy finished(&workspace, &EpistasisWorkspace::reportChanged);
    QVERIFY(workspace.train() != 0);
    QVERIFY(finished.wait(120000));
    QVERIFY2(workspace.report() != nullptr, qPrintable(workspace.lastMessage()));
}

void TestEpistasisWorkspace::simulateTrainSelectExport() {
    JobManager jobs;
    EpistasisWorkspace workspace(jobs);
    workspace.resize(1400, 900);
    workspace.show();
    QTemporaryDir temporary;
    runQuick(workspace, temporary.filePath(QStringLiteral("sim")));
    if (QTest::currentTestFailed()) {
        return;
    }

    // The summary names the data; the report has what the figures need.
    const auto report = workspace.report();
    QCOMPARE(report->locusNames.size(), std::size_t(12));
    QCOMPARE(report->traitNames.size(), std::size_t(2));
    QVERIFY(report->hasTruth);
    QVERIFY(!report->analysis.sensitivities.empty());
    QCOMPARE(report->replicates.front().history.epochsTrained(), 4);
    for (ElmFigure* figure : workspace.figures()) {
        QVERIFY2(figure->message().isEmpty() || figure->figureId().contains(QStringLiteral("clusters")),
                 qPrintable(figure->figureId() + QStringLiteral(": ") + figure->message()));
    }

    // Select the strongest estimated pair of trait 2 as a user would, then its clusters show.
    workspace.selection().setTrait(1);
    const auto& estimate = report->analysis.perTrait[1].pairEstimate;
    int best = -1;
    for (int k = 0; k < static_cast<int>(estimate.size()); ++k) {
        if (std::isfinite(estimate[k]) && (best < 0 || std::abs(estimate[k]) > std::abs(estimate[best]))) {
            best = k;
        }
    }
    QVERIFY(best >= 0);
    // As a click on the heatmap does: the pair's cluster plot comes to the front.
    workspace.figureTabs()->setCurrentWidget(figureWithId(workspace, QStringLiteral("heatmap")));
    workspace.selection().setPair(best / 12, best % 12);
    QCOMPARE(static_cast<ElmFigure*>(workspace.figureTabs()->currentWidget())->figureId(),
             QStringLiteral("fig5_pair_clusters"));
    ElmFigure* clusters = figureWithId(workspace, QStringLiteral("clusters"));
    QVERIFY(clusters != nullptr);
    QCOMPARE(clusters->dataPointCount(), static_cast<int>(report->testSampleIds.size()));
    QVERIFY(clusters->message().isEmpty());

    // Export every figure in the three formats and check the files.
    const QString out = temporary.filePath(QStringLiteral("figures"));
    const QStringList written = workspace.exportAllFigures(
        out, {QStringLiteral("png"), QStringLiteral("svg"), QStringLiteral("pdf")}, 1200, 900, 300);
    QCOMPARE(written.size(), static_cast<int>(workspace.figures().size()) * 3);
    for (const QString& file : written) {
        const QByteArray bytes = readAll(file);
        QVERIFY2(bytes.size() > 1000, qPrintable(file));
        if (file.endsWith(QStringLiteral(".png"))) {
            QVERIFY(bytes.startsWith("\x89PNG\r\n\x1a\n"));
            QCOMPARE(pngPixelsPerMetre(bytes), quint32(11811));  // 300 dpi
            QImage image;
            QVERIFY(image.loadFromData(bytes));
            QCOMPARE(image.size(), QSize(1200, 900));
        } else if (file.endsWith(QStringLiteral(".svg"))) {
            QVERIFY(bytes.contains("<svg"));
        } else {
            QVERIFY(bytes.startsWith("%PDF-"));
            QVERIFY(bytes.trimmed().endsWith("%%EOF"));
        }
    }

    // The model is kept and can be saved.
    const QString model = temporary.filePath(QStringLiteral("model.safetensors"));
    QVERIFY(workspace.saveModel(model));
    QVERIFY(QFileInfo(model).size() > 1000);

    // Analysing the saved model again gives the same pair estimates.
    QSignalSpy again(&workspace, &EpistasisWorkspace::reportChanged);
    QVERIFY(workspace.analyseSavedModel(model) != 0);
    QVERIFY(again.wait(60000));
    const auto& reloaded = workspace.report()->analysis.perTrait[1].pairEstimate;
    QCOMPARE(reloaded.size(), estimate.size());
    QVERIFY(std::abs(reloaded[best] - estimate[best]) < 1e-5);
}

void TestEpistasisWorkspace::sessionRoundTrip() {
    JobManager jobs;
    QTemporaryDir temporary;
    const QString sessionFile = temporary.filePath(QStringLiteral("work/epistasis.json"));
    QDir().mkpath(temporary.filePath(QStringLiteral("work")));
    std::size_t loci = 0;
    {
        EpistasisWorkspace workspace(jobs);
        runQuick(workspace, temporary.filePath(QStringLiteral("work/data")));
        if (QTest::currentTestFailed()) {
            return;
        }
        loci = workspace.report()->locusNames.size();
        workspace.selection().setTrait(1);
        workspace.selection().setPair(2, 5);
        QSignalSpy saved(&workspace, &EpistasisWorkspace::sessionSaved);
        QVERIFY(workspace.saveSession(sessionFile) != 0);
        QVERIFY(saved.wait(60000));
    }
    // Paths are relative to the session file and there is a version.
    const QJsonObject json = QJsonDocument::fromJson(readAll(sessionFile)).object();
    QCOMPARE(json.value(QStringLiteral("version")).toInt(), 1);
    QVERIFY(QDir::isRelativePath(json.value(QStringLiteral("results")).toString()));
    QVERIFY(QDir::isRelativePath(json.value(QStringLiteral("dataset")).toString()));

    // Moving the folder keeps the session working.
    const QString moved = temporary.filePath(QStringLiteral("moved"));
    QVERIFY(QDir().rename(temporary.filePath(QStringLiteral("work")), moved));
    EpistasisWorkspace restored(jobs);
    QSignalSpy changed(&restored, &EpistasisWorkspace::reportChanged);
    QVERIFY(restored.openSession(moved + QStringLiteral("/epistasis.json")) != 0);
    QVERIFY(changed.wait(60000));
    QVERIFY(waitIdle(restored));
    QCOMPARE(restored.report()->locusNames.size(), loci);
    QCOMPARE(restored.selection().trait(), 1);
    QCOMPARE(restored.selection().pairFirst(), 2);
    QCOMPARE(restored.selection().pairSecond(), 5);
    QVERIFY2(restored.lastMessage().isEmpty(), qPrintable(restored.lastMessage()));

    // Headless export from the session, as a pipeline would run it.
    const QString figures = temporary.filePath(QStringLiteral("headless"));
    QCOMPARE(
        runExportFiguresCommand({QStringLiteral("--session"), moved + QStringLiteral("/epistasis.json"),
                                 QStringLiteral("--out"), figures, QStringLiteral("--format"),
                                 QStringLiteral("png,pdf"), QStringLiteral("--pair"), QStringLiteral("3,6")}),
        0);
    QCOMPARE(QDir(figures).entryList(QDir::Files).size(), static_cast<int>(restored.figures().size()) * 2);
    // The same through the program, as a pipeline runs it: no display, and options QApplication
    // also knows (--session) still reach the command.
    const QString fromBinary = temporary.filePath(QStringLiteral("binary"));
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(LOCUSCOPE_GUI_BINARY),
                  {QStringLiteral("export-figures"), QStringLiteral("--session"),
                   moved + QStringLiteral("/epistasis.json"), QStringLiteral("--out"), fromBinary,
                   QStringLiteral("--format"), QStringLiteral("svg")});
    QVERIFY(process.waitForFinished(120000));
    QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0,
             process.readAllStandardError().constData());
    QCOMPARE(QDir(fromBinary).entryList(QDir::Files).size(), static_cast<int>(restored.figures().size()));
    QCOMPARE(runExportFiguresCommand({QStringLiteral("--results"), temporary.filePath(QStringLiteral("none")),
                                      QStringLiteral("--out"), figures}),
             1);
    QCOMPARE(runExportFiguresCommand({QStringLiteral("--session"), moved + QStringLiteral("/epistasis.json"),
                                      QStringLiteral("--out"), figures, QStringLiteral("--format"),
                                      QStringLiteral("gif")}),
             1);
}

void TestEpistasisWorkspace::badInputIsShownNotFatal() {
    JobManager jobs;
    EpistasisWorkspace workspace(jobs);
    QTemporaryDir temporary;
    // A dataset that is not there: the error names it.
    QVERIFY(workspace.openDataset(temporary.filePath(QStringLiteral("missing_g.txt"))) != 0);
    QVERIFY(waitIdle(workspace));
    QVERIFY2(workspace.lastMessage().contains(QStringLiteral("missing_g.txt")),
             qPrintable(workspace.lastMessage()));
    QVERIFY(workspace.report() == nullptr);

    // A session from the future is refused with a clear message.
    const QString future = temporary.filePath(QStringLiteral("future.json"));
    QFile file(future);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"format": "locuscope-session", "version": 99, "workspace": "epistasis"})");
    file.close();
    QCOMPARE(workspace.openSession(future), 0);
    QVERIFY2(workspace.lastMessage().contains(QStringLiteral("newer")), qPrintable(workspace.lastMessage()));

    // A simulation form that cannot be parsed.
    workspace.simulationForm()->fromJson({{QStringLiteral("epistatic_share"), QStringLiteral("0, lots")}});
    QCOMPARE(workspace.simulate(), 0);
    QVERIFY(workspace.lastMessage().contains(QStringLiteral("lots")));
}

void TestEpistasisWorkspace::cancelKeepsThePreviousResults() {
    JobManager jobs;
    EpistasisWorkspace workspace(jobs);
    QTemporaryDir temporary;
    runQuick(workspace, temporary.filePath(QStringLiteral("sim")));
    if (QTest::currentTestFailed()) {
        return;
    }
    const auto before = workspace.report();
    workspace.trainingForm()->fromJson(
        {{QStringLiteral("max_epochs"), 100000}, {QStringLiteral("patience"), 100000}});
    QVERIFY(workspace.train() != 0);
    QTest::qWait(300);
    workspace.cancelRunning();
    QVERIFY(waitIdle(workspace));
    QVERIFY2(workspace.lastMessage().contains(QStringLiteral("cancelled")),
             qPrintable(workspace.lastMessage()));
    QCOMPARE(workspace.report(), before);
}

void TestEpistasisWorkspace::tourWalksEveryStep() {
    JobManager jobs;
    EpistasisWorkspace workspace(jobs);
    workspace.resize(1400, 900);
    workspace.show();
    workspace.startTour();
    GuidedTour* tour = workspace.tour();
    QVERIFY(tour->running());
    QVERIFY(tour->stepCount() >= 8);
    for (int step = 1; step < tour->stepCount(); ++step) {
        tour->next();
        QCOMPARE(tour->currentStep(), step);
    }
    tour->next();
    QVERIFY(!tour->running());
}

QTEST_MAIN(TestEpistasisWorkspace)
#include "test_epistasis_workspace.moc"
