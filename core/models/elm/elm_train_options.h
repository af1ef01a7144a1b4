#pragma once

#include <cstdint>
#include <string>

namespace locuscope {

// Which data decide learning-rate drops, early stopping and the restored best epoch.
// The ELM pub monitors its test set (the default here, to reproduce it); ValidationSplit holds out
// part of the training data instead, so the test metrics stay unbiased.
enum class MonitoredSet { TestSet, ValidationSplit };

// The ELM pub's recipe (specs/elm.md §4.1); every field is a CLI option.
struct ElmTrainOptions {
    int hidden = 1024;               // width of both hidden layers
    double negativeSlope = 0.01;     // LeakyReLU
    double learningRate = 1e-3;      // AdamW
    double weightDecay = 1.0;        // AdamW (decoupled)
    int batchSize = 128;
    int maxEpochs = 100;
    int patience = 10;               // early stopping
    double minDelta = 0.003;         // early stopping: improvement must exceed this
    int lrPatience = 3;              // ReduceLROnPlateau
    double lrFactor = 0.5;
    std::uint64_t seed = 42;         // model init and batch order (replicate r uses seed + r)
    MonitoredSet monitor = MonitoredSet::TestSet;
    double validationFraction = 0.15;  // of the training data, when monitor = ValidationSplit
    std::string device;              // empty = process default
};

const char* toString(MonitoredSet monitor);

}  // namespace locuscope
