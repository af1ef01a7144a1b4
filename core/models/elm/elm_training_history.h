#pragma once

#include <string>
#include <vector>

namespace locuscope {

struct EpochRecord {
    int epoch = 0;              // 1-based
    double trainLoss = 0;       // mean over batches of the batch L1 loss
    double monitoredLoss = 0;   // same on the monitored set (test set or validation split)
    double learningRate = 0;    // in effect during this epoch
    double seconds = 0;
};

struct ElmTrainingHistory {
    std::vector<EpochRecord> epochs;
    int bestEpoch = 0;          // restored at the end
    bool stoppedEarly = false;
    std::string monitored;      // "test set" or "validation split"
    int epochsTrained() const { return static_cast<int>(epochs.size()); }
};

}  // namespace locuscope
