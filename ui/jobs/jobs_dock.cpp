#include "ui/jobs/jobs_dock.h"

#include <QHeaderView>
#include <QProgressBar>
#include <QPushButton>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "ui/jobs/job_manager.h"

namespace locuscope {
namespace {

enum Column { NameColumn, ProgressColumn, ElapsedColumn, CancelColumn };

QString formatElapsed(qint64 ms) {
    const qint64 seconds = ms / 1000;
    if (seconds >= 3600) {
        return QStringLiteral("%1:%2:%3")
            .arg(seconds / 3600)
            .arg(seconds / 60 % 60, 2, 10, QLatin1Char('0'))
            .arg(seconds % 60, 2, 10, QLatin1Char('0'));
    }
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

}  // namespace

JobsDock::JobsDock(JobManager& jobs, QWidget* parent) : QDockWidget(tr("Jobs"), parent), jobs_(jobs) {
    setObjectName(QStringLiteral("JobsDock"));
    auto* content = new QWidget(this);
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(2, 2, 2, 2);

    table_ = new QTreeWidget(content);
    table_->setRootIsDecorated(false);
    table_->setUniformRowHeights(true);
    table_->setHeaderLabels({tr("Job"), tr("Progress"), tr("Elapsed"), QString()});
    table_->header()->setStretchLastSection(false);
    table_->header()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    table_->header()->setSectionResizeMode(ProgressColumn, QHeaderView::Stretch);
    table_->header()->setSectionResizeMode(ElapsedColumn, QHeaderView::ResizeToContents);
    table_->header()->setSectionResizeMode(CancelColumn, QHeaderView::ResizeToContents);
    layout->addWidget(table_);

    auto* clear = new QPushButton(tr("Clear finished"), content);
    clear->setObjectName(QStringLiteral("clearFinishedJobs"));
    layout->addWidget(clear, 0, Qt::AlignRight);
    connect(clear, &QPushButton::clicked, this, &JobsDock::clearFinished);
    setWidget(content);

    connect(&jobs_, &JobManager::jobAdded, this, &JobsDock::addRow);
    connect(&jobs_, &JobManager::jobStarted, this, &JobsDock::markStarted);
    connect(&jobs_, &JobManager::jobProgress, this, &JobsDock::showProgress);
    connect(&jobs_, &JobManager::jobFinished, this, &JobsDock::markFinished);
    ticker_.setInterval(250);
    connect(&ticker_, &QTimer::timeout, this, &JobsDock::refreshElapsed);
}

QToolButton* JobsDock::cancelButton(int id) const { return rows_.value(id).cancel; }

QProgressBar* JobsDock::progressBar(int id) const { return rows_.value(id).bar; }

void JobsDock::addRow(int id, const QString& title) {
    Row row;
    row.item = new QTreeWidgetItem(table_);
    row.item->setText(NameColumn, title);
    row.item->setToolTip(NameColumn, title);
    row.item->setText(ElapsedColumn, formatElapsed(0));
    row.bar = new QProgressBar(table_);
    row.bar->setRange(0, 0);  // busy until the first report
    row.bar->setFormat(tr("Queued"));
    row.bar->setTextVisible(true);
    table_->setItemWidget(row.item, ProgressColumn, row.bar);
    row.cancel = new QToolButton(table_);
    row.cancel->setObjectName(QStringLiteral("cancelJob%1").arg(id));
    row.cancel->setText(tr("Cancel"));
    row.cancel->setToolTip(tr("Stop this job; it writes no output"));
    table_->setItemWidget(row.item, CancelColumn, row.cancel);
    connect(row.cancel, &QToolButton::clicked, this, [this, id] {
        jobs_.cancel(id);
        if (QToolButton* button = cancelButton(id)) {
            button->setEnabled(false);
            button->setText(tr("Cancelling…"));
        }
    });
    rows_.insert(id, row);
}

void JobsDock::markStarted(int id) {
    Row& row = rows_[id];
    row.clock.start();
    row.running = true;
    row.bar->setFormat(tr("Starting…"));
    ticker_.start();
}

void JobsDock::showProgress(int id, qint64 done, qint64 total, const QString& message) {
    Row& row = rows_[id];
    if (!row.bar) {
        return;
    }
    if (total > 0) {
        // QProgressBar takes int: scale large counts down to per-mille.
        row.bar->setRange(0, 1000);
        row.bar->setValue(static_cast<int>(1000.0 * static_cast<double>(done) / static_cast<double>(total)));
        row.bar->setFormat(message.isEmpty() ? QStringLiteral("%p%") : message + QStringLiteral(" (%p%)"));
    } else {
        row.bar->setRange(0, 0);
        row.bar->setFormat(message);
    }
    row.bar->setToolTip(message);
}

void JobsDock::markFinished(int id, JobState state, const QString& message) {
    Row& row = rows_[id];
    if (!row.item) {
        return;
    }
    row.running = false;
    if (row.clock.isValid()) {
        row.item->setText(ElapsedColumn, formatElapsed(row.clock.elapsed()));
    }
    row.bar->setRange(0, 1000);
    row.bar->setValue(state == JobState::Succeeded ? 1000 : row.bar->value());
    const QString text = message.isEmpty() ? displayName(state) : displayName(state) + QStringLiteral(": ") + message;
    row.bar->setFormat(text);
    row.bar->setToolTip(text);
    row.cancel->setEnabled(false);
    row.cancel->setText(displayName(state));
}

void JobsDock::refreshElapsed() {
    bool anyRunning = false;
    for (Row& row : rows_) {
        if (row.running && row.clock.isValid()) {
            row.item->setText(ElapsedColumn, formatElapsed(row.clock.elapsed()));
            anyRunning = true;
        }
    }
    if (!anyRunning) {
        ticker_.stop();
    }
}

void JobsDock::clearFinished() {
    for (auto it = rows_.begin(); it != rows_.end();) {
        if (isFinished(jobs_.state(it.key()))) {
            delete it->item;  // also deletes its item widgets
            it = rows_.erase(it);
        } else {
            ++it;
        }
    }
}

}  // namespace locuscope
