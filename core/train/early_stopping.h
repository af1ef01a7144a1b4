#pragma once

#include <limits>

namespace locuscope {

// Stops when the monitored loss has not improved by more than minDelta for `patience` epochs
// (improvement: loss < best - minDelta), as the ELM pub's loop did: best at epoch 57, patience 10
// -> stop after epoch 67.
class EarlyStopping {
public:
    EarlyStopping(int patience, double minDelta) : patience_(patience), minDelta_(minDelta) {}

    // Returns true when this epoch is the new best (the caller keeps its state).
    bool improved(double loss, int epoch) {
        if (loss < best_ - minDelta_) {
            best_ = loss;
            bestEpoch_ = epoch;
            waited_ = 0;
            return true;
        }
        ++waited_;
        return false;
    }
    bool shouldStop() const { return waited_ >= patience_; }
    int bestEpoch() const { return bestEpoch_; }
    double bestLoss() const { return best_; }

private:
    int patience_;
    double minDelta_;
    double best_ = std::numeric_limits<double>::infinity();
    int bestEpoch_ = 0;
    int waited_ = 0;
};

}  // namespace locuscope
