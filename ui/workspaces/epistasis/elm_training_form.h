#pragma once

#include <QJsonObject>
#include <QWidget>

#include "core/pipelines/elm_pipeline.h"

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QSpinBox;

namespace locuscope {

// The ELM training recipe as a form, preset to the pub's values (specs/elm.md §4.1): what
// `locuscope-cli elm` takes as options. Heritability, replicates and the noise seed are here too,
// since they decide what the model is trained on.
class ElmTrainingForm : public QWidget {
    Q_OBJECT
public:
    explicit ElmTrainingForm(QWidget* parent = nullptr);

    // Fills the training part of `config` (data and split come from the dataset panel).
    void apply(ElmConfig& config) const;
    void resetToPublishedDefaults();

    QJsonObject toJson() const;
    void fromJson(const QJsonObject& values);  // missing keys keep their current value

private:
    QSpinBox* hidden_;
    QDoubleSpinBox* learningRate_;
    QDoubleSpinBox* weightDecay_;
    QSpinBox* batchSize_;
    QSpinBox* maxEpochs_;
    QSpinBox* patience_;
    QDoubleSpinBox* minDelta_;
    QSpinBox* lrPatience_;
    QDoubleSpinBox* lrFactor_;
    QSpinBox* seed_;
    QComboBox* monitor_;
    QDoubleSpinBox* validationFraction_;
    QDoubleSpinBox* heritability_;
    QSpinBox* replicates_;
    QSpinBox* noiseSeed_;
};

}  // namespace locuscope
