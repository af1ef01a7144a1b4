#pragma once

#include <QHash>
#include <QString>
#include <QWidget>
#include <functional>
#include <memory>
#include <vector>

#include "core/pipelines/elm_pipeline.h"
#include "ui/jobs/job_state.h"

class QAction;
class QLabel;
class QPushButton;
class QTabWidget;

namespace locuscope {

class DatasetPanel;
class ElmFigure;
class ElmSelection;
class ElmTrainingForm;
class GuidedTour;
class JobManager;
class JobContext;
class SimulationForm;
class TrainingCurvesFigure;
struct ElmSession;
struct TourStep;

// The Epistasis workspace (ELM, specs/elm.md): open or simulate a genotype dataset, train the
// bias-free MLP on the worker thread with live loss curves, and explore what it learned in linked,
// exportable figures with teaching notes. Every long step is a job (progress, Cancel); results,
// model and forms are saved and restored as a session.
class EpistasisWorkspace : public QWidget {
    Q_OBJECT
public:
    explicit EpistasisWorkspace(JobManager& jobs, QWidget* parent = nullptr);
    ~EpistasisWorkspace() override;

    // Each returns the job id (0 when nothing was started, with the reason shown in the message bar).
    int openDataset(const QString& path);
    int simulate();
    int train();
    int analyseSavedModel(const QString& modelFile);
    int openResults(const QString& directory);
    int saveSession(const QString& file);  // writes the results beside the session first when needed
    int openSession(const QString& file);
    void cancelRunning();

    // Model and figures: GUI thread, quick.
    bool saveModel(const QString& file);
    // Writes every figure as <figureId>.<ext> for each format; returns the paths (empty on error).
    QStringList exportAllFigures(const QString& directory, const QStringList& formats, int widthPx,
                                 int heightPx, double dpi);

    std::shared_ptr<const ElmReport> report() const { return report_; }
    ElmSelection& selection() { return *selection_; }
    const std::vector<ElmFigure*>& figures() const { return figures_; }
    QTabWidget* figureTabs() const { return figureTabs_; }
    DatasetPanel* datasetPanel() const { return datasetPanel_; }
    SimulationForm* simulationForm() const { return simulationForm_; }
    ElmTrainingForm* trainingForm() const { return trainingForm_; }
    GuidedTour* tour() const { return tour_; }
    QString lastMessage() const;
    bool busy() const { return runningJob_ != 0; }

    void startTour();
    void showReport(std::shared_ptr<const ElmReport> report, const QString& resultsPath = {});

signals:
    void datasetOpened();
    void reportChanged();
    void busyChanged(bool busy);
    void sessionSaved(const QString& file);

private:
    using Work = std::function<void(JobContext&)>;
    int submit(const QString& title, Work work, std::function<void()> onSuccess);
    void onJobFinished(int id, JobState state, const QString& message);
    void setRunning(int id);
    void showMessage(const QString& text, bool error);
    void clearMessage();
    QWidget* createLeftPanel();
    QWidget* createFigurePane();
    void createActions();
    std::vector<TourStep> tourSteps();
    ElmFigure* figureById(const QString& id) const;
    ElmConfig currentConfig() const;
    ElmSession currentSession() const;
    void applySession(const ElmSession& session);
    void exportCurrentFigure();
    void chooseAndExportAll();
    void chooseAndSaveModel();
    void chooseAndAnalyseModel();
    void chooseAndOpenResults();
    void chooseAndSaveSession();
    void chooseAndOpenSession();
    void updateActions();

    JobManager& jobs_;
    ElmSelection* selection_;
    std::shared_ptr<const ElmReport> report_;
    QString resultsPath_;  // folder holding report_ on disk, empty while it is only in memory
    QString modelPath_;    // model that produced report_, when it came from a file
    QHash<int, std::function<void()>> onSuccess_;
    int runningJob_ = 0;

    QLabel* message_ = nullptr;
    QTabWidget* leftTabs_ = nullptr;
    DatasetPanel* datasetPanel_ = nullptr;
    SimulationForm* simulationForm_ = nullptr;
    ElmTrainingForm* trainingForm_ = nullptr;
    QPushButton* trainButton_ = nullptr;
    QPushButton* cancelButton_ = nullptr;
    QTabWidget* figureTabs_ = nullptr;
    std::vector<ElmFigure*> figures_;
    TrainingCurvesFigure* trainingCurves_ = nullptr;
    GuidedTour* tour_ = nullptr;
    QAction* saveModelAction_ = nullptr;
    QAction* exportAllAction_ = nullptr;
};

}  // namespace locuscope
