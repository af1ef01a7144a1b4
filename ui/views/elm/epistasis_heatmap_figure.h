#pragma once

#include "ui/views/elm/elm_figure.h"

class QCPColorMap;
class QCPItemRect;
class QCPMarginGroup;

namespace locuscope {

// Locus × locus map of the pairwise epistasis estimates β̂_ij of the trait (symmetric, diverging
// colours centred at 0), with the simulated interacting pairs ringed when the data carry truth.
// Clicking a cell selects that pair, so the cluster figure shows it.
class EpistasisHeatmapFigure : public ElmFigure {
    Q_OBJECT
public:
    explicit EpistasisHeatmapFigure(ElmSelection& selection, QWidget* parent = nullptr);

    QString figureId() const override { return QStringLiteral("epistasis_heatmap"); }
    QString title() const override;
    QString explanation() const override;

    QCPColorMap* colorMap() const { return map_; }
    // The centre of cell (i, j) in plot pixels, for keyboard navigation and tests.
    QPointF cellCentre(int i, int j) const;

public slots:
    void selectCell(int i, int j);  // same as clicking the cell

protected:
    void rebuild() override;
    Hit hitAt(const QPointF& pixel) const override;
    void updateHighlight() override;
    void applyDefaultView() override;

private:
    int loci_ = 0;
    QCPColorMap* map_ = nullptr;
    QCPMarginGroup* marginGroup_ = nullptr;
    QCPItemRect* pairMarks_[2] = {nullptr, nullptr};
    QCPItemRect* locusMarks_[2] = {nullptr, nullptr};
};

}  // namespace locuscope
