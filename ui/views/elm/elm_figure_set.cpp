#include "ui/views/elm/elm_figure_set.h"

#include "ui/views/elm/additive_effects_figure.h"
#include "ui/views/elm/epistasis_heatmap_figure.h"
#include "ui/views/elm/pair_cluster_figure.h"
#include "ui/views/elm/pairwise_epistasis_figure.h"
#include "ui/views/elm/reconstruction_figure.h"
#include "ui/views/elm/sensitivity_pca_figure.h"
#include "ui/views/elm/sensitivity_variance_figure.h"
#include "ui/views/elm/training_curves_figure.h"

namespace locuscope {

std::vector<ElmFigure*> createElmFigures(ElmSelection& selection, QWidget* parent) {
    return {
        new TrainingCurvesFigure(selection, parent),   new ReconstructionFigure(selection, parent),
        new AdditiveEffectsFigure(selection, parent),  new SensitivityVarianceFigure(selection, parent),
        new PairClusterFigure(selection, parent),      new PairwiseEpistasisFigure(selection, parent),
        new EpistasisHeatmapFigure(selection, parent), new SensitivityPcaFigure(selection, parent),
    };
}

}  // namespace locuscope
