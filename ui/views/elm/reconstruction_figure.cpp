#include "ui/views/elm/reconstruction_figure.h"

#include <qcustomplot.h>

#include <algorithm>
#include <cmath>

#include "core/pipelines/elm_pipeline.h"
#include "ui/views/elm/elm_plot_style.h"

namespace locuscope {

ReconstructionFigure::ReconstructionFigure(ElmSelection& selection, QWidget* parent)
    : ElmFigure(selection, parent) {
    redraw();
}

QString ReconstructionFigure::title() const {
    return tr("Fig 1 · Linear reconstruction J(x)·x = f(x)");
}

QString ReconstructionFigure::explanation() const {
    return tr(
        "<h3>The network is exactly linear around every genotype</h3>"
        "<p>The network has no bias terms and uses Leaky-ReLU activations, so for each genotype "
        "<i>x</i> it behaves like a linear map: its output equals its Jacobian (the sensitivity of the "
        "output to every locus) times the genotype.</p>"
        "<p style=\"font-size:large\"><b>f(x) = J(x) · x = Σ<sub>i</sub> ∂f/∂x<sub>i</sub> · "
        "x<sub>i</sub></b></p>"
        "<p>Each point is one test sample: the network's prediction across, the sum of its "
        "per-locus sensitivities times its genotype up. All points on the dashed 1:1 line (largest "
        "gap shown in the box, float rounding only) mean the sensitivities are a complete, exact "
        "account of every prediction — the basis of all later figures.</p>");
}

void ReconstructionFigure::rebuild() {
    resetPlot();
    output_.clear();
    reconstruction_.clear();
    maxError_ = 0;
    const ElmReport* r = report();
    if (!r) {
        showMessage(tr("Run an ELM analysis to see its figures."));
        return;
    }
    const ElmAnalysisResult& a = r->analysis;
    const std::size_t traits = a.traits, samples = a.samples;
    if (samples == 0 || a.predictions.size() < samples * traits || a.jacobianDotX.size() < samples * traits) {
        showMessage(tr("The report holds no test predictions."));
        return;
    }
    const std::size_t t = static_cast<std::size_t>(trait());
    output_.resize(static_cast<qsizetype>(samples));
    reconstruction_.resize(static_cast<qsizetype>(samples));
    for (std::size_t s = 0; s < samples; ++s) {
        output_[s] = a.predictions[s * traits + t];
        reconstruction_[s] = a.jacobianDotX[s * traits + t];
        maxError_ = std::max(maxError_, std::abs(reconstruction_[s] - output_[s]));
    }
    QCustomPlot* p = plot();
    QCPGraph* graph = p->addGraph();
    graph->setLineStyle(QCPGraph::lsNone);
    graph->setScatterStyle(elm_style::points(elm_style::palette(0), 5, static_cast<int>(samples)));
    graph->setName(tr("test samples"));
    graph->setData(output_, reconstruction_);
    setDataPointCount(static_cast<int>(samples));
    p->xAxis->setLabel(tr("model output f(x)"));
    p->yAxis->setLabel(tr("linear reconstruction J(x)·x"));
    elm_style::addReferenceLine(p, mainRect(), QPointF(0, 0), QPointF(1, 1));
    elm_style::addNote(
        p, mainRect(),
        tr("max |J(x)·x − f(x)| = %1\nall traits: %2\nn = %3 test samples")
            .arg(elm_style::number(maxError_, 3), elm_style::number(a.maxReconstructionError, 3))
            .arg(samples),
        0.03, 0.03, Qt::AlignLeft | Qt::AlignTop);
    applyDefaultView();
}

ElmFigure::Hit ReconstructionFigure::hitAt(const QPointF& pixel) const {
    Hit hit;
    const int index = nearestPoint(output_, reconstruction_, plot()->xAxis, plot()->yAxis, pixel);
    if (index < 0 || !report()) {
        return hit;
    }
    hit.kind = Hit::Other;
    const auto& ids = report()->testSampleIds;
    const QString id =
        index < static_cast<int>(ids.size()) ? QString::fromStdString(ids[index]) : QString::number(index);
    hit.text =
        tr("Sample %1\nf(x) = %2\nJ(x)·x = %3")
            .arg(id, elm_style::number(output_[index], 4), elm_style::number(reconstruction_[index], 4));
    return hit;
}

}  // namespace locuscope
