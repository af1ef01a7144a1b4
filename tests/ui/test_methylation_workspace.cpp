// The Methylation workspace as a user drives it, offscreen, on the bundled demo: open → navigate by
// gene and by region (back/forward) → score the locus → select the top variant (prediction with the
// alt, attributions) → export the panel and a track, scores TSV and annotated VCF → save the session,
// move the folder, restore it → headless export-figures → crash recovery → bad input.
#include <QDir>
#include <QFile>
#include <QComboBox>
#include <QImage>
#include <QItemSelectionModel>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QProcess>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

#include "core/genome/variant_store.h"
#include "core/pipelines/interact_score_table.h"
#include "core/runtime/demo_data.h"
#include "ui/jobs/job_manager.h"
#include "ui/views/methylation/locus_track_panel.h"
#include "ui/views/methylation/variant_table_model.h"
#include "ui/workspaces/epistasis/export_figures_command.h"
#include "ui/workspaces/methylation/locus_history.h"
#include "ui/workspaces/methylation/methylation_session.h"
#include "ui/workspaces/methylation/methylation_workspace.h"

using namespace locuscope;

namespace {

bool waitIdle(const MethylationWorkspace& workspace, int timeoutMs = 240000) {
    return QTest::qWaitFor([&workspace] { return !workspace.busy(); }, timeoutMs);
}

QByteArray readAll(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Copies the demo folder, so sessions can be written beside the data and the folder moved.
QString copyDemo(const QString& target) {
    const QDir demo(QString::fromStdString(demoDataDirectory("methylation").string()));
    QDir().mkpath(target);
    for (const QString& name : demo.entryList(QDir::Files)) {
        QFile::copy(demo.filePath(name), QDir(target).filePath(name));
    }
    return target;
}

}  // namespace

class TestMethylationWorkspace : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void historyGoesBackAndForward();
    void demoOpensAtALocusWithEveryTrack();
    void navigateScoreSelectExportAndRestore();
    void twoVcfsShareTheirScores();
    void aReferenceOpenedLaterChecksEveryOpenVcf();
    void crashLeavesARecoverableAutosave();
    void badInputIsShownNotFatal();
};

void TestMethylationWorkspace::historyGoesBackAndForward() {
    LocusHistory history;
    QVERIFY(!history.canGoBack());
    history.visit(QStringLiteral("a"));
    history.visit(QStringLiteral("b"));
    history.visit(QStringLiteral("b"));  // no duplicate
    history.visit(QStringLiteral("c"));
    QCOMPARE(history.size(), 3);
    QCOMPARE(history.back(), QStringLiteral("b"));
    QCOMPARE(history.back(), QStringLiteral("a"));
    QCOMPARE(history.back(), QStringLiteral("a"));
    QCOMPARE(history.forward(), QStringLiteral("b"));
    history.visit(QStringLiteral("d"));  // drops "c"
    QVERIFY(!history.canGoForward());
    QCOMPARE(history.back(), QStringLiteral("b"));
    QCOMPARE(history.forward(), QStringLiteral("d"));
}

void TestMethylationWorkspace::demoOpensAtALocusWithEveryTrack() {
    JobManager jobs;
    MethylationWorkspace workspace(jobs, nullptr, false);
    workspace.resize(1400, 1000);
    workspace.openDemo();
    QVERIFY(waitIdle(workspace));
    QVERIFY2(!workspace.lastMessageIsError(), qPrintable(workspace.lastMessage()));
    QCOMPARE(workspace.currentLocus(), QStringLiteral("chr6:1-6000"));
    const LocusViewData& view = workspace.viewData();
    QVERIFY(view.hasPrediction);
    QVERIFY(view.prediction.sites.size() > 5);
    QVERIFY(!view.variants.empty());
    QVERIFY(!view.observed.empty());
    QVERIFY(!view.gwas.empty());
    QVERIFY(!view.genes.empty());
    const QStringList tracks = workspace.trackPanel()->trackIds();
    for (const QString& id : {QStringLiteral("genes"), QStringLiteral("variants"), QStringLiteral("methylation"),
                              QStringLiteral("observed"), QStringLiteral("gwas")}) {
        QVERIFY2(tracks.contains(id), qPrintable(tracks.join(QLatin1Char(','))));
    }
    // The demo VCF's REF column was checked against the genome: every row matches.
    const VariantStore& store = *workspace.variantModel()->store();
    QCOMPARE(store.size(), std::size_t(1165));
    for (std::size_t row = 0; row < store.size(); row += 97) {
        QCOMPARE(store.refCheck(row), RefCheck::Match);
    }
    // The predicted methylation follows the observed one (a model trained on this genome).
    double agree = 0;
    int compared = 0;
    for (const InteractTrackSite& site : view.prediction.sites) {
        for (const MethylationSite& observed : view.observed) {
            if (observed.position == site.pos) {
                agree += std::fabs(double(site.refValues[0]) - double(observed.beta));
                ++compared;
            }
        }
    }
    QVERIFY(compared > 5);
    QVERIFY2(agree / compared < 0.2, qPrintable(QString::number(agree / compared)));
}

void TestMethylationWorkspace::navigateScoreSelectExportAndRestore() {
    QTemporaryDir temporary;
    const QString data = copyDemo(temporary.filePath(QStringLiteral("data")));
    JobManager jobs;
    auto workspace = std::make_unique<MethylationWorkspace>(jobs, nullptr, false);
    workspace->resize(1400, 1000);
    workspace->show();
    workspace->openReference(data + QStringLiteral("/genome.fa"));
    workspace->openVcf(data + QStringLiteral("/variants.vcf"));
    workspace->openGenes(data + QStringLiteral("/genes.bed"));
    workspace->openObserved(data + QStringLiteral("/methylation.bedGraph"));
    workspace->openGwas(data + QStringLiteral("/gwas.tsv"));
    workspace->openModel(data + QStringLiteral("/model.safetensors"));
    QVERIFY(waitIdle(*workspace));
    QVERIFY2(!workspace->lastMessageIsError(), qPrintable(workspace->lastMessage()));

    // By gene: DMG1's TSS (chr1:36414) is in view.
    QVERIFY(workspace->navigate(QStringLiteral("DMG1")));
    QVERIFY(waitIdle(*workspace));
    QCOMPARE(workspace->viewData().contig, QStringLiteral("chr1"));
    QVERIFY(workspace->viewData().start <= 36414 && workspace->viewData().end >= 36414);
    QVERIFY(std::any_of(workspace->viewData().genes.begin(), workspace->viewData().genes.end(),
                        [](const TssEntry& gene) { return gene.symbol == "DMG1" && gene.tss == 36414; }));
    for (const TssEntry& gene : workspace->viewData().genes) {
        QVERIFY(gene.tss >= workspace->viewData().start && gene.tss <= workspace->viewData().end);
    }
    // By region, then back and forward.
    QVERIFY(workspace->navigate(QStringLiteral("chr6:1,500-4,500")));
    QVERIFY(waitIdle(*workspace));
    QCOMPARE(workspace->currentLocus(), QStringLiteral("chr6:1500-4500"));
    QCOMPARE(workspace->locusBox()->text(), QStringLiteral("chr6:1500-4500"));
    for (const LocusVariantMark& mark : workspace->viewData().variants) {
        QVERIFY(mark.pos >= 1500 && mark.pos <= 4500);
    }
    workspace->goBack();
    QCOMPARE(workspace->viewData().contig, QStringLiteral("chr1"));
    workspace->goForward();
    QCOMPARE(workspace->currentLocus(), QStringLiteral("chr6:1500-4500"));
    QVERIFY(waitIdle(*workspace));
    // By variant ID.
    QVERIFY(workspace->navigate(QStringLiteral("sim_973")));
    QVERIFY(waitIdle(*workspace));
    QCOMPARE(workspace->viewData().selectedVariantPos, qint64(2128));
    QVERIFY(workspace->navigate(QStringLiteral("chr6:1500-4500")));
    QVERIFY(waitIdle(*workspace));

    // Score the locus: every SNV in view with a CpG in reach gets a score, shown in the table.
    QVERIFY(workspace->scoreLocus() != 0);
    QVERIFY(waitIdle(*workspace));
    QVERIFY2(!workspace->lastMessageIsError(), qPrintable(workspace->lastMessage()));
    VariantTableModel* model = workspace->variantModel();
    const std::size_t scored = model->scoredCount();
    QVERIFY(scored > 3);
    QVERIFY(scored <= workspace->viewData().variants.size());
    // The table's MRV column shows what interact score wrote (independently: the CLI's table).
    // Go to the top-scoring variant: it is selected, predicted with its alt, and attributed.
    const std::optional<std::size_t> topRow = model->nextByScore(std::nullopt);
    QVERIFY(topRow.has_value());
    workspace->selectVariantRow(*topRow);
    QVERIFY(waitIdle(*workspace));
    const LocusViewData& view = workspace->viewData();
    QVERIFY(view.selectedVariantPos != 0);
    QVERIFY(view.hasPrediction && view.prediction.hasVariant);
    QCOMPARE(qint64(view.prediction.variant.pos), view.selectedVariantPos);
    double bestShift = 0;
    for (const InteractTrackSite& site : view.prediction.sites) {
        if (site.inReach) {
            bestShift = std::max(bestShift, std::fabs(double(site.altValues[0]) - double(site.refValues[0])));
        }
    }
    const QModelIndex current = workspace->variantTable()->selectionModel()->currentIndex();
    QVERIFY(current.isValid());
    const std::optional<VariantScore> top = model->score(model->storeRow(current.row()));
    QVERIFY(top.has_value());
    // The locus track's largest |alt - ref| is the MRV score of the same variant (same model, windows).
    QVERIFY2(std::fabs(bestShift - double(top->mrv)) < 1e-5,
             qPrintable(QStringLiteral("%1 vs %2").arg(bestShift).arg(top->mrv)));
    QVERIFY(view.hasAttribution);
    QVERIFY(view.attribution.hasSaliency && view.attribution.hasIg && view.attribution.hasIsm);
    const QStringList tracks = workspace->trackPanel()->trackIds();
    for (const QString& id : {QStringLiteral("delta"), QStringLiteral("attribution"), QStringLiteral("ism"),
                              QStringLiteral("logo")}) {
        QVERIFY2(tracks.contains(id), qPrintable(tracks.join(QLatin1Char(','))));
    }
    // "Next top variant" walks down the scores, then wraps around to the top.
    float previous = top->mrv;
    for (std::size_t step = 1; step < scored; ++step) {
        QVERIFY(workspace->selectNextTopVariant());
        const QModelIndex next = workspace->variantTable()->selectionModel()->currentIndex();
        const float mrv = model->score(model->storeRow(next.row()))->mrv;
        QVERIFY(mrv <= previous);
        previous = mrv;
    }
    QVERIFY(workspace->selectNextTopVariant());
    QCOMPARE(model->storeRow(workspace->variantTable()->selectionModel()->currentIndex().row()), *topRow);
    QVERIFY(waitIdle(*workspace));

    // Figures: the panel and one track, in the three formats.
    const QString figures = temporary.filePath(QStringLiteral("figures"));
    QDir().mkpath(figures);
    FigureExportOptions options;
    options.widthPx = 1200;
    options.heightPx = 900;
    options.dpi = 150;
    QVERIFY(workspace->exportPanel(figures + QStringLiteral("/locus.png"), FigureFormat::Png, options));
    const QImage png(figures + QStringLiteral("/locus.png"));
    QCOMPARE(png.size(), QSize(1200, 900));
    QVERIFY(workspace->exportPanel(figures + QStringLiteral("/locus.svg"), FigureFormat::Svg, options));
    QVERIFY(readAll(figures + QStringLiteral("/locus.svg")).contains("<svg"));
    QVERIFY(workspace->exportTrack(QStringLiteral("methylation"), figures + QStringLiteral("/methylation.pdf"),
                                   FigureFormat::Pdf, options));
    QVERIFY(readAll(figures + QStringLiteral("/methylation.pdf")).startsWith("%PDF"));

    // Results: TSV (read back) and annotated VCF (MRV in INFO for the scored records).
    const QString tsv = temporary.filePath(QStringLiteral("scores.tsv"));
    QVERIFY(workspace->exportScoresTsv(tsv));
    const std::vector<InteractScoreRow> rows = readInteractScoreTable(tsv.toStdString());
    QCOMPARE(rows.size(), scored);
    const QString vcf = temporary.filePath(QStringLiteral("scored.vcf"));
    QVERIFY(workspace->exportAnnotatedVcf(vcf) != 0);
    QVERIFY(waitIdle(*workspace));
    const QByteArray annotated = readAll(vcf);
    QVERIFY(annotated.contains("##INFO=<ID=MRV"));
    QCOMPARE(int(annotated.count(";MRV=") + annotated.count("\tMRV=")), int(scored));

    // Session: save beside the data, move the folder, restore.
    const QString sessionFile = data + QStringLiteral("/locus.json");
    QVERIFY(workspace->saveSession(sessionFile));
    const QJsonObject json = QJsonDocument::fromJson(readAll(sessionFile)).object();
    QCOMPARE(json.value(QStringLiteral("version")).toInt(), 1);
    QCOMPARE(json.value(QStringLiteral("fasta")).toString(), QStringLiteral("genome.fa"));  // relative
    const QString selectedBefore = workspace->currentSession().selectedVariant;
    const QString locusBefore = workspace->currentLocus();
    workspace.reset();
    const QString moved = temporary.filePath(QStringLiteral("moved"));
    QVERIFY(QDir().rename(data, moved));
    MethylationWorkspace restored(jobs, nullptr, false);
    restored.resize(1400, 1000);
    QVERIFY(restored.openSession(moved + QStringLiteral("/locus.json")) != 0);
    QVERIFY(waitIdle(restored));
    QVERIFY2(!restored.lastMessageIsError(), qPrintable(restored.lastMessage()));
    QCOMPARE(restored.currentLocus(), locusBefore);
    QCOMPARE(restored.variantModel()->scoredCount(), scored);
    QCOMPARE(restored.currentSession().selectedVariant, selectedBefore);
    QVERIFY(restored.viewData().hasPrediction);

    // Headless: the same figures from the session, in-process and through the program.
    const QString headless = temporary.filePath(QStringLiteral("headless"));
    QCOMPARE(runExportFiguresCommand({QStringLiteral("--session"), moved + QStringLiteral("/locus.json"),
                                      QStringLiteral("--out"), headless, QStringLiteral("--format"),
                                      QStringLiteral("png,svg")}),
             0);
    QVERIFY(QFile::exists(headless + QStringLiteral("/locus.png")));
    QVERIFY(QFile::exists(headless + QStringLiteral("/methylation.svg")));
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
    process.setProcessEnvironment(environment);
    const QString fromBinary = temporary.filePath(QStringLiteral("binary"));
    process.start(QStringLiteral(LOCUSCOPE_GUI_BINARY),
                  {QStringLiteral("export-figures"), QStringLiteral("--session"), moved + QStringLiteral("/locus.json"),
                   QStringLiteral("--locus"), QStringLiteral("DMG16"), QStringLiteral("--out"), fromBinary,
                   QStringLiteral("--format"), QStringLiteral("pdf")});
    QVERIFY(process.waitForFinished(240000));
    QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0,
             process.readAllStandardError().constData());
    QVERIFY(readAll(fromBinary + QStringLiteral("/locus.pdf")).startsWith("%PDF"));
    QCOMPARE(runExportFiguresCommand({QStringLiteral("--session"), moved + QStringLiteral("/locus.json"),
                                      QStringLiteral("--locus"), QStringLiteral("NO_SUCH_GENE"),
                                      QStringLiteral("--out"), temporary.filePath(QStringLiteral("none"))}),
             1);
}

void TestMethylationWorkspace::twoVcfsShareTheirScores() {
    QTemporaryDir temporary;
    const QString data = copyDemo(temporary.filePath(QStringLiteral("data")));
    // A second VCF: the demo's chr6 records only.
    const QString subset = temporary.filePath(QStringLiteral("chr6.vcf"));
    QFile out(subset);
    QVERIFY(out.open(QIODevice::WriteOnly));
    int chr6Records = 0;
    for (const QByteArray& line : readAll(data + QStringLiteral("/variants.vcf")).split('\n')) {
        if (line.startsWith('#') || line.startsWith("chr6\t")) {
            out.write(line + '\n');
            chr6Records += line.startsWith("chr6\t") ? 1 : 0;
        }
    }
    out.close();
    JobManager jobs;
    MethylationWorkspace workspace(jobs, nullptr, false);
    workspace.openReference(data + QStringLiteral("/genome.fa"));
    workspace.openModel(data + QStringLiteral("/model.safetensors"));
    workspace.openVcf(data + QStringLiteral("/variants.vcf"));
    workspace.openVcf(subset);
    QVERIFY(waitIdle(workspace));
    auto* box = workspace.findChild<QComboBox*>(QStringLiteral("vcfBox"));
    QVERIFY(box);
    QCOMPARE(box->count(), 2);
    QCOMPARE(box->currentIndex(), 1);  // the last opened is shown
    QCOMPARE(workspace.variantModel()->rowCount(), chr6Records);
    QVERIFY(workspace.navigate(QStringLiteral("chr6:1500-4500")));
    QVERIFY(workspace.scoreLocus() != 0);
    QVERIFY(waitIdle(workspace));
    const std::size_t scored = workspace.variantModel()->scoredCount();
    QVERIFY(scored > 3);
    // The whole VCF holds the same SNVs: their scores show there too, without scoring again.
    box->activated(0);
    QCOMPARE(workspace.variantModel()->rowCount(), 1165);
    QCOMPARE(workspace.variantModel()->scoredCount(), scored);
    QCOMPARE(workspace.currentSession().currentVcf, 0);
    QCOMPARE(workspace.currentSession().vcfPaths.size(), 2);
    box->activated(1);
    QCOMPARE(workspace.variantModel()->rowCount(), chr6Records);
    QVERIFY(waitIdle(workspace));
}

void TestMethylationWorkspace::aReferenceOpenedLaterChecksEveryOpenVcf() {
    QTemporaryDir temporary;
    const QString data = copyDemo(temporary.filePath(QStringLiteral("data")));
    const QString second = temporary.filePath(QStringLiteral("second.vcf"));
    QVERIFY(QFile::copy(data + QStringLiteral("/variants.vcf"), second));
    JobManager jobs;
    MethylationWorkspace workspace(jobs, nullptr, false);
    workspace.openVcf(data + QStringLiteral("/variants.vcf"));
    workspace.openVcf(second);
    QVERIFY(waitIdle(workspace));
    auto* box = workspace.findChild<QComboBox*>(QStringLiteral("vcfBox"));
    QVERIFY(box);
    QCOMPARE(box->count(), 2);
    const auto refStatus = [&workspace] {
        QAbstractItemModel* model = workspace.variantModel();
        return model->data(model->index(0, VariantTableModel::RefStatus)).toString();
    };
    QVERIFY(refStatus().isEmpty());  // no reference yet: nothing checked
    box->activated(0);
    workspace.openReference(data + QStringLiteral("/genome.fa"));
    QVERIFY(waitIdle(workspace));
    QCOMPARE(box->currentIndex(), 0);  // the re-checks did not switch the VCF on show
    QCOMPARE(refStatus(), VariantTableModel::tr("match"));
    box->activated(1);  // checked in the background, not only the one on show
    QCOMPARE(workspace.variantModel()->rowCount(), 1165);
    QCOMPARE(refStatus(), VariantTableModel::tr("match"));
}

void TestMethylationWorkspace::crashLeavesARecoverableAutosave() {
    QFile::remove(MethylationWorkspace::autosaveFile());
    QFile::remove(MethylationWorkspace::autosaveFile() + QStringLiteral(".running"));
    JobManager jobs;
    QString locus;
    {
        MethylationWorkspace first(jobs);
        QVERIFY(!first.recoverableAutosave());
        first.openDemo();
        QVERIFY(waitIdle(first));
        QVERIFY(first.navigate(QStringLiteral("chr2:20000-26000")));
        QVERIFY(waitIdle(first));
        locus = first.currentLocus();
        QVERIFY(first.autosaveNow());
        QVERIFY(QFile::exists(MethylationWorkspace::autosaveFile() + QStringLiteral(".running")));
    }
    // A clean close removes the marker: nothing to recover.
    {
        MethylationWorkspace clean(jobs);
        QVERIFY(!clean.recoverableAutosave());
    }
    // A crash leaves it (simulated: the marker of a process that never closed).
    QFile marker(MethylationWorkspace::autosaveFile() + QStringLiteral(".running"));
    QVERIFY(marker.open(QIODevice::WriteOnly));
    marker.close();
    MethylationWorkspace after(jobs);
    QVERIFY(after.recoverableAutosave());
    QVERIFY(after.lastMessage().contains(QStringLiteral("recover")));
    QVERIFY(after.recoverAutosave() != 0);
    QVERIFY(waitIdle(after));
    QCOMPARE(after.currentLocus(), locus);
}

void TestMethylationWorkspace::badInputIsShownNotFatal() {
    QTemporaryDir temporary;
    JobManager jobs;
    MethylationWorkspace workspace(jobs, nullptr, false);
    const QString broken = temporary.filePath(QStringLiteral("broken.vcf"));
    QFile file(broken);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("##fileformat=VCFv4.2\n#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\nchr1\tnotanumber\t.\tA\tC\t.\t.\t.\n");
    file.close();
    workspace.openVcf(broken);
    QVERIFY(waitIdle(workspace));
    QVERIFY(workspace.lastMessageIsError());
    QVERIFY2(workspace.lastMessage().contains(QStringLiteral("broken.vcf")), qPrintable(workspace.lastMessage()));
    QVERIFY(!workspace.variantModel()->store());
    workspace.openReference(temporary.filePath(QStringLiteral("missing.fa")));
    QVERIFY(waitIdle(workspace));
    QVERIFY(workspace.lastMessage().contains(QStringLiteral("missing.fa")));
    QVERIFY(!workspace.navigate(QStringLiteral("NO_SUCH_GENE")));
    QVERIFY(workspace.lastMessageIsError());
    QCOMPARE(workspace.scoreLocus(), 0);
    // A session from a newer release is refused by name.
    const QString future = temporary.filePath(QStringLiteral("future.json"));
    QFile session(future);
    QVERIFY(session.open(QIODevice::WriteOnly));
    session.write(R"({"format": "locuscope-session", "version": 99, "workspace": "methylation"})");
    session.close();
    QCOMPARE(workspace.openSession(future), 0);
    QVERIFY2(workspace.lastMessage().contains(QStringLiteral("newer")), qPrintable(workspace.lastMessage()));
}

QTEST_MAIN(TestMethylationWorkspace)
#include "test_methylation_workspace.moc"
