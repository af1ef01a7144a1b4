#include "ui/views/elm/pair_cluster_figure.h"

#include <qcustomplot.h>

#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>
#include <numeric>

#include "core/pipelines/elm_pipeline.h"
#include "ui/views/elm/elm_plot_style.h"
#include "ui/views/elm/elm_selection.h"

namespace locuscope {
namespace {

constexpr int heterozygousClass = 4;
constexpr int topPairCount = 30;

int genotypeClass(float a, float b) {
    if (a == 0.0f || b == 0.0f) {
        return heterozygousClass;
    }
    return (a > 0 ? 2 : 0) + (b > 0 ? 1 : 0);
}

}  // namespace

PairClusterFigure::PairClusterFigure(ElmSelection& selection, QWidget* parent)
    : ElmFigure(selection, parent) {
    firstPicker_ = new QComboBox(this);
    firstPicker_->setObjectName(QStringLiteral("firstLocusPicker"));
    secondPicker_ = new QComboBox(this);
    secondPicker_->setObjectName(QStringLiteral("secondLocusPicker"));
    for (QComboBox* picker : {firstPicker_, secondPicker_}) {
        picker->setToolTip(tr("Choose the pair of loci to plot"));
        picker->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        connect(picker, &QComboBox::currentIndexChanged, this, &PairClusterFigure::onPickerChanged);
    }
    auto* pairLabel = new QLabel(tr("Pair:"), this);
    pairLabel->setBuddy(firstPicker_);
    addHeaderWidget(secondPicker_);
    addHeaderWidget(new QLabel(QStringLiteral("×"), this));
    addHeaderWidget(firstPicker_);
    addHeaderWidget(pairLabel);

    auto* box = new QGroupBox(tr("Top pairs"), this);
    auto* boxLayout = new QVBoxLayout(box);
    rankingBox_ = new QComboBox(box);
    rankingBox_->setObjectName(QStringLiteral("pairRanking"));
    rankingBox_->addItem(tr("by estimated |β̂ᵢⱼ|"), static_cast<int>(PairRanking::ByEstimate));
    rankingBox_->addItem(tr("by true |βᵢⱼ|"), static_cast<int>(PairRanking::ByTruth));
    topPairs_ = new QListWidget(box);
    topPairs_->setObjectName(QStringLiteral("topPairs"));
    topPairs_->setToolTip(tr("Click a pair to plot its genotype clusters"));
    boxLayout->addWidget(rankingBox_);
    boxLayout->addWidget(topPairs_, 1);
    addSideWidget(box);
    connect(rankingBox_, &QComboBox::currentIndexChanged, this, [this] { fillTopPairs(); });
    connect(topPairs_, &QListWidget::itemClicked, this, [this](QListWidgetItem* item) {
        const QPoint pair = item->data(Qt::UserRole).toPoint();
        this->selection().setPair(pair.x(), pair.y());
    });
    connect(&selection, &ElmSelection::pairChanged, this, [this] {
        const int first = this->selection().hasPair() ? this->selection().pairFirst() : first_;
        const int second = this->selection().hasPair() ? this->selection().pairSecond() : second_;
        if (first != first_ || second != second_) {
            redraw();
        }
    });
    redraw();
}

QString PairClusterFigure::title() const {
    if (first_ < 0) {
        return tr("Fig 5 · Genotype clusters of a locus pair");
    }
    return tr("Fig 5 · Genotype clusters of %1").arg(pairName(first_, second_));
}

QString PairClusterFigure::explanation() const {
    return tr(
        "<h3>Epistasis makes four clusters</h3>"
        "<p>Take two loci i and j that interact. The sensitivity of the phenotype to locus i depends on "
        "the genotype at j, and the other way round:</p>"
        "<p style=\"font-size:large\"><b>∂P/∂x<sub>i</sub> = β<sub>i</sub> + β<sub>ij</sub> · "
        "x<sub>j</sub> &nbsp;&nbsp; ∂P/∂x<sub>j</sub> = β<sub>j</sub> + β<sub>ij</sub> · "
        "x<sub>i</sub></b></p>"
        "<p>Each point is one test sample, placed by its two sensitivities and coloured by its "
        "genotypes at the two loci. With epistasis the samples fall into four clusters, one per "
        "genotype combination, shifted by ±β<sub>ij</sub> along each axis (sometimes a "
        "parallelogram, because other loci add their own spread). Without epistasis the clusters "
        "sit on top of each other.</p>"
        "<p>The crosses mark the class means; the estimate combines them:<br/>"
        "β̂<sub>ij</sub> = −¼ (s̄<sub>−−</sub> − s̄<sub>−+</sub> + s̄<sub>+−</sub> − "
        "s̄<sub>++</sub>), averaged over both loci.</p>"
        "<p>Pick a pair above, click one in the list, or click a cell of the epistasis map. For "
        "diploid data, samples heterozygous at either locus (x = 0) are grey: they belong to no "
        "class and do not enter β̂<sub>ij</sub>.</p>");
}

void PairClusterFigure::setRanking(PairRanking ranking) {
    rankingBox_->setCurrentIndex(rankingBox_->findData(static_cast<int>(ranking)));
}

QVector<QPair<int, int>> PairClusterFigure::rankedPairs(PairRanking ranking, int count) const {
    QVector<QPair<int, int>> pairs;
    const ElmReport* r = report();
    if (!r) {
        return pairs;
    }
    const int loci = static_cast<int>(r->locusNames.size());
    const int t = trait();
    QVector<double> score;
    if (ranking == PairRanking::ByTruth) {
        if (!r->hasTruth) {
            return pairs;
        }
        for (int i = 0; i < loci; ++i) {
            for (int j = i + 1; j < loci; ++j) {
                const double beta = r->truth.pairEffect(t, i, j);
                if (beta != 0.0) {
                    pairs.append({i, j});
                    score << std::abs(beta);
                }
            }
        }
    } else {
        if (t >= static_cast<int>(r->analysis.perTrait.size())) {
            return pairs;
        }
        const std::vector<double>& estimate = r->analysis.perTrait[t].pairEstimate;
        if (estimate.size() != static_cast<std::size_t>(loci) * loci) {
            return pairs;
        }
        for (int i = 0; i < loci; ++i) {
            for (int j = i + 1; j < loci; ++j) {
                const double beta = estimate[static_cast<std::size_t>(i) * loci + j];
                if (std::isfinite(beta)) {
                    pairs.append({i, j});
                    score << std::abs(beta);
                }
            }
        }
    }
    QVector<int> order(pairs.size());
    std::iota(order.begin(), order.end(), 0);
    const int kept = std::min(count, static_cast<int>(order.size()));
    std::partial_sort(order.begin(), order.begin() + kept, order.end(),
                      [&](int a, int b) { return score[a] > score[b]; });
    QVector<QPair<int, int>> top;
    for (int k = 0; k < kept; ++k) {
        top << pairs[order[k]];
    }
    return top;
}

void PairClusterFigure::chooseShownPair() {
    const int loci = report() ? static_cast<int>(report()->locusNames.size()) : 0;
    if (selection().hasPair() && selection().pairSecond() < loci) {
        first_ = selection().pairFirst();
        second_ = selection().pairSecond();
        return;
    }
    const QVector<QPair<int, int>> top = rankedPairs(PairRanking::ByEstimate, 1);
    if (!top.isEmpty()) {
        first_ = top.front().first;
        second_ = top.front().second;
    } else if (loci >= 2) {
        first_ = 0;
        second_ = 1;
    } else {
        first_ = second_ = -1;
    }
}

void PairClusterFigure::fillLocusPickers() {
    for (QComboBox* picker : {firstPicker_, secondPicker_}) {
        const QSignalBlocker blocker(picker);
        picker->clear();
        if (report()) {
            for (const std::string& name : report()->locusNames) {
                picker->addItem(QString::fromStdString(name));
            }
        }
        picker->setEnabled(report() != nullptr);
    }
    const QSignalBlocker blockFirst(firstPicker_), blockSecond(secondPicker_);
    firstPicker_->setCurrentIndex(first_);
    secondPicker_->setCurrentIndex(second_);
}

void PairClusterFigure::onPickerChanged() {
    const int i = firstPicker_->currentIndex(), j = secondPicker_->currentIndex();
    if (i >= 0 && j >= 0 && i != j) {
        selection().setPair(i, j);
    }
}

void PairClusterFigure::fillTopPairs() {
    const QSignalBlocker blocker(topPairs_);
    topPairs_->clear();
    const bool withTruth = report() && report()->hasTruth;
    rankingBox_->setVisible(withTruth);
    if (!report()) {
        return;
    }
    const auto ranking =
        withTruth ? static_cast<PairRanking>(rankingBox_->currentData().toInt()) : PairRanking::ByEstimate;
    const ElmReport& r = *report();
    const int loci = static_cast<int>(r.locusNames.size());
    const int t = trait();
    const std::vector<double>* estimate =
        t < static_cast<int>(r.analysis.perTrait.size()) ? &r.analysis.perTrait[t].pairEstimate : nullptr;
    for (const auto& [i, j] : rankedPairs(ranking, topPairCount)) {
        const std::size_t k = static_cast<std::size_t>(i) * loci + j;
        QString text = tr("%1   β̂ = %2")
                           .arg(pairName(i, j),
                                elm_style::number(estimate && k < estimate->size() ? (*estimate)[k] : NAN));
        if (withTruth) {
            text += tr("   (true %1)").arg(elm_style::number(truthScale() * r.truth.pairEffect(t, i, j)));
        }
        auto* item = new QListWidgetItem(text, topPairs_);
        item->setData(Qt::UserRole, QPoint(i, j));
        if (i == first_ && j == second_) {
            topPairs_->setCurrentItem(item);
        }
    }
}

void PairClusterFigure::rebuild() {
    resetPlot();
    x_.clear();
    y_.clear();
    class_.clear();
    counts_ = QVector<int>(5, 0);
    estimate_ = NAN;
    if (!report()) {
        first_ = second_ = -1;
        fillLocusPickers();
        fillTopPairs();
        showMessage(tr("Run an ELM analysis to see its figures."));
        return;
    }
    chooseShownPair();
    fillLocusPickers();
    fillTopPairs();
    if (first_ < 0) {
        showMessage(tr("These data have fewer than two loci."));
        return;
    }
    const ElmAnalysisResult& a = report()->analysis;
    const std::size_t loci = report()->locusNames.size();
    if (static_cast<std::size_t>(trait()) < a.perTrait.size() &&
        a.perTrait[trait()].pairEstimate.size() == loci * loci) {
        estimate_ = a.perTrait[trait()].pairEstimate[first_ * loci + second_];
    }
    if (a.sensitivities.size() != a.samples * a.traits * a.loci || a.samples == 0 ||
        report()->testGenotypes.size() != a.samples * loci) {
        showMessage(
            tr("Per-sample sensitivities were not kept in this report.\n"
               "Run the analysis again with \"keep sensitivities\" to see the genotype clusters."));
        return;
    }
    drawClusters();
}

void PairClusterFigure::drawClusters() {
    const ElmReport& r = *report();
    const ElmAnalysisResult& a = r.analysis;
    const std::size_t samples = a.samples, loci = a.loci, traits = a.traits;
    const std::size_t t = static_cast<std::size_t>(trait());
    const std::size_t i = static_cast<std::size_t>(first_), j = static_cast<std::size_t>(second_);
    x_.resize(static_cast<qsizetype>(samples));
    y_.resize(static_cast<qsizetype>(samples));
    class_.resize(static_cast<qsizetype>(samples));
    QVector<QVector<double>> classX(5), classY(5);
    for (std::size_t s = 0; s < samples; ++s) {
        const float* row = a.sensitivities.data() + (s * traits + t) * loci;
        x_[s] = row[i];
        y_[s] = row[j];
        const int c = genotypeClass(r.testGenotypes[s * loci + i], r.testGenotypes[s * loci + j]);
        class_[s] = c;
        classX[c] << x_[s];
        classY[c] << y_[s];
    }
    QCustomPlot* p = plot();
    const QString a1 = locusName(first_), b1 = locusName(second_);
    const QString labels[4] = {tr("%1 −1, %2 −1").arg(a1, b1), tr("%1 −1, %2 +1").arg(a1, b1),
                               tr("%1 +1, %2 −1").arg(a1, b1), tr("%1 +1, %2 +1").arg(a1, b1)};
    const QColor colours[5] = {elm_style::palette(0), elm_style::palette(1), elm_style::palette(2),
                               elm_style::palette(4), QColor(0xa0, 0xa0, 0xa0)};
    QVector<double> meanX, meanY;
    QList<QCPAbstractPlottable*> legendEntries;
    for (int c = 0; c < 5; ++c) {
        counts_[c] = static_cast<int>(classX[c].size());
        if (classX[c].isEmpty()) {
            continue;
        }
        QCPGraph* graph = p->addGraph();
        graph->setLineStyle(QCPGraph::lsNone);
        graph->setScatterStyle(elm_style::points(colours[c], 5, static_cast<int>(samples)));
        graph->setName((c < 4 ? labels[c] : tr("heterozygous at either locus")) +
                       tr(" (n = %1)").arg(classX[c].size()));
        graph->setData(classX[c], classY[c]);
        legendEntries << graph;
        if (c < 4) {
            double sx = 0, sy = 0;
            for (qsizetype k = 0; k < classX[c].size(); ++k) {
                sx += classX[c][k];
                sy += classY[c][k];
            }
            meanX << sx / classX[c].size();
            meanY << sy / classX[c].size();
        }
    }
    QCPGraph* means = p->addGraph();
    means->setName(tr("class means"));
    means->setLineStyle(QCPGraph::lsNone);
    means->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCross, QPen(Qt::black, 2.5), Qt::NoBrush, 13));
    means->setData(meanX, meanY);
    legendEntries << means;
    setDataPointCount(static_cast<int>(samples));

    p->xAxis->setLabel(tr("sensitivity to %1 (∂f/∂xᵢ)").arg(a1));
    p->yAxis->setLabel(tr("sensitivity to %1 (∂f/∂xⱼ)").arg(b1));
    addLegendBelow(legendEntries, 2);
    QString note = tr("estimated βᵢⱼ = %1").arg(elm_style::number(estimate_, 3));
    if (r.hasTruth) {
        note += tr("\ntrue βᵢⱼ%1 = %2")
                    .arg(truthSuffix(), elm_style::number(truthScale() * r.truth.pairEffect(t, i, j), 3));
    }
    elm_style::addNote(p, mainRect(), note, 0.03, 0.03, Qt::AlignLeft | Qt::AlignTop);
    applyDefaultView();
}

ElmFigure::Hit PairClusterFigure::hitAt(const QPointF& pixel) const {
    Hit hit;
    const int index = nearestPoint(x_, y_, plot()->xAxis, plot()->yAxis, pixel, 6.0);
    if (index < 0 || !report()) {
        return hit;
    }
    const auto& ids = report()->testSampleIds;
    const std::size_t loci = report()->locusNames.size();
    const float gi = report()->testGenotypes[index * loci + first_];
    const float gj = report()->testGenotypes[index * loci + second_];
    hit.kind = Hit::Other;
    hit.text = tr("Sample %1\n%2 = %3, %4 = %5\n∂f/∂xᵢ = %6, ∂f/∂xⱼ = %7")
                   .arg(index < static_cast<int>(ids.size()) ? QString::fromStdString(ids[index])
                                                             : QString::number(index),
                        locusName(first_), QString::number(gi), locusName(second_), QString::number(gj),
                        elm_style::number(x_[index], 4), elm_style::number(y_[index], 4));
    return hit;
}

}  // namespace locuscope
