#include "core/train/reduce_lr_on_plateau.h"

#include <limits>

namespace locuscope {

ReduceLrOnPlateau::ReduceLrOnPlateau(double learningRate, double factor, int patience, double threshold)
    : learningRate_(learningRate)
    , factor_(factor)
    , patience_(patience)
    , threshold_(threshold)
    , best_(std::numeric_limits<double>::infinity()) {}

double ReduceLrOnPlateau::step(double loss) {
    if (loss < best_ * (1.0 - threshold_)) {
        best_ = loss;
        badEpochs_ = 0;
    } else {
        ++badEpochs_;
    }
    if (badEpochs_ > patience_) {
        const double reduced = learningRate_ * factor_;
        if (learningRate_ - reduced > 1e-8) {
            learningRate_ = reduced;
        }
        badEpochs_ = 0;
    }
    return learningRate_;
}

}  // namespace locuscope
