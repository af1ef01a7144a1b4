#include "ui/views/elm/sensitivity_variance_figure.h"

#include <qcustomplot.h>

#include <algorithm>
#include <cmath>
#include <limits>

#include "core/pipelines/elm_pipeline.h"
#include "core/train/regression_metrics.h"
#include "ui/views/elm/elm_plot_style.h"

namespace locuscope {

SensitivityVarianceFigure::SensitivityVarianceFigure(ElmSelection& selection, QWidget* parent)
    : LocusEstimateFigure(selection, parent) {
    redraw();
}

QString SensitivityVarianceFigure::title() const {
    return report() && !report()->hasTruth ? tr("Fig 3 · Candidate epistatic loci (sensitivity variance)")
                                           : tr("Fig 3 · Sensitivity variance and epistasis");
}

QString SensitivityVarianceFigure::explanation() const {
    return tr(
        "<h3>Epistatic loci have sensitivities that vary</h3>"
        "<p>A purely additive locus has the same effect in every genome: its sensitivity "
        "∂P/∂x<sub>i</sub> = β<sub>i</sub> is a constant. A locus in an epistatic pair has an effect "
        "that depends on its partner's genotype:</p>"
        "<p style=\"font-size:large\"><b>∂P/∂x<sub>i</sub> = β<sub>i</sub> + β<sub>ij</sub> · "
        "x<sub>j</sub>, &nbsp; so &nbsp; Var(∂P/∂x<sub>i</sub>) = β<sub>ij</sub><sup>2</sup> · "
        "Var(x<sub>j</sub>) ≈ β<sub>ij</sub><sup>2</sup></b></p>"
        "<p>for x<sub>j</sub> = ±1 at allele frequency ½. So the variance of a locus's sensitivity "
        "over the population grows with the <i>square</i> of its epistatic effect: the points "
        "should follow a parabola. The dashed curve is y = x² (perfect recovery); the solid curve "
        "is the quadratic fit c + b·x + a·x², whose x² coefficient a the pub reports (about 0.8).</p>"
        "<p>Without simulated truth the bars rank loci by sensitivity variance: the loci at the "
        "left are the best candidates for epistatic interactions.</p>");
}

QVector<double> SensitivityVarianceFigure::locusEstimates() const {
    const auto& perTrait = report()->analysis.perTrait;
    if (trait() >= static_cast<int>(perTrait.size())) {
        return {};
    }
    const auto& values = perTrait[trait()].sensitivityVariance;
    return QVector<double>(values.begin(), values.end());
}

QVector<double> SensitivityVarianceFigure::locusTruth() const {
    const TrueEffects& truth = report()->truth;
    QVector<double> values;
    for (std::size_t i = 0; i < truth.loci; ++i) {
        values << truthScale() * truth.epistaticAt(trait(), i);
    }
    return values;
}

QString SensitivityVarianceFigure::estimateLabel() const {
    return tr("variance of sensitivity Var(∂f/∂xᵢ)");
}

QString SensitivityVarianceFigure::truthLabel() const {
    return tr("true epistatic effect βᵢⱼ of the locus's pair%1").arg(truthSuffix());
}

void SensitivityVarianceFigure::drawFit() {
    QCustomPlot* p = plot();
    a_ = r2_ = std::numeric_limits<double>::quiet_NaN();
    const bool anyEpistasis = std::any_of(truth_.begin(), truth_.end(), [](double v) { return v != 0.0; });
    if (!anyEpistasis) {
        elm_style::addNote(p, mainRect(), tr("No epistatic loci in the simulation for this trait: no fit"),
                           0.03, 0.03, Qt::AlignLeft | Qt::AlignTop);
        return;
    }
    const QuadraticFit fit = quadraticFit(std::vector<double>(truth_.cbegin(), truth_.cend()),
                                          std::vector<double>(estimate_.cbegin(), estimate_.cend()));
    const QCPRange range = p->xAxis->range();
    const double low = std::min(range.lower, -range.upper), high = std::max(range.upper, -range.lower);
    constexpr int steps = 120;
    QVector<double> x(steps + 1), perfect(steps + 1), fitted(steps + 1);
    for (int k = 0; k <= steps; ++k) {
        x[k] = low + (high - low) * k / steps;
        perfect[k] = x[k] * x[k];
        fitted[k] = fit.at(x[k]);
    }
    QCPGraph* reference = p->addGraph();
    reference->setName(tr("y = x² (perfect recovery)"));
    reference->setPen(QPen(elm_style::reference(), 1.2, Qt::DashLine));
    reference->setData(x, perfect, true);
    if (!std::isfinite(fit.a)) {
        return;
    }
    a_ = fit.a;
    r2_ = fit.r2;
    QCPGraph* curve = p->addGraph();
    curve->setName(tr("quadratic fit"));
    curve->setPen(QPen(elm_style::palette(1), 2.0));
    curve->setData(x, fitted, true);
    elm_style::addNote(
        p, mainRect(),
        tr("x² coefficient = %1, r² = %2").arg(QString::number(a_, 'f', 2), QString::number(r2_, 'f', 2)),
        0.5, 0.03, Qt::AlignHCenter | Qt::AlignTop);
    applyDefaultView();  // the same view "Reset view" gives
}

}  // namespace locuscope
