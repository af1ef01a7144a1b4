#pragma once

#include <QJsonObject>
#include <QWidget>

#include "core/data/dataset_loader.h"

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace locuscope {

// Where the genotype dataset comes from (HDF5 pair, AlphaSimR text or PLINK; a folder or one of
// its files), how it is split, and a summary of what was found once it is read.
class DatasetPanel : public QWidget {
    Q_OBJECT
public:
    explicit DatasetPanel(QWidget* parent = nullptr);

    QString path() const;
    void setPath(const QString& path);
    DatasetLoadOptions loadOptions() const;

    QJsonObject splitJson() const;
    void setSplitJson(const QJsonObject& split);

    void showSummary(const QString& html);
    void showError(const QString& message);
    void clearSummary();

signals:
    void openRequested();  // read the dataset at path()

private:
    void browseFile();
    void browseFolder();

    QLineEdit* path_;
    QComboBox* split_;
    QDoubleSpinBox* testFraction_;
    QSpinBox* splitSeed_;
    QLabel* summary_;
};

}  // namespace locuscope
