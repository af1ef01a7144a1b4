#pragma once

#include <QMainWindow>

class QLabel;
class QTabWidget;

namespace locuscope {

class AppSettings;
class EpistasisWorkspace;
class MethylationWorkspace;
class JobManager;
class JobsDock;
class LogDock;
class LogRelay;

// The workbench: the three workspaces as tabs, the jobs and log docks, menus, status bar.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    MainWindow(AppSettings& settings, JobManager& jobs, QWidget* parent = nullptr);
    ~MainWindow() override;

    QTabWidget* workspaces() const { return workspaces_; }
    JobsDock* jobsDock() const { return jobsDock_; }
    LogDock* logDock() const { return logDock_; }
    EpistasisWorkspace* epistasis() const { return epistasis_; }
    MethylationWorkspace* methylation() const { return methylation_; }

    // Tools > Measure compute speed; returns the job id. With an output path the job also writes
    // its JSON report there (only when it finishes successfully).
    int measureComputeSpeed(int matrixSize = 1024, int repeats = 200, const QString& outputPath = {});

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createWorkspaces();
    void createDocks();
    void createMenus();
    void applyRuntimeSettings();
    void updateStatus();
    void announceRuntime();
    void showPreferences();
    void showAbout();

    AppSettings& settings_;
    JobManager& jobs_;
    QTabWidget* workspaces_ = nullptr;
    JobsDock* jobsDock_ = nullptr;
    LogDock* logDock_ = nullptr;
    LogRelay* logRelay_ = nullptr;
    QLabel* runtimeStatus_ = nullptr;
    EpistasisWorkspace* epistasis_ = nullptr;
    MethylationWorkspace* methylation_ = nullptr;
};

}  // namespace locuscope
