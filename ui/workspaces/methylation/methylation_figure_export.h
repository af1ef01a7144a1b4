#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include "ui/export/figure_exporter.h"

namespace locuscope {

// `locuscope export-figures --session S` for a Methylation session: restores it in a workspace that
// is never shown (offscreen), waits for its jobs (loading, prediction, attributions), optionally goes
// to `locus`, then writes the whole track panel as `locus.<ext>` and every visible track as
// `<track>.<ext>` into `directory`. Returns the files written; on failure none are listed and `error`
// says why.
QStringList exportMethylationSessionFigures(const QString& sessionFile, const QString& locus, const QString& directory,
                                            const QList<FigureFormat>& formats, const FigureExportOptions& options,
                                            QString* error);

}  // namespace locuscope
