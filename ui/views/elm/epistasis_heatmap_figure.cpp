#include "ui/views/elm/epistasis_heatmap_figure.h"

#include <qcustomplot.h>

#include <algorithm>
#include <cmath>

#include "core/pipelines/elm_pipeline.h"
#include "ui/views/elm/elm_plot_style.h"
#include "ui/views/elm/elm_selection.h"

namespace locuscope {
namespace {

// Blue (negative) – white (0) – red (positive), ColorBrewer RdBu.
QCPColorGradient divergingGradient() {
    QCPColorGradient gradient;
    gradient.clearColorStops();
    gradient.setColorStopAt(0.0, QColor(0x05, 0x30, 0x61));
    gradient.setColorStopAt(0.2, QColor(0x21, 0x66, 0xac));
    gradient.setColorStopAt(0.4, QColor(0x92, 0xc5, 0xde));
    gradient.setColorStopAt(0.5, QColor(0xf7, 0xf7, 0xf7));
    gradient.setColorStopAt(0.6, QColor(0xf4, 0xa5, 0x82));
    gradient.setColorStopAt(0.8, QColor(0xb2, 0x18, 0x2b));
    gradient.setColorStopAt(1.0, QColor(0x67, 0x00, 0x1f));
    gradient.setColorInterpolation(QCPColorGradient::ciRGB);
    gradient.setNanHandling(QCPColorGradient::nhNanColor);
    gradient.setNanColor(QColor(0xd9, 0xd9, 0xd9));
    gradient.setLevelCount(256);
    return gradient;
}

QCPItemRect* cellMark(QCustomPlot* plot, const QPen& pen) {
    auto* rect = new QCPItemRect(plot);
    rect->setPen(pen);
    rect->setBrush(Qt::NoBrush);
    rect->setVisible(false);
    rect->setLayer(QStringLiteral("overlay"));
    rect->setClipToAxisRect(true);
    return rect;
}

}  // namespace

EpistasisHeatmapFigure::EpistasisHeatmapFigure(ElmSelection& selection, QWidget* parent)
    : ElmFigure(selection, parent) {
    redraw();
}

QString EpistasisHeatmapFigure::title() const {
    return tr("Pairwise epistasis map");
}

QString EpistasisHeatmapFigure::explanation() const {
    return tr(
        "<h3>All pairs at a glance</h3>"
        "<p>Row i, column j holds the estimated interaction β̂<sub>ij</sub> between loci i and j, "
        "read off the network's sensitivities:</p>"
        "<p style=\"font-size:large\"><b>∂P/∂x<sub>i</sub> = β<sub>i</sub> + Σ<sub>j</sub> "
        "β<sub>ij</sub> · x<sub>j</sub></b></p>"
        "<p>Red cells are positive interactions (the two alleles together raise the phenotype more "
        "than their separate effects), blue cells negative ones; white is no interaction. The map is "
        "symmetric and the diagonal (a locus with itself) is grey. Circles mark the pairs that truly "
        "interact in a simulation.</p>"
        "<p>Click a cell to see that pair's genotype clusters.</p>");
}

void EpistasisHeatmapFigure::rebuild() {
    resetPlot();
    map_ = nullptr;
    loci_ = 0;
    std::fill(std::begin(pairMarks_), std::end(pairMarks_), nullptr);
    std::fill(std::begin(locusMarks_), std::end(locusMarks_), nullptr);
    const ElmReport* r = report();
    if (!r) {
        showMessage(tr("Run an ELM analysis to see its figures."));
        return;
    }
    const int loci = static_cast<int>(r->locusNames.size());
    const std::size_t t = static_cast<std::size_t>(trait());
    if (loci < 2 || t >= r->analysis.perTrait.size() ||
        r->analysis.perTrait[t].pairEstimate.size() != static_cast<std::size_t>(loci) * loci) {
        showMessage(tr("The report holds no pairwise estimates for this trait."));
        return;
    }
    loci_ = loci;
    const std::vector<double>& estimate = r->analysis.perTrait[t].pairEstimate;
    QCustomPlot* p = plot();
    map_ = new QCPColorMap(p->xAxis, p->yAxis);
    map_->setName(tr("estimated βᵢⱼ"));
    map_->removeFromLegend();
    map_->data()->setSize(loci, loci);
    map_->data()->setRange(QCPRange(0, loci - 1), QCPRange(0, loci - 1));
    double largest = 0;
    for (int i = 0; i < loci; ++i) {
        for (int j = 0; j < loci; ++j) {
            const double value = estimate[static_cast<std::size_t>(i) * loci + j];
            map_->data()->setCell(j, i, value);  // column j across, row i down
            if (std::isfinite(value)) {
                largest = std::max(largest, std::abs(value));
            }
        }
    }
    map_->setInterpolate(false);
    map_->setTightBoundary(false);
    setDataPointCount(loci * (loci - 1) / 2);

    auto* scale = new QCPColorScale(p);
    panels()->addElement(0, 1, scale);
    panels()->setColumnStretchFactor(1, 0.01);
    scale->setType(QCPAxis::atRight);
    scale->setBarWidth(14);
    scale->axis()->setLabel(tr("estimated βᵢⱼ"));
    // The map takes the scale's gradient and range when joined to it: set them after.
    map_->setColorScale(scale);
    map_->setGradient(divergingGradient());
    map_->setDataRange(QCPRange(-std::max(largest, 1e-12), std::max(largest, 1e-12)));
    if (!marginGroup_) {
        marginGroup_ = new QCPMarginGroup(p);
    }
    mainRect()->setMarginGroup(QCP::msTop | QCP::msBottom, marginGroup_);
    scale->setMarginGroup(QCP::msTop | QCP::msBottom, marginGroup_);

    if (r->hasTruth) {
        QVector<double> x, y;
        for (int i = 0; i < loci; ++i) {
            for (int j = 0; j < loci; ++j) {
                if (i != j && r->truth.pairEffect(t, i, j) != 0.0) {
                    x << j;
                    y << i;
                }
            }
        }
        // A black ring on a white halo: visible on dark and light cells alike.
        const double size = std::clamp(320.0 / loci, 5.0, 14.0);
        QCPGraph* halo = p->addGraph();
        halo->setLineStyle(QCPGraph::lsNone);
        halo->setScatterStyle(
            QCPScatterStyle(QCPScatterStyle::ssCircle, QPen(Qt::white, 3.0), Qt::NoBrush, size));
        halo->setData(x, y);
        halo->removeFromLegend();
        QCPGraph* truePairs = p->addGraph();
        truePairs->setName(tr("interacting in the simulation"));
        truePairs->setLineStyle(QCPGraph::lsNone);
        truePairs->setScatterStyle(
            QCPScatterStyle(QCPScatterStyle::ssCircle, QPen(Qt::black, 1.3), Qt::NoBrush, size));
        truePairs->setData(x, y);
        addLegendBelow({truePairs}, 1);
    }

    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    const int step = std::max(1, (loci + 31) / 32);
    for (int i = 0; i < loci; i += step) {
        ticker->addTick(i, locusName(i));
    }
    QFont small = p->font();
    small.setPointSizeF(small.pointSizeF() * (loci > 32 ? 0.7 : 0.85));
    for (QCPAxis* axis : {p->xAxis, p->yAxis}) {
        axis->setTicker(ticker);
        axis->setTickLabelFont(small);
        axis->grid()->setVisible(false);
        axis->setSubTicks(false);
    }
    p->xAxis->setTickLabelRotation(90);
    p->xAxis->setLabel(tr("locus j"));
    p->yAxis->setLabel(tr("locus i"));
    p->yAxis->setRangeReversed(true);  // row 0 at the top, as a matrix reads

    // Black marks: the diverging scale already uses red.
    const QPen pairPen(Qt::black, 2.5);
    const QPen locusPen(QColor(0x30, 0x30, 0x30), 1.2, Qt::DashLine);
    for (int k = 0; k < 2; ++k) {
        pairMarks_[k] = cellMark(p, pairPen);
        locusMarks_[k] = cellMark(p, locusPen);
    }
    applyDefaultView();
}

void EpistasisHeatmapFigure::applyDefaultView() {
    if (loci_ > 0) {
        plot()->xAxis->setRange(-0.5, loci_ - 0.5);
        plot()->yAxis->setRange(-0.5, loci_ - 0.5);
    }
}

void EpistasisHeatmapFigure::updateHighlight() {
    if (!map_) {
        return;
    }
    const auto place = [](QCPItemRect* mark, double left, double top, double right, double bottom) {
        mark->topLeft->setCoords(left, top);
        mark->bottomRight->setCoords(right, bottom);
        mark->setVisible(true);
    };
    const bool pair = selection().hasPair() && selection().pairSecond() < loci_;
    for (int k = 0; k < 2; ++k) {
        pairMarks_[k]->setVisible(false);
        locusMarks_[k]->setVisible(false);
    }
    if (pair) {
        const int i = selection().pairFirst(), j = selection().pairSecond();
        place(pairMarks_[0], j - 0.5, i - 0.5, j + 0.5, i + 0.5);
        place(pairMarks_[1], i - 0.5, j - 0.5, i + 0.5, j + 0.5);
    }
    const int locus = selection().locus();
    if (locus >= 0 && locus < loci_) {
        place(locusMarks_[0], -0.5, locus - 0.5, loci_ - 0.5, locus + 0.5);  // its row
        place(locusMarks_[1], locus - 0.5, -0.5, locus + 0.5, loci_ - 0.5);  // its column
    }
}

QPointF EpistasisHeatmapFigure::cellCentre(int i, int j) const {
    return QPointF(plot()->xAxis->coordToPixel(j), plot()->yAxis->coordToPixel(i));
}

void EpistasisHeatmapFigure::selectCell(int i, int j) {
    if (i >= 0 && j >= 0 && i < loci_ && j < loci_ && i != j) {
        selection().setPair(i, j);
    }
}

ElmFigure::Hit EpistasisHeatmapFigure::hitAt(const QPointF& pixel) const {
    Hit hit;
    if (!map_ || !mainRect()->rect().contains(pixel.toPoint())) {
        return hit;
    }
    const int j = static_cast<int>(std::lround(plot()->xAxis->pixelToCoord(pixel.x())));
    const int i = static_cast<int>(std::lround(plot()->yAxis->pixelToCoord(pixel.y())));
    if (i < 0 || j < 0 || i >= loci_ || j >= loci_ || i == j) {
        return hit;
    }
    hit.kind = Hit::Pair;
    hit.first = std::min(i, j);
    hit.second = std::max(i, j);
    const ElmReport& r = *report();
    const double estimate =
        r.analysis.perTrait[trait()].pairEstimate[static_cast<std::size_t>(i) * loci_ + j];
    hit.text = pairName(hit.first, hit.second) + QLatin1Char('\n') +
               tr("β̂ᵢⱼ = %1").arg(elm_style::number(estimate, 4));
    if (r.hasTruth) {
        hit.text +=
            QLatin1Char('\n') +
            tr("true βᵢⱼ%1 = %2")
                .arg(truthSuffix(), elm_style::number(truthScale() * r.truth.pairEffect(trait(), i, j), 4));
    }
    return hit;
}

}  // namespace locuscope
