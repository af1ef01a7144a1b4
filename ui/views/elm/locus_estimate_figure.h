#pragma once

#include <QVector>

#include "ui/views/elm/elm_figure.h"

class QCPBars;
class QCPGraph;

namespace locuscope {

// The shape shared by Figs 2 and 3: one estimate per locus read off the sensitivities, drawn against
// the simulated truth (×√H²) with a fit, or — when the data carry no truth — as bars ranked by the
// estimate. Hover names the locus, a click selects it; the selected loci are ringed.
class LocusEstimateFigure : public ElmFigure {
    Q_OBJECT
public:
    using ElmFigure::ElmFigure;

    bool showsRanking() const { return ranked_; }  // the no-truth fallback is on show
    const QVector<double>& truthShown() const { return truth_; }
    const QVector<double>& estimateShown() const { return estimate_; }

protected:
    virtual QVector<double> locusEstimates() const = 0;  // per locus, for trait()
    virtual QVector<double> locusTruth() const = 0;      // per locus, scaled by √H²
    virtual QString estimateLabel() const = 0;
    virtual QString truthLabel() const = 0;
    // Adds the fit curve, a reference curve and the annotation; truth_ and estimate_ are set.
    virtual void drawFit() = 0;
    // Ranked bars: by |estimate| (signed estimates, coloured by sign) or by the value itself.
    virtual bool rankByMagnitude() const = 0;
    // Where the scatter's legend goes: inside at the bottom right (diagonal data), else below the plot.
    virtual bool legendInside() const { return true; }

    void rebuild() override;
    Hit hitAt(const QPointF& pixel) const override;
    void updateHighlight() override;

    QVector<double> truth_, estimate_;

private:
    void drawScatter();
    void drawRanking();

    bool ranked_ = false;
    QVector<int> order_;  // ranked bars: locus at each rank
    QCPGraph* ringGraph_ = nullptr;
    QCPBars* ringBars_ = nullptr;
};

}  // namespace locuscope
