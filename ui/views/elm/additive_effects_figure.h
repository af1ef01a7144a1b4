#pragma once

#include "ui/views/elm/locus_estimate_figure.h"

namespace locuscope {

// Fig 2 of the ELM pub: each locus's mean sensitivity (the mean over test samples of ∂f/∂x_i)
// against its simulated additive effect ×√H², with the least-squares line, its slope and the
// sklearn-style r² (truth as y_true). Without truth: loci ranked by |mean sensitivity|.
class AdditiveEffectsFigure : public LocusEstimateFigure {
    Q_OBJECT
public:
    explicit AdditiveEffectsFigure(ElmSelection& selection, QWidget* parent = nullptr);

    QString figureId() const override { return QStringLiteral("fig2_additive_effects"); }
    QString title() const override;
    QString explanation() const override;

    double slopeShown() const { return slope_; }  // NaN when no fit is drawn
    double r2Shown() const { return r2_; }

protected:
    QVector<double> locusEstimates() const override;
    QVector<double> locusTruth() const override;
    QString estimateLabel() const override;
    QString truthLabel() const override;
    void drawFit() override;
    bool rankByMagnitude() const override { return true; }

private:
    double slope_ = 0, r2_ = 0;
};

}  // namespace locuscope
