#pragma once

#include <QVector>

#include "ui/views/elm/elm_figure.h"

namespace locuscope {

// Fig 1 of the ELM pub: the equivalent linear mapping J(x)·x against the network's output f(x) for
// every test sample. A bias-free LeakyReLU network is piecewise linear and homogeneous, so the two
// agree to rounding error: the points lie on the 1:1 line.
class ReconstructionFigure : public ElmFigure {
    Q_OBJECT
public:
    explicit ReconstructionFigure(ElmSelection& selection, QWidget* parent = nullptr);

    QString figureId() const override { return QStringLiteral("fig1_reconstruction"); }
    QString title() const override;
    QString explanation() const override;

    double maxErrorShown() const { return maxError_; }  // max |J·x − f(x)| of the trait on show

protected:
    void rebuild() override;
    Hit hitAt(const QPointF& pixel) const override;

private:
    QVector<double> output_, reconstruction_;  // per test sample, in sample order
    double maxError_ = 0;
};

}  // namespace locuscope
