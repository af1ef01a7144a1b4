#pragma once

#include <QDockWidget>
#include <QElapsedTimer>
#include <QHash>
#include <QTimer>

#include "ui/jobs/job_state.h"

class QProgressBar;
class QToolButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace locuscope {

class JobManager;

// One row per job: name, progress bar (with the pipeline's message), elapsed time and Cancel.
class JobsDock : public QDockWidget {
    Q_OBJECT
public:
    explicit JobsDock(JobManager& jobs, QWidget* parent = nullptr);

    QTreeWidget* table() const { return table_; }
    QToolButton* cancelButton(int id) const;
    QProgressBar* progressBar(int id) const;

private:
    void addRow(int id, const QString& title);
    void markStarted(int id);
    void showProgress(int id, qint64 done, qint64 total, const QString& message);
    void markFinished(int id, JobState state, const QString& message);
    void refreshElapsed();
    void clearFinished();

    struct Row {
        QTreeWidgetItem* item = nullptr;
        QProgressBar* bar = nullptr;
        QToolButton* cancel = nullptr;
        QElapsedTimer clock;
        bool running = false;
    };

    JobManager& jobs_;
    QTreeWidget* table_ = nullptr;
    QHash<int, Row> rows_;
    QTimer ticker_;
};

}  // namespace locuscope
