#include "ui/views/elm/pairwise_epistasis_figure.h"

#include <qcustomplot.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

#include "core/pipelines/elm_pipeline.h"
#include "core/train/regression_metrics.h"
#include "ui/views/elm/elm_plot_style.h"
#include "ui/views/elm/elm_selection.h"

namespace locuscope {

PairwiseEpistasisFigure::PairwiseEpistasisFigure(ElmSelection& selection, QWidget* parent)
    : ElmFigure(selection, parent) {
    redraw();
}

QString PairwiseEpistasisFigure::title() const {
    if (report() && !report()->hasTruth) {
        return tr("Fig 6 · Pairwise epistasis estimates (ranked)");
    }
    if (report() && report()->replicates.size() >= 2) {
        return tr("Fig 10 · Pairwise epistasis, mean of %1 replicates").arg(report()->replicates.size());
    }
    return tr("Fig 6 · Pairwise epistasis");
}

QString PairwiseEpistasisFigure::explanation() const {
    return tr(
        "<h3>Reading every pairwise interaction off the network</h3>"
        "<p>For each pair of loci (i, j) the test samples fall into four genotype classes. The mean "
        "sensitivity to locus i moves by 2β<sub>ij</sub> when x<sub>j</sub> flips from −1 to +1, so "
        "the four class means give</p>"
        "<p style=\"font-size:large\"><b>β̂<sub>ij</sub> = −¼ (s̄<sub>i</sub>[−,−] − "
        "s̄<sub>i</sub>[−,+] + s̄<sub>i</sub>[+,−] − s̄<sub>i</sub>[+,+])</b>, averaged with the "
        "same estimate from locus j.</p>"
        "<p>Each point is one pair of loci. Most pairs do not interact (true β<sub>ij</sub> = 0) and "
        "should sit near zero; the few interacting pairs should follow the 1:1 line. The slope of the "
        "least-squares line says how much of each interaction the network captured (the pub finds "
        "about 0.86); r² = 1 − Σ(truth − estimate)² / Σ(truth − mean)².</p>"
        "<p>With several replicate models (fresh noise and initialisation each) the points are the "
        "mean estimate with ±1 standard deviation bars: averaging cleans up false positives, which "
        "matters most at low heritability.</p>"
        "<p>Click a point to show that pair's genotype clusters.</p>");
}

void PairwiseEpistasisFigure::rebuild() {
    resetPlot();
    pairs_.clear();
    x_.clear();
    y_.clear();
    sd_.clear();
    ring_ = nullptr;
    ranked_ = replicateMean_ = false;
    slope_ = r2_ = std::numeric_limits<double>::quiet_NaN();
    const ElmReport* r = report();
    if (!r) {
        showMessage(tr("Run an ELM analysis to see its figures."));
        return;
    }
    const std::size_t loci = r->locusNames.size();
    const std::size_t t = static_cast<std::size_t>(trait());
    if (t >= r->analysis.perTrait.size() || r->analysis.perTrait[t].pairEstimate.size() != loci * loci) {
        showMessage(tr("The report holds no pairwise estimates for this trait."));
        return;
    }
    replicateMean_ = r->replicates.size() >= 2 && t < r->pairMean.size() &&
                     r->pairMean[t].size() == loci * loci && t < r->pairSd.size() &&
                     r->pairSd[t].size() == loci * loci;
    if (r->hasTruth) {
        drawAgainstTruth();
    } else {
        drawRanking();
    }
    ring_ = plot()->addGraph();
    ring_->setLineStyle(QCPGraph::lsNone);
    ring_->setScatterStyle(elm_style::ring(15));
    ring_->removeFromLegend();
}

void PairwiseEpistasisFigure::drawAgainstTruth() {
    const ElmReport& r = *report();
    const std::size_t loci = r.locusNames.size();
    const std::size_t t = static_cast<std::size_t>(trait());
    const std::vector<double>& single = r.analysis.perTrait[t].pairEstimate;
    QVector<double> singleX, singleY;
    bool anyEpistasis = false;
    for (std::size_t i = 0; i < loci; ++i) {
        for (std::size_t j = i + 1; j < loci; ++j) {
            const std::size_t k = i * loci + j;
            const double truth = truthScale() * r.truth.pairEffect(t, i, j);
            anyEpistasis = anyEpistasis || truth != 0.0;
            const double estimate = replicateMean_ ? r.pairMean[t][k] : single[k];
            if (!std::isfinite(estimate)) {
                continue;  // an empty genotype class: no estimate (dropped from the fit as in the pub)
            }
            pairs_.append({static_cast<int>(i), static_cast<int>(j)});
            x_ << truth;
            y_ << estimate;
            if (replicateMean_) {
                sd_ << (std::isfinite(r.pairSd[t][k]) ? r.pairSd[t][k] : 0.0);
                if (std::isfinite(single[k])) {
                    singleX << truth;
                    singleY << single[k];
                }
            }
        }
    }
    QCustomPlot* p = plot();
    const int n = static_cast<int>(x_.size());
    if (replicateMean_) {
        QCPGraph* first = p->addGraph();
        first->setName(tr("replicate 1"));
        first->setLineStyle(QCPGraph::lsNone);
        first->setScatterStyle(elm_style::points(QColor(0xb8, 0xb8, 0xb8), 5, n));
        first->setData(singleX, singleY);
    }
    // QCPErrorBars follow the data order of their graph, which sorts by key: sort first.
    QVector<int> order(n);
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return x_[a] < x_[b]; });
    QVector<double> keys(n), values(n), errors(n);
    for (int k = 0; k < n; ++k) {
        keys[k] = x_[order[k]];
        values[k] = y_[order[k]];
        errors[k] = replicateMean_ ? sd_[order[k]] : 0.0;
    }
    QCPGraph* graph = p->addGraph();
    graph->setName(replicateMean_ ? tr("mean of %1 replicates ± sd").arg(r.replicates.size())
                                  : tr("locus pairs"));
    graph->setLineStyle(QCPGraph::lsNone);
    graph->setScatterStyle(elm_style::points(elm_style::palette(0), 6, n));
    graph->setData(keys, values, true);
    if (replicateMean_) {
        auto* bars = new QCPErrorBars(p->xAxis, p->yAxis);
        bars->setDataPlottable(graph);
        bars->setErrorType(QCPErrorBars::etValueError);
        bars->setPen(QPen(elm_style::palette(0).lighter(130), 1.0));
        bars->setWhiskerWidth(4);
        bars->setData(errors);
        bars->removeFromLegend();
    }
    setDataPointCount(n);
    p->xAxis->setLabel(tr("true pairwise effect βᵢⱼ%1").arg(truthSuffix()));
    p->yAxis->setLabel(replicateMean_ ? tr("estimated βᵢⱼ (replicate mean)") : tr("estimated βᵢⱼ"));
    applyDefaultView();
    elm_style::addReferenceLine(p, mainRect(), QPointF(0, 0), QPointF(1, 1));
    elm_style::addLegendEntry(p, tr("1:1 (perfect recovery)"),
                              QPen(elm_style::reference(), 1.2, Qt::DashLine));
    const std::vector<double> truth(x_.cbegin(), x_.cend()), estimate(y_.cbegin(), y_.cend());
    const LineFit fit = anyEpistasis ? polyfitLine(truth, estimate) : LineFit{};
    if (anyEpistasis && std::isfinite(fit.slope)) {
        slope_ = fit.slope;
        r2_ = r2Score(truth, estimate);
        const QPen fitPen(elm_style::palette(1), 2.0);
        elm_style::addReferenceLine(p, mainRect(), QPointF(0, fit.intercept),
                                    QPointF(1, fit.intercept + fit.slope))
            ->setPen(fitPen);
        elm_style::addLegendEntry(p, tr("least-squares fit"), fitPen);
        elm_style::addNote(p, mainRect(),
                           tr("Slope = %1, r² = %2\n%3 pairs")
                               .arg(QString::number(slope_, 'f', 3), QString::number(r2_, 'f', 2))
                               .arg(n),
                           0.03, 0.03, Qt::AlignLeft | Qt::AlignTop);
    } else {
        elm_style::addNote(p, mainRect(),
                           tr("No epistatic pairs in the simulation for this trait: no fit\n%1 pairs").arg(n),
                           0.03, 0.03, Qt::AlignLeft | Qt::AlignTop);
    }
    p->legend->setVisible(true);
    mainRect()->insetLayout()->setInsetAlignment(0, Qt::AlignBottom | Qt::AlignRight);
}

void PairwiseEpistasisFigure::drawRanking() {
    ranked_ = true;
    const ElmReport& r = *report();
    const std::size_t loci = r.locusNames.size();
    const std::size_t t = static_cast<std::size_t>(trait());
    const std::vector<double>& values = replicateMean_ ? r.pairMean[t] : r.analysis.perTrait[t].pairEstimate;
    QVector<QPair<int, int>> pairs;
    QVector<double> estimates, sds;
    for (std::size_t i = 0; i < loci; ++i) {
        for (std::size_t j = i + 1; j < loci; ++j) {
            const double estimate = values[i * loci + j];
            if (std::isfinite(estimate)) {
                pairs.append({static_cast<int>(i), static_cast<int>(j)});
                estimates << estimate;
                sds << (replicateMean_ && std::isfinite(r.pairSd[t][i * loci + j]) ? r.pairSd[t][i * loci + j]
                                                                                   : 0.0);
            }
        }
    }
    QVector<int> order(pairs.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&](int a, int b) { return std::abs(estimates[a]) > std::abs(estimates[b]); });
    const int n = static_cast<int>(order.size());
    for (int rank = 0; rank < n; ++rank) {
        pairs_ << pairs[order[rank]];
        x_ << rank + 1;
        y_ << estimates[order[rank]];
        sd_ << sds[order[rank]];
    }
    QCustomPlot* p = plot();
    QCPGraph* graph = p->addGraph();
    graph->setName(replicateMean_ ? tr("mean of %1 replicates ± sd").arg(r.replicates.size())
                                  : tr("locus pairs"));
    graph->setLineStyle(QCPGraph::lsNone);
    graph->setScatterStyle(elm_style::points(elm_style::palette(0), 5, n));
    graph->setData(x_, y_, true);
    if (replicateMean_) {
        auto* bars = new QCPErrorBars(p->xAxis, p->yAxis);
        bars->setDataPlottable(graph);
        bars->setPen(QPen(elm_style::palette(0).lighter(130), 1.0));
        bars->setData(sd_);
    }
    setDataPointCount(n);
    // Name the strongest few (ranks 1-3 are well apart on the log axis).
    for (int rank = 0; rank < std::min(n, 3); ++rank) {
        auto* label = new QCPItemText(p);
        label->position->setCoords(x_[rank], y_[rank]);
        label->setPositionAlignment(Qt::AlignLeft | (y_[rank] >= 0 ? Qt::AlignBottom : Qt::AlignTop));
        label->setPadding(QMargins(6, 0, 0, 0));
        label->setText(pairName(pairs_[rank].first, pairs_[rank].second));
        QFont small = p->font();
        small.setPointSizeF(small.pointSizeF() * 0.85);
        label->setFont(small);
    }
    p->xAxis->setLabel(tr("pair rank by |estimated βᵢⱼ| (no simulated truth in these data)"));
    p->yAxis->setLabel(replicateMean_ ? tr("estimated βᵢⱼ (replicate mean)") : tr("estimated βᵢⱼ"));
    p->xAxis->setScaleType(QCPAxis::stLogarithmic);
    p->xAxis->setTicker(QSharedPointer<QCPAxisTickerLog>::create());
    applyDefaultView();
}

void PairwiseEpistasisFigure::applyDefaultView() {
    ElmFigure::applyDefaultView();
    if (ranked_) {
        plot()->xAxis->setRange(0.8, std::max(10.0, x_.size() * 1.2));
    }
}

void PairwiseEpistasisFigure::updateHighlight() {
    if (!ring_) {
        return;
    }
    QVector<double> x, y;
    if (selection().hasPair()) {
        const QPair<int, int> wanted(selection().pairFirst(), selection().pairSecond());
        const int index = static_cast<int>(pairs_.indexOf(wanted));
        if (index >= 0) {
            x << x_[index];
            y << y_[index];
        }
    }
    ring_->setData(x, y);
}

ElmFigure::Hit PairwiseEpistasisFigure::hitAt(const QPointF& pixel) const {
    Hit hit;
    const int index = nearestPoint(x_, y_, plot()->xAxis, plot()->yAxis, pixel);
    if (index < 0) {
        return hit;
    }
    hit.kind = Hit::Pair;
    hit.first = pairs_[index].first;
    hit.second = pairs_[index].second;
    hit.text = pairName(hit.first, hit.second) + QLatin1Char('\n') +
               tr("β̂ᵢⱼ = %1").arg(elm_style::number(y_[index], 4));
    if (replicateMean_) {
        hit.text += tr(" ± %1 (sd over replicates)").arg(elm_style::number(sd_[index], 3));
    }
    if (!ranked_) {
        hit.text +=
            QLatin1Char('\n') + tr("true βᵢⱼ%1 = %2").arg(truthSuffix(), elm_style::number(x_[index], 4));
    } else {
        hit.text += QLatin1Char('\n') + tr("rank %1").arg(x_[index]);
    }
    return hit;
}

}  // namespace locuscope
