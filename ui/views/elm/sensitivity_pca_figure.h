#pragma once

#include <QVector>

#include "ui/views/elm/elm_figure.h"

class QCPAxisRect;
class QCPGraph;

namespace locuscope {

// PCA of the samples × loci sensitivity matrix of the trait: the share of variance each principal
// component explains (bars, left) and every locus's loadings on PC1 and PC2 (scatter, right; hover
// names the locus, a click selects it). With truth, loci in a simulated epistatic pair are coloured.
class SensitivityPcaFigure : public ElmFigure {
    Q_OBJECT
public:
    explicit SensitivityPcaFigure(ElmSelection& selection, QWidget* parent = nullptr);

    QString figureId() const override { return QStringLiteral("sensitivity_pca"); }
    QString title() const override;
    QString explanation() const override;

    int componentCount() const { return static_cast<int>(ratio_.size()); }
    QCPAxisRect* loadingsRect() const { return loadingsRect_; }

protected:
    void rebuild() override;
    Hit hitAt(const QPointF& pixel) const override;
    void updateHighlight() override;
    void applyDefaultView() override;

private:
    QVector<double> ratio_;      // explained-variance ratio per component
    QVector<double> pc1_, pc2_;  // loadings per locus
    QCPAxisRect* loadingsRect_ = nullptr;
    QCPGraph* ring_ = nullptr;
};

}  // namespace locuscope
