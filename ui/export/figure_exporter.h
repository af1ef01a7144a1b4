#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

class QCustomPlot;

namespace locuscope {

class ElmFigure;

enum class FigureFormat { Png, Svg, Pdf };

struct FigureExportOptions {
    int widthPx = 1600;  // the PNG's pixel size; SVG and PDF keep the same layout and aspect ratio
    int heightPx = 1200;
    double dpi = 300;  // recorded in the PNG (pHYs) and the SVG's physical size
};

// "png", "svg", "pdf"
QString suffixOf(FigureFormat format);
// From a file name or a bare suffix, case-insensitive; nothing for an unknown suffix.
std::optional<FigureFormat> formatFromSuffix(const QString& pathOrSuffix);

// The layout scale for an export: text and lines keep their on-screen size relative to a figure of
// about 96 dpi, so a 1600 x 1200 px export at 300 dpi is laid out at 640 x 480 and drawn 2.5x
// (fonts print at a readable size instead of shrinking to specks). Chosen so that the scaled logical
// size hits the pixel size exactly; 1 when no such scale exists nearby.
double exportScale(const FigureExportOptions& options);

// Writes the plot to `path`: PNG via savePng (pixel size and DPI in the file), SVG by painting onto a
// QSvgGenerator (vector, with width/height and a viewBox), PDF via savePdf (vector). The file is
// written beside the target under a temporary name and renamed over it, so a failed export leaves
// no partial file. Works on hidden widgets (headless, QT_QPA_PLATFORM=offscreen).
bool exportPlot(QCustomPlot& plot, const QString& path, FigureFormat format,
                const FigureExportOptions& options, QString* error = nullptr);

// Writes `<figureId>.<suffix>` for every figure and format into `directory` (created if missing) and
// returns the paths written. Stops at the first failure, with the reason in `error`.
QStringList exportFigures(const std::vector<ElmFigure*>& figures, const QString& directory,
                          const QList<FigureFormat>& formats, const FigureExportOptions& options,
                          QString* error = nullptr);

}  // namespace locuscope
