#include "ui/workspaces/epistasis/dataset_panel.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace locuscope {

DatasetPanel::DatasetPanel(QWidget* parent) : QWidget(parent) {
    path_ = new QLineEdit;
    path_->setObjectName(QStringLiteral("datasetPath"));
    path_->setPlaceholderText(tr("Folder or file: *_train.hdf5, *_g.txt, *.bed"));
    connect(path_, &QLineEdit::returnPressed, this, &DatasetPanel::openRequested);
    auto* file = new QPushButton(tr("File…"));
    file->setToolTip(tr("Choose one file of the dataset; its siblings are found"));
    connect(file, &QPushButton::clicked, this, &DatasetPanel::browseFile);
    auto* folder = new QPushButton(tr("Folder…"));
    folder->setToolTip(tr("Choose a folder holding one dataset"));
    connect(folder, &QPushButton::clicked, this, &DatasetPanel::browseFolder);
    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(path_, 1);
    pathRow->addWidget(file);
    pathRow->addWidget(folder);

    split_ = new QComboBox;
    split_->addItem(tr("As stored (HDF5 keeps its split; others head/tail)"), QStringLiteral("auto"));
    split_->addItem(tr("Head/tail, as the pub"), QStringLiteral("head-tail"));
    split_->addItem(tr("Random, seeded"), QStringLiteral("random"));
    testFraction_ = new QDoubleSpinBox;
    testFraction_->setRange(0.01, 0.99);
    testFraction_->setSingleStep(0.05);
    testFraction_->setValue(DatasetLoadOptions{}.testFraction);
    splitSeed_ = new QSpinBox;
    splitSeed_->setRange(0, 2147483647);
    splitSeed_->setValue(static_cast<int>(DatasetLoadOptions{}.seed));
    const auto updateEnabled = [this] { splitSeed_->setEnabled(split_->currentIndex() == 2); };
    connect(split_, &QComboBox::currentIndexChanged, this, updateEnabled);
    updateEnabled();

    auto* open = new QPushButton(tr("Open"));
    open->setObjectName(QStringLiteral("openDatasetButton"));
    connect(open, &QPushButton::clicked, this, &DatasetPanel::openRequested);

    summary_ = new QLabel;
    summary_->setObjectName(QStringLiteral("datasetSummary"));
    summary_->setWordWrap(true);
    summary_->setTextFormat(Qt::RichText);
    summary_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    summary_->setFrameShape(QFrame::StyledPanel);
    summary_->setMargin(6);
    clearSummary();

    auto* form = new QFormLayout;
    form->addRow(tr("Dataset"), pathRow);
    form->addRow(tr("Split"), split_);
    form->addRow(tr("Test share"), testFraction_);
    form->addRow(tr("Split seed"), splitSeed_);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addWidget(open, 0, Qt::AlignRight);
    layout->addWidget(summary_);
    layout->addStretch(1);
}

QString DatasetPanel::path() const {
    return path_->text().trimmed();
}

void DatasetPanel::setPath(const QString& path) {
    path_->setText(path);
}

DatasetLoadOptions DatasetPanel::loadOptions() const {
    DatasetLoadOptions options;
    const QString method = split_->currentData().toString();
    options.split = method == QStringLiteral("head-tail") ? SplitMethod::HeadTail
                    : method == QStringLiteral("random")  ? SplitMethod::Random
                                                          : SplitMethod::Auto;
    options.testFraction = testFraction_->value();
    options.seed = static_cast<std::uint64_t>(splitSeed_->value());
    return options;
}

QJsonObject DatasetPanel::splitJson() const {
    return {{QStringLiteral("method"), split_->currentData().toString()},
            {QStringLiteral("test_fraction"), testFraction_->value()},
            {QStringLiteral("seed"), splitSeed_->value()}};
}

void DatasetPanel::setSplitJson(const QJsonObject& split) {
    const int index = split_->findData(split.value(QStringLiteral("method")).toString());
    if (index >= 0) {
        split_->setCurrentIndex(index);
    }
    testFraction_->setValue(split.value(QStringLiteral("test_fraction")).toDouble(testFraction_->value()));
    splitSeed_->setValue(split.value(QStringLiteral("seed")).toInt(splitSeed_->value()));
}

void DatasetPanel::showSummary(const QString& html) {
    summary_->setText(html);
}

void DatasetPanel::showError(const QString& message) {
    summary_->setText(QStringLiteral("<span style='color:#b00020'>%1</span>").arg(message.toHtmlEscaped()));
}

void DatasetPanel::clearSummary() {
    summary_->setText(tr("<i>No dataset open.</i>"));
}

void DatasetPanel::browseFile() {
    const QString chosen = QFileDialog::getOpenFileName(
        this, tr("Open a genotype dataset"), QFileInfo(path()).absolutePath(),
        tr("Genotype datasets (*.hdf5 *.h5 *_g.txt *_p.txt *.bed *.bim *.fam);;All files (*)"));
    if (!chosen.isEmpty()) {
        path_->setText(chosen);
        emit openRequested();
    }
}

void DatasetPanel::browseFolder() {
    const QString chosen = QFileDialog::getExistingDirectory(this, tr("Open a dataset folder"), path());
    if (!chosen.isEmpty()) {
        path_->setText(chosen);
        emit openRequested();
    }
}

}  // namespace locuscope
