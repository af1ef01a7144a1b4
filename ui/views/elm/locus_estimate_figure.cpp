#include "ui/views/elm/locus_estimate_figure.h"

#include <qcustomplot.h>

#include <algorithm>
#include <cmath>
#include <numeric>

#include "core/pipelines/elm_pipeline.h"
#include "ui/views/elm/elm_plot_style.h"

namespace locuscope {

void LocusEstimateFigure::rebuild() {
    resetPlot();
    truth_.clear();
    estimate_.clear();
    order_.clear();
    ringGraph_ = nullptr;
    ringBars_ = nullptr;
    ranked_ = false;
    if (!report()) {
        showMessage(tr("Run an ELM analysis to see its figures."));
        return;
    }
    estimate_ = locusEstimates();
    if (estimate_.isEmpty()) {
        showMessage(tr("The report holds no per-locus estimates for this trait."));
        return;
    }
    if (report()->hasTruth) {
        truth_ = locusTruth();
        drawScatter();
    } else {
        drawRanking();
    }
    setDataPointCount(static_cast<int>(estimate_.size()));
}

void LocusEstimateFigure::drawScatter() {
    QCustomPlot* p = plot();
    QCPGraph* graph = p->addGraph();
    graph->setName(tr("loci"));
    graph->setLineStyle(QCPGraph::lsNone);
    graph->setScatterStyle(elm_style::points(elm_style::palette(0), 7, static_cast<int>(estimate_.size())));
    graph->setData(truth_, estimate_);
    p->xAxis->setLabel(truthLabel());
    p->yAxis->setLabel(estimateLabel());
    applyDefaultView();
    drawFit();
    ringGraph_ = p->addGraph();
    ringGraph_->setLineStyle(QCPGraph::lsNone);
    ringGraph_->setScatterStyle(elm_style::ring(15));
    ringGraph_->setName(tr("selected"));
    ringGraph_->removeFromLegend();
    if (legendInside()) {
        p->legend->setVisible(true);
        mainRect()->insetLayout()->setInsetAlignment(0, Qt::AlignBottom | Qt::AlignRight);
    } else {
        QList<QCPAbstractPlottable*> entries;
        for (int k = 0; k < p->legend->itemCount(); ++k) {
            if (auto* item = qobject_cast<QCPPlottableLegendItem*>(p->legend->item(k))) {
                entries << item->plottable();
            }
        }
        addLegendBelow(entries, 3);
    }
}

void LocusEstimateFigure::drawRanking() {
    ranked_ = true;
    QCustomPlot* p = plot();
    const int loci = static_cast<int>(estimate_.size());
    order_.resize(loci);
    std::iota(order_.begin(), order_.end(), 0);
    const bool magnitude = rankByMagnitude();
    std::stable_sort(order_.begin(), order_.end(), [&](int a, int b) {
        return magnitude ? std::abs(estimate_[a]) > std::abs(estimate_[b]) : estimate_[a] > estimate_[b];
    });
    QVector<double> positiveKeys, positiveValues, negativeKeys, negativeValues;
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    const int labelStep = std::max(1, loci / 64 + (loci % 64 != 0 ? 1 : 0));
    for (int rank = 0; rank < loci; ++rank) {
        const double value = estimate_[order_[rank]];
        (value >= 0 ? positiveKeys : negativeKeys) << rank;
        (value >= 0 ? positiveValues : negativeValues) << value;
        if (rank % labelStep == 0) {
            ticker->addTick(rank, locusName(order_[rank]));
        }
    }
    auto addBars = [&](const QVector<double>& keys, const QVector<double>& values, const QColor& colour,
                       const QString& name) {
        auto* bars = new QCPBars(p->xAxis, p->yAxis);
        bars->setWidth(0.8);
        bars->setPen(QPen(colour.darker(130), 0.6));
        bars->setBrush(colour);
        bars->setName(name);
        bars->setData(keys, values);
    };
    if (magnitude) {
        addBars(positiveKeys, positiveValues, elm_style::palette(0), tr("positive"));
        addBars(negativeKeys, negativeValues, elm_style::palette(1), tr("negative"));
        p->legend->setVisible(!negativeKeys.isEmpty() && !positiveKeys.isEmpty());
        mainRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignRight);
    } else {
        addBars(positiveKeys + negativeKeys, positiveValues + negativeValues, elm_style::palette(0),
                estimateLabel());
    }
    ringBars_ = new QCPBars(p->xAxis, p->yAxis);
    ringBars_->setWidth(0.9);
    ringBars_->setPen(QPen(elm_style::highlight(), 2.0));
    ringBars_->setBrush(Qt::NoBrush);
    ringBars_->removeFromLegend();
    p->xAxis->setTicker(ticker);
    p->xAxis->setTickLabelRotation(90);
    QFont small = p->font();
    small.setPointSizeF(small.pointSizeF() * (loci > 32 ? 0.7 : 0.85));
    p->xAxis->setTickLabelFont(small);
    p->xAxis->setLabel(tr("locus, ranked (no simulated truth in these data)"));
    p->yAxis->setLabel(estimateLabel());
    p->xAxis->grid()->setVisible(false);
    applyDefaultView();
    p->xAxis->setRange(-0.8, loci - 0.2);
}

void LocusEstimateFigure::updateHighlight() {
    const QVector<int> loci = selectedLoci();
    if (ringGraph_) {
        QVector<double> x, y;
        for (int locus : loci) {
            if (locus < truth_.size() && locus < estimate_.size()) {
                x << truth_[locus];
                y << estimate_[locus];
            }
        }
        ringGraph_->setData(x, y);
    }
    if (ringBars_) {
        QVector<double> keys, values;
        for (int rank = 0; rank < order_.size(); ++rank) {
            if (loci.contains(order_[rank])) {
                keys << rank;
                values << estimate_[order_[rank]];
            }
        }
        ringBars_->setData(keys, values);
    }
}

ElmFigure::Hit LocusEstimateFigure::hitAt(const QPointF& pixel) const {
    Hit hit;
    int locus = -1;
    if (ranked_) {
        if (!mainRect()->rect().contains(pixel.toPoint())) {
            return hit;
        }
        const int rank = static_cast<int>(std::lround(plot()->xAxis->pixelToCoord(pixel.x())));
        if (rank >= 0 && rank < order_.size()) {
            locus = order_[rank];
        }
    } else {
        locus = nearestPoint(truth_, estimate_, plot()->xAxis, plot()->yAxis, pixel);
    }
    if (locus < 0) {
        return hit;
    }
    hit.kind = Hit::Locus;
    hit.first = locus;
    hit.text = locusName(locus) + QLatin1Char('\n') + estimateLabel() + QStringLiteral(" = ") +
               elm_style::number(estimate_[locus], 4);
    if (!truth_.isEmpty()) {
        hit.text +=
            QLatin1Char('\n') + truthLabel() + QStringLiteral(" = ") + elm_style::number(truth_[locus], 4);
    }
    return hit;
}

}  // namespace locuscope
