#pragma once

#include <QHash>
#include <QString>
#include <QTemporaryDir>
#include <QWidget>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <tuple>
#include <utility>
#include <vector>

#include "core/data/gwas_summary_reader.h"
#include "core/genome/gene_annotation.h"
#include "core/pipelines/interact_locus_pipeline.h"
#include "core/pipelines/interact_score_table.h"
#include "ui/export/figure_exporter.h"
#include "ui/jobs/job_state.h"
#include "ui/views/methylation/locus_view_data.h"
#include "ui/workspaces/methylation/locus_history.h"
#include "ui/workspaces/methylation/methylation_session.h"

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QStackedWidget;
class QTableView;
class QToolButton;

namespace locuscope {

class JobContext;
class JobManager;
class LocusTrackPanel;
class MethylationTrack;
class ReferenceGenome;
class VariantStore;
class VariantTableModel;

// The Methylation workspace (INTERACT, specs/interact.md): a locus browser. Open a reference, a VCF,
// genes, a methylation model, observed methylation and GWAS statistics; go to a gene, region or
// variant; see predicted methylation for ref and alt, Δ, observed methylation and GWAS on one axis,
// attributions for the selected variant's CpG window, and a variant table that scores the selection,
// the locus or the whole VCF as jobs. Sessions save and restore all of it; an autosave is offered
// back after a crash. Every long step runs on the worker thread with progress and Cancel.
class MethylationWorkspace : public QWidget {
    Q_OBJECT
public:
    // `autosave` off for headless use (export-figures): no autosave file, no crash-recovery marker.
    explicit MethylationWorkspace(JobManager& jobs, QWidget* parent = nullptr, bool autosave = true);
    ~MethylationWorkspace() override;

    // Opening: each returns the job id (0 when nothing was started; the reason is in the message bar).
    int openReference(const QString& fasta);
    int openVcf(const QString& vcf);
    int openGenes(const QString& file);
    int openObserved(const QString& file);
    int openGwas(const QString& file);
    void openModel(const QString& file);  // checked when first used (the pipelines load it)
    void openDemo();                      // the bundled synthetic genome, model, genes, VCF, GWAS

    // Navigation: a gene symbol or ID, chr:start-end, chr:pos, or a variant ID. False (with a
    // message) when it names nothing known.
    bool navigate(const QString& locus);
    void goBack();
    void goForward();
    void zoom(double factor);  // > 1 zooms out
    bool selectNextTopVariant();
    void selectVariantRow(std::size_t storeRow);

    // Scoring jobs (interact score on the worker thread); results go into the table and the session.
    int scoreSelection();
    int scoreLocus();
    int scoreWholeVcf();
    int exportAnnotatedVcf(const QString& path);
    bool exportScoresTsv(const QString& path);

    // Figures (GUI thread): the whole track panel or one track.
    bool exportPanel(const QString& path, FigureFormat format, const FigureExportOptions& options);
    bool exportTrack(const QString& trackId, const QString& path, FigureFormat format,
                     const FigureExportOptions& options);

    // Sessions.
    bool saveSession(const QString& file);
    int openSession(const QString& file);  // the id of the last job it queued (0 if none)
    MethylationSession currentSession() const;
    // Autosave: where it goes, and whether the last run left one behind without closing cleanly.
    static QString autosaveFile();
    bool autosaveNow();
    bool recoverableAutosave() const { return recoverable_; }
    int recoverAutosave();

    void cancelRunning();
    bool busy() const { return !pending_.isEmpty(); }
    int lastJob() const { return lastJob_; }

    QString lastMessage() const;
    bool lastMessageIsError() const { return lastMessageIsError_; }
    QString currentLocus() const { return locus_; }
    LocusTrackPanel* trackPanel() const { return panel_; }
    VariantTableModel* variantModel() const { return tableModel_; }
    QTableView* variantTable() const { return table_; }
    QLineEdit* locusBox() const { return locusBox_; }
    const LocusViewData& viewData() const { return view_; }

signals:
    void busyChanged(bool busy);
    void viewUpdated();  // the track panel shows new data

private:
    using Work = std::function<void(JobContext&)>;
    int submit(const QString& title, Work work, std::function<void()> onSuccess, const QString& slot = {});
    void onJobFinished(int id, JobState state, const QString& message);
    void showMessage(const QString& text, bool error);
    void clearMessage();
    QWidget* createWelcomePage();
    QWidget* createBrowserPage();
    void showBrowser();
    // display: show the VCF when it is loaded. False for a VCF re-read in the background (its REF
    // column checked against a newly opened reference): it only replaces the stored copy.
    int loadVcf(const QString& vcf, std::int64_t maxRecords, std::shared_ptr<bool> previewWasComplete,
                bool display = true);
    void setRegion(const QString& contig, qint64 start, qint64 end, bool remember);
    void refreshView();
    void requestPrediction();
    void requestAttribution();
    void applyScores(const std::vector<InteractScoreRow>& rows);
    void showScoresInTable();
    void showVcf(int index);
    using VariantKey = std::tuple<std::string, std::int64_t, std::string, std::string>;  // contig, pos, REF, ALT
    VariantKey keyOf(std::size_t storeRow) const;
    int runScore(const QString& title, const std::vector<std::string>& regions, const QString& annotatedVcf);
    void onTableSelection();
    void focusVariant(std::size_t storeRow);  // select it, show it, predict its alternative
    void onPanelVariantClicked(int row);
    void updateActions();
    void chooseAndOpen(const QString& what);
    void chooseAndExportPanel(bool singleTrack);
    void chooseAndSaveSession();
    QString variantSpec(std::size_t storeRow) const;

    JobManager& jobs_;
    QStackedWidget* pages_ = nullptr;
    QLabel* message_ = nullptr;
    QLineEdit* locusBox_ = nullptr;
    QToolButton* backButton_ = nullptr;
    QToolButton* forwardButton_ = nullptr;
    QComboBox* outputBox_ = nullptr;
    QComboBox* vcfBox_ = nullptr;
    QComboBox* colourBy_ = nullptr;
    QLabel* filesLabel_ = nullptr;
    LocusTrackPanel* panel_ = nullptr;
    QTableView* table_ = nullptr;
    VariantTableModel* tableModel_ = nullptr;
    QLineEdit* filterText_ = nullptr;
    QCheckBox* snvOnly_ = nullptr;
    QCheckBox* scoredOnly_ = nullptr;
    QCheckBox* mismatchOnly_ = nullptr;
    QDoubleSpinBox* minMrv_ = nullptr;

    MethylationSession files_;  // paths of what is open
    std::shared_ptr<ReferenceGenome> reference_;
    // Written and read only on the worker thread, in job order: the reference a queued VCF job checks against.
    std::shared_ptr<std::shared_ptr<ReferenceGenome>> workerReference_;
    std::shared_ptr<VariantStore> store_;  // the VCF in the table and on the variants track
    std::vector<std::pair<QString, std::shared_ptr<VariantStore>>> vcfs_;  // every open VCF, by path
    // Genes and GWAS rows by canonical contig name, each sorted by position: a view takes one lookup
    // and a binary search instead of a scan of the genome (GWAS tables have millions of rows).
    std::map<std::string, std::vector<TssEntry>> genes_;
    std::shared_ptr<MethylationTrack> observed_;
    std::map<std::string, std::vector<GwasSummaryRow>> gwas_;
    // Every score computed this session, by variant: an SNV's MRV does not depend on the VCF it came
    // from, so the scores show in whichever open VCF holds the variant.
    std::map<VariantKey, InteractScoreRow> scores_;

    LocusHistory history_;
    QString locus_, contig_;
    qint64 start_ = 0, end_ = 0;
    std::optional<std::size_t> selected_;
    LocusViewData view_;
    QTemporaryDir scratch_;

    QHash<int, std::function<void()>> onSuccess_;
    QHash<int, QString> pending_;  // job id -> slot ("prediction", "attribution", ...) or ""
    int lastJob_ = 0;
    int predictionGeneration_ = 0;
    bool recoverable_ = false;
    bool autosave_ = true;
    bool lastMessageIsError_ = false;
};

}  // namespace locuscope
