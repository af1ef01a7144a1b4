#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QStatusBar>
#include <QProgressBar>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QToolButton>
#include <QtTest>

#include "ui/jobs/job_manager.h"
#include "ui/jobs/jobs_dock.h"
#include "ui/main_window.h"
#include "ui/settings/app_settings.h"
#include "ui/views/log_dock.h"

using namespace locuscope;

class TestMainWindow : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init() {
        settingsDir_ = std::make_unique<QTemporaryDir>();
        settings_ = std::make_unique<AppSettings>(settingsDir_->filePath(QStringLiteral("settings.ini")));
        jobs_ = std::make_unique<JobManager>();
        window_ = std::make_unique<MainWindow>(*settings_, *jobs_);
        window_->show();
        QVERIFY(QTest::qWaitForWindowExposed(window_.get()));
    }

    void cleanup() {
        window_.reset();
        jobs_.reset();
        settings_.reset();
    }

    void testShowsTheThreeWorkspacesAndBothDocks() {
        QTabWidget* tabs = window_->workspaces();
        QCOMPARE(tabs->count(), 3);
        QCOMPARE(tabs->tabText(0), QStringLiteral("Methylation"));
        QCOMPARE(tabs->tabText(1), QStringLiteral("Expression"));
        QCOMPARE(tabs->tabText(2), QStringLiteral("Epistasis"));
        QVERIFY(window_->jobsDock()->isVisible());
        QVERIFY(window_->logDock()->isVisible());
    }

    void testCancelStopsTheJobAndWritesNoOutput() {
        QTemporaryDir output;
        const QString report = output.filePath(QStringLiteral("gemm.json"));
        const int id = window_->measureComputeSpeed(256, 1000000, report);
        QTRY_COMPARE_WITH_TIMEOUT(jobs_->state(id), JobState::Running, 10000);
        QProgressBar* bar = window_->jobsDock()->progressBar(id);
        QVERIFY(bar != nullptr);
        QTRY_VERIFY_WITH_TIMEOUT(bar->value() > 0 || bar->format().contains(QStringLiteral("matrix product")), 10000);

        QToolButton* cancel = window_->jobsDock()->cancelButton(id);
        QVERIFY(cancel != nullptr && cancel->isEnabled());
        QTest::mouseClick(cancel, Qt::LeftButton);

        QTRY_COMPARE_WITH_TIMEOUT(jobs_->state(id), JobState::Cancelled, 10000);
        QVERIFY(!cancel->isEnabled());
        QVERIFY(bar->format().contains(QStringLiteral("Cancelled")));
        QVERIFY(!QFile::exists(report));
        QVERIFY(QDir(output.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot).isEmpty());
        QCOMPARE(jobs_->unfinishedCount(), 0);
    }

    void testFinishedJobWritesItsReportAndLogsTheResult() {
        QTemporaryDir output;
        const QString report = output.filePath(QStringLiteral("gemm.json"));
        const int id = window_->measureComputeSpeed(64, 3, report);
        QTRY_COMPARE_WITH_TIMEOUT(jobs_->state(id), JobState::Succeeded, 30000);
        QFile file(report);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
        QCOMPARE(json.value(QStringLiteral("size")).toInt(), 64);
        QVERIFY(json.value(QStringLiteral("best_gflops")).toDouble() > 0);
        QTRY_VERIFY(window_->logDock()->plainText().contains(QStringLiteral("GFLOP/s")));
        QCOMPARE(window_->jobsDock()->progressBar(id)->value(), window_->jobsDock()->progressBar(id)->maximum());
    }

    void testStatusBarNamesDeviceThreadsAndBlas() {
        const QList<QLabel*> labels = window_->statusBar()->findChildren<QLabel*>();
        bool found = false;
        for (QLabel* label : labels) {
            found = found || (label->text().contains(QStringLiteral("threads")) &&
                              label->text().contains(QStringLiteral("BLAS")));
        }
        QVERIFY(found);
    }

private:
    std::unique_ptr<QTemporaryDir> settingsDir_;
    std::unique_ptr<AppSettings> settings_;
    std::unique_ptr<JobManager> jobs_;
    std::unique_ptr<MainWindow> window_;
};

QTEST_MAIN(TestMainWindow)
#include "test_main_window.moc"
