#pragma once

#include <QJsonObject>
#include <QString>
#include <QWidget>

#include "core/data/population_simulator.h"

class QComboBox;
class QDoubleSpinBox;
class QLineEdit;
class QSpinBox;

namespace locuscope {

// The teaching simulator: a population with additive and pairwise (additive × additive) effects,
// as in the AlphaSimR simulations behind the ELM pub, written to a folder and then opened. The
// explanation at the top says what each knob does to the phenotype.
class SimulationForm : public QWidget {
    Q_OBJECT
public:
    explicit SimulationForm(QWidget* parent = nullptr);

    // Throws InputError for a field that cannot be parsed (the share list); the simulator checks
    // the rest.
    SimulationConfig population() const;
    QString outputDirectory() const;
    void setOutputDirectory(const QString& directory);
    bool writeHdf5() const;  // HDF5 train/test pair instead of AlphaSimR text

    QJsonObject toJson() const;
    void fromJson(const QJsonObject& values);

signals:
    void simulateRequested();

private:
    void chooseDirectory();

    QSpinBox* loci_;
    QSpinBox* pairs_;
    QLineEdit* shares_;
    QComboBox* ploidy_;
    QDoubleSpinBox* minFrequency_;
    QDoubleSpinBox* maxFrequency_;
    QDoubleSpinBox* heritability_;
    QSpinBox* samples_;
    QSpinBox* seed_;
    QComboBox* format_;
    QLineEdit* directory_;
};

}  // namespace locuscope
