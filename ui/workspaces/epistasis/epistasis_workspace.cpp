#include "ui/workspaces/epistasis/epistasis_workspace.h"

#include <QAction>
#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QToolBar>
#include <QVBoxLayout>
#include <cmath>

#include "core/nn/safetensors_file.h"
#include "core/pipelines/elm_dataset_summary.h"
#include "core/pipelines/elm_results_reader.h"
#include "core/pipelines/simulation_pipeline.h"
#include "core/runtime/input_error.h"
#include "ui/export/figure_exporter.h"
#include "ui/jobs/epoch_relay.h"
#include "ui/jobs/function_job.h"
#include "ui/jobs/job_context.h"
#include "ui/jobs/job_manager.h"
#include "ui/views/elm/elm_figure.h"
#include "ui/views/elm/elm_figure_set.h"
#include "ui/views/elm/elm_selection.h"
#include "ui/views/elm/training_curves_figure.h"
#include "ui/workspaces/epistasis/dataset_panel.h"
#include "ui/workspaces/epistasis/elm_session.h"
#include "ui/workspaces/epistasis/elm_training_form.h"
#include "ui/workspaces/epistasis/guided_tour.h"
#include "ui/workspaces/epistasis/simulation_form.h"

namespace locuscope {
namespace {

QScrollArea* scrolling(QWidget* content) {
    auto* area = new QScrollArea;
    area->setWidget(content);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    return area;
}

QString summaryHtml(const ElmDatasetSummary& s) {
    QString epistasis;
    if (s.hasTruth) {
        QStringList counts;
        for (std::size_t t = 0; t < s.epistaticPairs.size(); ++t) {
            counts << QString::number(s.epistaticPairs[t]);
        }
        epistasis = QCoreApplication::translate("EpistasisWorkspace", "known (epistatic pairs per trait: %1)")
                        .arg(counts.join(QStringLiteral(", ")));
    } else {
        epistasis =
            QCoreApplication::translate("EpistasisWorkspace", "unknown (real data: figures rank estimates)");
    }
    QStringList traits;
    for (const auto& name : s.traitNames) {
        traits << QString::fromStdString(name);
    }
    return QCoreApplication::translate(
               "EpistasisWorkspace",
               "<b>%1</b><br>%2 samples (%3 train, %4 test) · %5 loci · %6 traits (%7)<br>Split: %8<br>"
               "Encoding: %9<br>True effects: %10")
        .arg(QString::fromStdString(std::filesystem::path(s.source).filename().string()).toHtmlEscaped())
        .arg(s.samples)
        .arg(s.trainSamples)
        .arg(s.testSamples)
        .arg(s.loci)
        .arg(s.traits)
        .arg(traits.join(QStringLiteral(", ")).toHtmlEscaped())
        .arg(QString::fromStdString(s.splitDescription).toHtmlEscaped())
        .arg(QString::fromStdString(s.encoding).toHtmlEscaped())
        .arg(epistasis);
}

}  // namespace

EpistasisWorkspace::EpistasisWorkspace(JobManager& jobs, QWidget* parent)
    : QWidget(parent), jobs_(jobs), selection_(new ElmSelection(this)) {
    setObjectName(QStringLiteral("epistasisWorkspace"));
    message_ = new QLabel;
    message_->setObjectName(QStringLiteral("workspaceMessage"));
    message_->setWordWrap(true);
    message_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    message_->hide();

    auto* toolbar = new QToolBar;
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    createActions();
    toolbar->addActions(actions());

    auto* splitter = new QSplitter(Qt::Horizontal);
    splitter->addWidget(createLeftPanel());
    splitter->addWidget(createFigurePane());
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({380, 900});

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(toolbar);
    layout->addWidget(message_);
    layout->addWidget(splitter, 1);

    connect(&jobs_, &JobManager::jobFinished, this, &EpistasisWorkspace::onJobFinished);
    connect(selection_, &ElmSelection::pairChanged, this, [this](int first, int second) {
        // Clicking a heatmap cell shows that pair's four-genotype clusters (Fig 5).
        auto* current = qobject_cast<ElmFigure*>(figureTabs_->currentWidget());
        if (current != nullptr && current->figureId() == QStringLiteral("epistasis_heatmap") && first >= 0 &&
            second >= 0) {
            if (ElmFigure* clusters = figureById(QStringLiteral("fig5_pair_clusters"))) {
                figureTabs_->setCurrentWidget(clusters);
            }
        }
    });
    tour_ = new GuidedTour(this, tourSteps(), this);
    updateActions();
}

EpistasisWorkspace::~EpistasisWorkspace() {
    cancelRunning();
}

void EpistasisWorkspace::createActions() {
    const auto add = [this](const QString& text, const QString& tip, auto slot) {
        auto* action = new QAction(text, this);
        action->setToolTip(tip);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
        return action;
    };
    add(tr("Open session…"), tr("Restore a saved Epistasis session"),
        &EpistasisWorkspace::chooseAndOpenSession);
    add(tr("Save session…"), tr("Save dataset, model, results, settings and selection"),
        &EpistasisWorkspace::chooseAndSaveSession);
    add(tr("Open results…"), tr("Show the results folder of a `locuscope-cli elm` run"),
        &EpistasisWorkspace::chooseAndOpenResults);
    saveModelAction_ = add(tr("Save model…"), tr("Save the trained network as .safetensors"),
                           &EpistasisWorkspace::chooseAndSaveModel);
    add(tr("Analyse saved model…"), tr("Run the ELM analysis of a saved model on the open dataset"),
        &EpistasisWorkspace::chooseAndAnalyseModel);
    add(tr("Export figure…"), tr("Export the figure in front as PNG, SVG or PDF"),
        &EpistasisWorkspace::exportCurrentFigure);
    exportAllAction_ = add(tr("Export all figures…"), tr("Export every figure into a folder"),
                           &EpistasisWorkspace::chooseAndExportAll);
    add(tr("Guided tour"), tr("A walk from simulation to the four-genotype cluster plot"),
        &EpistasisWorkspace::startTour);
}

QWidget* EpistasisWorkspace::createLeftPanel() {
    leftTabs_ = new QTabWidget;
    leftTabs_->setObjectName(QStringLiteral("epistasisInputs"));
    datasetPanel_ = new DatasetPanel;
    connect(datasetPanel_, &DatasetPanel::openRequested, this,
            [this] { openDataset(datasetPanel_->path()); });
    simulationForm_ = new SimulationForm;
    connect(simulationForm_, &SimulationForm::simulateRequested, this, [this] { simulate(); });

    auto* trainPage = new QWidget;
    trainingForm_ = new ElmTrainingForm;
    trainButton_ = new QPushButton(tr("Train and analyse"));
    trainButton_->setObjectName(QStringLiteral("trainButton"));
    trainButton_->setDefault(true);
    connect(trainButton_, &QPushButton::clicked, this, [this] { train(); });
    cancelButton_ = new QPushButton(tr("Cancel"));
    cancelButton_->setObjectName(QStringLiteral("cancelTrainingButton"));
    connect(cancelButton_, &QPushButton::clicked, this, &EpistasisWorkspace::cancelRunning);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(cancelButton_);
    buttons->addWidget(trainButton_);
    auto* trainLayout = new QVBoxLayout(trainPage);
    trainLayout->addWidget(trainingForm_);
    trainLayout->addLayout(buttons);
    trainLayout->addStretch(1);

    leftTabs_->addTab(scrolling(datasetPanel_), tr("Data"));
    leftTabs_->addTab(scrolling(simulationForm_), tr("Simulate"));
    leftTabs_->addTab(scrolling(trainPage), tr("Train"));
    leftTabs_->setMinimumWidth(340);
    return leftTabs_;
}

QWidget* EpistasisWorkspace::createFigurePane() {
    figureTabs_ = new QTabWidget;
    figureTabs_->setObjectName(QStringLiteral("epistasisFigures"));
    figureTabs_->setDocumentMode(true);
    figures_ = createElmFigures(*selection_, figureTabs_);
    for (ElmFigure* figure : figures_) {
        figure->setObjectName(QStringLiteral("figure_") + figure->figureId());
        figureTabs_->addTab(figure, figure->title());
        if (auto* curves = qobject_cast<TrainingCurvesFigure*>(figure)) {
            trainingCurves_ = curves;
        }
    }
    return figureTabs_;
}

ElmFigure* EpistasisWorkspace::figureById(const QString& id) const {
    for (ElmFigure* figure : figures_) {
        if (figure->figureId() == id) {
            return figure;
        }
    }
    return nullptr;
}

std::vector<TourStep> EpistasisWorkspace::tourSteps() {
    const auto showLeft = [this](int index) { return [this, index] { leftTabs_->setCurrentIndex(index); }; };
    const auto showFigure = [this](const char* name) {
        return [this, name] {
            if (ElmFigure* figure = figureById(QLatin1String(name))) {
                figureTabs_->setCurrentWidget(figure);
            }
        };
    };
    const auto figureTarget = [this](const char* name) {
        return [this, name]() -> QWidget* { return figureById(QLatin1String(name)); };
    };
    return {
        {tr("What ELM shows"),
         tr("A neural network learns to predict phenotypes from genotypes. Because this network has no "
            "biases and "
            "Leaky-ReLU units, its output is exactly <i>f(x) = J(x)·x</i>: a linear map, different for each "
            "individual. The Jacobian J(x) holds the network's <b>sensitivities</b> ∂P/∂x<sub>i</sub>, and "
            "they "
            "carry the genetics: their mean is the additive effect, their spread comes from epistasis."),
         nullptr, showLeft(1)},
        {tr("1. Simulate a population"),
         tr("Choose loci, interacting pairs and, per trait, how much of the genetic variance is epistatic. "
            "Press <b>Simulate and open</b>: the true effects are written too, so every estimate can be "
            "checked."),
         [this]() -> QWidget* { return simulationForm_; }, showLeft(1)},
        {tr("2. The dataset"),
         tr("The summary lists samples, loci, traits and the train/test split, and whether true effects are "
            "known. "
            "You can open your own data here instead (HDF5, AlphaSimR text or PLINK)."),
         [this]() -> QWidget* { return datasetPanel_; }, showLeft(0)},
        {tr("3. Train the network"),
         tr("The form holds the pub's recipe. For a quick look set <b>Max epochs</b> to 10, then press "
            "<b>Train "
            "and analyse</b>. Training runs in the background; you can keep exploring or cancel."),
         [this]() -> QWidget* { return trainingForm_; }, showLeft(2)},
        {tr("4. Loss curves"),
         tr("Training and monitored loss per epoch. Dashed lines mark learning-rate drops; the marked epoch "
            "is "
            "the best one, restored when early stopping ends training."),
         figureTarget("training_curves"), showFigure("training_curves")},
        {tr("5. J·x equals the output"),
         tr("Each dot is one test individual. All lie on the 1:1 line: the per-individual linear map "
            "reproduces the network exactly, so reading effects off J(x) loses nothing."),
         figureTarget("fig1_reconstruction"), showFigure("fig1_reconstruction")},
        {tr("6. Additive effects"),
         tr("∂P/∂x<sub>i</sub> = β<sub>i</sub> + Σ<sub>j</sub> β<sub>ij</sub> x<sub>j</sub>. Averaged over "
            "individuals the epistatic part cancels (x<sub>j</sub> averages to about 0), leaving "
            "β<sub>i</sub>: "
            "the mean sensitivity should fall on the 1:1 line against the true additive effect."),
         figureTarget("fig2_additive_effects"), showFigure("fig2_additive_effects")},
        {tr("7. Epistatic loci"),
         tr("The variance of ∂P/∂x<sub>i</sub> over individuals is β<sub>ij</sub>² Var(x<sub>j</sub>): zero "
            "for "
            "a purely additive locus, growing with the square of its interaction. Loci high on this plot are "
            "the candidates for epistasis."),
         figureTarget("fig3_sensitivity_variance"), showFigure("fig3_sensitivity_variance")},
        {tr("8. All pairs at once"),
         tr("Each cell is the estimated β<sub>ij</sub> for a pair of loci. <b>Click a bright cell</b> to see "
            "that pair's four genotype clusters."),
         figureTarget("epistasis_heatmap"), showFigure("epistasis_heatmap")},
        {tr("9. Four genotype clusters"),
         tr("Each individual is a point (∂P/∂x<sub>i</sub>, ∂P/∂x<sub>j</sub>), coloured by its genotype at "
            "the "
            "two loci. With epistasis the sensitivity to i shifts by 2β<sub>ij</sub> when j flips: four "
            "separate "
            "clusters. Without it, the clusters collapse into one."),
         figureTarget("fig5_pair_clusters"), showFigure("fig5_pair_clusters")},
        {tr("10. Keep and share"),
         tr("Export any figure as PNG (size and DPI), SVG or PDF, or all at once; save the session to come "
            "back to this exact view. <code>locuscope export-figures</code> makes the same figures without a "
            "display."),
         nullptr, nullptr},
    };
}

void EpistasisWorkspace::startTour() {
    tour_->start();
}

int EpistasisWorkspace::submit(const QString& title, Work work, std::function<void()> onSuccess) {
    if (runningJob_ != 0) {
        showMessage(tr("Wait for “%1” to finish, or cancel it.").arg(jobs_.title(runningJob_)), true);
        return 0;
    }
    clearMessage();
    const int id = jobs_.submit(std::make_shared<FunctionJob>(title, std::move(work)));
    onSuccess_.insert(id, std::move(onSuccess));
    setRunning(id);
    return id;
}

void EpistasisWorkspace::onJobFinished(int id, JobState state, const QString& message) {
    const auto found = onSuccess_.find(id);
    if (found == onSuccess_.end()) {
        return;
    }
    const std::function<void()> onSuccess = found.value();
    onSuccess_.erase(found);
    if (runningJob_ == id) {
        setRunning(0);
    }
    if (state == JobState::Succeeded) {
        if (onSuccess) {
            onSuccess();
        }
    } else if (state == JobState::Failed) {
        showMessage(message, true);
    } else if (state == JobState::Cancelled) {
        showMessage(tr("“%1” was cancelled; nothing was written.").arg(jobs_.title(id)), false);
    }
}

void EpistasisWorkspace::setRunning(int id) {
    const bool wasBusy = runningJob_ != 0;
    runningJob_ = id;
    updateActions();
    if (wasBusy != (id != 0)) {
        emit busyChanged(id != 0);
    }
}

void EpistasisWorkspace::cancelRunning() {
    if (runningJob_ != 0) {
        jobs_.cancel(runningJob_);
    }
}

void EpistasisWorkspace::updateActions() {
    const bool hasReport = report_ != nullptr;
    saveModelAction_->setEnabled(hasReport && !report_->model.tensors.empty());
    exportAllAction_->setEnabled(hasReport);
    if (trainButton_ != nullptr) {
        trainButton_->setEnabled(runningJob_ == 0);
        cancelButton_->setEnabled(runningJob_ != 0);
    }
}

void EpistasisWorkspace::showMessage(const QString& text, bool error) {
    message_->setText(text);
    message_->setStyleSheet(
        error ? QStringLiteral("QLabel { background: #fde7e9; color: #8a1020; padding: 6px; "
                               "border: 1px solid #e0a0a8; border-radius: 4px; }")
              : QStringLiteral("QLabel { background: #eef4fb; color: #1b3a5c; padding: 6px; "
                               "border: 1px solid #a8c4e0; border-radius: 4px; }"));
    message_->show();
}

void EpistasisWorkspace::clearMessage() {
    message_->clear();
    message_->hide();
}

QString EpistasisWorkspace::lastMessage() const {
    return message_->isHidden() ? QString() : message_->text();
}

ElmConfig EpistasisWorkspace::currentConfig() const {
    ElmConfig config;
    config.data = datasetPanel_->path().toStdString();
    config.load = datasetPanel_->loadOptions();
    trainingForm_->apply(config);
    config.keepSensitivities = true;  // the cluster plot needs them
    return config;
}

int EpistasisWorkspace::openDataset(const QString& path) {
    if (path.trimmed().isEmpty()) {
        showMessage(tr("Choose a dataset first: a folder or one of its files."), true);
        return 0;
    }
    datasetPanel_->setPath(path);
    const auto summary = std::make_shared<ElmDatasetSummary>();
    const std::filesystem::path data = path.toStdString();
    const DatasetLoadOptions options = datasetPanel_->loadOptions();
    const int id = submit(
        tr("Open dataset %1").arg(QFileInfo(path).fileName()),
        [summary, data, options](JobContext&) { *summary = describeElmDataset(data, options); },
        [this, summary] {
            datasetPanel_->showSummary(summaryHtml(*summary));
            emit datasetOpened();
        });
    if (id != 0) {
        datasetPanel_->showSummary(tr("<i>Reading…</i>"));
    }
    return id;
}

int EpistasisWorkspace::simulate() {
    SimulationRun run;
    try {
        run.population = simulationForm_->population();
        validateSimulationConfig(run.population);
    } catch (const InputError& error) {
        showMessage(QString::fromStdString(error.what()), true);
        return 0;
    }
    if (simulationForm_->outputDirectory().isEmpty()) {
        showMessage(tr("Choose a folder for the simulated dataset."), true);
        return 0;
    }
    if (!QDir().mkpath(simulationForm_->outputDirectory())) {
        showMessage(tr("Cannot create the folder %1").arg(simulationForm_->outputDirectory()), true);
        return 0;
    }
    run.outputDirectory = simulationForm_->outputDirectory().toStdString();
    run.format = simulationForm_->writeHdf5() ? SimulationRun::Format::Hdf5 : SimulationRun::Format::Text;
    const auto outputs = std::make_shared<SimulationOutputs>();
    return submit(
        tr("Simulate %1 individuals × %2 loci").arg(run.population.samples).arg(run.population.loci),
        [run, outputs](JobContext& context) { *outputs = simulateDataset(run, context.progress()); },
        [this, outputs] {
            leftTabs_->setCurrentIndex(0);
            openDataset(QString::fromStdString(outputs->files.front().string()));
        });
}

int EpistasisWorkspace::train() {
    ElmConfig config = currentConfig();
    if (config.data.empty()) {
        showMessage(tr("Open or simulate a dataset first."), true);
        return 0;
    }
    const auto relay = makeEpochRelay();
    connect(
        relay.get(), &EpochRelay::epochFinished, this,
        [this](int replicate, int epoch, double trainLoss, double monitoredLoss, double learningRate) {
            if (replicate == 0 && trainingCurves_ != nullptr) {
                trainingCurves_->appendEpoch(EpochRecord{epoch, trainLoss, monitoredLoss, learningRate, 0.0});
            }
        });
    config.onEpoch = [relay](int replicate, const EpochRecord& epoch) {
        emit relay->epochFinished(replicate, epoch.epoch, epoch.trainLoss, epoch.monitoredLoss,
                                  epoch.learningRate);
    };
    const auto result = std::make_shared<ElmReport>();
    const int id = submit(
        config.replicates > 1 ? tr("Train and analyse ELM, %1 replicates").arg(config.replicates)
                              : tr("Train and analyse ELM"),
        [config, result](JobContext& context) { *result = runElm(config, context.progress()); },
        [this, result] {
            modelPath_.clear();
            showReport(result);
        });
    if (id != 0 && trainingCurves_ != nullptr) {
        // The curves show this run as it trains (the other figures keep the previous results until
        // the new ones arrive).
        trainingCurves_->setReport(nullptr);
        trainingCurves_->clearEpochs();
        figureTabs_->setCurrentWidget(trainingCurves_);
    }
    return id;
}

int EpistasisWorkspace::analyseSavedModel(const QString& modelFile) {
    ElmConfig config = currentConfig();
    if (config.data.empty()) {
        showMessage(tr("Open the dataset the model should be analysed on first."), true);
        return 0;
    }
    config.initialModel = modelFile.toStdString();
    config.replicates = 1;
    const auto result = std::make_shared<ElmReport>();
    return submit(
        tr("Analyse model %1").arg(QFileInfo(modelFile).fileName()),
        [config, result](JobContext& context) { *result = runElm(config, context.progress()); },
        [this, result, modelFile] {
            modelPath_ = modelFile;
            showReport(result);
        });
}

int EpistasisWorkspace::openResults(const QString& directory) {
    const auto result = std::make_shared<ElmReport>();
    const std::filesystem::path path = directory.toStdString();
    return submit(
        tr("Open results %1").arg(QFileInfo(directory).fileName()),
        [result, path](JobContext&) { *result = readElmOutputs(path); },
        [this, result, directory] { showReport(result, directory); });
}

void EpistasisWorkspace::showReport(std::shared_ptr<const ElmReport> report, const QString& resultsPath) {
    report_ = std::move(report);
    resultsPath_ = resultsPath;
    if (report_ && selection_->trait() >= static_cast<int>(report_->traitNames.size())) {
        selection_->setTrait(0);
    }
    for (ElmFigure* figure : figures_) {
        figure->setReport(report_);
    }
    updateActions();
    emit reportChanged();
}

bool EpistasisWorkspace::saveModel(const QString& file) {
    if (!report_ || report_->model.tensors.empty()) {
        showMessage(tr("There is no trained model to save yet."), true);
        return false;
    }
    try {
        writeSafetensors(file.toStdString(), report_->model);
    } catch (const std::exception& error) {
        showMessage(QString::fromStdString(error.what()), true);
        return false;
    }
    modelPath_ = file;
    showMessage(tr("Model saved to %1").arg(QDir::toNativeSeparators(file)), false);
    return true;
}

ElmSession EpistasisWorkspace::currentSession() const {
    ElmSession session;
    session.datasetPath =
        datasetPanel_->path().isEmpty() ? QString() : QFileInfo(datasetPanel_->path()).absoluteFilePath();
    session.split = datasetPanel_->splitJson();
    session.simulation = simulationForm_->toJson();
    session.training = trainingForm_->toJson();
    session.modelPath = modelPath_;
    session.resultsPath = resultsPath_;
    session.trait = selection_->trait();
    session.locus = selection_->locus();
    session.pairFirst = selection_->pairFirst();
    session.pairSecond = selection_->pairSecond();
    if (auto* figure = qobject_cast<ElmFigure*>(figureTabs_->currentWidget())) {
        session.currentFigure = figure->figureId();
    }
    return session;
}

int EpistasisWorkspace::saveSession(const QString& file) {
    ElmSession session = currentSession();
    const QFileInfo info(file);
    const bool writeResults = report_ != nullptr && resultsPath_.isEmpty();
    if (writeResults) {
        session.resultsPath =
            info.absoluteDir().filePath(info.completeBaseName() + QStringLiteral("_results"));
        if (session.modelPath.isEmpty()) {
            session.modelPath = QDir(session.resultsPath).filePath(QStringLiteral("model.safetensors"));
        }
    }
    const auto report = report_;
    const QString absolute = info.absoluteFilePath();
    return submit(
        tr("Save session %1").arg(info.fileName()),
        [session, report, writeResults, absolute](JobContext&) {
            if (writeResults) {
                writeElmOutputs(*report, session.resultsPath.toStdString(), "locuscope (GUI session)");
            }
            writeElmSession(session, absolute);
        },
        [this, session, absolute] {
            resultsPath_ = session.resultsPath;
            if (modelPath_.isEmpty()) {
                modelPath_ = session.modelPath;
            }
            showMessage(tr("Session saved to %1").arg(QDir::toNativeSeparators(absolute)), false);
            emit sessionSaved(absolute);
        });
}

int EpistasisWorkspace::openSession(const QString& file) {
    ElmSession session;
    try {
        session = readElmSession(file);
    } catch (const InputError& error) {
        showMessage(QString::fromStdString(error.what()), true);
        return 0;
    }
    datasetPanel_->setPath(session.datasetPath);
    datasetPanel_->setSplitJson(session.split);
    simulationForm_->fromJson(session.simulation);
    trainingForm_->fromJson(session.training);
    const auto restoreView = [this, session] {
        modelPath_ = session.modelPath;
        selection_->setTrait(session.trait);
        selection_->setLocus(session.locus);
        selection_->setPair(session.pairFirst, session.pairSecond);
        for (ElmFigure* figure : figures_) {
            if (figure->figureId() == session.currentFigure) {
                figureTabs_->setCurrentWidget(figure);
            }
        }
    };
    if (session.resultsPath.isEmpty()) {
        restoreView();
        return session.datasetPath.isEmpty() ? 0 : openDataset(session.datasetPath);
    }
    const auto result = std::make_shared<ElmReport>();
    const std::filesystem::path path = session.resultsPath.toStdString();
    return submit(
        tr("Open session %1").arg(QFileInfo(file).fileName()),
        [result, path](JobContext&) { *result = readElmOutputs(path); },
        [this, result, session, restoreView] {
            restoreView();  // before the report arrives, so listeners of reportChanged have the last word
            showReport(result, session.resultsPath);
            if (!session.datasetPath.isEmpty()) {
                openDataset(session.datasetPath);
            }
        });
}

QStringList EpistasisWorkspace::exportAllFigures(const QString& directory, const QStringList& formats,
                                                 int widthPx, int heightPx, double dpi) {
    QList<FigureFormat> chosen;
    for (const QString& format : formats) {
        const std::optional<FigureFormat> parsed = formatFromSuffix(format);
        if (!parsed) {
            showMessage(tr("Unknown figure format “%1” (png, svg, pdf)").arg(format), true);
            return {};
        }
        chosen << *parsed;
    }
    FigureExportOptions options;
    options.widthPx = widthPx;
    options.heightPx = heightPx;
    options.dpi = dpi;
    QString error;
    const QStringList written = exportFigures(figures_, directory, chosen, options, &error);
    if (!error.isEmpty()) {
        showMessage(error, true);
    } else {
        showMessage(tr("%n file(s) written to %1", nullptr, static_cast<int>(written.size()))
                        .arg(QDir::toNativeSeparators(directory)),
                    false);
    }
    return written;
}

void EpistasisWorkspace::exportCurrentFigure() {
    auto* figure = qobject_cast<ElmFigure*>(figureTabs_->currentWidget());
    if (figure == nullptr) {
        return;
    }
    figure->exportWithDialog();
}

void EpistasisWorkspace::chooseAndExportAll() {
    const QString directory = QFileDialog::getExistingDirectory(this, tr("Folder for the figures"));
    if (!directory.isEmpty()) {
        const FigureExportOptions defaults;
        exportAllFigures(directory, {QStringLiteral("png"), QStringLiteral("svg"), QStringLiteral("pdf")},
                         defaults.widthPx, defaults.heightPx, defaults.dpi);
    }
}

void EpistasisWorkspace::chooseAndSaveModel() {
    const QString file = QFileDialog::getSaveFileName(
        this, tr("Save model"), QStringLiteral("elm_model.safetensors"), tr("safetensors (*.safetensors)"));
    if (!file.isEmpty()) {
        saveModel(file);
    }
}

void EpistasisWorkspace::chooseAndAnalyseModel() {
    const QString file = QFileDialog::getOpenFileName(this, tr("Analyse a saved model"), {},
                                                      tr("safetensors (*.safetensors)"));
    if (!file.isEmpty()) {
        analyseSavedModel(file);
    }
}

void EpistasisWorkspace::chooseAndOpenResults() {
    const QString directory =
        QFileDialog::getExistingDirectory(this, tr("Results folder of locuscope-cli elm"));
    if (!directory.isEmpty()) {
        openResults(directory);
    }
}

void EpistasisWorkspace::chooseAndSaveSession() {
    const QString file =
        QFileDialog::getSaveFileName(this, tr("Save session"), QStringLiteral("epistasis.locuscope.json"),
                                     tr("Locuscope sessions (*.json)"));
    if (!file.isEmpty()) {
        saveSession(file);
    }
}

void EpistasisWorkspace::chooseAndOpenSession() {
    const QString file =
        QFileDialog::getOpenFileName(this, tr("Open session"), {}, tr("Locuscope sessions (*.json)"));
    if (!file.isEmpty()) {
        openSession(file);
    }
}

}  // namespace locuscope
