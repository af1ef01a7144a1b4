#include "ui/workspaces/epistasis/elm_training_form.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include "ui/workspaces/epistasis/form_json.h"

namespace locuscope {
namespace {

QSpinBox* integerField(int minimum, int maximum, const QString& tip) {
    auto* box = new QSpinBox;
    box->setRange(minimum, maximum);
    box->setToolTip(tip);
    return box;
}

QDoubleSpinBox* realField(double minimum, double maximum, int decimals, double step, const QString& tip) {
    auto* box = new QDoubleSpinBox;
    box->setRange(minimum, maximum);
    box->setDecimals(decimals);
    box->setSingleStep(step);
    box->setToolTip(tip);
    return box;
}

}  // namespace

ElmTrainingForm::ElmTrainingForm(QWidget* parent) : QWidget(parent) {
    hidden_ = integerField(1, 65536, tr("Width of both hidden layers (the pub: 1024)"));
    learningRate_ = realField(1e-6, 1.0, 6, 1e-4, tr("AdamW learning rate"));
    weightDecay_ = realField(0, 100, 4, 0.1, tr("AdamW decoupled weight decay"));
    batchSize_ = integerField(1, 1 << 20, tr("Samples per optimiser step"));
    maxEpochs_ = integerField(1, 100000, tr("Upper limit on training epochs"));
    patience_ = integerField(1, 100000, tr("Early stopping: epochs without improvement before stopping"));
    minDelta_ = realField(0, 10, 4, 0.001, tr("Early stopping: smallest loss decrease that counts"));
    lrPatience_ =
        integerField(0, 100000, tr("Epochs without improvement before the learning rate is halved"));
    lrFactor_ = realField(0.01, 0.99, 2, 0.05, tr("Factor applied to the learning rate on a plateau"));
    seed_ =
        integerField(0, 2147483647, tr("Seed of the initial weights and batch order (replicate r adds r)"));
    monitor_ = new QComboBox;
    monitor_->addItem(tr("Test set (as the pub)"));
    monitor_->addItem(tr("Validation split of the training data"));
    monitor_->setToolTip(
        tr("Which samples decide learning-rate drops, early stopping and the restored epoch"));
    validationFraction_ =
        realField(0.01, 0.99, 2, 0.05, tr("Share of the training samples held out for validation"));
    heritability_ = realField(0.01, 1, 2, 0.05, tr("H²: phenotypes become √H²·P + N(0, 1 − H²) noise"));
    replicates_ = integerField(1, 1000, tr("Models trained with their own seeds and noise draws"));
    noiseSeed_ = integerField(0, 2147483647, tr("Seed of the heritability noise (replicate r adds r)"));
    connect(monitor_, &QComboBox::currentIndexChanged, this,
            [this](int index) { validationFraction_->setEnabled(index == 1); });

    auto* network = new QGroupBox(tr("Network and optimiser"));
    auto* networkForm = new QFormLayout(network);
    networkForm->addRow(tr("Hidden units"), hidden_);
    networkForm->addRow(tr("Learning rate"), learningRate_);
    networkForm->addRow(tr("Weight decay"), weightDecay_);
    networkForm->addRow(tr("Batch size"), batchSize_);
    networkForm->addRow(tr("Seed"), seed_);

    auto* schedule = new QGroupBox(tr("Schedule and stopping"));
    auto* scheduleForm = new QFormLayout(schedule);
    scheduleForm->addRow(tr("Max epochs"), maxEpochs_);
    scheduleForm->addRow(tr("Patience"), patience_);
    scheduleForm->addRow(tr("Min delta"), minDelta_);
    scheduleForm->addRow(tr("LR patience"), lrPatience_);
    scheduleForm->addRow(tr("LR factor"), lrFactor_);
    scheduleForm->addRow(tr("Monitor"), monitor_);
    scheduleForm->addRow(tr("Validation share"), validationFraction_);

    auto* noise = new QGroupBox(tr("Heritability and replicates"));
    auto* noiseForm = new QFormLayout(noise);
    noiseForm->addRow(tr("H²"), heritability_);
    noiseForm->addRow(tr("Replicates"), replicates_);
    noiseForm->addRow(tr("Noise seed"), noiseSeed_);

    auto* reset = new QPushButton(tr("Pub defaults"));
    reset->setToolTip(tr("Reset every field to the published recipe"));
    connect(reset, &QPushButton::clicked, this, &ElmTrainingForm::resetToPublishedDefaults);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(network);
    layout->addWidget(schedule);
    layout->addWidget(noise);
    layout->addWidget(reset, 0, Qt::AlignRight);
    resetToPublishedDefaults();
}

void ElmTrainingForm::resetToPublishedDefaults() {
    const ElmConfig defaults;
    const ElmTrainOptions& t = defaults.train;
    hidden_->setValue(t.hidden);
    learningRate_->setValue(t.learningRate);
    weightDecay_->setValue(t.weightDecay);
    batchSize_->setValue(t.batchSize);
    maxEpochs_->setValue(t.maxEpochs);
    patience_->setValue(t.patience);
    minDelta_->setValue(t.minDelta);
    lrPatience_->setValue(t.lrPatience);
    lrFactor_->setValue(t.lrFactor);
    seed_->setValue(static_cast<int>(t.seed));
    monitor_->setCurrentIndex(t.monitor == MonitoredSet::TestSet ? 0 : 1);
    validationFraction_->setValue(t.validationFraction);
    validationFraction_->setEnabled(t.monitor == MonitoredSet::ValidationSplit);
    heritability_->setValue(defaults.heritability);
    replicates_->setValue(defaults.replicates);
    noiseSeed_->setValue(static_cast<int>(defaults.noiseSeed));
}

void ElmTrainingForm::apply(ElmConfig& config) const {
    ElmTrainOptions& t = config.train;
    t.hidden = hidden_->value();
    t.learningRate = learningRate_->value();
    t.weightDecay = weightDecay_->value();
    t.batchSize = batchSize_->value();
    t.maxEpochs = maxEpochs_->value();
    t.patience = patience_->value();
    t.minDelta = minDelta_->value();
    t.lrPatience = lrPatience_->value();
    t.lrFactor = lrFactor_->value();
    t.seed = static_cast<std::uint64_t>(seed_->value());
    t.monitor = monitor_->currentIndex() == 0 ? MonitoredSet::TestSet : MonitoredSet::ValidationSplit;
    t.validationFraction = validationFraction_->value();
    config.heritability = heritability_->value();
    config.replicates = replicates_->value();
    config.noiseSeed = static_cast<std::uint32_t>(noiseSeed_->value());
}

QJsonObject ElmTrainingForm::toJson() const {
    return {
        {QStringLiteral("hidden"), hidden_->value()},
        {QStringLiteral("learning_rate"), learningRate_->value()},
        {QStringLiteral("weight_decay"), weightDecay_->value()},
        {QStringLiteral("batch_size"), batchSize_->value()},
        {QStringLiteral("max_epochs"), maxEpochs_->value()},
        {QStringLiteral("patience"), patience_->value()},
        {QStringLiteral("min_delta"), minDelta_->value()},
        {QStringLiteral("lr_patience"), lrPatience_->value()},
        {QStringLiteral("lr_factor"), lrFactor_->value()},
        {QStringLiteral("seed"), seed_->value()},
        {QStringLiteral("monitor"),
         monitor_->currentIndex() == 0 ? QStringLiteral("test") : QStringLiteral("validation")},
        {QStringLiteral("validation_fraction"), validationFraction_->value()},
        {QStringLiteral("heritability"), heritability_->value()},
        {QStringLiteral("replicates"), replicates_->value()},
        {QStringLiteral("noise_seed"), noiseSeed_->value()},
    };
}

void ElmTrainingForm::fromJson(const QJsonObject& values) {
    setFromJson(hidden_, values, "hidden");
    setFromJson(learningRate_, values, "learning_rate");
    setFromJson(weightDecay_, values, "weight_decay");
    setFromJson(batchSize_, values, "batch_size");
    setFromJson(maxEpochs_, values, "max_epochs");
    setFromJson(patience_, values, "patience");
    setFromJson(minDelta_, values, "min_delta");
    setFromJson(lrPatience_, values, "lr_patience");
    setFromJson(lrFactor_, values, "lr_factor");
    setFromJson(seed_, values, "seed");
    if (values.contains(QStringLiteral("monitor"))) {
        monitor_->setCurrentIndex(
            values.value(QStringLiteral("monitor")).toString() == QStringLiteral("validation") ? 1 : 0);
    }
    setFromJson(validationFraction_, values, "validation_fraction");
    setFromJson(heritability_, values, "heritability");
    setFromJson(replicates_, values, "replicates");
    setFromJson(noiseSeed_, values, "noise_seed");
}

}  // namespace locuscope
