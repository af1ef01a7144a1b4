#include "ui/workspaces/epistasis/simulation_form.h"

#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QVBoxLayout>

#include "core/runtime/input_error.h"
#include "ui/workspaces/epistasis/form_json.h"

namespace locuscope {

SimulationForm::SimulationForm(QWidget* parent) : QWidget(parent) {
    auto* intro = new QLabel(
        tr("<p>Each sample carries one allele per locus, coded x = −1 or +1. Its phenotype is</p>"
           "<p align=center><i>P = Σ<sub>i</sub> β<sub>i</sub> x<sub>i</sub> + Σ<sub>pairs</sub> "
           "β<sub>ij</sub> x<sub>i</sub> x<sub>j</sub> + noise</i></p>"
           "<p>The first sum is additive: each allele shifts P on its own. The second is epistasis: the "
           "effect of locus i depends on the allele at its partner j. The share of epistatic variance "
           "sets, per trait, how much of the genetic variance comes from the pairs (0 = purely "
           "additive).</p>"));
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::RichText);

    const SimulationConfig defaults;
    loci_ = new QSpinBox;
    loci_->setRange(2, 100000);
    loci_->setValue(defaults.loci);
    loci_->setToolTip(tr("Number of causal loci"));
    pairs_ = new QSpinBox;
    pairs_->setRange(-1, 50000);
    pairs_->setValue(defaults.pairs);
    pairs_->setSpecialValueText(tr("loci / 2"));
    pairs_->setToolTip(tr("Disjoint interacting pairs per trait"));
    QStringList shareTexts;
    for (double share : defaults.epistaticShare) {
        shareTexts << QString::number(share);
    }
    shares_ = new QLineEdit(shareTexts.join(QStringLiteral(", ")));
    shares_->setToolTip(
        tr("One number per trait: epistatic variance / additive variance (0 = additive only)"));
    ploidy_ = new QComboBox;
    ploidy_->addItem(tr("Haploid (x = ±1)"), 1);
    ploidy_->addItem(tr("Diploid (x = dosage − 1)"), 2);
    minFrequency_ = new QDoubleSpinBox;
    maxFrequency_ = new QDoubleSpinBox;
    for (QDoubleSpinBox* box : {minFrequency_, maxFrequency_}) {
        box->setRange(0.01, 0.99);
        box->setSingleStep(0.05);
        box->setToolTip(tr("Allele-1 frequencies are drawn uniformly between these bounds"));
    }
    minFrequency_->setValue(defaults.minFrequency);
    maxFrequency_->setValue(defaults.maxFrequency);
    heritability_ = new QDoubleSpinBox;
    heritability_->setRange(0.01, 1.0);
    heritability_->setSingleStep(0.05);
    heritability_->setValue(defaults.heritability);
    heritability_->setToolTip(tr("H² = Var(G) / Var(P); 1 adds no environmental noise"));
    samples_ = new QSpinBox;
    samples_->setRange(20, 10000000);
    samples_->setValue(defaults.samples);
    samples_->setToolTip(tr("Individuals (85 % train, 15 % test)"));
    seed_ = new QSpinBox;
    seed_->setRange(0, 2147483647);
    seed_->setValue(static_cast<int>(defaults.seed));
    format_ = new QComboBox;
    format_->addItem(tr("AlphaSimR text (g/p/eff)"));
    format_->addItem(tr("HDF5 train/test pair"));
    directory_ = new QLineEdit(QDir(QStandardPaths::writableLocation(QStandardPaths::TempLocation))
                                   .filePath(QStringLiteral("locuscope-sim")));
    auto* browse = new QPushButton(tr("Browse…"));
    connect(browse, &QPushButton::clicked, this, &SimulationForm::chooseDirectory);
    auto* directoryRow = new QHBoxLayout;
    directoryRow->addWidget(directory_, 1);
    directoryRow->addWidget(browse);

    auto* form = new QFormLayout;
    form->addRow(tr("Loci"), loci_);
    form->addRow(tr("Epistatic pairs"), pairs_);
    form->addRow(tr("Epistatic share per trait"), shares_);
    form->addRow(tr("Ploidy"), ploidy_);
    form->addRow(tr("Min allele frequency"), minFrequency_);
    form->addRow(tr("Max allele frequency"), maxFrequency_);
    form->addRow(tr("H²"), heritability_);
    form->addRow(tr("Individuals"), samples_);
    form->addRow(tr("Seed"), seed_);
    form->addRow(tr("Format"), format_);
    form->addRow(tr("Folder"), directoryRow);

    auto* simulate = new QPushButton(tr("Simulate and open"));
    simulate->setObjectName(QStringLiteral("simulateButton"));
    connect(simulate, &QPushButton::clicked, this, &SimulationForm::simulateRequested);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(simulate, 0, Qt::AlignRight);
    layout->addStretch(1);
}

SimulationConfig SimulationForm::population() const {
    SimulationConfig config;
    config.loci = loci_->value();
    config.pairs = pairs_->value();
    config.epistaticShare.clear();
    const QStringList parts = shares_->text().split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString& part : parts) {
        bool ok = false;
        const double value = part.trimmed().toDouble(&ok);
        if (!ok) {
            throw InputError(tr("epistatic share \"%1\" is not a number").arg(part.trimmed()).toStdString());
        }
        config.epistaticShare.push_back(value);
    }
    config.traits = static_cast<int>(config.epistaticShare.size());
    config.ploidy = ploidy_->currentData().toInt();
    config.minFrequency = minFrequency_->value();
    config.maxFrequency = maxFrequency_->value();
    config.heritability = heritability_->value();
    config.samples = samples_->value();
    config.seed = static_cast<std::uint64_t>(seed_->value());
    return config;
}

QString SimulationForm::outputDirectory() const {
    return directory_->text().trimmed();
}

void SimulationForm::setOutputDirectory(const QString& directory) {
    directory_->setText(directory);
}

bool SimulationForm::writeHdf5() const {
    return format_->currentIndex() == 1;
}

void SimulationForm::chooseDirectory() {
    const QString chosen =
        QFileDialog::getExistingDirectory(this, tr("Folder for the simulated dataset"), directory_->text());
    if (!chosen.isEmpty()) {
        directory_->setText(chosen);
    }
}

QJsonObject SimulationForm::toJson() const {
    return {
        {QStringLiteral("loci"), loci_->value()},
        {QStringLiteral("pairs"), pairs_->value()},
        {QStringLiteral("epistatic_share"), shares_->text()},
        {QStringLiteral("ploidy"), ploidy_->currentData().toInt()},
        {QStringLiteral("min_frequency"), minFrequency_->value()},
        {QStringLiteral("max_frequency"), maxFrequency_->value()},
        {QStringLiteral("heritability"), heritability_->value()},
        {QStringLiteral("samples"), samples_->value()},
        {QStringLiteral("seed"), seed_->value()},
        {QStringLiteral("format"), writeHdf5() ? QStringLiteral("hdf5") : QStringLiteral("text")},
    };
}

void SimulationForm::fromJson(const QJsonObject& values) {
    setFromJson(loci_, values, "loci");
    setFromJson(pairs_, values, "pairs");
    if (values.contains(QStringLiteral("epistatic_share"))) {
        shares_->setText(values.value(QStringLiteral("epistatic_share")).toString());
    }
    if (values.contains(QStringLiteral("ploidy"))) {
        ploidy_->setCurrentIndex(values.value(QStringLiteral("ploidy")).toInt() == 2 ? 1 : 0);
    }
    setFromJson(minFrequency_, values, "min_frequency");
    setFromJson(maxFrequency_, values, "max_frequency");
    setFromJson(heritability_, values, "heritability");
    setFromJson(samples_, values, "samples");
    setFromJson(seed_, values, "seed");
    if (values.contains(QStringLiteral("format"))) {
        format_->setCurrentIndex(
            values.value(QStringLiteral("format")).toString() == QStringLiteral("hdf5") ? 1 : 0);
    }
}

}  // namespace locuscope
