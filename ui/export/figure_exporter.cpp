#include "ui/export/figure_exporter.h"

#include <qcustomplot.h>

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSvgGenerator>
#include <cmath>
#include <filesystem>
#include <system_error>

#include "locuscope/build_info.h"
#include "ui/views/elm/elm_figure.h"

namespace locuscope {
namespace {

void setError(QString* error, const QString& message) {
    if (error) {
        *error = message;
    }
}

std::filesystem::path fsPath(const QString& path) {
    return std::filesystem::path(path.toStdU16String());
}

// A new, empty file beside the target (same file system, so renaming it over the target is atomic),
// created with the permissions any new file gets (0666 less the umask). Removed again unless committed.
class SiblingTemporary {
public:
    SiblingTemporary(const QFileInfo& target, const QString& suffix) {
        for (int attempt = 0; attempt < 64; ++attempt) {
            const QString candidate = target.absoluteDir().filePath(
                QStringLiteral(".%1.%2.%3")
                    .arg(target.completeBaseName())
                    .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'))
                    .arg(suffix));
            QFile file(candidate);
            if (file.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
                path_ = candidate;
                return;
            }
            if (!file.exists()) {
                error_ = file.errorString();
                return;
            }
        }
    }
    ~SiblingTemporary() {
        if (!path_.isEmpty() && !committed_) {
            QFile::remove(path_);
        }
    }
    SiblingTemporary(const SiblingTemporary&) = delete;
    SiblingTemporary& operator=(const SiblingTemporary&) = delete;

    bool isValid() const { return !path_.isEmpty(); }
    const QString& path() const { return path_; }
    const QString& error() const { return error_; }

    // Renames the file over `target`, keeping the permissions of a file it replaces.
    bool commit(const QString& target, QString* error) {
        if (QFile::exists(target)) {
            QFile::setPermissions(path_, QFile::permissions(target));
        }
        std::error_code code;
        std::filesystem::rename(fsPath(path_), fsPath(target), code);
        if (code) {
            *error = QString::fromStdString(code.message());
            return false;
        }
        committed_ = true;
        return true;
    }

private:
    QString path_;
    QString error_;
    bool committed_ = false;
};

bool writeSvg(QCustomPlot& plot, const QString& path, const FigureExportOptions& options, int width,
              int height) {
    QSvgGenerator generator;
    generator.setFileName(path);
    generator.setSize(QSize(options.widthPx, options.heightPx));  // with the resolution: the physical size
    generator.setViewBox(QRect(0, 0, width, height));             // the layout's own coordinates
    generator.setResolution(static_cast<int>(std::lround(options.dpi)));
    generator.setTitle(plot.windowTitle());
    generator.setDescription(QStringLiteral("locuscope %1").arg(QString::fromUtf8(build::version)));
    QCPPainter painter;
    if (!painter.begin(&generator)) {
        return false;
    }
    painter.setMode(QCPPainter::pmVectorized);
    painter.setMode(QCPPainter::pmNoCaching);
    plot.toPainter(&painter, width, height);
    return painter.end();
}

}  // namespace

QString suffixOf(FigureFormat format) {
    switch (format) {
        case FigureFormat::Png:
            return QStringLiteral("png");
        case FigureFormat::Svg:
            return QStringLiteral("svg");
        case FigureFormat::Pdf:
            return QStringLiteral("pdf");
    }
    return QString();
}

std::optional<FigureFormat> formatFromSuffix(const QString& pathOrSuffix) {
    QString suffix = QFileInfo(pathOrSuffix).suffix().toLower();
    if (suffix.isEmpty()) {
        suffix = pathOrSuffix.toLower();
        if (suffix.startsWith(QLatin1Char('.'))) {
            suffix.remove(0, 1);
        }
    }
    for (FigureFormat format : {FigureFormat::Png, FigureFormat::Svg, FigureFormat::Pdf}) {
        if (suffix == suffixOf(format)) {
            return format;
        }
    }
    return std::nullopt;
}

double exportScale(const FigureExportOptions& options) {
    const int w = options.widthPx, h = options.heightPx;
    const double wanted = std::max(1.0, std::min({options.dpi / 96.0, w / 640.0, h / 480.0}));
    if (wanted <= 1.0) {
        return 1.0;
    }
    // savePng draws at qRound(scale * logical size): find a logical width near w / wanted whose
    // scale also maps some whole logical height onto exactly h pixels.
    const int centre = static_cast<int>(std::lround(w / wanted));
    for (int offset = 0; offset <= 64; ++offset) {
        for (int logicalWidth : {centre - offset, centre + offset}) {
            if (logicalWidth < 64 || logicalWidth > w) {
                continue;
            }
            const double scale = static_cast<double>(w) / logicalWidth;
            const int logicalHeight = static_cast<int>(std::lround(h / scale));
            if (logicalHeight > 0 && qRound(scale * logicalWidth) == w &&
                qRound(scale * logicalHeight) == h) {
                return scale;
            }
        }
    }
    return 1.0;
}

bool exportPlot(QCustomPlot& plot, const QString& path, FigureFormat format,
                const FigureExportOptions& options, QString* error) {
    if (options.widthPx < 16 || options.heightPx < 16 || options.widthPx > 20000 ||
        options.heightPx > 20000 || !(options.dpi >= 10 && options.dpi <= 4800)) {
        setError(error, QCoreApplication::translate(
                            "FigureExporter", "Figure size must be 16–20000 px and resolution 10–4800 dpi"));
        return false;
    }
    const QFileInfo target(path);
    if (target.fileName().isEmpty()) {
        setError(error, QCoreApplication::translate("FigureExporter", "No file name given for the figure"));
        return false;
    }
    SiblingTemporary temporary(target, suffixOf(format));
    if (!temporary.isValid()) {
        setError(error, QCoreApplication::translate("FigureExporter", "Cannot write in %1: %2")
                            .arg(QDir::toNativeSeparators(target.absolutePath()), temporary.error()));
        return false;
    }
    const QString temporaryPath = temporary.path();

    const double scale = exportScale(options);
    const int width = static_cast<int>(std::lround(options.widthPx / scale));
    const int height = static_cast<int>(std::lround(options.heightPx / scale));
    bool written = false;
    switch (format) {
        case FigureFormat::Png:
            written = plot.savePng(temporaryPath, width, height, scale, -1,
                                   static_cast<int>(std::lround(options.dpi)), QCP::ruDotsPerInch);
            break;
        case FigureFormat::Svg:
            written = writeSvg(plot, temporaryPath, options, width, height);
            break;
        case FigureFormat::Pdf:
            written = plot.savePdf(temporaryPath, width, height, QCP::epNoCosmetic,
                                   QStringLiteral("locuscope %1").arg(QString::fromUtf8(build::version)),
                                   plot.windowTitle());
            break;
    }
    if (!written || QFileInfo(temporaryPath).size() == 0) {
        setError(error, QCoreApplication::translate("FigureExporter", "Could not render the figure to %1")
                            .arg(QDir::toNativeSeparators(path)));
        return false;
    }
    QString reason;
    if (!temporary.commit(target.absoluteFilePath(), &reason)) {
        setError(error, QCoreApplication::translate("FigureExporter", "Cannot replace %1: %2")
                            .arg(QDir::toNativeSeparators(path), reason));
        return false;
    }
    return true;
}

QStringList exportFigures(const std::vector<ElmFigure*>& figures, const QString& directory,
                          const QList<FigureFormat>& formats, const FigureExportOptions& options,
                          QString* error) {
    QStringList written;
    if (!QDir().mkpath(directory)) {
        setError(error, QCoreApplication::translate("FigureExporter", "Cannot create the directory %1")
                            .arg(QDir::toNativeSeparators(directory)));
        return written;
    }
    const QDir dir(directory);
    for (ElmFigure* figure : figures) {
        for (FigureFormat format : formats) {
            const QString path = dir.filePath(figure->figureId() + QLatin1Char('.') + suffixOf(format));
            figure->plot()->setWindowTitle(figure->title());
            if (!exportPlot(*figure->plot(), path, format, options, error)) {
                return written;
            }
            written << path;
        }
    }
    return written;
}

}  // namespace locuscope
