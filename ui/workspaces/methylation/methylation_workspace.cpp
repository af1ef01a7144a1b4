#include "ui/workspaces/methylation/methylation_workspace.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>

#include "core/data/methylation_track.h"
#include "core/data/methylation_track_reader.h"
#include "core/genome/contig_names.h"
#include "core/genome/genomic_region.h"
#include "core/genome/reference_genome.h"
#include "core/genome/variant_store.h"
#include "core/pipelines/interact_score_pipeline.h"
#include "core/runtime/demo_data.h"
#include "core/runtime/input_error.h"
#include "ui/export/export_figure_dialog.h"
#include "ui/jobs/function_job.h"
#include "ui/jobs/job_context.h"
#include "ui/jobs/job_manager.h"
#include "ui/views/methylation/locus_track_panel.h"
#include "ui/views/methylation/variant_table_model.h"

namespace locuscope {
namespace {

constexpr qint64 kDefaultWidth = 20000;        // bases shown around a gene or variant
constexpr qint64 kMaxPredictedRegion = 200000;  // larger views show the data but predict nothing
constexpr qint64 kIsmHalfWidth = 50;
constexpr std::int64_t kPreviewRecords = 100000;  // read in ~0.2 s: the table is usable while the rest loads            // ISM around the variant: 3 x 101 windows, not 3 x 2001
const QString kPrediction = QStringLiteral("prediction");
const QString kAttribution = QStringLiteral("attribution");

std::filesystem::path toPath(const QString& path) {
    return std::filesystem::path(path.toStdString());
}

bool contigsMatch(std::string_view a, std::string_view b) {
    return a == b || canonicalContigName(a) == canonicalContigName(b);
}

// Rows grouped by canonical contig, each group sorted by position (positionOf(row)).
template <typename Row, typename ContigOf, typename PositionOf>
std::map<std::string, std::vector<Row>> groupByContig(std::vector<Row> rows, ContigOf contigOf, PositionOf positionOf) {
    std::map<std::string, std::vector<Row>> groups;
    for (Row& row : rows) {
        groups[canonicalContigName(contigOf(row))].push_back(std::move(row));
    }
    for (auto& group : groups) {
        std::stable_sort(group.second.begin(), group.second.end(),
                         [&](const Row& a, const Row& b) { return positionOf(a) < positionOf(b); });
    }
    return groups;
}

// The rows of a group with start <= position <= end.
template <typename Row, typename PositionOf>
std::vector<const Row*> rowsBetween(const std::map<std::string, std::vector<Row>>& groups, const std::string& contig,
                                    qint64 start, qint64 end, PositionOf positionOf) {
    std::vector<const Row*> found;
    const auto group = groups.find(canonicalContigName(contig));
    if (group == groups.end()) {
        return found;
    }
    const std::vector<Row>& rows = group->second;
    auto it = std::lower_bound(rows.begin(), rows.end(), start,
                               [&](const Row& row, qint64 value) { return positionOf(row) < value; });
    for (; it != rows.end() && positionOf(*it) <= end; ++it) {
        found.push_back(&*it);
    }
    return found;
}

const auto tssOf = [](const TssEntry& gene) { return gene.tss; };
const auto gwasPositionOf = [](const GwasSummaryRow& row) { return row.pos; };

QString regionText(const QString& contig, qint64 start, qint64 end) {
    return QStringLiteral("%1:%2-%3").arg(contig).arg(start).arg(end);
}

}  // namespace

MethylationWorkspace::MethylationWorkspace(JobManager& jobs, QWidget* parent, bool autosave)
    : QWidget(parent), jobs_(jobs), workerReference_(std::make_shared<std::shared_ptr<ReferenceGenome>>()) {
    autosave_ = autosave;
    setObjectName(QStringLiteral("methylationWorkspace"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    message_ = new QLabel(this);
    message_->setObjectName(QStringLiteral("methylationMessage"));
    message_->setWordWrap(true);
    message_->setTextInteractionFlags(Qt::TextBrowserInteraction);
    message_->hide();
    connect(message_, &QLabel::linkActivated, this, [this](const QString& link) {
        if (link == QStringLiteral("recover")) {
            recoverAutosave();
        }
    });
    layout->addWidget(message_);
    pages_ = new QStackedWidget(this);
    pages_->addWidget(createWelcomePage());
    pages_->addWidget(createBrowserPage());
    layout->addWidget(pages_, 1);

    connect(&jobs_, &JobManager::jobFinished, this, &MethylationWorkspace::onJobFinished);

    if (!autosave_) {
        return;
    }
    // Crash recovery: a marker exists while the workspace is open; finding one at start means the
    // last run did not close cleanly, so its autosave is offered back.
    const QString marker = autosaveFile() + QStringLiteral(".running");
    recoverable_ = QFile::exists(marker) && QFile::exists(autosaveFile());
    QDir().mkpath(QFileInfo(marker).absolutePath());
    QFile markerFile(marker);
    if (markerFile.open(QIODevice::WriteOnly)) {
        markerFile.write(QByteArray::number(QCoreApplication::applicationPid()));
    }
    if (recoverable_) {
        showMessage(tr("Locuscope did not close cleanly last time. <a href=\"recover\">Restore the autosaved "
                       "methylation session</a>."),
                    false);
    }
    auto* autosaveTimer = new QTimer(this);
    autosaveTimer->setInterval(60 * 1000);
    connect(autosaveTimer, &QTimer::timeout, this, [this] { autosaveNow(); });
    autosaveTimer->start();
}

MethylationWorkspace::~MethylationWorkspace() {
    if (autosave_) {
        autosaveNow();
        QFile::remove(autosaveFile() + QStringLiteral(".running"));
    }
    for (auto it = pending_.cbegin(); it != pending_.cend(); ++it) {
        jobs_.cancel(it.key());
    }
}

// --- Pages ------------------------------------------------------------------------------------------

QWidget* MethylationWorkspace::createWelcomePage() {
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    layout->addStretch(1);
    auto* title = new QLabel(tr("<h2>Methylation</h2><p>INTERACT (Zhou et al., PNAS 2022) and Cell-type-INTERACT: "
                                "how single-nucleotide variants change CpG methylation. A variant's MRV score is "
                                "the largest |alt − ref| of predicted methylation over the CpGs within 1 kb.</p>"),
                             page);
    title->setWordWrap(true);
    title->setAlignment(Qt::AlignCenter);
    layout->addWidget(title);
    auto* demo = new QPushButton(tr("Open the demo locus"), page);
    demo->setObjectName(QStringLiteral("openDemoButton"));
    demo->setToolTip(tr("A synthetic genome with planted CpG islands and motifs, a small model trained on it, "
                        "genes, variants and GWAS statistics"));
    connect(demo, &QPushButton::clicked, this, &MethylationWorkspace::openDemo);
    auto* open = new QPushButton(tr("Open files…"), page);
    auto* openMenu = new QMenu(open);
    for (const QString& what : {tr("Reference genome (FASTA)…"), tr("Variants (VCF/BCF)…"),
                                tr("Genes (BED/GTF)…"), tr("Methylation model…"), tr("Observed methylation…"),
                                tr("GWAS summary statistics…"), tr("Session…")}) {
        openMenu->addAction(what, this, [this, what] { chooseAndOpen(what); });
    }
    open->setMenu(openMenu);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(demo);
    buttons->addWidget(open);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    layout->addStretch(2);
    return page;
}

QWidget* MethylationWorkspace::createBrowserPage() {
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);

    auto* bar = new QHBoxLayout;
    auto* openButton = new QToolButton(page);
    openButton->setText(tr("Open"));
    openButton->setPopupMode(QToolButton::InstantPopup);
    auto* openMenu = new QMenu(openButton);
    for (const QString& what : {tr("Reference genome (FASTA)…"), tr("Variants (VCF/BCF)…"),
                                tr("Genes (BED/GTF)…"), tr("Methylation model…"), tr("Observed methylation…"),
                                tr("GWAS summary statistics…"), tr("Session…")}) {
        openMenu->addAction(what, this, [this, what] { chooseAndOpen(what); });
    }
    openMenu->addSeparator();
    openMenu->addAction(tr("Save session…"), this, &MethylationWorkspace::chooseAndSaveSession);
    openButton->setMenu(openMenu);
    bar->addWidget(openButton);

    backButton_ = new QToolButton(page);
    backButton_->setArrowType(Qt::LeftArrow);
    backButton_->setToolTip(tr("Back"));
    connect(backButton_, &QToolButton::clicked, this, &MethylationWorkspace::goBack);
    forwardButton_ = new QToolButton(page);
    forwardButton_->setArrowType(Qt::RightArrow);
    forwardButton_->setToolTip(tr("Forward"));
    connect(forwardButton_, &QToolButton::clicked, this, &MethylationWorkspace::goForward);
    bar->addWidget(backButton_);
    bar->addWidget(forwardButton_);

    locusBox_ = new QLineEdit(page);
    locusBox_->setObjectName(QStringLiteral("locusBox"));
    locusBox_->setPlaceholderText(tr("Gene, chr:start-end, chr:pos or variant ID"));
    connect(locusBox_, &QLineEdit::returnPressed, this, [this] { navigate(locusBox_->text()); });
    bar->addWidget(locusBox_, 1);
    auto* zoomIn = new QToolButton(page);
    zoomIn->setText(QStringLiteral("+"));
    zoomIn->setToolTip(tr("Zoom in"));
    connect(zoomIn, &QToolButton::clicked, this, [this] { zoom(0.5); });
    auto* zoomOut = new QToolButton(page);
    zoomOut->setText(QStringLiteral("−"));
    zoomOut->setToolTip(tr("Zoom out"));
    connect(zoomOut, &QToolButton::clicked, this, [this] { zoom(2.0); });
    bar->addWidget(zoomIn);
    bar->addWidget(zoomOut);
    auto* next = new QToolButton(page);
    next->setText(tr("Next top variant"));
    next->setToolTip(tr("Select the scored variant with the next highest MRV score"));
    connect(next, &QToolButton::clicked, this, &MethylationWorkspace::selectNextTopVariant);
    bar->addWidget(next);

    auto* scoreButton = new QToolButton(page);
    scoreButton->setText(tr("Score"));
    scoreButton->setPopupMode(QToolButton::InstantPopup);
    auto* scoreMenu = new QMenu(scoreButton);
    scoreMenu->addAction(tr("Score selection"), this, &MethylationWorkspace::scoreSelection);
    scoreMenu->addAction(tr("Score locus"), this, &MethylationWorkspace::scoreLocus);
    scoreMenu->addAction(tr("Score whole VCF"), this, &MethylationWorkspace::scoreWholeVcf);
    scoreButton->setMenu(scoreMenu);
    bar->addWidget(scoreButton);

    auto* exportButton = new QToolButton(page);
    exportButton->setText(tr("Export"));
    exportButton->setPopupMode(QToolButton::InstantPopup);
    auto* exportMenu = new QMenu(exportButton);
    exportMenu->addAction(tr("Track panel as figure…"), this, [this] { chooseAndExportPanel(false); });
    exportMenu->addAction(tr("One track as figure…"), this, [this] { chooseAndExportPanel(true); });
    exportMenu->addSeparator();
    exportMenu->addAction(tr("Scores as TSV…"), this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export scores"), QString(), tr("TSV (*.tsv)"));
        if (!path.isEmpty()) {
            exportScoresTsv(path);
        }
    });
    exportMenu->addAction(tr("Scored variants as annotated VCF…"), this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export annotated VCF"), QString(),
                                                          tr("VCF (*.vcf *.vcf.gz *.bcf)"));
        if (!path.isEmpty()) {
            exportAnnotatedVcf(path);
        }
    });
    exportButton->setMenu(exportMenu);
    bar->addWidget(exportButton);

    bar->addWidget(new QLabel(tr("Variants"), page));
    vcfBox_ = new QComboBox(page);
    vcfBox_->setObjectName(QStringLiteral("vcfBox"));
    vcfBox_->setToolTip(tr("The open VCF shown in the table and on the variants track"));
    connect(vcfBox_, &QComboBox::activated, this, [this](int index) { showVcf(index); });
    bar->addWidget(vcfBox_);
    bar->addWidget(new QLabel(tr("Output"), page));
    outputBox_ = new QComboBox(page);
    connect(outputBox_, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (index >= 0 && index != view_.output) {
            refreshView();
        }
    });
    bar->addWidget(outputBox_);
    bar->addWidget(new QLabel(tr("Colour by"), page));
    colourBy_ = new QComboBox(page);
    colourBy_->addItem(QStringLiteral("MRV"));
    connect(colourBy_, &QComboBox::currentTextChanged, this, [this] { refreshView(); });
    bar->addWidget(colourBy_);
    layout->addLayout(bar);

    filesLabel_ = new QLabel(page);
    filesLabel_->setObjectName(QStringLiteral("methylationFiles"));
    filesLabel_->setWordWrap(true);
    layout->addWidget(filesLabel_);

    auto* splitter = new QSplitter(Qt::Vertical, page);
    // Nine tracks need more height than a laptop screen: the panel scrolls instead of growing the window.
    auto* scroll = new QScrollArea(splitter);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    panel_ = new LocusTrackPanel(scroll);
    scroll->setWidget(panel_);
    connect(panel_, &LocusTrackPanel::regionChanged, this, [this](qint64 start, qint64 end) {
        setRegion(contig_, start, end, false);
    });
    connect(panel_, &LocusTrackPanel::variantClicked, this, &MethylationWorkspace::onPanelVariantClicked);
    splitter->addWidget(scroll);

    auto* tableArea = new QWidget(splitter);
    auto* tableLayout = new QVBoxLayout(tableArea);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    auto* filters = new QHBoxLayout;
    filterText_ = new QLineEdit(tableArea);
    filterText_->setPlaceholderText(tr("Filter: ID, contig, chr:start-end"));
    snvOnly_ = new QCheckBox(tr("SNVs"), tableArea);
    scoredOnly_ = new QCheckBox(tr("Scored"), tableArea);
    mismatchOnly_ = new QCheckBox(tr("REF mismatches"), tableArea);
    minMrv_ = new QDoubleSpinBox(tableArea);
    minMrv_->setDecimals(4);
    minMrv_->setRange(0.0, 1.0);
    minMrv_->setSingleStep(0.01);
    minMrv_->setPrefix(tr("MRV ≥ "));
    filters->addWidget(filterText_, 1);
    filters->addWidget(snvOnly_);
    filters->addWidget(scoredOnly_);
    filters->addWidget(mismatchOnly_);
    filters->addWidget(minMrv_);
    tableLayout->addLayout(filters);
    table_ = new QTableView(tableArea);
    table_->setObjectName(QStringLiteral("variantTable"));
    tableModel_ = new VariantTableModel(table_);
    table_->setModel(tableModel_);
    table_->setSortingEnabled(true);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->verticalHeader()->setDefaultSectionSize(table_->fontMetrics().height() + 4);
    table_->verticalHeader()->hide();
    table_->horizontalHeader()->setStretchLastSection(true);
    connect(table_->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MethylationWorkspace::onTableSelection);
    tableLayout->addWidget(table_, 1);
    splitter->addWidget(tableArea);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({560, 220});
    layout->addWidget(splitter, 1);

    const auto applyFilter = [this] {
        VariantFilter filter;
        filter.text = filterText_->text();
        filter.snvOnly = snvOnly_->isChecked();
        filter.scoredOnly = scoredOnly_->isChecked();
        filter.refMismatchOnly = mismatchOnly_->isChecked();
        filter.minMrv = minMrv_->value();
        tableModel_->setFilter(filter);
    };
    connect(filterText_, &QLineEdit::returnPressed, this, applyFilter);
    for (QCheckBox* box : {snvOnly_, scoredOnly_, mismatchOnly_}) {
        connect(box, &QCheckBox::toggled, this, applyFilter);
    }
    connect(minMrv_, &QDoubleSpinBox::editingFinished, this, applyFilter);
    updateActions();
    return page;
}

void MethylationWorkspace::showBrowser() {
    pages_->setCurrentIndex(1);
}

// --- Jobs -------------------------------------------------------------------------------------------

int MethylationWorkspace::submit(const QString& title, Work work, std::function<void()> onSuccess,
                                 const QString& slot) {
    if (!slot.isEmpty()) {  // a newer request of the same kind replaces the queued or running one
        for (auto it = pending_.cbegin(); it != pending_.cend(); ++it) {
            if (it.value() == slot) {
                jobs_.cancel(it.key());
            }
        }
    }
    const bool wasBusy = busy();
    const int id = jobs_.submit(std::make_shared<FunctionJob>(title, std::move(work)));
    onSuccess_.insert(id, std::move(onSuccess));
    pending_.insert(id, slot);
    lastJob_ = id;
    if (!wasBusy) {
        emit busyChanged(true);
    }
    return id;
}

void MethylationWorkspace::onJobFinished(int id, JobState state, const QString& message) {
    const auto found = onSuccess_.find(id);
    if (found == onSuccess_.end()) {
        return;
    }
    const std::function<void()> onSuccess = found.value();
    const QString slot = pending_.value(id);
    onSuccess_.erase(found);
    pending_.remove(id);
    if (state == JobState::Succeeded) {
        if (onSuccess) {
            onSuccess();
        }
    } else if (state == JobState::Failed) {
        showMessage(message, true);
    } else if (state == JobState::Cancelled && slot.isEmpty()) {
        showMessage(tr("“%1” was cancelled; nothing was written.").arg(jobs_.title(id)), false);
    }
    updateActions();
    if (!busy()) {
        emit busyChanged(false);
    }
}

void MethylationWorkspace::cancelRunning() {
    for (auto it = pending_.cbegin(); it != pending_.cend(); ++it) {
        jobs_.cancel(it.key());
    }
}

void MethylationWorkspace::showMessage(const QString& text, bool error) {
    message_->setText(text);
    lastMessageIsError_ = error;
    message_->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
    message_->show();
}

void MethylationWorkspace::clearMessage() {
    lastMessageIsError_ = false;
    message_->clear();
    message_->hide();
}

QString MethylationWorkspace::lastMessage() const {
    return message_->text();
}

// --- Opening ----------------------------------------------------------------------------------------

int MethylationWorkspace::openReference(const QString& fasta) {
    auto loaded = std::make_shared<std::shared_ptr<ReferenceGenome>>();
    return submit(
        tr("Open reference %1").arg(QFileInfo(fasta).fileName()),
        [loaded, fasta, slot = workerReference_](JobContext&) {
            *loaded = std::make_shared<ReferenceGenome>(toPath(fasta));
            *slot = *loaded;  // for a VCF queued behind this job (checks its REF column)
        },
        [this, loaded, fasta] {
            reference_ = *loaded;
            files_.fastaPath = QFileInfo(fasta).absoluteFilePath();
            showBrowser();
            updateActions();
            // Re-read every open VCF to check its REF column against the new reference: the others
            // in the background, the one on show last (it keeps its selection).
            for (int i = 0; i < files_.vcfPaths.size(); ++i) {
                if (i != files_.currentVcf) {
                    loadVcf(files_.vcfPaths[i], -1, std::make_shared<bool>(false), false);
                }
            }
            if (!files_.vcfPaths.isEmpty()) {
                openVcf(files_.vcfPaths.value(files_.currentVcf));
            }
            if (locus_.isEmpty() && !reference_->contigs().empty()) {
                const std::string& first = reference_->contigs().front();
                setRegion(QString::fromStdString(first), 1,
                          std::min<qint64>(kDefaultWidth, reference_->contigLength(first)), true);
            } else {
                refreshView();
            }
        });
}

int MethylationWorkspace::openVcf(const QString& vcf) {
    // Two jobs: the first kPreviewRecords records make the table usable within a fraction of a
    // second; the whole file follows and replaces them (same rows first, so a selection and scores
    // made meanwhile stay valid). A file that fits in the preview is read once.
    auto previewWasComplete = std::make_shared<bool>(false);
    loadVcf(vcf, kPreviewRecords, previewWasComplete);
    return loadVcf(vcf, -1, previewWasComplete);
}

int MethylationWorkspace::loadVcf(const QString& vcf, std::int64_t maxRecords, std::shared_ptr<bool> previewWasComplete,
                                  bool display) {
    auto loaded = std::make_shared<std::shared_ptr<VariantStore>>();
    const bool preview = maxRecords >= 0;
    return submit(
        preview ? tr("Open variants %1 (first records)").arg(QFileInfo(vcf).fileName())
                : tr("Open variants %1").arg(QFileInfo(vcf).fileName()),
        [loaded, vcf, maxRecords, preview, previewWasComplete, slot = workerReference_](JobContext& context) {
            if (!preview && *previewWasComplete) {
                return;  // the preview already held every record
            }
            auto store =
                std::make_shared<VariantStore>(VariantStore::read(toPath(vcf), context.progress(), maxRecords));
            if (preview) {
                *previewWasComplete = store->complete();
            }
            // The reference as the worker has it: one opened in the same batch of jobs counts too.
            if (const std::shared_ptr<ReferenceGenome> reference = *slot) {
                store->checkReference(*reference, context.progress());
            }
            *loaded = std::move(store);
        },
        [this, loaded, vcf, preview, display] {
            if (!*loaded) {
                return;  // nothing new: the preview was the whole file
            }
            const QString path = QFileInfo(vcf).absoluteFilePath();
            const int shownIndex = vcfBox_->currentIndex();
            if (!display && !(shownIndex >= 0 && shownIndex < int(vcfs_.size()) && vcfs_[shownIndex].first == path)) {
                for (auto& open : vcfs_) {
                    if (open.first == path) {
                        open.second = *loaded;  // picked up when the user shows it
                    }
                }
                return;
            }
            // A re-read of the VCF on show (preview -> whole file, or a new reference) keeps the
            // selection: the same rows come first.
            const bool rereadShown =
                store_ && shownIndex >= 0 && shownIndex < int(vcfs_.size()) && vcfs_[shownIndex].first == path;
            const std::optional<std::size_t> selected = rereadShown ? selected_ : std::nullopt;
            int index = -1;
            for (std::size_t i = 0; i < vcfs_.size(); ++i) {
                if (vcfs_[i].first == path) {
                    index = int(i);
                    vcfs_[i].second = *loaded;
                }
            }
            if (index < 0) {
                vcfs_.emplace_back(path, *loaded);
                index = int(vcfs_.size()) - 1;
                vcfBox_->addItem(QFileInfo(path).fileName(), path);
            }
            files_.vcfPaths.clear();
            for (const auto& open : vcfs_) {
                files_.vcfPaths << open.first;
            }
            store_.reset();  // showVcf treats it as a new table
            showVcf(index);
            if (selected && *selected < store_->size()) {
                selected_ = selected;
                const int row = tableModel_->viewRow(*selected);
                if (row >= 0) {
                    table_->selectRow(row);
                }
            }
            if (preview && !store_->complete()) {
                showMessage(tr("Showing the first %n variant(s) while the rest of %1 is read…", nullptr,
                               int(store_->size()))
                                .arg(QFileInfo(vcf).fileName()),
                            false);
            } else if (!preview && rereadShown) {
                clearMessage();
            }
            refreshView();
        });
}

void MethylationWorkspace::showVcf(int index) {
    if (index < 0 || index >= int(vcfs_.size())) {
        return;
    }
    if (store_ != vcfs_[index].second) {
        selected_.reset();
    }
    store_ = vcfs_[index].second;
    files_.currentVcf = index;
    vcfBox_->setCurrentIndex(index);
    tableModel_->setStore(store_);
    if (store_->referenceChecked()) {
        tableModel_->setRefChecked();
    }
    const QString current = colourBy_->currentText();
    colourBy_->blockSignals(true);
    colourBy_->clear();
    colourBy_->addItem(QStringLiteral("MRV"));
    for (const std::string& key : store_->infoKeys()) {
        colourBy_->addItem(QString::fromStdString(key));
    }
    colourBy_->setCurrentText(current);
    colourBy_->blockSignals(false);
    showScoresInTable();
    showBrowser();
    updateActions();
    refreshView();
}

int MethylationWorkspace::openGenes(const QString& file) {
    auto loaded = std::make_shared<std::map<std::string, std::vector<TssEntry>>>();
    return submit(
        tr("Open genes %1").arg(QFileInfo(file).fileName()),
        [loaded, file](JobContext&) {
            *loaded = groupByContig(readGeneAnnotation(toPath(file)), [](const TssEntry& gene) { return gene.chrom; },
                                    tssOf);
        },
        [this, loaded, file] {
            genes_ = std::move(*loaded);
            files_.genesPath = QFileInfo(file).absoluteFilePath();
            updateActions();
            refreshView();
        });
}

int MethylationWorkspace::openObserved(const QString& file) {
    auto loaded = std::make_shared<std::shared_ptr<MethylationTrack>>();
    return submit(
        tr("Open observed methylation %1").arg(QFileInfo(file).fileName()),
        [loaded, file](JobContext&) { *loaded = std::make_shared<MethylationTrack>(readMethylationTrack(toPath(file))); },
        [this, loaded, file] {
            observed_ = *loaded;
            files_.observedPath = QFileInfo(file).absoluteFilePath();
            updateActions();
            refreshView();
        });
}

int MethylationWorkspace::openGwas(const QString& file) {
    auto loaded = std::make_shared<std::map<std::string, std::vector<GwasSummaryRow>>>();
    return submit(
        tr("Open GWAS statistics %1").arg(QFileInfo(file).fileName()),
        [loaded, file](JobContext&) {
            *loaded = groupByContig(readGwasSummary(toPath(file)), [](const GwasSummaryRow& row) { return row.chrom; },
                                    gwasPositionOf);
        },
        [this, loaded, file] {
            gwas_ = std::move(*loaded);
            files_.gwasPath = QFileInfo(file).absoluteFilePath();
            updateActions();
            refreshView();
        });
}

void MethylationWorkspace::openModel(const QString& file) {
    if (!QFileInfo::exists(file)) {
        showMessage(tr("%1: no such file").arg(file), true);
        return;
    }
    files_.modelPath = QFileInfo(file).absoluteFilePath();
    updateActions();
    requestPrediction();
}

void MethylationWorkspace::openDemo() {
    QString directory;
    try {
        directory = QString::fromStdString(demoDataDirectory("methylation").string());
    } catch (const std::exception& error) {
        showMessage(QString::fromStdString(error.what()), true);
        return;
    }
    const QDir demo(directory);
    locus_.clear();
    openReference(demo.filePath(QStringLiteral("genome.fa")));
    openGenes(demo.filePath(QStringLiteral("genes.bed")));
    openObserved(demo.filePath(QStringLiteral("methylation.bedGraph")));
    openGwas(demo.filePath(QStringLiteral("gwas.tsv")));
    openVcf(demo.filePath(QStringLiteral("variants.vcf")));
    files_.modelPath = demo.filePath(QStringLiteral("model.safetensors"));
    // A locus with a CpG island, planted motifs and the synthetic GWAS peak (README there).
    const int last = lastJob_;
    onSuccess_[last] = [this, previous = onSuccess_.value(last)] {
        if (previous) {
            previous();
        }
        navigate(QStringLiteral("chr6:1-6000"));
    };
}

// --- Navigation -------------------------------------------------------------------------------------

bool MethylationWorkspace::navigate(const QString& text) {
    const QString query = text.trimmed();
    if (query.isEmpty()) {
        return false;
    }
    LocusQuery locus;
    try {
        locus = parseLocus(query.toStdString());
    } catch (const std::exception& error) {
        showMessage(QString::fromStdString(error.what()), true);
        return false;
    }
    if (locus.kind == LocusQuery::Kind::Region) {
        QString contig = QString::fromStdString(locus.region.chrom);
        qint64 start = locus.region.start, end = locus.region.end;
        if (reference_) {
            const auto resolved = reference_->resolveContig(locus.region.chrom);
            if (!resolved) {
                showMessage(tr("%1: the reference has no contig “%2”").arg(query, contig), true);
                return false;
            }
            contig = QString::fromStdString(*resolved);
            const qint64 length = reference_->contigLength(*resolved);
            if (end == GenomicRegion::wholeContig) {
                end = length;
            }
            if (start > length) {
                showMessage(tr("%1: past the end of %2 (%3 bp)").arg(query, contig).arg(length), true);
                return false;
            }
        }
        if (start == end) {  // chr:pos: a window around the base
            start = std::max<qint64>(1, start - kDefaultWidth / 2);
            end = start + kDefaultWidth;
        }
        clearMessage();
        setRegion(contig, start, end, true);
        return true;
    }
    const std::string name = locus.name;
    // Genes first (symbols, then IDs), then variant IDs in the open VCF.
    for (const auto& group : genes_) {
        const std::vector<TssEntry>& genes = group.second;
        const auto gene = std::find_if(genes.begin(), genes.end(), [&name](const TssEntry& entry) {
            return entry.symbol == name || entry.geneId == name;
        });
        if (gene != genes.end()) {
            clearMessage();
            setRegion(QString::fromStdString(gene->chrom), std::max<qint64>(1, gene->tss - kDefaultWidth / 2),
                      gene->tss + kDefaultWidth / 2, true);
            return true;
        }
    }
    if (store_) {
        const std::vector<std::size_t> rows = store_->rowsWithId(name);
        if (!rows.empty()) {
            clearMessage();
            const std::size_t row = rows.front();
            const qint64 pos = store_->pos(row);
            setRegion(QString::fromStdString(store_->contig(row)), std::max<qint64>(1, pos - kDefaultWidth / 2),
                      pos + kDefaultWidth / 2, true);
            selectVariantRow(row);
            return true;
        }
    }
    showMessage(tr("“%1” is not a region, a gene in the open annotation or a variant ID in the open VCF.").arg(query),
                true);
    return false;
}

void MethylationWorkspace::setRegion(const QString& contig, qint64 start, qint64 end, bool remember) {
    if (contig.isEmpty() || end < start) {
        return;
    }
    if (reference_) {
        const auto resolved = reference_->resolveContig(contig.toStdString());
        if (resolved) {
            end = std::min<qint64>(end, reference_->contigLength(*resolved));
        }
    }
    start = std::max<qint64>(1, start);
    const bool moved = contig != contig_ || start != start_ || end != end_;
    contig_ = contig;
    start_ = start;
    end_ = end;
    locus_ = regionText(contig, start, end);
    locusBox_->setText(locus_);
    if (remember) {
        history_.visit(locus_);
    }
    showBrowser();
    updateActions();
    if (moved || remember) {
        refreshView();
        requestPrediction();
    }
}

void MethylationWorkspace::goBack() {
    const QString locus = history_.back();
    const GenomicRegion region = parseGenomicRegion(locus.toStdString());
    setRegion(QString::fromStdString(region.chrom), region.start, region.end, false);
}

void MethylationWorkspace::goForward() {
    const QString locus = history_.forward();
    const GenomicRegion region = parseGenomicRegion(locus.toStdString());
    setRegion(QString::fromStdString(region.chrom), region.start, region.end, false);
}

void MethylationWorkspace::zoom(double factor) {
    if (contig_.isEmpty()) {
        return;
    }
    const double centre = 0.5 * double(start_ + end_);
    const double half = std::max(50.0, 0.5 * double(end_ - start_ + 1) * factor);
    setRegion(contig_, qint64(std::llround(centre - half)), qint64(std::llround(centre + half)), true);
}

// --- Variants ---------------------------------------------------------------------------------------

QString MethylationWorkspace::variantSpec(std::size_t row) const {
    return QStringLiteral("%1:%2:%3:%4")
        .arg(QString::fromStdString(store_->contig(row)))
        .arg(store_->pos(row))
        .arg(QString::fromUtf8(store_->ref(row).data(), qsizetype(store_->ref(row).size())),
             QString::fromUtf8(store_->alt(row).data(), qsizetype(store_->alt(row).size())));
}

void MethylationWorkspace::selectVariantRow(std::size_t row) {
    if (!store_ || row >= store_->size()) {
        return;
    }
    const int viewRow = tableModel_->viewRow(row);
    if (viewRow >= 0) {
        table_->selectRow(viewRow);  // onTableSelection focuses it
        table_->scrollTo(tableModel_->index(viewRow, 0));
    }
    focusVariant(row);  // also when the table's filter hides it
}

void MethylationWorkspace::onTableSelection() {
    const QModelIndex current = table_->selectionModel()->currentIndex();
    if (current.isValid() && store_) {
        focusVariant(tableModel_->storeRow(current.row()));
    }
}

void MethylationWorkspace::focusVariant(std::size_t row) {
    if (selected_ == row) {
        return;
    }
    selected_ = row;
    const QString contig = QString::fromStdString(store_->contig(row));
    const qint64 pos = store_->pos(row);
    if (contig != contig_ || pos < start_ || pos > end_) {
        const qint64 half = std::max<qint64>((end_ - start_) / 2, 1000);
        setRegion(contig, pos - half, pos + half, true);  // redraws and predicts with the variant
        return;
    }
    refreshView();
    requestPrediction();
}

void MethylationWorkspace::onPanelVariantClicked(int row) {
    if (row >= 0) {
        selectVariantRow(static_cast<std::size_t>(row));
    }
}

bool MethylationWorkspace::selectNextTopVariant() {
    std::optional<std::size_t> next = tableModel_->nextByScore(selected_);
    if (!next && selected_) {
        next = tableModel_->nextByScore(std::nullopt);  // past the lowest score: back to the top
    }
    if (!next) {
        showMessage(tr("No scored variant to go to: score the locus or the VCF first."), false);
        return false;
    }
    selectVariantRow(*next);
    return true;
}

// --- The view ---------------------------------------------------------------------------------------

void MethylationWorkspace::refreshView() {
    LocusViewData view;
    view.contig = contig_;
    view.start = start_;
    view.end = end_;
    const std::string contig = contig_.toStdString();
    for (const TssEntry* gene : rowsBetween(genes_, contig, start_, end_, tssOf)) {
        view.genes.push_back(*gene);
    }
    const QString colourBy = colourBy_->currentText();
    view.variantValueName = colourBy;
    if (store_) {
        for (const std::size_t row : store_->rowsIn(contig, start_, end_)) {
            LocusVariantMark mark;
            mark.pos = store_->pos(row);
            const std::string_view id = store_->id(row);
            mark.label = id.empty() ? variantSpec(row) : QString::fromUtf8(id.data(), qsizetype(id.size()));
            if (colourBy == QStringLiteral("MRV")) {
                const auto score = scores_.find(keyOf(row));
                if (score != scores_.end()) {
                    mark.value = score->second.absDifference;
                }
            } else if (const auto value = store_->infoNumber(row, colourBy.toStdString())) {
                mark.value = *value;
            }
            mark.row = static_cast<int>(row);
            view.variants.push_back(mark);
        }
        if (selected_ && *selected_ < store_->size() && contigsMatch(store_->contig(*selected_), contig)) {
            view.selectedVariantPos = store_->pos(*selected_);
        }
    }
    if (observed_) {
        for (const MethylationSite& site : observed_->sitesIn(contig, start_, end_)) {
            view.observed.push_back(site);
        }
    }
    for (const GwasSummaryRow* row : rowsBetween(gwas_, contig, start_, end_, gwasPositionOf)) {
        GwasPoint point;
        point.pos = row->pos;
        point.p = row->p;
        point.label = QString::fromStdString(row->id);
        if (store_) {
            for (const std::size_t variant : store_->rowsIn(contig, row->pos, row->pos)) {
                const auto score = scores_.find(keyOf(variant));
                if (score != scores_.end()) {
                    point.mrv = std::max(std::isnan(point.mrv) ? 0.0 : point.mrv, score->second.absDifference);
                }
            }
        }
        view.gwas.push_back(point);
    }
    // Predictions and attributions stay while they describe this view.
    if (view_.hasPrediction && view_.prediction.contig == contig && view_.prediction.start <= start_ &&
        view_.prediction.end >= end_) {
        view.hasPrediction = true;
        view.prediction = view_.prediction;
    }
    view.output = std::max(0, outputBox_->currentIndex());
    if (view_.hasAttribution && view.selectedVariantPos != 0 && view_.attribution.hasVariant &&
        view_.attribution.variant.pos == view.selectedVariantPos) {
        view.hasAttribution = true;
        view.attribution = view_.attribution;
    }
    view_ = std::move(view);
    panel_->setData(view_);
    emit viewUpdated();
}

void MethylationWorkspace::requestPrediction() {
    if (files_.modelPath.isEmpty() || files_.fastaPath.isEmpty() || contig_.isEmpty()) {
        return;
    }
    if (end_ - start_ + 1 > kMaxPredictedRegion) {
        showMessage(tr("Zoom in to at most %1 kb to see predicted methylation.").arg(kMaxPredictedRegion / 1000), false);
        return;
    }
    InteractTrackConfig config;
    config.model = toPath(files_.modelPath);
    config.fasta = toPath(files_.fastaPath);
    config.region = regionText(contig_, start_, end_).toStdString();
    if (selected_ && store_ && store_->isSnv(*selected_) && contigsMatch(store_->contig(*selected_), contig_.toStdString()) &&
        store_->refCheck(*selected_) != RefCheck::Mismatch) {
        config.variant = variantSpec(*selected_).toStdString();
    }
    auto track = std::make_shared<InteractTrack>();
    const int generation = ++predictionGeneration_;
    submit(
        tr("Predict methylation %1").arg(QString::fromStdString(config.region)),
        [config, track](JobContext& context) { *track = runInteractLocusTrack(config, context.progress()); },
        [this, track, generation] {
            if (generation != predictionGeneration_) {
                return;  // the view moved on
            }
            const int output = std::max(0, outputBox_->currentIndex());
            outputBox_->blockSignals(true);
            outputBox_->clear();
            for (const std::string& name : track->outputNames) {
                outputBox_->addItem(QString::fromStdString(name));
            }
            outputBox_->setCurrentIndex(std::min(output, outputBox_->count() - 1));
            outputBox_->blockSignals(false);
            view_.hasPrediction = true;
            view_.prediction = std::move(*track);
            if (!view_.prediction.message.empty()) {
                showMessage(QString::fromStdString(view_.prediction.message), false);
            }
            refreshView();
            requestAttribution();
        },
        kPrediction);
}

void MethylationWorkspace::requestAttribution() {
    if (!view_.hasPrediction || !view_.prediction.hasVariant) {
        return;
    }
    // The window of the CpG the variant changes most: what the MRV score reports.
    const int output = std::max(0, outputBox_->currentIndex());
    const InteractTrackSite* best = nullptr;
    double largest = -1;
    for (const InteractTrackSite& site : view_.prediction.sites) {
        if (!site.inReach || site.altValues.size() <= std::size_t(output)) {
            continue;
        }
        const double change = std::fabs(double(site.altValues[output]) - double(site.refValues[output]));
        if (change > largest) {
            largest = change;
            best = &site;
        }
    }
    if (!best) {
        return;
    }
    InteractAttributionConfig config;
    config.model = toPath(files_.modelPath);
    config.fasta = toPath(files_.fastaPath);
    config.centre = QStringLiteral("%1:%2").arg(contig_).arg(best->pos).toStdString();
    config.variant = view_.prediction.variant.toString();
    config.output = std::to_string(output + 1);
    const std::int64_t variantPos = view_.prediction.variant.pos;
    const std::int64_t half = 1000;
    const std::int64_t first = std::max<std::int64_t>(best->pos - half, variantPos - kIsmHalfWidth);
    const std::int64_t last = std::min<std::int64_t>(best->pos + half, variantPos + kIsmHalfWidth);
    config.ismRange = std::to_string(first) + "-" + std::to_string(last);
    auto attribution = std::make_shared<InteractAttribution>();
    const int generation = predictionGeneration_;
    submit(
        tr("Attributions at %1").arg(QString::fromStdString(config.centre)),
        [config, attribution](JobContext& context) { *attribution = runInteractAttribution(config, context.progress()); },
        [this, attribution, generation] {
            if (generation != predictionGeneration_) {
                return;
            }
            view_.hasAttribution = true;
            view_.attribution = std::move(*attribution);
            refreshView();
        },
        kAttribution);
}

// --- Scoring ----------------------------------------------------------------------------------------

int MethylationWorkspace::runScore(const QString& title, const std::vector<std::string>& regions,
                                   const QString& annotatedVcf) {
    if (!store_ || files_.modelPath.isEmpty() || files_.fastaPath.isEmpty()) {
        showMessage(tr("Scoring needs a reference genome, a VCF and a methylation model."), true);
        return 0;
    }
    InteractScoreConfig config;
    config.model = toPath(files_.modelPath);
    config.fasta = toPath(files_.fastaPath);
    config.variants = toPath(files_.vcfPaths.value(files_.currentVcf));
    config.regions = regions;
    config.out = toPath(scratch_.filePath(QStringLiteral("score-%1.tsv").arg(QDateTime::currentMSecsSinceEpoch())));
    if (!annotatedVcf.isEmpty()) {
        config.annotatedVcf = toPath(annotatedVcf);
    }
    config.commandLine = "locuscope (Methylation workspace): " + title.toStdString();
    auto rows = std::make_shared<std::vector<InteractScoreRow>>();
    auto report = std::make_shared<InteractScoreReport>();
    return submit(
        title,
        [config, rows, report](JobContext& context) {
            *report = runInteractScore(config, context.progress());
            *rows = readInteractScoreTable(config.out);
            std::filesystem::remove(config.out);
        },
        [this, rows, report] {
            applyScores(*rows);
            showMessage(tr("Scored %1 SNVs (%2 without a CpG within reach). %3")
                            .arg(report->scored)
                            .arg(report->noCpgInReach)
                            .arg(QString::fromStdString(report->tallySummary)),
                        false);
            refreshView();
        });
}

int MethylationWorkspace::scoreSelection() {
    if (!store_) {
        return runScore(tr("Score selection"), {}, {});
    }
    std::vector<std::string> regions;
    for (const QModelIndex& index : table_->selectionModel()->selectedRows()) {
        const std::size_t row = tableModel_->storeRow(index.row());
        regions.push_back(store_->contig(row) + ":" + std::to_string(store_->pos(row)));
    }
    if (regions.empty() && selected_) {
        regions.push_back(store_->contig(*selected_) + ":" + std::to_string(store_->pos(*selected_)));
    }
    if (regions.empty()) {
        showMessage(tr("Select one or more variants in the table first."), true);
        return 0;
    }
    return runScore(tr("Score %n selected variant(s)", nullptr, int(regions.size())), regions, {});
}

int MethylationWorkspace::scoreLocus() {
    if (contig_.isEmpty()) {
        showMessage(tr("Go to a locus first."), true);
        return 0;
    }
    return runScore(tr("Score %1").arg(locus_), {locus_.toStdString()}, {});
}

int MethylationWorkspace::scoreWholeVcf() {
    return runScore(tr("Score the whole VCF"), {}, {});
}

MethylationWorkspace::VariantKey MethylationWorkspace::keyOf(std::size_t row) const {
    return {canonicalContigName(store_->contig(row)), store_->pos(row), std::string(store_->ref(row)),
            std::string(store_->alt(row))};
}

void MethylationWorkspace::applyScores(const std::vector<InteractScoreRow>& rows) {
    std::vector<std::pair<std::size_t, VariantScore>> updates;
    for (const InteractScoreRow& row : rows) {
        scores_[VariantKey{canonicalContigName(row.chrom), row.snpPos, row.ref, row.alt}] = row;
        if (!store_) {
            continue;
        }
        for (const std::size_t variant : store_->rowsIn(row.chrom, row.snpPos, row.snpPos)) {
            if (store_->pos(variant) == row.snpPos && store_->ref(variant) == row.ref && store_->alt(variant) == row.alt) {
                VariantScore score;
                score.mrv = float(row.absDifference);
                score.delta = float(row.difference);
                score.cpg = row.cpgPos;
                score.output = QString::fromStdString(row.output);
                updates.emplace_back(variant, score);
            }
        }
    }
    if (!updates.empty()) {
        tableModel_->setScores(updates);
    }
}

void MethylationWorkspace::showScoresInTable() {
    tableModel_->clearScores();
    std::vector<InteractScoreRow> rows;
    rows.reserve(scores_.size());
    for (const auto& entry : scores_) {
        rows.push_back(entry.second);
    }
    applyScores(rows);
}

bool MethylationWorkspace::exportScoresTsv(const QString& path) {
    std::vector<InteractScoreRow> rows;
    for (const auto& entry : scores_) {
        rows.push_back(entry.second);
    }
    try {
        writeInteractScoreTable(rows, toPath(path),
                                {"Locuscope Methylation workspace: MRV scores", "model: " + files_.modelPath.toStdString(),
                                 "reference: " + files_.fastaPath.toStdString()});
    } catch (const std::exception& error) {
        showMessage(QString::fromStdString(error.what()), true);
        return false;
    }
    showMessage(tr("Wrote %n scored variant(s) to %1.", nullptr, int(rows.size())).arg(path), false);
    return true;
}

int MethylationWorkspace::exportAnnotatedVcf(const QString& path) {
    if (scores_.empty()) {
        showMessage(tr("Nothing scored yet: score a selection, the locus or the VCF first."), true);
        return 0;
    }
    std::vector<std::string> regions;
    for (const auto& entry : scores_) {
        regions.push_back(entry.second.chrom + ":" + std::to_string(entry.second.snpPos));
    }
    // The annotated records come from interact score itself (same INFO fields as the CLI); it
    // re-predicts the scored variants, which the TSV export does not need to.
    return runScore(tr("Export annotated VCF %1").arg(QFileInfo(path).fileName()), regions, path);
}

// --- Figures ----------------------------------------------------------------------------------------

bool MethylationWorkspace::exportPanel(const QString& path, FigureFormat format, const FigureExportOptions& options) {
    QString error;
    if (!panel_->exportPanel(path, format, options, &error)) {
        showMessage(tr("Could not export the figure: %1").arg(error), true);
        return false;
    }
    return true;
}

bool MethylationWorkspace::exportTrack(const QString& trackId, const QString& path, FigureFormat format,
                                       const FigureExportOptions& options) {
    QString error;
    if (!panel_->exportTrack(trackId, path, format, options, &error)) {
        showMessage(tr("Could not export the track: %1").arg(error), true);
        return false;
    }
    return true;
}

void MethylationWorkspace::chooseAndExportPanel(bool singleTrack) {
    QString trackId;
    if (singleTrack) {
        QMenu menu(this);
        for (const QString& id : panel_->trackIds()) {
            menu.addAction(id)->setData(id);
        }
        QAction* chosen = menu.exec(QCursor::pos());
        if (!chosen) {
            return;
        }
        trackId = chosen->data().toString();
    }
    ExportFigureDialog dialog(this);
    dialog.setPath(singleTrack ? trackId : QStringLiteral("locus"));
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    if (singleTrack) {
        exportTrack(trackId, dialog.path(), dialog.format(), dialog.options());
    } else {
        exportPanel(dialog.path(), dialog.format(), dialog.options());
    }
}

// --- Sessions ---------------------------------------------------------------------------------------

MethylationSession MethylationWorkspace::currentSession() const {
    MethylationSession session = files_;
    session.locus = locus_;
    session.selectedVariant = (selected_ && store_) ? variantSpec(*selected_) : QString();
    session.output = std::max(0, outputBox_->currentIndex());
    session.colourBy = colourBy_->currentText();
    return session;
}

bool MethylationWorkspace::saveSession(const QString& file) {
    MethylationSession session = currentSession();
    try {
        if (!scores_.empty()) {  // the scores go beside the session, so the folder is self-contained
            const QFileInfo info(file);
            session.scoresPath = info.absolutePath() + QLatin1Char('/') + info.completeBaseName() +
                                 QStringLiteral(".scores.tsv");
            std::vector<InteractScoreRow> rows;
            for (const auto& entry : scores_) {
                rows.push_back(entry.second);
            }
            writeInteractScoreTable(rows, toPath(session.scoresPath), {"Locuscope Methylation session scores"});
        }
        writeMethylationSession(session, file);
    } catch (const std::exception& error) {
        showMessage(QString::fromStdString(error.what()), true);
        return false;
    }
    return true;
}

int MethylationWorkspace::openSession(const QString& file) {
    MethylationSession session;
    try {
        session = readMethylationSession(file);
    } catch (const std::exception& error) {
        showMessage(QString::fromStdString(error.what()), true);
        return 0;
    }
    for (const QString& path : QStringList{session.fastaPath, session.genesPath, session.modelPath,
                                           session.observedPath, session.gwasPath, session.scoresPath} +
                                   session.vcfPaths) {
        if (!path.isEmpty() && !QFileInfo::exists(path)) {
            showMessage(tr("%1: the session refers to %2, which does not exist").arg(file, path), true);
            return 0;
        }
    }
    clearMessage();
    history_ = LocusHistory();
    locus_.clear();
    selected_.reset();
    view_ = LocusViewData();
    files_ = MethylationSession();
    vcfs_.clear();
    vcfBox_->clear();
    store_.reset();
    scores_.clear();
    tableModel_->setStore(nullptr);
    if (!session.fastaPath.isEmpty()) {
        openReference(session.fastaPath);
    }
    if (!session.genesPath.isEmpty()) {
        openGenes(session.genesPath);
    }
    if (!session.observedPath.isEmpty()) {
        openObserved(session.observedPath);
    }
    if (!session.gwasPath.isEmpty()) {
        openGwas(session.gwasPath);
    }
    files_.modelPath = session.modelPath;
    int last = lastJob_;
    for (const QString& vcf : session.vcfPaths) {
        last = openVcf(vcf);
    }
    auto scores = std::make_shared<std::vector<InteractScoreRow>>();
    if (!session.scoresPath.isEmpty()) {
        const QString scoresPath = session.scoresPath;
        last = submit(
            tr("Read saved scores"), [scores, scoresPath](JobContext&) { *scores = readInteractScoreTable(toPath(scoresPath)); },
            {});
    }
    // Once everything is in: the scores, the locus, the selection, the output and the colouring.
    onSuccess_[last] = [this, session, scores, previous = onSuccess_.value(last)] {
        if (previous) {
            previous();
        }
        const QString shown = session.vcfPaths.value(session.currentVcf);
        for (std::size_t i = 0; i < vcfs_.size(); ++i) {
            if (vcfs_[i].first == shown) {
                showVcf(int(i));
            }
        }
        applyScores(*scores);
        colourBy_->setCurrentText(session.colourBy);
        if (!session.locus.isEmpty()) {
            navigate(session.locus);
        }
        if (!session.selectedVariant.isEmpty() && store_) {
            const QStringList parts = session.selectedVariant.split(QLatin1Char(':'));
            if (parts.size() == 4) {
                for (const std::size_t row : store_->rowsIn(parts[0].toStdString(), parts[1].toLongLong(), parts[1].toLongLong())) {
                    if (variantSpec(row) == session.selectedVariant) {
                        selectVariantRow(row);
                        break;
                    }
                }
            }
        }
        if (session.output > 0 && session.output < outputBox_->count()) {
            outputBox_->setCurrentIndex(session.output);
        }
    };
    return last;
}

QString MethylationWorkspace::autosaveFile() {
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/autosave/methylation-session.json");
}

bool MethylationWorkspace::autosaveNow() {
    if (!autosave_ || (files_.fastaPath.isEmpty() && files_.vcfPaths.isEmpty())) {
        return false;  // nothing worth restoring
    }
    QDir().mkpath(QFileInfo(autosaveFile()).absolutePath());
    return saveSession(autosaveFile());
}

int MethylationWorkspace::recoverAutosave() {
    recoverable_ = false;
    return openSession(autosaveFile());
}

// --- Small things -----------------------------------------------------------------------------------

void MethylationWorkspace::updateActions() {
    if (backButton_) {
        backButton_->setEnabled(history_.canGoBack());
        forwardButton_->setEnabled(history_.canGoForward());
    }
    if (filesLabel_) {
        QStringList parts;
        const auto add = [&parts](const QString& label, const QString& path) {
            if (!path.isEmpty()) {
                parts << QStringLiteral("%1: %2").arg(label, QFileInfo(path).fileName());
            }
        };
        add(tr("Reference"), files_.fastaPath);
        add(tr("Variants"), files_.vcfPaths.value(0));
        add(tr("Genes"), files_.genesPath);
        add(tr("Model"), files_.modelPath);
        add(tr("Observed"), files_.observedPath);
        add(tr("GWAS"), files_.gwasPath);
        if (store_) {
            parts << tr("%n variant(s)", nullptr, int(store_->size()));
        }
        filesLabel_->setText(parts.join(QStringLiteral(" · ")));
    }
}

void MethylationWorkspace::chooseAndOpen(const QString& what) {
    const QString path = QFileDialog::getOpenFileName(this, what);
    if (path.isEmpty()) {
        return;
    }
    if (what == tr("Reference genome (FASTA)…")) {
        openReference(path);
    } else if (what == tr("Variants (VCF/BCF)…")) {
        openVcf(path);
    } else if (what == tr("Genes (BED/GTF)…")) {
        openGenes(path);
    } else if (what == tr("Methylation model…")) {
        openModel(path);
    } else if (what == tr("Observed methylation…")) {
        openObserved(path);
    } else if (what == tr("GWAS summary statistics…")) {
        openGwas(path);
    } else {
        openSession(path);
    }
}

void MethylationWorkspace::chooseAndSaveSession() {
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Save session"), QString(), tr("Locuscope session (*.json)"));
    if (!path.isEmpty()) {
        saveSession(path);
    }
}

}  // namespace locuscope
