#pragma once

#include "ui/views/elm/locus_estimate_figure.h"

namespace locuscope {

// Fig 3 of the ELM pub: each locus's sensitivity variance over test samples against its simulated
// pairwise epistatic effect ×√H², with the quadratic fit y = c + b x + a x² (a and its r² annotated)
// and the perfect-recovery parabola y = x². Without truth: loci ranked by variance — the candidate
// epistatic loci.
class SensitivityVarianceFigure : public LocusEstimateFigure {
    Q_OBJECT
public:
    explicit SensitivityVarianceFigure(ElmSelection& selection, QWidget* parent = nullptr);

    QString figureId() const override { return QStringLiteral("fig3_sensitivity_variance"); }
    QString title() const override;
    QString explanation() const override;

    double quadraticCoefficientShown() const { return a_; }  // NaN when no fit is drawn
    double r2Shown() const { return r2_; }

protected:
    QVector<double> locusEstimates() const override;
    QVector<double> locusTruth() const override;
    QString estimateLabel() const override;
    QString truthLabel() const override;
    void drawFit() override;
    bool rankByMagnitude() const override { return false; }
    bool legendInside() const override { return false; }  // a parabola leaves no corner free

private:
    double a_ = 0, r2_ = 0;
};

}  // namespace locuscope
