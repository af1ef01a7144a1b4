#include "ui/views/elm/sensitivity_pca_figure.h"

#include <qcustomplot.h>

#include <algorithm>
#include <cmath>
#include <numeric>

#include "core/pipelines/elm_pipeline.h"
#include "ui/views/elm/elm_plot_style.h"
#include "ui/views/elm/elm_selection.h"

namespace locuscope {

SensitivityPcaFigure::SensitivityPcaFigure(ElmSelection& selection, QWidget* parent)
    : ElmFigure(selection, parent) {
    redraw();
}

QString SensitivityPcaFigure::title() const {
    return tr("Principal components of the sensitivities");
}

QString SensitivityPcaFigure::explanation() const {
    return tr(
        "<h3>Which loci vary together?</h3>"
        "<p>Every test sample has a sensitivity vector: how much the prediction would change per "
        "locus, ∂P/∂x<sub>i</sub>. PCA finds the directions in which these vectors differ most between "
        "samples.</p>"
        "<p style=\"font-size:large\"><b>S − S̄ ≈ Σ<sub>k</sub> t<sub>k</sub> · "
        "w<sub>k</sub><sup>T</sup></b> &nbsp; (scores t, loadings w)</p>"
        "<p>Purely additive loci have the same sensitivity in every genome and contribute nothing. "
        "An epistatic pair (i, j) makes ∂P/∂x<sub>i</sub> follow x<sub>j</sub> and "
        "∂P/∂x<sub>j</sub> follow x<sub>i</sub>, so each interacting pair adds its own component "
        "of variance β<sub>ij</sub><sup>2</sup>. The bars show the share of variance per component; "
        "the scatter places each locus by its loadings on the first two components — loci far from "
        "the origin drive them, and the partners of a strong pair load together.</p>");
}

void SensitivityPcaFigure::rebuild() {
    resetPlot();
    ratio_.clear();
    pc1_.clear();
    pc2_.clear();
    loadingsRect_ = nullptr;
    ring_ = nullptr;
    const ElmReport* r = report();
    if (!r) {
        showMessage(tr("Run an ELM analysis to see its figures."));
        return;
    }
    const std::size_t t = static_cast<std::size_t>(trait());
    const std::size_t loci = r->locusNames.size();
    if (t >= r->analysis.perTrait.size() || r->analysis.perTrait[t].pcaExplainedRatio.empty()) {
        showMessage(tr("The report holds no PCA of the sensitivities for this trait."));
        return;
    }
    const ElmTraitAnalysis& analysis = r->analysis.perTrait[t];
    const std::size_t components = analysis.pcaExplainedRatio.size();
    ratio_ = QVector<double>(analysis.pcaExplainedRatio.begin(), analysis.pcaExplainedRatio.end());
    QCustomPlot* p = plot();

    QVector<double> keys;
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    QVector<double> percent;
    for (std::size_t k = 0; k < components; ++k) {
        keys << k + 1.0;
        percent << 100.0 * ratio_[k];
        ticker->addTick(k + 1.0, QString::number(k + 1));
    }
    auto* bars = new QCPBars(p->xAxis, p->yAxis);
    bars->setName(tr("explained variance"));
    bars->setWidth(0.7);
    bars->setBrush(elm_style::palette(0));
    bars->setPen(QPen(elm_style::palette(0).darker(130), 0.6));
    bars->setData(keys, percent, true);
    p->xAxis->setTicker(ticker);
    p->xAxis->grid()->setVisible(false);
    p->xAxis->setLabel(tr("principal component"));
    p->yAxis->setLabel(tr("variance explained (%)"));
    if (components < 2 || analysis.pcaLoadings.size() < 2 * loci) {
        applyDefaultView();
        return;
    }
    loadingsRect_ = new QCPAxisRect(p);
    panels()->addElement(0, 1, loadingsRect_);
    panels()->setColumnStretchFactors({1.0, 1.3});
    QCPAxis* x = loadingsRect_->axis(QCPAxis::atBottom);
    QCPAxis* y = loadingsRect_->axis(QCPAxis::atLeft);
    x->setLabel(tr("loading on PC1 (%1 %)").arg(percent[0], 0, 'f', 1));
    y->setLabel(tr("loading on PC2 (%1 %)").arg(percent[1], 0, 'f', 1));
    for (QCPAxis* axis : {x, y}) {
        axis->grid()->setZeroLinePen(QPen(elm_style::reference(), 1.0, Qt::DashLine));
    }
    pc1_.resize(static_cast<qsizetype>(loci));
    pc2_.resize(static_cast<qsizetype>(loci));
    for (std::size_t i = 0; i < loci; ++i) {
        pc1_[i] = analysis.pcaLoadings[i];
        pc2_[i] = analysis.pcaLoadings[loci + i];
    }
    // With truth, loci in a simulated epistatic pair get their own colour (unless every locus is in one).
    QVector<double> ax, ay, ex, ey;
    for (std::size_t i = 0; i < loci; ++i) {
        const bool epistatic = r->hasTruth && r->truth.epistaticAt(t, i) != 0.0;
        (epistatic ? ex : ax) << pc1_[i];
        (epistatic ? ey : ay) << pc2_[i];
    }
    const bool split = !ax.isEmpty() && !ex.isEmpty();
    if (!split) {
        ax += ex;
        ay += ey;
    }
    auto addLoci = [&](const QVector<double>& kx, const QVector<double>& ky, const QColor& colour,
                       const QString& name) {
        QCPGraph* graph = p->addGraph(x, y);
        graph->setName(name);
        graph->setLineStyle(QCPGraph::lsNone);
        graph->setScatterStyle(elm_style::points(colour, 7, static_cast<int>(loci)));
        graph->setData(kx, ky);
        return graph;
    };
    if (split) {
        addLoci(ax, ay, elm_style::palette(0), tr("additive only (simulation)"));
        addLoci(ex, ey, elm_style::palette(1), tr("in an epistatic pair (simulation)"));
        auto* legend = new QCPLegend;
        loadingsRect_->insetLayout()->addElement(legend, Qt::AlignTop | Qt::AlignRight);
        legend->setLayer(QStringLiteral("legend"));
        for (QCPGraph* graph : {p->graph(p->graphCount() - 2), p->graph(p->graphCount() - 1)}) {
            graph->addToLegend(legend);
        }
    } else {
        addLoci(ax, ay, elm_style::palette(0), tr("loci"));
    }
    applyDefaultView();
    // Name the loci that drive the first two components.
    QVector<int> order(static_cast<qsizetype>(loci));
    std::iota(order.begin(), order.end(), 0);
    const int named = std::min<int>(6, static_cast<int>(loci));
    std::partial_sort(order.begin(), order.begin() + named, order.end(), [&](int a, int b) {
        return std::hypot(pc1_[a], pc2_[a]) > std::hypot(pc1_[b], pc2_[b]);
    });
    // Loci drawn on top of each other (the two members of a pair often are) share one label.
    const auto span = [](const QVector<double>& v) {
        const auto [low, high] = std::minmax_element(v.begin(), v.end());
        return std::max(1e-12, *high - *low);
    };
    const double nearX = 0.03 * span(pc1_), nearY = 0.03 * span(pc2_);
    QVector<int> anchors;
    QStringList labels;
    for (int k = 0; k < named; ++k) {
        const int locus = order[k];
        int shared = -1;
        for (int a = 0; a < anchors.size() && shared < 0; ++a) {
            if (std::abs(pc1_[anchors[a]] - pc1_[locus]) < nearX &&
                std::abs(pc2_[anchors[a]] - pc2_[locus]) < nearY) {
                shared = a;
            }
        }
        if (shared >= 0) {
            labels[shared] += QStringLiteral(", ") + locusName(locus);
        } else {
            anchors << locus;
            labels << locusName(locus);
        }
    }
    QFont small = p->font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    for (int a = 0; a < anchors.size(); ++a) {
        auto* label = new QCPItemText(p);
        label->setClipAxisRect(loadingsRect_);
        label->position->setAxes(x, y);
        label->position->setAxisRect(loadingsRect_);
        label->position->setCoords(pc1_[anchors[a]], pc2_[anchors[a]]);
        // Right of points in the left half, left of points in the right half: labels stay inside.
        const bool leftHalf = pc1_[anchors[a]] < (x->range().lower + x->range().upper) / 2;
        label->setPositionAlignment((leftHalf ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignBottom);
        label->setPadding(QMargins(6, 0, 6, 3));
        label->setFont(small);
        label->setText(labels[a]);
    }
    ring_ = p->addGraph(x, y);
    ring_->setLineStyle(QCPGraph::lsNone);
    ring_->setScatterStyle(elm_style::ring(15));
    setDataPointCount(static_cast<int>(loci));
    applyDefaultView();
}

void SensitivityPcaFigure::applyDefaultView() {
    ElmFigure::applyDefaultView();
    if (!ratio_.isEmpty()) {  // bars from zero, one slot per component
        plot()->xAxis->setRange(0.3, ratio_.size() + 0.7);
        plot()->yAxis->setRange(0, std::max(1.0, 110.0 * *std::max_element(ratio_.begin(), ratio_.end())));
    }
}

void SensitivityPcaFigure::updateHighlight() {
    if (!ring_) {
        return;
    }
    QVector<double> x, y;
    for (int locus : selectedLoci()) {
        if (locus < pc1_.size()) {
            x << pc1_[locus];
            y << pc2_[locus];
        }
    }
    ring_->setData(x, y);
}

ElmFigure::Hit SensitivityPcaFigure::hitAt(const QPointF& pixel) const {
    Hit hit;
    if (loadingsRect_ && loadingsRect_->rect().contains(pixel.toPoint())) {
        const int locus = nearestPoint(pc1_, pc2_, loadingsRect_->axis(QCPAxis::atBottom),
                                       loadingsRect_->axis(QCPAxis::atLeft), pixel);
        if (locus >= 0) {
            hit.kind = Hit::Locus;
            hit.first = locus;
            hit.text = tr("%1\nPC1 loading %2\nPC2 loading %3")
                           .arg(locusName(locus), elm_style::number(pc1_[locus], 3),
                                elm_style::number(pc2_[locus], 3));
        }
        return hit;
    }
    if (!ratio_.isEmpty() && mainRect()->rect().contains(pixel.toPoint())) {
        const int component = static_cast<int>(std::lround(plot()->xAxis->pixelToCoord(pixel.x())));
        if (component >= 1 && component <= ratio_.size()) {
            hit.kind = Hit::Other;
            hit.text = tr("PC%1: %2 % of the sensitivity variance")
                           .arg(component)
                           .arg(100.0 * ratio_[component - 1], 0, 'f', 1);
        }
    }
    return hit;
}

}  // namespace locuscope
