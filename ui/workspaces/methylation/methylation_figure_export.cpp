#include "ui/workspaces/methylation/methylation_figure_export.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QThread>

#include "ui/jobs/job_manager.h"
#include "ui/views/methylation/locus_track_panel.h"
#include "ui/workspaces/methylation/methylation_workspace.h"

namespace locuscope {
namespace {

struct MethylationFigureExport {
    Q_DECLARE_TR_FUNCTIONS(MethylationFigureExport)
};

// Runs the event loop until the workspace has no job left (10 minutes at most).
bool waitUntilIdle(const MethylationWorkspace& workspace) {
    QDeadlineTimer deadline(10 * 60 * 1000);
    do {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        QThread::msleep(5);
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    } while (workspace.busy() && !deadline.hasExpired());
    return !workspace.busy();
}

}  // namespace

QStringList exportMethylationSessionFigures(const QString& sessionFile, const QString& locus, const QString& directory,
                                            const QList<FigureFormat>& formats, const FigureExportOptions& options,
                                            QString* error) {
    JobManager jobs;
    MethylationWorkspace workspace(jobs, nullptr, /*autosave=*/false);
    workspace.resize(1400, 1000);
    const auto failed = [&](const QString& message) {
        if (error) {
            *error = message;
        }
        return QStringList();
    };
    if (workspace.openSession(sessionFile) == 0 && workspace.lastMessageIsError()) {
        return failed(workspace.lastMessage());
    }
    if (!waitUntilIdle(workspace)) {
        return failed(MethylationFigureExport::tr("the session's jobs did not finish within 10 minutes"));
    }
    if (workspace.lastMessageIsError()) {
        return failed(workspace.lastMessage());
    }
    if (!locus.isEmpty()) {
        if (!workspace.navigate(locus)) {
            return failed(workspace.lastMessage());
        }
        if (!waitUntilIdle(workspace) || workspace.lastMessageIsError()) {
            return failed(workspace.lastMessage());
        }
    }
    if (!QDir().mkpath(directory)) {
        return failed(MethylationFigureExport::tr("cannot create %1").arg(directory));
    }
    QStringList written;
    for (const FigureFormat format : formats) {
        const QString panelPath = QDir(directory).filePath(QStringLiteral("locus.") + suffixOf(format));
        if (!workspace.exportPanel(panelPath, format, options)) {
            return failed(workspace.lastMessage());
        }
        written << panelPath;
        for (const QString& track : workspace.trackPanel()->trackIds()) {
            const QString path = QDir(directory).filePath(track + QLatin1Char('.') + suffixOf(format));
            if (!workspace.exportTrack(track, path, format, options)) {
                return failed(workspace.lastMessage());
            }
            written << path;
        }
    }
    return written;
}

}  // namespace locuscope
