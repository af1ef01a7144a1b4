#include <qcustomplot.h>

#include <QComboBox>
#include <QListWidget>
#include <QSignalSpy>
#include <QTextBrowser>
#include <QToolButton>
#include <QtTest>
#include <cmath>
#include <memory>

#include "core/pipelines/elm_pipeline.h"
#include "core/runtime/runtime.h"
#include "core/runtime/silent_progress.h"
#include "ui/export/figure_exporter.h"
#include "ui/views/elm/additive_effects_figure.h"
#include "ui/views/elm/elm_figure_set.h"
#include "ui/views/elm/elm_selection.h"
#include "ui/views/elm/epistasis_heatmap_figure.h"
#include "ui/views/elm/pair_cluster_figure.h"
#include "ui/views/elm/pairwise_epistasis_figure.h"
#include "ui/views/elm/reconstruction_figure.h"
#include "ui/views/elm/sensitivity_pca_figure.h"
#include "ui/views/elm/sensitivity_variance_figure.h"
#include "ui/views/elm/training_curves_figure.h"

using namespace locuscope;

namespace {

// The figures of one workspace: a shared selection and every figure, in a shown (offscreen) window
// so that axes have pixel geometry for clicks.
struct FigureSet {
    QWidget window;
    ElmSelection selection;
    std::vector<ElmFigure*> figures;

    FigureSet() {
        figures = createElmFigures(selection, &window);
        auto* layout = new QGridLayout(&window);
        for (std::size_t k = 0; k < figures.size(); ++k) {
            layout->addWidget(figures[k], static_cast<int>(k / 4), static_cast<int>(k % 4));
        }
        window.resize(3200, 1400);
    }
    void show() {
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        for (ElmFigure* figure : figures) {
            figure->plot()->replot(QCustomPlot::rpImmediateRefresh);
        }
    }
    void setReport(const std::shared_ptr<const ElmReport>& report) {
        for (ElmFigure* figure : figures) {
            figure->setReport(report);
        }
    }
    template <typename Figure>
    Figure* get() const {
        for (ElmFigure* figure : figures) {
            if (auto* typed = qobject_cast<Figure*>(figure)) {
                return typed;
            }
        }
        return nullptr;
    }
};

template <typename Plottable>
QList<Plottable*> plottablesOf(QCustomPlot* plot) {
    QList<Plottable*> found;
    for (int k = 0; k < plot->plottableCount(); ++k) {
        if (auto* typed = qobject_cast<Plottable*>(plot->plottable(k))) {
            found << typed;
        }
    }
    return found;
}

int finitePairs(const std::vector<double>& matrix, std::size_t loci) {
    int count = 0;
    for (std::size_t i = 0; i < loci; ++i) {
        for (std::size_t j = i + 1; j < loci; ++j) {
            count += std::isfinite(matrix[i * loci + j]) ? 1 : 0;
        }
    }
    return count;
}

}  // namespace

class TestElmFigures : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        configureRuntime(RuntimeOptions{0, "cpu"});
        ElmConfig config;
        config.data = LOCUSCOPE_RESOURCES "/demo/elm";
        config.train.hidden = qEnvironmentVariableIntValue("LOCUSCOPE_FIGURE_HIDDEN") > 0
                                  ? qEnvironmentVariableIntValue("LOCUSCOPE_FIGURE_HIDDEN")
                                  : 64;
        config.train.maxEpochs = qEnvironmentVariableIntValue("LOCUSCOPE_FIGURE_EPOCHS") > 0
                                     ? qEnvironmentVariableIntValue("LOCUSCOPE_FIGURE_EPOCHS")
                                     : 3;
        config.keepSensitivities = true;
        SilentProgress progress;
        report_ = std::make_shared<const ElmReport>(runElm(config, progress));
        QVERIFY(report_->hasTruth);
        QCOMPARE(report_->locusNames.size(), std::size_t(64));
        QVERIFY(report_->traitNames.size() >= 3);
        QVERIFY(!report_->analysis.sensitivities.empty());
    }

    void testSelectionSignalsOnlyOnChange() {
        ElmSelection selection;
        QSignalSpy trait(&selection, &ElmSelection::traitChanged);
        QSignalSpy locus(&selection, &ElmSelection::locusChanged);
        QSignalSpy pair(&selection, &ElmSelection::pairChanged);
        selection.setTrait(0);
        selection.setLocus(-1);
        selection.setPair(-1, -1);
        QCOMPARE(trait.count() + locus.count() + pair.count(), 0);
        selection.setPair(9, 4);
        QCOMPARE(selection.pairFirst(), 4);
        QCOMPARE(selection.pairSecond(), 9);
        selection.setPair(4, 9);
        QCOMPARE(pair.count(), 1);
        QCOMPARE(pair.first().at(0).toInt(), 4);
        selection.setPair(3, 3);  // a locus with itself is no pair
        QVERIFY(!selection.hasPair());
        QCOMPARE(pair.count(), 2);
        selection.setLocus(7);
        selection.setLocus(7);
        selection.setTrait(2);
        selection.setTrait(2);
        QCOMPARE(locus.count(), 1);
        QCOMPARE(trait.count(), 1);
    }

    void testFiguresComeInThePubsOrderWithStableIds() {
        FigureSet set;
        QStringList ids;
        for (ElmFigure* figure : set.figures) {
            ids << figure->figureId();
            QVERIFY(!figure->title().isEmpty());
            QVERIFY(figure->explanation().contains(QStringLiteral("<p")));
            QVERIFY(!figure->message().isEmpty());  // no report yet: a placeholder, not an empty plot
        }
        QCOMPARE(ids, QStringList({"training_curves", "fig1_reconstruction", "fig2_additive_effects",
                                   "fig3_sensitivity_variance", "fig5_pair_clusters",
                                   "fig6_pairwise_epistasis", "epistasis_heatmap", "sensitivity_pca"}));
    }

    void testEveryFigureDrawsTheReport() {
        FigureSet set;
        set.setReport(report_);
        const ElmReport& r = *report_;
        const int samples = static_cast<int>(r.testSampleIds.size());
        const int loci = static_cast<int>(r.locusNames.size());
        for (ElmFigure* figure : set.figures) {
            QVERIFY2(figure->message().isEmpty(),
                     qPrintable(figure->figureId() + QStringLiteral(": ") + figure->message()));
            QVERIFY2(figure->plot()->plottableCount() > 0, qPrintable(figure->figureId()));
        }
        auto* training = set.get<TrainingCurvesFigure>();
        QCOMPARE(training->dataPointCount(), r.replicates.front().history.epochsTrained());
        QCOMPARE(training->plot()->graph(0)->dataCount(), r.replicates.front().history.epochsTrained());
        QCOMPARE(training->plot()->graph(1)->dataCount(), r.replicates.front().history.epochsTrained());

        auto* reconstruction = set.get<ReconstructionFigure>();
        QCOMPARE(reconstruction->dataPointCount(), samples);
        QCOMPARE(reconstruction->plot()->graph(0)->dataCount(), samples);
        QVERIFY(reconstruction->maxErrorShown() <= r.analysis.maxReconstructionError + 1e-12);
        QVERIFY(reconstruction->maxErrorShown() < 1e-3);

        QCOMPARE(set.get<AdditiveEffectsFigure>()->plot()->graph(0)->dataCount(), loci);
        QCOMPARE(set.get<SensitivityVarianceFigure>()->plot()->graph(0)->dataCount(), loci);

        auto* clusters = set.get<PairClusterFigure>();
        QCOMPARE(clusters->dataPointCount(), samples);
        int classTotal = 0;
        for (int count : clusters->classCounts()) {
            classTotal += count;
        }
        QCOMPARE(classTotal, samples);
        QCOMPARE(clusters->classCounts().at(4), 0);  // haploid: no heterozygous class
        QVERIFY(clusters->topPairList()->count() > 0);

        const int pairs = finitePairs(r.analysis.perTrait[0].pairEstimate, r.locusNames.size());
        auto* pairwise = set.get<PairwiseEpistasisFigure>();
        QCOMPARE(pairwise->dataPointCount(), pairs);
        QVERIFY(!pairwise->showsReplicateMean());
        QCOMPARE(plottablesOf<QCPErrorBars>(pairwise->plot()).size(), 0);

        auto* heatmap = set.get<EpistasisHeatmapFigure>();
        QCOMPARE(heatmap->dataPointCount(), loci * (loci - 1) / 2);
        QCOMPARE(heatmap->colorMap()->data()->keySize(), loci);
        QCOMPARE(heatmap->colorMap()->data()->valueSize(), loci);
        QVERIFY(heatmap->colorMap()->colorScale() != nullptr);
        QCOMPARE(heatmap->colorMap()->dataRange().lower,
                 -heatmap->colorMap()->dataRange().upper);  // centred at 0

        auto* pca = set.get<SensitivityPcaFigure>();
        QCOMPARE(pca->dataPointCount(), loci);
        QCOMPARE(pca->componentCount(), static_cast<int>(r.analysis.perTrait[0].pcaExplainedRatio.size()));
        QVERIFY(pca->loadingsRect() != nullptr);
    }

    void testAnnotatedFitsMatchTheReportSummary() {
        FigureSet set;
        set.selection.setTrait(1);  // a trait with epistasis
        set.setReport(report_);
        const ElmTraitSummary& summary = report_->traits[1];
        auto* additive = set.get<AdditiveEffectsFigure>();
        QVERIFY(std::abs(additive->slopeShown() - summary.additiveSlope) < 1e-9);
        QVERIFY(std::abs(additive->r2Shown() - summary.additiveR2) < 1e-9);
        auto* variance = set.get<SensitivityVarianceFigure>();
        QVERIFY(std::abs(variance->quadraticCoefficientShown() - summary.varianceQuadCoef) <
                1e-6 * (1 + std::abs(summary.varianceQuadCoef)));
        QVERIFY(std::abs(variance->r2Shown() - summary.varianceQuadR2) < 1e-6);
        auto* pairwise = set.get<PairwiseEpistasisFigure>();
        QVERIFY(std::abs(pairwise->slopeShown() - summary.pairSlope) < 1e-9);
        QVERIFY(std::abs(pairwise->r2Shown() - summary.pairR2) < 1e-9);

        set.selection.setTrait(0);  // no epistasis in trait 1 of the simulation: no pairwise fit, as the pub
        QVERIFY(std::isnan(set.get<PairwiseEpistasisFigure>()->slopeShown()));
        QVERIFY(std::isnan(set.get<SensitivityVarianceFigure>()->quadraticCoefficientShown()));
    }

    void testClickingAHeatmapCellShowsThatPairsClusters() {
        FigureSet set;
        set.setReport(report_);
        set.show();
        auto* heatmap = set.get<EpistasisHeatmapFigure>();
        auto* clusters = set.get<PairClusterFigure>();
        // A pair that is not the cluster figure's default (its top pair).
        const int i = clusters->shownFirst() == 5 ? 6 : 5, j = 40;
        const QPointF cell = heatmap->cellCentre(j, i);  // the lower triangle: the same pair
        QVERIFY(heatmap->toolTipAt(cell).contains(QString::fromStdString(report_->locusNames[i])));
        QVERIFY(heatmap->toolTipAt(cell).contains(QString::fromStdString(report_->locusNames[j])));
        QSignalSpy pairChanged(&set.selection, &ElmSelection::pairChanged);
        QTest::mouseClick(heatmap->plot(), Qt::LeftButton, Qt::NoModifier, cell.toPoint());
        QCOMPARE(pairChanged.count(), 1);
        QCOMPARE(set.selection.pairFirst(), i);
        QCOMPARE(set.selection.pairSecond(), j);
        QCOMPARE(clusters->shownFirst(), i);
        QCOMPARE(clusters->shownSecond(), j);
        QVERIFY(clusters->title().contains(QString::fromStdString(report_->locusNames[i])));
        QVERIFY(clusters->title().contains(QString::fromStdString(report_->locusNames[j])));
        QCOMPARE(clusters->dataPointCount(), static_cast<int>(report_->testSampleIds.size()));
        const double estimate =
            report_->analysis.perTrait[0].pairEstimate[static_cast<std::size_t>(i) * 64 + j];
        QCOMPARE(clusters->estimateShown(), estimate);
        // The pickers follow, and picking there moves the selection on.
        auto* firstPicker = clusters->findChild<QComboBox*>(QStringLiteral("firstLocusPicker"));
        auto* secondPicker = clusters->findChild<QComboBox*>(QStringLiteral("secondLocusPicker"));
        QCOMPARE(firstPicker->currentIndex(), i);
        QCOMPARE(secondPicker->currentIndex(), j);
        secondPicker->setCurrentIndex(12);
        QCOMPARE(set.selection.pairFirst(), std::min(i, 12));
        QCOMPARE(set.selection.pairSecond(), std::max(i, 12));
        QCOMPARE(clusters->shownSecond(), std::max(i, 12));
        // A click on the diagonal selects nothing.
        set.selection.clearPair();
        heatmap->clickAt(heatmap->cellCentre(3, 3));
        QVERIFY(!set.selection.hasPair());
        // The slot does what a click does.
        heatmap->selectCell(20, 2);
        QCOMPARE(set.selection.pairFirst(), 2);
        QCOMPARE(clusters->shownSecond(), 20);
    }

    void testTopPairsListSelectsAPair() {
        FigureSet set;
        set.selection.setTrait(1);
        set.setReport(report_);
        auto* clusters = set.get<PairClusterFigure>();
        clusters->setRanking(PairClusterFigure::PairRanking::ByTruth);
        QListWidget* list = clusters->topPairList();
        int truePairs = 0;
        for (int a = 0; a < 64; ++a) {
            for (int b = a + 1; b < 64; ++b) {
                truePairs += report_->truth.pairEffect(1, a, b) != 0.0 ? 1 : 0;
            }
        }
        QCOMPARE(list->count(), std::min(30, truePairs));
        const QPoint pair = list->item(2)->data(Qt::UserRole).toPoint();
        QVERIFY(report_->truth.pairEffect(1, pair.x(), pair.y()) != 0.0);
        emit list->itemClicked(list->item(2));
        QCOMPARE(set.selection.pairFirst(), pair.x());
        QCOMPARE(set.selection.pairSecond(), pair.y());
        QCOMPARE(clusters->shownFirst(), pair.x());
    }

    void testClickingALocusSelectsItEverywhere() {
        FigureSet set;
        set.setReport(report_);
        set.show();
        auto* additive = set.get<AdditiveEffectsFigure>();
        const int locus = 17;
        QCustomPlot* plot = additive->plot();
        const QPointF pixel(plot->xAxis->coordToPixel(additive->truthShown()[locus]),
                            plot->yAxis->coordToPixel(additive->estimateShown()[locus]));
        additive->clickAt(pixel);
        // The locus clicked, or one drawn within a few pixels of it.
        const int selected = set.selection.locus();
        QVERIFY(selected >= 0);
        const QPointF selectedPixel(plot->xAxis->coordToPixel(additive->truthShown()[selected]),
                                    plot->yAxis->coordToPixel(additive->estimateShown()[selected]));
        QVERIFY((selectedPixel - pixel).manhattanLength() < 12);
        QVERIFY(additive->toolTipAt(pixel).contains(QString::fromStdString(report_->locusNames[selected])));
        // Every per-locus figure rings it: the ring graph holds one point at that locus.
        auto ringPoints = [](QCustomPlot* p) {
            for (int g = 0; g < p->graphCount(); ++g) {
                if (p->graph(g)->scatterStyle().shape() == QCPScatterStyle::ssCircle &&
                    p->graph(g)->scatterStyle().pen().color() == QColor(0xd5, 0x00, 0x32)) {
                    return p->graph(g)->dataCount();
                }
            }
            return -1;
        };
        QCOMPARE(ringPoints(plot), 1);
        QCOMPARE(ringPoints(set.get<SensitivityVarianceFigure>()->plot()), 1);
        QCOMPARE(ringPoints(set.get<SensitivityPcaFigure>()->plot()), 1);
        set.selection.setLocus(-1);
        QCOMPARE(ringPoints(set.get<SensitivityPcaFigure>()->plot()), 0);
    }

    void testResetViewUndoesZoomAndDrag() {
        FigureSet set;
        set.setReport(report_);
        for (ElmFigure* figure : set.figures) {
            QCustomPlot* plot = figure->plot();
            const QCPRange x = plot->xAxis->range(), y = plot->yAxis->range();
            plot->xAxis->scaleRange(0.2);
            plot->yAxis->moveRange(y.size());
            figure->resetView();
            QVERIFY2(std::abs(plot->xAxis->range().lower - x.lower) < 1e-9 * (1 + x.size()),
                     qPrintable(figure->figureId()));
            QVERIFY2(std::abs(plot->xAxis->range().upper - x.upper) < 1e-9 * (1 + x.size()),
                     qPrintable(figure->figureId()));
            QVERIFY2(std::abs(plot->yAxis->range().lower - y.lower) < 1e-9 * (1 + y.size()),
                     qPrintable(figure->figureId()));
            QVERIFY(plot->interactions().testFlag(QCP::iRangeDrag));
            QVERIFY(plot->interactions().testFlag(QCP::iRangeZoom));
        }
    }

    void testTeachingPanelTogglesAndExplains() {
        FigureSet set;
        set.setReport(report_);
        auto* additive = set.get<AdditiveEffectsFigure>();
        auto* panel = additive->findChild<QTextBrowser*>(QStringLiteral("teachingPanel"));
        QVERIFY(panel);
        QVERIFY(panel->toPlainText().contains(QStringLiteral("∂P/∂x")));
        QVERIFY(additive->explanationVisible());
        additive->findChild<QToolButton*>(QStringLiteral("explainButton"))->click();
        QVERIFY(!additive->explanationVisible());
        additive->setExplanationVisible(true);
        QVERIFY(additive->explanationVisible());
    }

    void testTraitSelectorChangesEveryFigure() {
        FigureSet set;
        set.setReport(report_);
        auto* additive = set.get<AdditiveEffectsFigure>();
        auto* box = set.figures[5]->findChild<QComboBox*>(QStringLiteral("traitSelector"));
        QVERIFY(box);
        QCOMPARE(box->count(), static_cast<int>(report_->traitNames.size()));
        box->setCurrentIndex(2);
        QCOMPARE(set.selection.trait(), 2);
        for (ElmFigure* figure : set.figures) {
            QCOMPARE(figure->findChild<QComboBox*>(QStringLiteral("traitSelector"))->currentIndex(), 2);
        }
        const std::vector<double>& mean = report_->analysis.perTrait[2].meanSensitivity;
        QCOMPARE(additive->estimateShown(), QVector<double>(mean.begin(), mean.end()));
        const QString traitName = QString::fromStdString(report_->traitNames[2]);
        auto* title = qobject_cast<QCPTextElement*>(additive->plot()->plotLayout()->element(0, 0));
        QVERIFY(title && title->text().contains(traitName));
    }

    void testWithoutTruthFiguresRankTheEstimates() {
        auto copy = std::make_shared<ElmReport>(*report_);
        copy->hasTruth = false;
        copy->truth = TrueEffects{};
        FigureSet set;
        set.setReport(copy);
        const int loci = 64;
        for (auto* figure : std::initializer_list<LocusEstimateFigure*>{
                 set.get<AdditiveEffectsFigure>(), set.get<SensitivityVarianceFigure>()}) {
            QVERIFY(figure->showsRanking());
            int bars = 0;
            for (QCPBars* b : plottablesOf<QCPBars>(figure->plot())) {
                if (b->brush().style() != Qt::NoBrush) {
                    bars += b->dataCount();
                }
            }
            QCOMPARE(bars, loci);
        }
        auto* pairwise = set.get<PairwiseEpistasisFigure>();
        QVERIFY(pairwise->showsRanking());
        QCOMPARE(pairwise->dataPointCount(), finitePairs(copy->analysis.perTrait[0].pairEstimate, 64));
        QVERIFY(pairwise->title().contains(QStringLiteral("ranked")));
        auto* clusters = set.get<PairClusterFigure>();
        QVERIFY(clusters->message().isEmpty());
        QVERIFY(clusters->topPairList()->count() > 0);
        // Every figure still draws something and none crashes on hover.
        for (ElmFigure* figure : set.figures) {
            QVERIFY2(figure->message().isEmpty(), qPrintable(figure->figureId()));
            figure->toolTipAt(QPointF(100, 100));
        }
    }

    void testWithoutSensitivitiesTheClusterFigureSaysSo() {
        auto copy = std::make_shared<ElmReport>(*report_);
        copy->analysis.sensitivities.clear();
        FigureSet set;
        set.setReport(copy);
        auto* clusters = set.get<PairClusterFigure>();
        QVERIFY(clusters->message().contains(QStringLiteral("sensitivities")));
        QCOMPARE(clusters->dataPointCount(), 0);
        QCOMPARE(clusters->plot()->graphCount(), 0);
        QVERIFY(clusters->topPairList()->count() > 0);  // the estimates still rank pairs
        QVERIFY(set.get<AdditiveEffectsFigure>()->message().isEmpty());
    }

    void testReplicatesDrawTheMeanWithErrorBars() {
        auto copy = std::make_shared<ElmReport>(*report_);
        copy->replicates.push_back(copy->replicates.front());
        copy->replicates.back().index = 1;
        for (std::size_t t = 0; t < copy->traitNames.size(); ++t) {
            copy->pairMean[t] = copy->analysis.perTrait[t].pairEstimate;
            copy->pairSd[t].assign(copy->pairMean[t].size(), 0.01);
        }
        FigureSet set;
        set.setReport(copy);
        auto* pairwise = set.get<PairwiseEpistasisFigure>();
        QVERIFY(pairwise->showsReplicateMean());
        QVERIFY(pairwise->title().contains(QStringLiteral("mean of 2")));
        const QList<QCPErrorBars*> bars = plottablesOf<QCPErrorBars>(pairwise->plot());
        QCOMPARE(bars.size(), 1);
        QCOMPARE(bars.front()->dataCount(), pairwise->dataPointCount());
        QCOMPARE(bars.front()->data()->at(0).errorPlus, 0.01);
    }

    void testANullReportClearsEveryFigure() {
        FigureSet set;
        set.setReport(report_);
        set.setReport(nullptr);
        for (ElmFigure* figure : set.figures) {
            QVERIFY(!figure->message().isEmpty());
            QCOMPARE(figure->dataPointCount(), 0);
            QCOMPARE(figure->plot()->plottableCount(), 0);
        }
    }

    void testTrainingCurvesGrowLive() {
        ElmSelection selection;
        TrainingCurvesFigure figure(selection);
        QCOMPARE(figure.epochCount(), 0);
        QVERIFY(!figure.message().isEmpty());
        const double rates[] = {1e-3, 1e-3, 1e-3, 5e-4, 5e-4};
        for (int e = 1; e <= 5; ++e) {
            figure.appendEpoch(EpochRecord{e, 1.0 / e, 1.2 / e, rates[e - 1], 0.1});
        }
        QCOMPARE(figure.epochCount(), 5);
        QVERIFY(figure.message().isEmpty());
        QCOMPARE(figure.plot()->graph(0)->dataCount(), 5);
        QCOMPARE(figure.plot()->graph(1)->dataCount(), 5);
        int lines = 0;
        for (int k = 0; k < figure.plot()->itemCount(); ++k) {
            lines += qobject_cast<QCPItemStraightLine*>(figure.plot()->item(k)) ? 1 : 0;
        }
        QCOMPARE(lines, 1);  // the learning-rate drop before epoch 4
        figure.clearEpochs();
        QCOMPARE(figure.epochCount(), 0);
        QCOMPARE(figure.plot()->plottableCount(), 0);
    }

    void testTrainingCurvesMarkBestEpochAndEarlyStop() {
        auto copy = std::make_shared<ElmReport>(*report_);
        ElmTrainingHistory& history = copy->replicates.front().history;
        history.epochs.clear();
        for (int e = 1; e <= 12; ++e) {
            history.epochs.push_back(
                EpochRecord{e, 1.0 / e, 0.5 + std::abs(e - 4) * 0.01, e > 7 ? 5e-4 : 1e-3, 0.1});
        }
        history.bestEpoch = 4;
        history.stoppedEarly = true;
        ElmSelection selection;
        TrainingCurvesFigure figure(selection);
        figure.setReport(copy);
        int lines = 0, texts = 0;
        for (int k = 0; k < figure.plot()->itemCount(); ++k) {
            lines += qobject_cast<QCPItemStraightLine*>(figure.plot()->item(k)) ? 1 : 0;
            if (auto* text = qobject_cast<QCPItemText*>(figure.plot()->item(k))) {
                texts += text->text().contains(QStringLiteral("best epoch 4")) ||
                                 text->text().contains(QStringLiteral("early stop"))
                             ? 1
                             : 0;
            }
        }
        QCOMPARE(lines, 3);  // LR drop, best epoch, early stop
        QCOMPARE(texts, 2);
    }

    // Not a check: writes every figure as PNG into $LOCUSCOPE_FIGURE_DIR for a look by eye.
    void writeFiguresForInspection() {
        const QString directory = qEnvironmentVariable("LOCUSCOPE_FIGURE_DIR");
        if (directory.isEmpty()) {
            QSKIP("set LOCUSCOPE_FIGURE_DIR to write the figures");
        }
        FigureSet set;
        set.selection.setTrait(1);
        set.setReport(report_);
        const int top = report_->traits[1].topVarianceLoci.front();
        set.selection.setLocus(top);
        set.selection.setPair(top, report_->truth.partnerOf(1, top));
        QString error;
        FigureExportOptions options;
        QVERIFY2(!exportFigures(set.figures, directory, {FigureFormat::Png}, options, &error).isEmpty(),
                 qPrintable(error));
        auto copy = std::make_shared<ElmReport>(*report_);
        copy->hasTruth = false;
        copy->replicates.push_back(copy->replicates.front());
        for (std::size_t t = 0; t < copy->traitNames.size(); ++t) {
            copy->pairMean[t] = copy->analysis.perTrait[t].pairEstimate;
            copy->pairSd[t].assign(copy->pairMean[t].size(), 0.002);
        }
        set.setReport(copy);
        QVERIFY2(!exportFigures(set.figures, directory + QStringLiteral("/no_truth"), {FigureFormat::Png},
                                options, &error)
                      .isEmpty(),
                 qPrintable(error));
    }

private:
    std::shared_ptr<const ElmReport> report_;
};

QTEST_MAIN(TestElmFigures)
#include "test_elm_figures.moc"
