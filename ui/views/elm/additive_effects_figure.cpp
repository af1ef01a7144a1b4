#include "ui/views/elm/additive_effects_figure.h"

#include <qcustomplot.h>

#include <cmath>
#include <limits>

#include "core/pipelines/elm_pipeline.h"
#include "core/train/regression_metrics.h"
#include "ui/views/elm/elm_plot_style.h"

namespace locuscope {

AdditiveEffectsFigure::AdditiveEffectsFigure(ElmSelection& selection, QWidget* parent)
    : LocusEstimateFigure(selection, parent) {
    redraw();
}

QString AdditiveEffectsFigure::title() const {
    return report() && !report()->hasTruth ? tr("Fig 2 · Additive effects (ranked)")
                                           : tr("Fig 2 · Additive effects");
}

QString AdditiveEffectsFigure::explanation() const {
    return tr(
        "<h3>Additive effects are the average sensitivity</h3>"
        "<p>How much does the predicted phenotype change when one locus flips? For a model with "
        "additive effects β<sub>i</sub> and pairwise epistasis β<sub>ij</sub> the answer is</p>"
        "<p style=\"font-size:large\"><b>∂P/∂x<sub>i</sub> = β<sub>i</sub> + Σ<sub>j</sub> "
        "β<sub>ij</sub> · x<sub>j</sub></b></p>"
        "<p>The epistatic part changes sign with the partner's genotype x<sub>j</sub> = ±1, so over a "
        "population it averages away, and the <b>mean sensitivity</b> estimates the additive effect "
        "β<sub>i</sub>.</p>"
        "<p>Each point is one locus. Points on the dashed 1:1 line mean the network recovered the true "
        "effects exactly; the solid line is the least-squares fit (its slope) and r² is "
        "1 − Σ(truth − estimate)² / Σ(truth − mean)², so it also drops when the slope is off 1. "
        "With heritability H² &lt; 1 a perfect model recovers √H² of each effect, hence the truth "
        "is scaled by √H².</p>"
        "<p>Without simulated truth the bars rank the loci by the size of their estimated additive "
        "effect.</p>");
}

QVector<double> AdditiveEffectsFigure::locusEstimates() const {
    const auto& perTrait = report()->analysis.perTrait;
    if (trait() >= static_cast<int>(perTrait.size())) {
        return {};
    }
    const auto& values = perTrait[trait()].meanSensitivity;
    return QVector<double>(values.begin(), values.end());
}

QVector<double> AdditiveEffectsFigure::locusTruth() const {
    const TrueEffects& truth = report()->truth;
    QVector<double> values;
    for (std::size_t i = 0; i < truth.loci; ++i) {
        values << truthScale() * truth.additiveAt(trait(), i);
    }
    return values;
}

QString AdditiveEffectsFigure::estimateLabel() const {
    return tr("mean sensitivity ∂f/∂xᵢ");
}

QString AdditiveEffectsFigure::truthLabel() const {
    return tr("true additive effect βᵢ%1").arg(truthSuffix());
}

void AdditiveEffectsFigure::drawFit() {
    QCustomPlot* p = plot();
    slope_ = r2_ = std::numeric_limits<double>::quiet_NaN();
    const std::vector<double> truth(truth_.cbegin(), truth_.cend()),
        estimate(estimate_.cbegin(), estimate_.cend());
    const LineFit fit = polyfitLine(truth, estimate);
    elm_style::addReferenceLine(p, mainRect(), QPointF(0, 0), QPointF(1, 1));
    elm_style::addLegendEntry(p, tr("1:1 (perfect recovery)"),
                              QPen(elm_style::reference(), 1.2, Qt::DashLine));
    if (!std::isfinite(fit.slope)) {
        return;
    }
    slope_ = fit.slope;
    r2_ = r2Score(truth, estimate);
    const QPen fitPen(elm_style::palette(1), 2.0);
    elm_style::addReferenceLine(p, mainRect(), QPointF(0, fit.intercept),
                                QPointF(1, fit.intercept + fit.slope))
        ->setPen(fitPen);
    elm_style::addLegendEntry(p, tr("least-squares fit"), fitPen);
    elm_style::addNote(
        p, mainRect(),
        tr("Slope = %1, r² = %2").arg(QString::number(slope_, 'f', 3), QString::number(r2_, 'f', 2)), 0.03,
        0.03, Qt::AlignLeft | Qt::AlignTop);
}

}  // namespace locuscope
