#include "ui/main_window.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QIcon>
#include <QKeySequence>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QTabWidget>

#include "core/pipelines/system_info.h"
#include "core/runtime/input_error.h"
#include "core/runtime/logger.h"
#include "core/runtime/runtime.h"
#include "ui/about_dialog.h"
#include "ui/jobs/gemm_benchmark_job.h"
#include "ui/jobs/job_manager.h"
#include "ui/jobs/jobs_dock.h"
#include "ui/settings/app_settings.h"
#include "ui/settings/preferences_dialog.h"
#include "ui/settings/settings_registry.h"
#include "ui/views/log_dock.h"
#include "ui/views/log_relay.h"
#include "ui/workspaces/epistasis/epistasis_workspace.h"
#include "ui/workspaces/methylation/methylation_workspace.h"
#include "ui/workspaces/workspace_intro_page.h"

namespace locuscope {

MainWindow::MainWindow(AppSettings& settings, JobManager& jobs, QWidget* parent)
    : QMainWindow(parent), settings_(settings), jobs_(jobs) {
    setObjectName(QStringLiteral("MainWindow"));
    setWindowTitle(tr("Locuscope"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/locuscope.svg")));
    createWorkspaces();
    createDocks();
    createMenus();
    runtimeStatus_ = new QLabel(this);
    statusBar()->addPermanentWidget(runtimeStatus_);
    connect(&settings_, &AppSettings::changed, this, [this](const QString& key) {
        if (key == SettingKey::threads || key == SettingKey::device) {
            applyRuntimeSettings();
        }
    });
    applyRuntimeSettings();
    resize(1360, 860);
    resizeDocks({jobsDock_}, {140}, Qt::Vertical);
    announceRuntime();
}

MainWindow::~MainWindow() = default;

void MainWindow::createWorkspaces() {
    workspaces_ = new QTabWidget(this);
    workspaces_->setObjectName(QStringLiteral("workspaces"));
    workspaces_->setDocumentMode(true);
    methylation_ = new MethylationWorkspace(jobs_, this);
    workspaces_->addTab(methylation_, tr("Methylation"));
    workspaces_->addTab(
        new WorkspaceIntroPage(
            tr("Expression"), tr("Seal: DeepSEA-Beluga chromatin features → TSS-distance bases → transfer MLP"),
            tr("Predict how variants change gene expression across 802 brain contexts, and see why."),
            {tr("Variant effects on expression for every context, from a VCF"),
             tr("Six attribution methods: saliency, integrated gradients, DeepLIFT, GradientSHAP, KernelSHAP, "
                "LIME"),
             tr("Train or fine-tune on expression matrices")}),
        tr("Expression"));
    epistasis_ = new EpistasisWorkspace(jobs_, this);
    workspaces_->addTab(epistasis_, tr("Epistasis"));
    setCentralWidget(workspaces_);
}

void MainWindow::createDocks() {
    jobsDock_ = new JobsDock(jobs_, this);
    addDockWidget(Qt::BottomDockWidgetArea, jobsDock_);
    logDock_ = new LogDock(this);
    addDockWidget(Qt::BottomDockWidgetArea, logDock_);
    splitDockWidget(jobsDock_, logDock_, Qt::Horizontal);

    logRelay_ = new LogRelay(this);
    connect(logRelay_, &LogRelay::message, logDock_, &LogDock::append);
    connect(&jobs_, &JobManager::jobLog, this,
            [this](int id, const QString& line) { logDock_->append(1, jobs_.title(id) + QStringLiteral(": ") + line); });
    connect(&jobs_, &JobManager::jobFinished, this, [this](int id, JobState state, const QString& message) {
        const int level = state == JobState::Failed ? static_cast<int>(LogLevel::Error)
                                                    : static_cast<int>(LogLevel::Info);
        QString line = jobs_.title(id) + QStringLiteral(" — ") + displayName(state);
        if (!message.isEmpty()) {
            line += QStringLiteral(": ") + message;
        }
        logDock_->append(level, line);
        statusBar()->showMessage(line, 8000);
    });
}

void MainWindow::createMenus() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    // The Epistasis workspace's actions (sessions, results, model, export), under File as well.
    QMenu* epistasis = file->addMenu(tr("&Epistasis"));
    epistasis->addActions(epistasis_->actions());
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    for (int index = 0; index < workspaces_->count(); ++index) {
        QAction* action = view->addAction(workspaces_->tabText(index), this,
                                          [this, index] { workspaces_->setCurrentIndex(index); });
        action->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + index)));
    }
    view->addSeparator();
    view->addAction(jobsDock_->toggleViewAction());
    view->addAction(logDock_->toggleViewAction());

    QMenu* tools = menuBar()->addMenu(tr("&Tools"));
    tools->addAction(tr("Measure compute &speed"), this, [this] { measureComputeSpeed(); });
    tools->addSeparator();
    QAction* preferences = tools->addAction(tr("&Preferences…"), this, &MainWindow::showPreferences);
    preferences->setShortcut(QKeySequence::Preferences);
    preferences->setMenuRole(QAction::PreferencesRole);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Locuscope"), this, &MainWindow::showAbout);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

int MainWindow::measureComputeSpeed(int matrixSize, int repeats, const QString& outputPath) {
    GemmBenchmarkConfig config;
    config.size = matrixSize;
    config.repeats = repeats;
    return jobs_.submit(std::make_shared<GemmBenchmarkJob>(config, outputPath));
}

void MainWindow::applyRuntimeSettings() {
    try {
        configureRuntime(settings_.runtimeOptions());
    } catch (const InputError& error) {
        // E.g. "cuda" chosen on a machine without a GPU: say so and run on what is there.
        logWarning(std::string(error.what()) + "; using the automatic choice instead");
        RuntimeOptions fallback = settings_.runtimeOptions();
        fallback.device = "auto";
        configureRuntime(fallback);
    }
    updateStatus();
}

void MainWindow::updateStatus() {
    const SystemInfo info = collectSystemInfo();
    QString text = tr("%1 · %2 threads · BLAS: %3")
                       .arg(QString::fromStdString(info.device).toUpper())
                       .arg(info.threads)
                       .arg(QString::fromStdString(info.blasName));
    runtimeStatus_->setText(text);
    runtimeStatus_->setToolTip(tr("Compute device, LibTorch threads and the BLAS library in use"));
}

void MainWindow::announceRuntime() {
    const SystemInfo info = collectSystemInfo();
    logDock_->append(static_cast<int>(LogLevel::Info),
                     tr("Locuscope %1 ready: %2, %3 of %4 cores, LibTorch %5, BLAS %6")
                         .arg(QString::fromStdString(info.locuscopeVersion), QString::fromStdString(info.device))
                         .arg(info.threads)
                         .arg(info.cores)
                         .arg(QString::fromStdString(info.libtorchVersion), QString::fromStdString(info.blasName)));
    if (!info.blasOptimised) {
        logDock_->append(static_cast<int>(LogLevel::Warning),
                         tr("The BLAS library in use is not optimised; model computations will be slow. "
                            "Install libopenblas0-pthread."));
    }
}

void MainWindow::showPreferences() {
    PreferencesDialog dialog(settings_, this);
    dialog.exec();
}

void MainWindow::showAbout() {
    AboutDialog dialog(this);
    dialog.exec();
}

void MainWindow::closeEvent(QCloseEvent* event) {
    const int running = jobs_.unfinishedCount();
    if (running > 0) {
        const auto answer = QMessageBox::question(
            this, tr("Jobs are running"),
            tr("%n job(s) still running. Cancel them and quit? Cancelled jobs write no output.", nullptr, running));
        if (answer != QMessageBox::Yes) {
            event->ignore();
            return;
        }
        jobs_.cancelAll();
    }
    event->accept();
}

}  // namespace locuscope
