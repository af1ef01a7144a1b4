#pragma once

#include <QDialog>

#include "ui/export/figure_exporter.h"

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace locuscope {

// Asks where and how to save a figure: format, pixel size, resolution and path. The path's suffix
// follows the format; the directory of the last accepted export is offered next time.
class ExportFigureDialog : public QDialog {
    Q_OBJECT
public:
    explicit ExportFigureDialog(QWidget* parent = nullptr,
                                const FigureExportOptions& defaults = FigureExportOptions{},
                                FigureFormat defaultFormat = FigureFormat::Png);

    // A bare file name goes into the last used directory (else the user's pictures folder).
    void setPath(const QString& path);
    QString path() const;
    FigureFormat format() const;
    void setFormat(FigureFormat format);
    FigureExportOptions options() const;

    void accept() override;

private:
    void browse();
    void matchSuffixToFormat();
    void updateSizeNote();

    QComboBox* format_ = nullptr;
    QSpinBox* width_ = nullptr;
    QSpinBox* height_ = nullptr;
    QDoubleSpinBox* dpi_ = nullptr;
    QLabel* sizeNote_ = nullptr;
    QLineEdit* path_ = nullptr;
};

}  // namespace locuscope
