#include "ui/export/export_figure_dialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>

namespace locuscope {
namespace {

QString& lastDirectory() {
    static QString directory;
    return directory;
}

}  // namespace

ExportFigureDialog::ExportFigureDialog(QWidget* parent, const FigureExportOptions& defaults,
                                       FigureFormat defaultFormat)
    : QDialog(parent) {
    setWindowTitle(tr("Export figure"));
    auto* form = new QFormLayout;

    format_ = new QComboBox(this);
    format_->addItem(tr("PNG image (raster)"), static_cast<int>(FigureFormat::Png));
    format_->addItem(tr("SVG drawing (vector)"), static_cast<int>(FigureFormat::Svg));
    format_->addItem(tr("PDF document (vector)"), static_cast<int>(FigureFormat::Pdf));
    form->addRow(tr("&Format:"), format_);

    width_ = new QSpinBox(this);
    width_->setRange(16, 20000);
    width_->setSuffix(tr(" px"));
    width_->setValue(defaults.widthPx);
    height_ = new QSpinBox(this);
    height_->setRange(16, 20000);
    height_->setSuffix(tr(" px"));
    height_->setValue(defaults.heightPx);
    form->addRow(tr("&Width:"), width_);
    form->addRow(tr("&Height:"), height_);

    dpi_ = new QDoubleSpinBox(this);
    dpi_->setRange(10, 4800);
    dpi_->setDecimals(0);
    dpi_->setSuffix(tr(" dpi"));
    dpi_->setValue(defaults.dpi);
    form->addRow(tr("&Resolution:"), dpi_);
    sizeNote_ = new QLabel(this);
    sizeNote_->setWordWrap(true);
    form->addRow(QString(), sizeNote_);

    path_ = new QLineEdit(this);
    path_->setObjectName(QStringLiteral("exportPath"));
    auto* browseButton = new QPushButton(tr("&Browse…"), this);
    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(path_, 1);
    pathRow->addWidget(browseButton);
    form->addRow(tr("&Save as:"), pathRow);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &ExportFigureDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ExportFigureDialog::reject);
    connect(browseButton, &QPushButton::clicked, this, &ExportFigureDialog::browse);
    connect(format_, &QComboBox::currentIndexChanged, this, &ExportFigureDialog::matchSuffixToFormat);
    for (QSpinBox* box : {width_, height_}) {
        connect(box, &QSpinBox::valueChanged, this, &ExportFigureDialog::updateSizeNote);
    }
    connect(dpi_, &QDoubleSpinBox::valueChanged, this, &ExportFigureDialog::updateSizeNote);
    setFormat(defaultFormat);
    updateSizeNote();
}

void ExportFigureDialog::setPath(const QString& path) {
    QString full = path;
    if (QFileInfo(path).isRelative() && !path.contains(QLatin1Char('/'))) {
        QString directory = lastDirectory();
        if (directory.isEmpty()) {
            directory = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
        }
        if (directory.isEmpty()) {
            directory = QDir::homePath();
        }
        full = QDir(directory).filePath(path);
    }
    path_->setText(QDir::toNativeSeparators(full));
    if (const auto format = formatFromSuffix(full)) {
        setFormat(*format);
    }
    matchSuffixToFormat();
}

QString ExportFigureDialog::path() const {
    return QDir::fromNativeSeparators(path_->text().trimmed());
}

FigureFormat ExportFigureDialog::format() const {
    return static_cast<FigureFormat>(format_->currentData().toInt());
}

void ExportFigureDialog::setFormat(FigureFormat format) {
    format_->setCurrentIndex(format_->findData(static_cast<int>(format)));
}

FigureExportOptions ExportFigureDialog::options() const {
    FigureExportOptions options;
    options.widthPx = width_->value();
    options.heightPx = height_->value();
    options.dpi = dpi_->value();
    return options;
}

void ExportFigureDialog::matchSuffixToFormat() {
    const QString current = path();
    if (current.isEmpty()) {
        return;
    }
    const QFileInfo info(current);
    const QString wanted = suffixOf(format());
    if (info.suffix().toLower() == wanted) {
        return;
    }
    const QString stem = formatFromSuffix(current) ? info.completeBaseName() : info.fileName();
    path_->setText(QDir::toNativeSeparators(info.dir().filePath(stem + QLatin1Char('.') + wanted)));
}

void ExportFigureDialog::updateSizeNote() {
    const FigureExportOptions o = options();
    sizeNote_->setText(tr("%1 × %2 cm at %3 dpi")
                           .arg(o.widthPx / o.dpi * 2.54, 0, 'f', 1)
                           .arg(o.heightPx / o.dpi * 2.54, 0, 'f', 1)
                           .arg(o.dpi, 0, 'f', 0));
}

void ExportFigureDialog::browse() {
    const QString filter = tr("PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)");
    QString selected;
    switch (format()) {
        case FigureFormat::Png:
            selected = tr("PNG image (*.png)");
            break;
        case FigureFormat::Svg:
            selected = tr("SVG drawing (*.svg)");
            break;
        case FigureFormat::Pdf:
            selected = tr("PDF document (*.pdf)");
            break;
    }
    const QString chosen = QFileDialog::getSaveFileName(this, tr("Export figure"), path(), filter, &selected);
    if (chosen.isEmpty()) {
        return;
    }
    path_->setText(QDir::toNativeSeparators(chosen));
    if (const auto format = formatFromSuffix(chosen)) {
        setFormat(*format);
    }
    matchSuffixToFormat();
}

void ExportFigureDialog::accept() {
    const QFileInfo info(path());
    if (path().isEmpty() || info.fileName().isEmpty()) {
        QMessageBox::warning(this, windowTitle(), tr("Choose a file to save the figure to."));
        return;
    }
    if (!info.absoluteDir().exists()) {
        QMessageBox::warning(
            this, windowTitle(),
            tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(info.absolutePath())));
        return;
    }
    lastDirectory() = info.absolutePath();
    QDialog::accept();
}

}  // namespace locuscope
