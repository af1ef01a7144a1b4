#include "ui/views/elm/elm_selection.h"

#include <utility>

namespace locuscope {

ElmSelection::ElmSelection(QObject* parent) : QObject(parent) {}

void ElmSelection::setTrait(int trait) {
    if (trait < 0 || trait == trait_) {
        return;
    }
    trait_ = trait;
    emit traitChanged(trait_);
}

void ElmSelection::setLocus(int locus) {
    if (locus < 0) {
        locus = -1;
    }
    if (locus == locus_) {
        return;
    }
    locus_ = locus;
    emit locusChanged(locus_);
}

void ElmSelection::setPair(int i, int j) {
    if (i < 0 || j < 0 || i == j) {
        i = j = -1;
    } else if (i > j) {
        std::swap(i, j);
    }
    if (i == pairFirst_ && j == pairSecond_) {
        return;
    }
    pairFirst_ = i;
    pairSecond_ = j;
    emit pairChanged(pairFirst_, pairSecond_);
}

}  // namespace locuscope
