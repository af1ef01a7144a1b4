#pragma once

namespace locuscope {

// PyTorch's ReduceLROnPlateau(mode='min', threshold=1e-4, threshold_mode='rel', cooldown=0,
// min_lr=0, eps=1e-8) for one learning rate, written out because LibTorch 1.13 has no scheduler
// of this kind.
class ReduceLrOnPlateau {
public:
    ReduceLrOnPlateau(double learningRate, double factor = 0.5, int patience = 3, double threshold = 1e-4);

    // Feeds one epoch's monitored loss; returns the learning rate to use from now on.
    double step(double loss);
    double learningRate() const { return learningRate_; }

private:
    double learningRate_;
    double factor_;
    int patience_;
    double threshold_;
    double best_;
    int badEpochs_ = 0;
};

}  // namespace locuscope
