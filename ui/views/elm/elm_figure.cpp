#include "ui/views/elm/elm_figure.h"

#include <qcustomplot.h>

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QMouseEvent>
#include <QSplitter>
#include <QTextBrowser>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>
#include <cmath>

#include "core/pipelines/elm_pipeline.h"
#include "ui/export/export_figure_dialog.h"
#include "ui/export/figure_exporter.h"
#include "ui/views/elm/elm_selection.h"

namespace locuscope {

ElmFigure::ElmFigure(ElmSelection& selection, QWidget* parent) : QWidget(parent), selection_(selection) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->setSpacing(2);

    header_ = new QHBoxLayout;
    header_->setSpacing(6);
    auto* traitLabel = new QLabel(tr("Trait:"), this);
    traitBox_ = new QComboBox(this);
    traitBox_->setObjectName(QStringLiteral("traitSelector"));
    traitBox_->setToolTip(tr("The trait every figure shows"));
    traitBox_->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    traitLabel->setBuddy(traitBox_);
    header_->addWidget(traitLabel);
    header_->addWidget(traitBox_);
    header_->addStretch(1);
    layout->addLayout(header_);

    auto* resetAction = new QAction(tr("Reset view"), this);
    resetAction->setObjectName(QStringLiteral("resetViewAction"));
    resetAction->setToolTip(tr("Show all data again after zooming or dragging"));
    connect(resetAction, &QAction::triggered, this, &ElmFigure::resetView);
    auto* resetButton = new QToolButton(this);
    resetButton->setDefaultAction(resetAction);
    auto* exportAction = new QAction(tr("Export…"), this);
    exportAction->setToolTip(tr("Save this figure as PNG, SVG or PDF"));
    connect(exportAction, &QAction::triggered, this, &ElmFigure::exportWithDialog);
    auto* exportButton = new QToolButton(this);
    exportButton->setDefaultAction(exportAction);
    explainButton_ = new QToolButton(this);
    explainButton_->setObjectName(QStringLiteral("explainButton"));
    explainButton_->setText(tr("Explain"));
    explainButton_->setToolTip(tr("Show or hide what this figure means"));
    explainButton_->setCheckable(true);
    explainButton_->setChecked(true);
    connect(explainButton_, &QToolButton::toggled, this, &ElmFigure::setExplanationVisible);
    header_->addWidget(resetButton);
    header_->addWidget(exportButton);
    header_->addWidget(explainButton_);
    addActions({resetAction, exportAction});

    splitter_ = new QSplitter(Qt::Horizontal, this);
    plot_ = new QCustomPlot(splitter_);
    plot_->setMinimumSize(320, 240);
    plot_->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    plot_->setNoAntialiasingOnDrag(true);
    plot_->setMouseTracking(true);
    plot_->setContextMenuPolicy(Qt::ActionsContextMenu);
    plot_->addAction(resetAction);
    plot_->addAction(exportAction);
    // Layout: the title row above a grid of panels; figures add panels (colour scales, a second
    // axis rect) beside the main axis rect, and resetPlot() takes them away again.
    mainRect_ = plot_->axisRect();
    plot_->plotLayout()->take(mainRect_);
    plot_->plotLayout()->simplify();
    QFont titleFont = font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    titleFont.setBold(true);
    titleElement_ = new QCPTextElement(plot_, QString(), titleFont);
    panels_ = new QCPLayoutGrid;
    plot_->plotLayout()->addElement(0, 0, titleElement_);
    plot_->plotLayout()->addElement(1, 0, panels_);
    panels_->addElement(0, 0, mainRect_);
    splitter_->addWidget(plot_);

    side_ = new QWidget(splitter_);
    sideLayout_ = new QVBoxLayout(side_);
    sideLayout_->setContentsMargins(0, 0, 0, 0);
    teaching_ = new QTextBrowser(side_);
    teaching_->setObjectName(QStringLiteral("teachingPanel"));
    teaching_->setOpenExternalLinks(true);
    sideLayout_->addWidget(teaching_, 1);
    splitter_->addWidget(side_);
    splitter_->setStretchFactor(0, 3);
    splitter_->setStretchFactor(1, 1);
    splitter_->setCollapsible(0, false);
    layout->addWidget(splitter_, 1);

    connect(traitBox_, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (index >= 0) {
            selection_.setTrait(index);
        }
    });
    connect(&selection_, &ElmSelection::traitChanged, this, &ElmFigure::onTraitChanged);
    connect(&selection_, &ElmSelection::locusChanged, this, [this] {
        updateHighlight();
        replotLater();
    });
    connect(&selection_, &ElmSelection::pairChanged, this, [this] {
        updateHighlight();
        replotLater();
    });
    connect(plot_, &QCustomPlot::mousePress, this, &ElmFigure::onMousePress);
    connect(plot_, &QCustomPlot::mouseMove, this, &ElmFigure::onMouseMove);
    connect(plot_, &QCustomPlot::mouseRelease, this, &ElmFigure::onMouseRelease);
    traitBox_->setEnabled(false);
}

ElmFigure::~ElmFigure() = default;

void ElmFigure::setReport(std::shared_ptr<const ElmReport> report) {
    report_ = std::move(report);
    redraw();
}

void ElmFigure::fillTraitSelector() {
    const QSignalBlocker blocker(traitBox_);
    traitBox_->clear();
    if (report_) {
        for (const std::string& name : report_->traitNames) {
            traitBox_->addItem(QString::fromStdString(name));
        }
        traitBox_->setCurrentIndex(trait());
    }
    traitBox_->setEnabled(report_ && traitBox_->count() > 1);
    traitBox_->setVisible(usesTrait());
    if (auto* label = qobject_cast<QLabel*>(header_->itemAt(0)->widget())) {
        label->setVisible(usesTrait());
    }
}

void ElmFigure::onTraitChanged() {
    if (!report_) {
        return;
    }
    {
        const QSignalBlocker blocker(traitBox_);
        traitBox_->setCurrentIndex(trait());
    }
    if (usesTrait()) {
        redraw();
    }
}

void ElmFigure::redraw() {
    fillTraitSelector();
    message_.clear();
    dataPoints_ = 0;
    rebuild();
    updateHighlight();
    updateTitle();
    updateExplanation();
    replotLater();
}

QVector<int> ElmFigure::selectedLoci() const {
    QVector<int> loci;
    for (int locus : {selection_.locus(), selection_.pairFirst(), selection_.pairSecond()}) {
        if (locus >= 0 && !loci.contains(locus)) {
            loci << locus;
        }
    }
    return loci;
}

int ElmFigure::trait() const {
    if (!report_ || selection_.trait() >= static_cast<int>(report_->traitNames.size())) {
        return 0;
    }
    return selection_.trait();
}

void ElmFigure::resetPlot() {
    plot_->clearPlottables();
    plot_->clearItems();
    // Drop what a previous rebuild added to the layout (colour scales, second axis rects).
    for (int i = panels_->elementCount() - 1; i >= 0; --i) {
        QCPLayoutElement* element = panels_->elementAt(i);
        if (element && element != mainRect_) {
            panels_->remove(element);
        }
    }
    panels_->simplify();
    panels_->setColumnStretchFactors(QList<double>(panels_->columnCount(), 1.0));
    plot_->legend->setVisible(false);
    for (QCPAxis* axis : mainRect_->axes()) {
        axis->setTicker(QSharedPointer<QCPAxisTicker>(new QCPAxisTicker));
        axis->setScaleType(QCPAxis::stLinear);
        axis->setLabel(QString());
        axis->setTickLabelRotation(0);
        axis->setTickLabelFont(plot_->font());
        axis->setSubTicks(true);
        axis->setRangeReversed(false);
        axis->grid()->setVisible(axis->axisType() == QCPAxis::atBottom ||
                                 axis->axisType() == QCPAxis::atLeft);
        axis->grid()->setZeroLinePen(Qt::NoPen);
    }
    plot_->xAxis2->setVisible(false);
    plot_->yAxis2->setVisible(false);
    plot_->xAxis->setRange(0, 1);
    plot_->yAxis->setRange(0, 1);
    mainRect_->setRangeDrag(Qt::Horizontal | Qt::Vertical);
    mainRect_->setRangeZoom(Qt::Horizontal | Qt::Vertical);
    message_.clear();
    dataPoints_ = 0;
}

void ElmFigure::showMessage(const QString& text) {
    message_ = text;
    auto* item = new QCPItemText(plot_);
    item->position->setType(QCPItemPosition::ptAxisRectRatio);
    item->position->setAxisRect(mainRect_);
    item->position->setCoords(0.5, 0.5);
    item->setPositionAlignment(Qt::AlignCenter);
    item->setTextAlignment(Qt::AlignCenter);
    item->setText(text);
    item->setColor(palette().color(QPalette::PlaceholderText));
    QFont big = font();
    big.setPointSizeF(big.pointSizeF() * 1.15);
    item->setFont(big);
    item->setClipToAxisRect(false);
}

void ElmFigure::replotLater() {
    plot_->replot(QCustomPlot::rpQueuedReplot);
}

void ElmFigure::updateTitle() {
    QString text = title();
    if (report_ && usesTrait()) {
        text += QStringLiteral(" — ") + traitName();
    }
    titleElement_->setText(text);
}

void ElmFigure::updateExplanation() {
    teaching_->setHtml(explanation());
}

void ElmFigure::applyDefaultView() {
    for (QCPAxisRect* rect : plot_->axisRects()) {
        QCPRange keys, values;
        bool anyKey = false, anyValue = false;
        for (QCPAbstractPlottable* plottable : rect->plottables()) {
            bool found = false;
            const QCPRange k = plottable->getKeyRange(found);
            if (found) {
                keys = anyKey ? QCPRange(std::min(keys.lower, k.lower), std::max(keys.upper, k.upper)) : k;
                anyKey = true;
            }
            const QCPRange v = plottable->getValueRange(found);
            if (found) {
                values =
                    anyValue ? QCPRange(std::min(values.lower, v.lower), std::max(values.upper, v.upper)) : v;
                anyValue = true;
            }
        }
        const auto pad = [](QCPRange range) {
            const double margin =
                range.size() > 0 ? 0.05 * range.size() : std::max(0.5, std::abs(range.lower) * 0.1);
            return QCPRange(range.lower - margin, range.upper + margin);
        };
        if (anyKey) {
            rect->axis(QCPAxis::atBottom)->setRange(pad(keys));
        }
        if (anyValue) {
            rect->axis(QCPAxis::atLeft)->setRange(pad(values));
        }
    }
}

void ElmFigure::resetView() {
    applyDefaultView();
    replotLater();
}

bool ElmFigure::explanationVisible() const {
    return !teaching_->isHidden();
}

void ElmFigure::setExplanationVisible(bool visible) {
    teaching_->setVisible(visible);
    // The side panel collapses with the explanation unless the figure put controls there.
    side_->setVisible(visible || sideLayout_->count() > 1);
    const QSignalBlocker blocker(explainButton_);
    explainButton_->setChecked(visible);
}

QCPLegend* ElmFigure::addLegendBelow(const QList<QCPAbstractPlottable*>& plottables, int columns) {
    auto* legend = new QCPLegend;
    panels()->addElement(1, 0, legend);
    panels()->setRowStretchFactor(1, 0.001);
    legend->setLayer(QStringLiteral("legend"));
    legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
    legend->setWrap(columns);
    legend->setBorderPen(Qt::NoPen);
    legend->setMargins(QMargins(4, 0, 4, 2));
    for (QCPAbstractPlottable* plottable : plottables) {
        plottable->addToLegend(legend);
    }
    return legend;
}

void ElmFigure::addHeaderWidget(QWidget* widget) {
    header_->insertWidget(2, widget);
}

void ElmFigure::addSideWidget(QWidget* widget) {
    sideLayout_->insertWidget(sideLayout_->count() - 1, widget);
}

QString ElmFigure::locusName(int locus) const {
    if (!report_ || locus < 0 || locus >= static_cast<int>(report_->locusNames.size())) {
        return QString();
    }
    return QString::fromStdString(report_->locusNames[locus]);
}

QString ElmFigure::pairName(int first, int second) const {
    return tr("%1 × %2").arg(locusName(first), locusName(second));
}

QString ElmFigure::traitName() const {
    if (!report_ || report_->traitNames.empty()) {
        return QString();
    }
    return QString::fromStdString(report_->traitNames[trait()]);
}

double ElmFigure::truthScale() const {
    return report_ ? std::sqrt(report_->config.heritability) : 1.0;
}

QString ElmFigure::truthSuffix() const {
    return report_ && report_->config.heritability < 1.0 ? tr(" × √H²") : QString();
}

int ElmFigure::nearestPoint(const QVector<double>& x, const QVector<double>& y, const QCPAxis* xAxis,
                            const QCPAxis* yAxis, const QPointF& pixel, double radius) {
    int best = -1;
    double bestDistance = radius * radius;
    const qsizetype n = std::min(x.size(), y.size());
    for (qsizetype i = 0; i < n; ++i) {
        const double dx = xAxis->coordToPixel(x[i]) - pixel.x();
        const double dy = yAxis->coordToPixel(y[i]) - pixel.y();
        const double distance = dx * dx + dy * dy;
        if (distance <= bestDistance) {
            bestDistance = distance;
            best = static_cast<int>(i);
        }
    }
    return best;
}

ElmFigure::Hit ElmFigure::hitAt(const QPointF&) const {
    return {};
}

QString ElmFigure::toolTipAt(const QPointF& pixel) const {
    return report_ ? hitAt(pixel).text : QString();
}

void ElmFigure::clickAt(const QPointF& pixel) {
    if (!report_) {
        return;
    }
    const Hit hit = hitAt(pixel);
    if (hit.kind == Hit::Locus) {
        selection_.setLocus(hit.first);
    } else if (hit.kind == Hit::Pair) {
        selection_.setPair(hit.first, hit.second);
    }
}

void ElmFigure::onMousePress(QMouseEvent* event) {
    pressed_ = event->button() == Qt::LeftButton;
    pressPosition_ = event->position();
}

void ElmFigure::onMouseMove(QMouseEvent* event) {
    if (event->buttons() != Qt::NoButton) {
        return;  // dragging the view
    }
    const QString text = toolTipAt(event->position());
    if (text.isEmpty()) {
        QToolTip::hideText();
    } else {
        QToolTip::showText(event->globalPosition().toPoint(), text, plot_);
    }
}

void ElmFigure::onMouseRelease(QMouseEvent* event) {
    // A click, not the end of a drag.
    if (pressed_ && event->button() == Qt::LeftButton &&
        (event->position() - pressPosition_).manhattanLength() < 4) {
        clickAt(event->position());
    }
    pressed_ = false;
}

void ElmFigure::exportWithDialog() {
    ExportFigureDialog dialog(this);
    dialog.setPath(figureId() + QStringLiteral(".png"));
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    QString error;
    plot_->setWindowTitle(title());  // the SVG's and PDF's document title
    if (!exportPlot(*plot_, dialog.path(), dialog.format(), dialog.options(), &error)) {
        QMessageBox::warning(this, tr("Export figure"), error);
    }
}

}  // namespace locuscope
