#pragma once

#include <vector>

class QWidget;

namespace locuscope {

class ElmFigure;
class ElmSelection;

// Every ELM figure, all sharing `selection`, in the order of the pub: training curves,
// reconstruction (Fig 1), additive effects (Fig 2), sensitivity variance (Fig 3), pair clusters
// (Fig 5), pairwise epistasis (Fig 6/10), the epistasis map and the sensitivity PCA.
// The figures are children of `parent` (owned by it).
std::vector<ElmFigure*> createElmFigures(ElmSelection& selection, QWidget* parent);

}  // namespace locuscope
