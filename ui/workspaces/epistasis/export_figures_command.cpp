#include "ui/workspaces/epistasis/export_figures_command.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QWidget>
#include <cstdio>
#include <memory>

#include "core/pipelines/elm_results_reader.h"
#include "ui/export/figure_exporter.h"
#include "ui/views/elm/elm_figure.h"
#include "ui/views/elm/elm_figure_set.h"
#include "ui/views/elm/elm_selection.h"
#include "ui/workspaces/epistasis/elm_session.h"
#include "ui/workspaces/methylation/methylation_figure_export.h"
#include "ui/workspaces/session_file.h"

namespace locuscope {
namespace {

int fail(const QString& message) {
    std::fprintf(stderr, "locuscope export-figures: %s\n", qPrintable(message));
    return 1;
}

// Gives the messages their own translation context (lupdate reads Q_DECLARE_TR_FUNCTIONS).
struct ExportFiguresCommand {
    Q_DECLARE_TR_FUNCTIONS(ExportFiguresCommand)
};

}  // namespace

int runExportFiguresCommand(const QStringList& arguments) {
    QCommandLineParser parser;
    parser.setApplicationDescription(ExportFiguresCommand::tr(
        "Export the figures of a saved session (Epistasis or Methylation) or of a locuscope-cli elm results "
        "folder, without a display."));
    parser.addHelpOption();
    const QCommandLineOption session(QStringLiteral("session"),
                                     ExportFiguresCommand::tr("Saved Epistasis or Methylation session (.json)"),
                                     QStringLiteral("file"));
    const QCommandLineOption results(QStringLiteral("results"),
                                     ExportFiguresCommand::tr("Results folder written by locuscope-cli elm"),
                                     QStringLiteral("dir"));
    const QCommandLineOption out(QStringLiteral("out"),
                                 ExportFiguresCommand::tr("Folder for the figures (created if missing)"),
                                 QStringLiteral("dir"));
    const QCommandLineOption format(QStringLiteral("format"),
                                    ExportFiguresCommand::tr("Comma-separated formats: png, svg, pdf"),
                                    QStringLiteral("list"), QStringLiteral("png,svg,pdf"));
    const FigureExportOptions defaults;
    const QCommandLineOption width(QStringLiteral("width"),
                                   ExportFiguresCommand::tr("Width in pixels (PNG) or points at the DPI"),
                                   QStringLiteral("px"), QString::number(defaults.widthPx));
    const QCommandLineOption height(QStringLiteral("height"), ExportFiguresCommand::tr("Height in pixels"),
                                    QStringLiteral("px"), QString::number(defaults.heightPx));
    const QCommandLineOption dpi(QStringLiteral("dpi"),
                                 ExportFiguresCommand::tr("Resolution recorded in PNG files"),
                                 QStringLiteral("dpi"), QString::number(defaults.dpi));
    const QCommandLineOption trait(QStringLiteral("trait"),
                                   ExportFiguresCommand::tr("Trait to draw: index from 1 or name"),
                                   QStringLiteral("trait"));
    const QCommandLineOption pair(
        QStringLiteral("pair"),
        ExportFiguresCommand::tr("Pair for the cluster plot: two locus indices from 1, "
                                 "e.g. 3,17"),
        QStringLiteral("i,j"));
    const QCommandLineOption locus(
        QStringLiteral("locus"),
        ExportFiguresCommand::tr("Methylation sessions: the locus to draw (gene, chr:start-end, chr:pos or variant "
                                 "ID) instead of the saved one"),
        QStringLiteral("locus"));
    parser.addOptions({session, results, out, format, width, height, dpi, trait, pair, locus});
    QStringList argv = arguments;
    argv.prepend(QStringLiteral("locuscope export-figures"));
    if (!parser.parse(argv)) {
        return fail(parser.errorText());
    }
    if (parser.isSet(QStringLiteral("help"))) {
        std::printf("%s", qPrintable(parser.helpText()));
        return 0;
    }
    if (!parser.positionalArguments().isEmpty()) {
        return fail(
            ExportFiguresCommand::tr("unexpected argument \"%1\"").arg(parser.positionalArguments().front()));
    }
    if (parser.isSet(session) == parser.isSet(results)) {
        return fail(ExportFiguresCommand::tr("give exactly one of --session FILE or --results DIR"));
    }
    if (!parser.isSet(out)) {
        return fail(ExportFiguresCommand::tr("--out DIR is required"));
    }

    QList<FigureFormat> formats;
    for (const QString& name : parser.value(format).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const std::optional<FigureFormat> parsed = formatFromSuffix(name.trimmed());
        if (!parsed) {
            return fail(ExportFiguresCommand::tr("unknown format \"%1\" (png, svg, pdf)").arg(name));
        }
        formats << *parsed;
    }
    FigureExportOptions options;
    bool okWidth = false, okHeight = false, okDpi = false;
    options.widthPx = parser.value(width).toInt(&okWidth);
    options.heightPx = parser.value(height).toInt(&okHeight);
    options.dpi = parser.value(dpi).toDouble(&okDpi);
    if (!okWidth || !okHeight || !okDpi || options.widthPx < 16 || options.heightPx < 16 ||
        options.widthPx > 20000 || options.heightPx > 20000 || !(options.dpi >= 10 && options.dpi <= 2400)) {
        return fail(ExportFiguresCommand::tr("width and height must be 16–20000 pixels and DPI 10–2400"));
    }

    if (parser.isSet(session)) {  // a Methylation session has its own figures
        if (sessionWorkspace(parser.value(session)) == QStringLiteral("methylation")) {
            QString error;
            const QStringList written = exportMethylationSessionFigures(
                parser.value(session), parser.value(locus), parser.value(out), formats, options, &error);
            if (written.isEmpty()) {
                return fail(error);
            }
            for (const QString& path : written) {
                std::printf("%s\n", qPrintable(QDir::toNativeSeparators(path)));
            }
            return 0;
        }
    }

    ElmSession restored;
    QString resultsDirectory = parser.value(results);
    if (parser.isSet(session)) {
        try {
            restored = readElmSession(parser.value(session));
        } catch (const std::exception& error) {
            return fail(QString::fromUtf8(error.what()));
        }
        if (restored.resultsPath.isEmpty()) {
            return fail(
                ExportFiguresCommand::tr("%1 holds no results to draw (train and save the session first)")
                    .arg(parser.value(session)));
        }
        resultsDirectory = restored.resultsPath;
    }
    auto report = std::make_shared<ElmReport>();
    try {
        *report = readElmOutputs(resultsDirectory.toStdString());
    } catch (const std::exception& error) {
        return fail(QString::fromUtf8(error.what()));
    }

    ElmSelection selection;
    selection.setTrait(restored.trait);
    selection.setLocus(restored.locus);
    selection.setPair(restored.pairFirst, restored.pairSecond);
    if (parser.isSet(trait)) {
        const QString value = parser.value(trait);
        bool isNumber = false;
        int index = value.toInt(&isNumber) - 1;
        if (!isNumber) {
            index = -1;
            for (std::size_t t = 0; t < report->traitNames.size(); ++t) {
                if (QString::fromStdString(report->traitNames[t]) == value) {
                    index = static_cast<int>(t);
                }
            }
        }
        if (index < 0 || index >= static_cast<int>(report->traitNames.size())) {
            return fail(ExportFiguresCommand::tr("no trait \"%1\" (the results have %2)")
                            .arg(value)
                            .arg(report->traitNames.size()));
        }
        selection.setTrait(index);
    }
    if (parser.isSet(pair)) {
        const QStringList parts = parser.value(pair).split(QLatin1Char(','));
        bool okFirst = false, okSecond = false;
        const int first = parts.size() == 2 ? parts[0].trimmed().toInt(&okFirst) - 1 : -1;
        const int second = parts.size() == 2 ? parts[1].trimmed().toInt(&okSecond) - 1 : -1;
        const int loci = static_cast<int>(report->locusNames.size());
        if (!okFirst || !okSecond || first < 0 || second < 0 || first >= loci || second >= loci ||
            first == second) {
            return fail(ExportFiguresCommand::tr("--pair needs two different locus indices between 1 and %1")
                            .arg(loci));
        }
        selection.setPair(first, second);
    }

    QWidget host;  // never shown: the figures render offscreen at the export size
    const std::vector<ElmFigure*> figures = createElmFigures(selection, &host);
    for (ElmFigure* figure : figures) {
        figure->setReport(report);
    }
    QString error;
    const QStringList written = exportFigures(figures, parser.value(out), formats, options, &error);
    if (!error.isEmpty()) {
        return fail(error);
    }
    for (const QString& file : written) {
        std::printf("%s\n", qPrintable(QDir::toNativeSeparators(file)));
    }
    return 0;
}

}  // namespace locuscope
