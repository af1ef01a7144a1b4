#pragma once

#include <QPair>
#include <QVector>

#include "ui/views/elm/elm_figure.h"

class QCPGraph;

namespace locuscope {

// Figs 6 and 10 of the ELM pub: the estimate β̂_ij of every pair of loci against its simulated
// pairwise effect ×√H² (0 for pairs that do not interact), with the least-squares line, slope and
// sklearn-style r². With two or more replicates it draws the replicate mean with ±1 sd error bars
// (Fig 10) over the first replicate's estimates. Without truth: pairs ranked by |β̂_ij|.
class PairwiseEpistasisFigure : public ElmFigure {
    Q_OBJECT
public:
    explicit PairwiseEpistasisFigure(ElmSelection& selection, QWidget* parent = nullptr);

    QString figureId() const override { return QStringLiteral("fig6_pairwise_epistasis"); }
    QString title() const override;
    QString explanation() const override;

    bool showsRanking() const { return ranked_; }
    bool showsReplicateMean() const { return replicateMean_; }
    double slopeShown() const { return slope_; }  // NaN when no fit is drawn
    double r2Shown() const { return r2_; }

protected:
    void rebuild() override;
    Hit hitAt(const QPointF& pixel) const override;
    void updateHighlight() override;
    void applyDefaultView() override;

private:
    void drawAgainstTruth();
    void drawRanking();

    bool ranked_ = false;
    bool replicateMean_ = false;
    double slope_ = 0, r2_ = 0;
    QVector<QPair<int, int>> pairs_;  // the pair of each point
    QVector<double> x_, y_, sd_;      // position of each point (truth or rank, estimate), replicate sd
    QCPGraph* ring_ = nullptr;
};

}  // namespace locuscope
