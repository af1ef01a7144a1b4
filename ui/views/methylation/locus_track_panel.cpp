#include "ui/views/methylation/locus_track_panel.h"

#include <qcustomplot.h>

#include <QDir>
#include <QImage>
#include <QMouseEvent>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>
#include <QToolTip>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>

#include "ui/views/elm/elm_plot_style.h"
#include "ui/views/methylation/sequence_logo_plottable.h"

namespace locuscope {
namespace {

constexpr int leftMargin = 96;    // fixed, so the axis rects of all tracks line up
constexpr int rightColumn = 92;   // the colour-scale column every track reserves
constexpr int colourClasses = 9;  // variants/GWAS points are drawn as this many colour classes
constexpr double hitRadius = 7;   // pixels

const QStringList& genomicIds() {
    static const QStringList ids = {QStringLiteral("genes"),       QStringLiteral("variants"),
                                    QStringLiteral("methylation"), QStringLiteral("delta"),
                                    QStringLiteral("observed"),    QStringLiteral("gwas")};
    return ids;
}
const QStringList& windowIds() {
    static const QStringList ids = {QStringLiteral("attribution"), QStringLiteral("ism"),
                                    QStringLiteral("logo")};
    return ids;
}

QColor grey() {
    return QColor(0xa0, 0xa0, 0xa0);
}

// Sequential (viridis-like) for one-signed values, blue-white-red for values of both signs.
QCPColorGradient valueGradient(bool diverging) {
    QCPColorGradient gradient;
    gradient.clearColorStops();
    if (diverging) {
        gradient.setColorStopAt(0, QColor(0x21, 0x66, 0xac));
        gradient.setColorStopAt(0.5, QColor(0xf7, 0xf7, 0xf7));
        gradient.setColorStopAt(1, QColor(0xb2, 0x18, 0x2b));
    } else {
        gradient.setColorStopAt(0, QColor(0x44, 0x01, 0x54));
        gradient.setColorStopAt(0.33, QColor(0x31, 0x68, 0x8e));
        gradient.setColorStopAt(0.66, QColor(0x35, 0xb7, 0x79));
        gradient.setColorStopAt(1, QColor(0xfd, 0xe7, 0x25));
    }
    return gradient;
}

// The colour range of finite values: symmetric around 0 when they have both signs.
QCPRange valueRange(const std::vector<double>& values, bool* diverging) {
    double lo = std::numeric_limits<double>::infinity(), hi = -lo;
    for (double v : values) {
        if (std::isfinite(v)) {
            lo = std::min(lo, v);
            hi = std::max(hi, v);
        }
    }
    if (!std::isfinite(lo)) {
        *diverging = false;
        return QCPRange(0, 1);
    }
    *diverging = lo < 0 && hi > 0;
    if (*diverging) {
        const double m = std::max(-lo, hi);
        return QCPRange(-m, m);
    }
    if (hi - lo < 1e-12) {
        return QCPRange(lo - 0.5, hi + 0.5);
    }
    return QCPRange(lo, hi);
}

int colourClass(double value, const QCPRange& range) {
    const double t = (value - range.lower) / range.size();
    return std::clamp(static_cast<int>(t * colourClasses), 0, colourClasses - 1);
}

QCPColorScale* addColourScale(QCustomPlot* plot, const QString& title, const QCPColorGradient& gradient,
                              const QCPRange& range) {
    plot->plotLayout()->remove(plot->plotLayout()->element(0, 1));
    auto* scale = new QCPColorScale(plot);
    plot->plotLayout()->addElement(0, 1, scale);
    scale->setMinimumSize(rightColumn, 10);
    scale->setMaximumSize(rightColumn, QWIDGETSIZE_MAX);
    scale->setBarWidth(8);
    scale->setGradient(gradient);
    scale->setDataRange(range);
    scale->setRangeDrag(false);
    scale->setRangeZoom(false);
    scale->axis()->setLabel(title);
    scale->axis()->setTicker(QSharedPointer<QCPAxisTicker>(new QCPAxisTicker));
    scale->axis()->ticker()->setTickCount(3);
    return scale;
}

QCPItemStraightLine* addVerticalLine(QCustomPlot* plot, double x, const QColor& colour) {
    auto* line = new QCPItemStraightLine(plot);
    line->point1->setCoords(x, 0);
    line->point2->setCoords(x, 1);
    line->setPen(QPen(colour, 1.2, Qt::DashLine));
    line->setSelectable(false);
    return line;
}

// Nearest index by x pixel among sorted-or-not keys, within hitRadius; -1 when none.
template <typename KeyOf>
int nearestByX(std::size_t count, KeyOf keyOf, const QCPAxis* axis, double pixelX) {
    int best = -1;
    double bestDistance = hitRadius;
    for (std::size_t i = 0; i < count; ++i) {
        const double d = std::abs(axis->coordToPixel(static_cast<double>(keyOf(i))) - pixelX);
        if (d <= bestDistance) {
            bestDistance = d;
            best = static_cast<int>(i);
        }
    }
    return best;
}

// Window channel order (A, T, C, G) index of a base; -1 for N.
int channelOf(char base) {
    switch (base) {
        case 'A':
            return 0;
        case 'T':
            return 1;
        case 'C':
            return 2;
        case 'G':
            return 3;
        default:
            return -1;
    }
}

}  // namespace

LocusTrackPanel::LocusTrackPanel(QWidget* parent) : QWidget(parent) {
    layout_ = new QVBoxLayout(this);
    layout_->setContentsMargins(0, 0, 0, 0);
    layout_->setSpacing(0);
    createTrack(QStringLiteral("genes"), tr("Genes"), 0.8, true);
    createTrack(QStringLiteral("variants"), tr("Variants"), 1.0, true);
    createTrack(QStringLiteral("methylation"), tr("Predicted\nmethylation"), 1.5, true);
    createTrack(QStringLiteral("delta"), tr("Δ methylation\n(alt − ref)"), 1.0, true);
    createTrack(QStringLiteral("observed"), tr("Observed\nmethylation"), 1.1, true);
    createTrack(QStringLiteral("gwas"), tr("GWAS\n−log10(p)"), 1.4, true);
    createTrack(QStringLiteral("attribution"), tr("Attribution"), 1.2, false);
    createTrack(QStringLiteral("ism"), tr("ISM"), 1.0, false);
    createTrack(QStringLiteral("logo"), tr("Sequence\nlogo"), 1.4, false);
    updateVisibility();
}

LocusTrackPanel::~LocusTrackPanel() = default;

void LocusTrackPanel::createTrack(const QString& id, const QString& title, double weight, bool genomic) {
    auto* plot = new QCustomPlot(this);
    plot->setObjectName(id + QStringLiteral("Track"));
    plot->setMinimumHeight(static_cast<int>(90 * weight));
    plot->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    plot->setNoAntialiasingOnDrag(true);
    plot->setMouseTracking(true);
    plot->setWindowTitle(title.simplified());
    QCPAxisRect* rect = plot->axisRect();
    rect->setRangeDrag(Qt::Horizontal);
    rect->setRangeZoom(Qt::Horizontal);
    rect->setAutoMargins(QCP::msTop | QCP::msBottom);
    rect->setMargins(QMargins(leftMargin, 0, 8, 0));
    plot->yAxis->setLabel(title);
    QFont small = plot->font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    plot->yAxis->setTickLabelFont(small);
    plot->xAxis->setTickLabelFont(small);
    plot->xAxis->setNumberFormat(QStringLiteral("f"));
    plot->xAxis->setNumberPrecision(0);
    plot->legend->setFont(small);
    plot->legend->setRowSpacing(0);
    plot->legend->setBrush(QColor(255, 255, 255, 210));
    plot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignRight);
    tracks_.insert(id, Track{plot, weight, genomic});
    order_ << id;
    hasData_.insert(id, false);
    resetTrack(id);
    layout_->addWidget(plot, static_cast<int>(std::lround(weight * 10)));

    connect(plot->xAxis, qOverload<const QCPRange&>(&QCPAxis::rangeChanged), this,
            [this, id](const QCPRange& range) { onRangeChanged(id, range); });
    connect(plot, &QCustomPlot::mouseMove, this, [this, id](QMouseEvent* event) { onMouseMove(id, event); });
    connect(plot, &QCustomPlot::mousePress, this, &LocusTrackPanel::onMousePress);
    connect(plot, &QCustomPlot::mouseRelease, this,
            [this, id](QMouseEvent* event) { onMouseRelease(id, event); });
}

void LocusTrackPanel::resetTrack(const QString& id) {
    QCustomPlot* plot = tracks_.value(id).plot;
    plot->clearPlottables();
    plot->clearItems();
    plot->legend->setVisible(false);
    plot->legend->clearItems();
    if (plot->plotLayout()->columnCount() > 1) {
        plot->plotLayout()->remove(plot->plotLayout()->element(0, 1));
    }
    // An empty element as wide as a colour scale keeps every track's axis rect at the same width.
    auto* spacer = new QCPLayoutElement(plot);
    spacer->setMinimumSize(rightColumn, 1);
    spacer->setMaximumSize(rightColumn, QWIDGETSIZE_MAX);
    plot->plotLayout()->addElement(0, 1, spacer);
    plot->yAxis->setTicker(QSharedPointer<QCPAxisTicker>(new QCPAxisTicker));
    plot->yAxis->setTickLabels(true);
    plot->yAxis->grid()->setVisible(true);
    plot->yAxis->grid()->setZeroLinePen(Qt::NoPen);
    hasData_[id] = false;
}

void LocusTrackPanel::setData(const LocusViewData& data) {
    settingData_ = true;
    data_ = data;
    for (const QString& id : order_) {
        resetTrack(id);
    }
    drawGenes();
    drawVariants();
    drawPrediction();
    drawObserved();
    drawGwas();
    drawAttribution();
    drawIsm();
    drawLogo();
    drawSelectedVariant();
    resetView();
    updateVisibility();
    settingData_ = false;
}

void LocusTrackPanel::drawGenes() {
    QCustomPlot* plot = track(QStringLiteral("genes"));
    plot->yAxis->setRange(0, 1);
    plot->yAxis->setTickLabels(false);
    plot->yAxis->grid()->setVisible(false);
    const QColor colour(0x33, 0x33, 0x33);
    int n = 0;
    for (const TssEntry& gene : data_.genes) {
        const double y = n % 2 == 0 ? 0.15 : 0.5;  // two rows, so neighbouring labels overlap less
        ++n;
        auto* stem = new QCPItemLine(plot);
        stem->start->setCoords(static_cast<double>(gene.tss), y);
        stem->end->setCoords(static_cast<double>(gene.tss), y + 0.22);
        stem->setPen(QPen(colour, 1.4));
        // The arrow: a fixed number of pixels from the stem's top, pointing the way of transcription.
        auto* arrow = new QCPItemLine(plot);
        arrow->start->setParentAnchor(stem->end);
        arrow->start->setCoords(0, 0);
        arrow->end->setParentAnchor(stem->end);
        arrow->end->setCoords(gene.strand == '-' ? -14 : 14, 0);
        arrow->setPen(QPen(colour, 1.4));
        arrow->setHead(QCPLineEnding(QCPLineEnding::esSpikeArrow, 7, 7));
        auto* label = new QCPItemText(plot);
        label->position->setParentAnchor(stem->end);
        label->position->setCoords(0, -2);
        label->setPositionAlignment(Qt::AlignBottom | Qt::AlignHCenter);
        const std::string& name = gene.symbol.empty() ? gene.geneId : gene.symbol;
        label->setText(QString::fromStdString(name));
        QFont font = plot->font();
        font.setPointSizeF(font.pointSizeF() * 0.8);
        font.setItalic(true);
        label->setFont(font);
        label->setClipToAxisRect(true);
    }
    hasData_[QStringLiteral("genes")] = !data_.genes.empty();
}

void LocusTrackPanel::drawVariants() {
    QCustomPlot* plot = track(QStringLiteral("variants"));
    plot->yAxis->setRange(0, 1.25);
    plot->yAxis->setTickLabels(false);
    plot->yAxis->grid()->setVisible(false);
    if (data_.variants.empty()) {
        return;
    }
    std::vector<double> values;
    values.reserve(data_.variants.size());
    for (const LocusVariantMark& mark : data_.variants) {
        values.push_back(mark.value);
    }
    bool diverging = false;
    const QCPRange range = valueRange(values, &diverging);
    QCPColorGradient gradient = valueGradient(diverging);  // color() is not const

    // Stems: one impulse graph; heads: one graph per colour class (and one grey for NaN), so a
    // thousand variants are a handful of plottables, not a thousand items.
    auto* stems = plot->addGraph();
    stems->setLineStyle(QCPGraph::lsImpulse);
    stems->setPen(QPen(QColor(0x90, 0x90, 0x90), 1));
    std::vector<QVector<double>> keys(colourClasses + 1);
    QVector<double> stemKeys, stemValues;
    bool anyValue = false;
    for (const LocusVariantMark& mark : data_.variants) {
        const bool hasValue = std::isfinite(mark.value);
        anyValue = anyValue || hasValue;
        keys[hasValue ? colourClass(mark.value, range) : colourClasses].push_back(
            static_cast<double>(mark.pos));
        stemKeys << static_cast<double>(mark.pos);
        stemValues << (hasValue ? 1.0 : 0.6);
    }
    stems->setData(stemKeys, stemValues);
    for (int c = 0; c <= colourClasses; ++c) {
        if (keys[c].isEmpty()) {
            continue;
        }
        const bool none = c == colourClasses;
        const double t = (c + 0.5) / colourClasses;
        const QColor colour = none ? grey() : gradient.color(range.lower + t * range.size(), range);
        // Size grows with |value| away from the scale's neutral end (the centre when diverging).
        const double strength = diverging ? std::abs(2 * t - 1) : t;
        const double size = none ? 5 : 6 + 5 * strength;
        auto* heads = plot->addGraph();
        heads->setLineStyle(QCPGraph::lsNone);
        heads->setScatterStyle(elm_style::points(colour, size, static_cast<int>(keys[c].size())));
        heads->setData(keys[c], QVector<double>(keys[c].size(), none ? 0.6 : 1.0));
    }
    if (anyValue) {
        addColourScale(plot, data_.variantValueName, gradient, range);
    }
    hasData_[QStringLiteral("variants")] = true;
}

void LocusTrackPanel::drawPrediction() {
    QCustomPlot* methylation = track(QStringLiteral("methylation"));
    QCustomPlot* delta = track(QStringLiteral("delta"));
    methylation->yAxis->setRange(-0.03, 1.03);
    if (!data_.hasPrediction || data_.prediction.sites.empty()) {
        return;
    }
    const auto output = static_cast<std::size_t>(std::max(0, data_.output));
    QVector<double> refKeys, refValues, altKeys, altValues, upKeys, upValues, downKeys, downValues;
    double maxDelta = 0;
    for (const InteractTrackSite& site : data_.prediction.sites) {
        if (output >= site.refValues.size()) {
            continue;
        }
        refKeys << static_cast<double>(site.pos);
        refValues << site.refValues[output];
        if (data_.prediction.hasVariant && site.inReach && output < site.altValues.size()) {
            altKeys << static_cast<double>(site.pos);
            altValues << site.altValues[output];
            const double d = static_cast<double>(site.altValues[output]) - site.refValues[output];
            (d >= 0 ? upKeys : downKeys) << static_cast<double>(site.pos);
            (d >= 0 ? upValues : downValues) << d;
            maxDelta = std::max(maxDelta, std::abs(d));
        }
    }
    const QColor refColour = elm_style::palette(0), altColour = elm_style::palette(1);
    auto* ref = methylation->addGraph();
    ref->setName(tr("reference"));
    ref->setPen(QPen(refColour, 0.8));
    ref->setScatterStyle(elm_style::points(refColour, 5, static_cast<int>(refKeys.size())));
    ref->setData(refKeys, refValues);
    methylation->legend->setVisible(true);
    if (!altKeys.isEmpty()) {
        auto* alt = methylation->addGraph();
        alt->setName(tr("alternative (variant)"));
        alt->setLineStyle(QCPGraph::lsNone);
        alt->setScatterStyle(elm_style::points(altColour, 6, static_cast<int>(altKeys.size())));
        alt->setData(altKeys, altValues);
    }
    hasData_[QStringLiteral("methylation")] = !refKeys.isEmpty();

    if (altKeys.isEmpty()) {
        return;
    }
    for (bool up : {true, false}) {
        auto* bars = new QCPBars(delta->xAxis, delta->yAxis);
        bars->setWidthType(QCPBars::wtAbsolute);
        bars->setWidth(3);
        const QColor colour = up ? QColor(0xb2, 0x18, 0x2b) : QColor(0x21, 0x66, 0xac);
        bars->setPen(QPen(colour, 0.5));
        bars->setBrush(colour);
        bars->setData(up ? upKeys : downKeys, up ? upValues : downValues);
    }
    const double m = maxDelta > 0 ? maxDelta * 1.15 : 0.01;
    delta->yAxis->setRange(-m, m);
    delta->yAxis->grid()->setZeroLinePen(QPen(elm_style::reference(), 0.8));
    hasData_[QStringLiteral("delta")] = true;
}

void LocusTrackPanel::drawObserved() {
    QCustomPlot* plot = track(QStringLiteral("observed"));
    plot->yAxis->setRange(-0.03, 1.03);
    if (data_.observed.empty()) {
        return;
    }
    QVector<double> keys, values;
    keys.reserve(static_cast<qsizetype>(data_.observed.size()));
    values.reserve(keys.capacity());
    for (const MethylationSite& site : data_.observed) {
        keys << static_cast<double>(site.position);
        values << site.beta;
    }
    auto* graph = plot->addGraph();
    graph->setLineStyle(QCPGraph::lsNone);
    graph->setScatterStyle(elm_style::points(elm_style::palette(2), 5, static_cast<int>(keys.size())));
    graph->setData(keys, values);
    hasData_[QStringLiteral("observed")] = true;
}

void LocusTrackPanel::drawGwas() {
    QCustomPlot* plot = track(QStringLiteral("gwas"));
    if (data_.gwas.empty()) {
        return;
    }
    std::vector<double> mrvs;
    double top = 1;
    for (const GwasPoint& point : data_.gwas) {
        mrvs.push_back(point.mrv);
        top = std::max(top, -std::log10(std::max(point.p, 1e-300)));
    }
    bool diverging = false;
    const QCPRange range = valueRange(mrvs, &diverging);
    QCPColorGradient gradient = valueGradient(diverging);  // color() is not const
    std::vector<QVector<double>> keys(colourClasses + 1), values(colourClasses + 1);
    bool anyMrv = false;
    for (const GwasPoint& point : data_.gwas) {
        const bool scored = std::isfinite(point.mrv);
        anyMrv = anyMrv || scored;
        const int c = scored ? colourClass(point.mrv, range) : colourClasses;
        keys[c] << static_cast<double>(point.pos);
        values[c] << -std::log10(std::max(point.p, 1e-300));
    }
    // Grey (unscored) first, so the coloured points lie on top.
    for (int c : {colourClasses, 0, 1, 2, 3, 4, 5, 6, 7, 8}) {
        if (keys[c].isEmpty()) {
            continue;
        }
        const QColor colour =
            c == colourClasses
                ? grey()
                : gradient.color(range.lower + (c + 0.5) / colourClasses * range.size(), range);
        auto* graph = plot->addGraph();
        graph->setLineStyle(QCPGraph::lsNone);
        graph->setScatterStyle(
            elm_style::points(colour, c == colourClasses ? 5 : 7, static_cast<int>(keys[c].size())));
        graph->setData(keys[c], values[c]);
    }
    plot->yAxis->setRange(0, top * 1.08);
    // Genome-wide significance, as LocusZoom draws it.
    if (top > -std::log10(5e-8)) {
        auto* line = new QCPItemStraightLine(plot);
        line->point1->setCoords(0, -std::log10(5e-8));
        line->point2->setCoords(1, -std::log10(5e-8));
        line->setPen(QPen(elm_style::reference(), 1, Qt::DotLine));
    }
    if (anyMrv) {
        addColourScale(plot, tr("MRV"), gradient, range);
    }
    hasData_[QStringLiteral("gwas")] = true;
}

void LocusTrackPanel::drawAttribution() {
    QCustomPlot* plot = track(QStringLiteral("attribution"));
    const InteractAttribution& a = data_.attribution;
    const std::size_t length = a.positions.size();
    if (!data_.hasAttribution || length == 0 || (!a.hasSaliency && !a.hasIg)) {
        return;
    }
    plot->xAxis->setLabel(tr("%1 position (attribution window)").arg(QString::fromStdString(a.contig)));
    double lo = 0, hi = 0;
    if (a.hasIg && a.ig.size() >= 4 * length) {
        QVector<double> keys, values;
        for (std::size_t i = 0; i < length; ++i) {
            double sum = 0;
            for (std::size_t c = 0; c < 4; ++c) {
                sum += a.ig[c * length + i];
            }
            keys << static_cast<double>(a.positions[i]);
            values << sum;
            lo = std::min(lo, sum);
            hi = std::max(hi, sum);
        }
        auto* bars = new QCPBars(plot->xAxis, plot->yAxis);
        bars->setName(tr("integrated gradients (sum over bases)"));
        bars->setWidth(0.8);
        bars->setPen(Qt::NoPen);
        bars->setBrush(QColor(0x56, 0xb4, 0xe9, 200));
        bars->setData(keys, values);
    }
    if (a.hasSaliency && a.gradientTimesInput.size() >= length) {
        QVector<double> keys, values;
        for (std::size_t i = 0; i < length; ++i) {
            keys << static_cast<double>(a.positions[i]);
            values << a.gradientTimesInput[i];
            lo = std::min(lo, a.gradientTimesInput[i]);
            hi = std::max(hi, a.gradientTimesInput[i]);
        }
        auto* graph = plot->addGraph();
        graph->setName(tr("saliency (gradient × input)"));
        graph->setLineStyle(QCPGraph::lsStepCenter);
        graph->setPen(QPen(elm_style::palette(1), 1.0));
        graph->setData(keys, values);
    }
    const double pad = std::max(1e-9, 0.08 * (hi - lo));
    plot->yAxis->setRange(lo - pad, hi + pad);
    plot->yAxis->grid()->setZeroLinePen(QPen(elm_style::reference(), 0.8));
    plot->legend->setVisible(true);
    hasData_[QStringLiteral("attribution")] = true;
}

// The attribution track's value axis follows the part of the window in view: fitted to the whole
// 2001-bp window, a few large values far from the variant made the ±60 bp around it look flat.
void LocusTrackPanel::fitAttributionValueRange() {
    const QString id = QStringLiteral("attribution");
    QCustomPlot* plot = track(id);
    if (!hasData_.value(id)) {
        return;
    }
    const QCPRange inView = plot->xAxis->range();
    bool found = false;
    double lo = 0, hi = 0;  // zero stays in range: the sign of an attribution is what matters
    for (int i = 0; i < plot->plottableCount(); ++i) {
        bool ok = false;
        const QCPRange values = plot->plottable(i)->getValueRange(ok, QCP::sdBoth, inView);
        if (ok) {
            lo = std::min(lo, values.lower);
            hi = std::max(hi, values.upper);
            found = true;
        }
    }
    if (found) {
        const double pad = std::max(1e-9, 0.08 * (hi - lo));
        plot->yAxis->setRange(lo - pad, hi + pad);
    }
}

void LocusTrackPanel::drawIsm() {
    QCustomPlot* plot = track(QStringLiteral("ism"));
    const InteractAttribution& a = data_.attribution;
    const std::size_t length = a.positions.size();
    if (!data_.hasAttribution || !a.hasIsm || length == 0 || a.ism.size() < 4 * length) {
        return;
    }
    const auto [minPos, maxPos] = std::minmax_element(a.positions.begin(), a.positions.end());
    const int cells = static_cast<int>(*maxPos - *minPos + 1);
    auto* map = new QCPColorMap(plot->xAxis, plot->yAxis);
    map->data()->setSize(cells, 4);
    map->data()->setRange(QCPRange(static_cast<double>(*minPos), static_cast<double>(*maxPos)),
                          QCPRange(0, 3));
    map->data()->fill(0);
    // Rows A, C, G, T from the window's channels (A, T, C, G).
    static constexpr int channelOfRow[4] = {0, 2, 3, 1};
    double m = 0;
    for (std::size_t i = 0; i < length; ++i) {
        const int cell = static_cast<int>(a.positions[i] - *minPos);
        for (int row = 0; row < 4; ++row) {
            const double v = a.ism[static_cast<std::size_t>(channelOfRow[row]) * length + i];
            map->data()->setCell(cell, row, v);
            m = std::max(m, std::abs(v));
        }
    }
    map->setInterpolate(false);
    map->setTightBoundary(false);
    auto* scale = addColourScale(plot, tr("Δ prediction"), valueGradient(true),
                                 QCPRange(-std::max(m, 1e-9), std::max(m, 1e-9)));
    map->setColorScale(scale);
    map->setDataRange(scale->dataRange());
    QSharedPointer<QCPAxisTickerText> rows(new QCPAxisTickerText);
    rows->addTick(0, QStringLiteral("A"));
    rows->addTick(1, QStringLiteral("C"));
    rows->addTick(2, QStringLiteral("G"));
    rows->addTick(3, QStringLiteral("T"));
    plot->yAxis->setTicker(rows);
    plot->yAxis->setRange(-0.5, 3.5);
    plot->yAxis->grid()->setVisible(false);
    hasData_[QStringLiteral("ism")] = true;
}

void LocusTrackPanel::drawLogo() {
    QCustomPlot* plot = track(QStringLiteral("logo"));
    const InteractAttribution& a = data_.attribution;
    const std::size_t length = a.positions.size();
    if (!data_.hasAttribution || length == 0 || a.bases.size() < length) {
        return;
    }
    const bool useIg = a.hasIg && a.ig.size() >= 4 * length;
    const bool useSaliency = a.hasSaliency && a.gradientTimesInput.size() >= length;
    if (!useIg && !useSaliency) {
        return;
    }
    std::vector<SequenceLogoPlottable::Letter> letters;
    letters.reserve(length);
    double lo = 0, hi = 0;
    for (std::size_t i = 0; i < length; ++i) {
        char base = a.bases[i];
        if (a.hasVariant && static_cast<std::int64_t>(i) == a.variantIndex) {
            base = a.strand == '-'
                       ? "TGCA"[std::max(0, static_cast<int>(QByteArray("ACGT").indexOf(a.variant.ref)))]
                       : a.variant.ref;  // the reference base, as the window sees it
        }
        // The attribution of the base present in the window (IG; else gradient × input).
        const int channel = channelOf(a.bases[i]);
        double value = 0;
        if (useIg) {
            value = channel >= 0 ? a.ig[static_cast<std::size_t>(channel) * length + i] : 0;
        } else {
            value = a.gradientTimesInput[i];
        }
        letters.push_back({static_cast<double>(a.positions[i]), base, value});
        lo = std::min(lo, value);
        hi = std::max(hi, value);
    }
    auto* logo = new SequenceLogoPlottable(plot->xAxis, plot->yAxis);
    logo->setName(useIg ? tr("integrated gradients") : tr("gradient × input"));
    logo->setLetters(std::move(letters));
    const double pad = std::max(1e-9, 0.05 * (hi - lo));
    plot->yAxis->setRange(lo - pad, hi + pad);
    plot->yAxis->grid()->setZeroLinePen(QPen(elm_style::reference(), 0.8));
    hasData_[QStringLiteral("logo")] = true;
}

void LocusTrackPanel::drawSelectedVariant() {
    if (data_.selectedVariantPos > 0) {
        for (const QString& id : genomicIds()) {
            addVerticalLine(track(id), static_cast<double>(data_.selectedVariantPos), elm_style::highlight());
        }
    }
    const InteractAttribution& a = data_.attribution;
    if (data_.hasAttribution && a.hasVariant) {
        for (const QString& id : windowIds()) {
            addVerticalLine(track(id), static_cast<double>(a.variant.pos), elm_style::highlight());
        }
    }
}

QCPRange LocusTrackPanel::windowDefaultRange() const {
    const InteractAttribution& a = data_.attribution;
    const double centre = static_cast<double>(a.hasVariant ? a.variant.pos : a.centre);
    return QCPRange(centre - 60.5, centre + 60.5);
}

void LocusTrackPanel::resetView() {
    const bool wasSetting = settingData_;
    settingData_ = true;
    track(QStringLiteral("genes"))
        ->xAxis->setRange(static_cast<double>(data_.start), static_cast<double>(data_.end));
    track(QStringLiteral("attribution"))->xAxis->setRange(windowDefaultRange());
    fitAttributionValueRange();
    settingData_ = wasSetting;
    for (const Track& t : tracks_) {
        t.plot->replot(QCustomPlot::rpQueuedReplot);
    }
}

void LocusTrackPanel::setVisibleRegion(qint64 start, qint64 end) {
    const bool wasSetting = settingData_;
    settingData_ = true;
    track(QStringLiteral("genes"))->xAxis->setRange(static_cast<double>(start), static_cast<double>(end));
    settingData_ = wasSetting;
}

void LocusTrackPanel::updateVisibility() {
    // Tick labels and the axis title only under the last visible track of each group.
    QString lastGenomic, lastWindow;
    for (const QString& id : order_) {
        if (hasData_.value(id)) {
            (tracks_[id].genomic ? lastGenomic : lastWindow) = id;
        }
    }
    for (const QString& id : order_) {
        const Track& t = tracks_[id];
        t.plot->setVisible(hasData_.value(id));
        const bool last = id == lastGenomic || id == lastWindow;
        t.plot->xAxis->setTickLabels(last);
        if (t.genomic) {
            t.plot->xAxis->setLabel(last ? tr("%1 position").arg(data_.contig) : QString());
        } else if (!last) {
            t.plot->xAxis->setLabel(QString());
        } else if (t.plot->xAxis->label().isEmpty()) {
            t.plot->xAxis->setLabel(
                tr("%1 position (attribution window)").arg(QString::fromStdString(data_.attribution.contig)));
        }
        t.plot->replot(QCustomPlot::rpQueuedReplot);
    }
}

QStringList LocusTrackPanel::trackIds() const {
    QStringList ids;
    for (const QString& id : order_) {
        if (hasData_.value(id)) {
            ids << id;
        }
    }
    return ids;
}

QCustomPlot* LocusTrackPanel::track(const QString& id) const {
    return tracks_.value(id).plot;
}

void LocusTrackPanel::onRangeChanged(const QString& id, const QCPRange& range) {
    if (syncing_) {
        return;
    }
    syncing_ = true;
    const bool genomic = tracks_[id].genomic;
    for (const QString& other : genomic ? genomicIds() : windowIds()) {
        if (other != id) {
            track(other)->xAxis->setRange(range);
        }
        track(other)->replot(QCustomPlot::rpQueuedReplot);
    }
    syncing_ = false;
    if (!genomic) {
        fitAttributionValueRange();
    }
    if (genomic && !settingData_) {
        emit regionChanged(static_cast<qint64>(std::floor(range.lower)),
                           static_cast<qint64>(std::ceil(range.upper)));
    }
}

int LocusTrackPanel::variantRowAt(const QCustomPlot* plot, const QPointF& pixel, QString* text) const {
    if (!plot->axisRect()->rect().contains(pixel.toPoint())) {
        return -1;
    }
    const auto& marks = data_.variants;
    const int i = nearestByX(
        marks.size(), [&](std::size_t k) { return marks[k].pos; }, plot->xAxis, pixel.x());
    if (i < 0) {
        return -1;
    }
    if (text) {
        *text =
            tr("%1\n%2 = %3")
                .arg(marks[i].label, data_.variantValueName.isEmpty() ? tr("value") : data_.variantValueName,
                     elm_style::number(marks[i].value));
    }
    return marks[i].row;
}

int LocusTrackPanel::gwasIndexAt(const QCustomPlot* plot, const QPointF& pixel) const {
    int best = -1;
    double bestDistance = hitRadius * hitRadius;
    for (std::size_t i = 0; i < data_.gwas.size(); ++i) {
        const double dx = plot->xAxis->coordToPixel(static_cast<double>(data_.gwas[i].pos)) - pixel.x();
        const double dy =
            plot->yAxis->coordToPixel(-std::log10(std::max(data_.gwas[i].p, 1e-300))) - pixel.y();
        if (dx * dx + dy * dy <= bestDistance) {
            bestDistance = dx * dx + dy * dy;
            best = static_cast<int>(i);
        }
    }
    return best;
}

int LocusTrackPanel::siteIndexAt(const QString& id, const QPointF& pixel) const {
    const QCustomPlot* plot = track(id);
    if (!plot->axisRect()->rect().contains(pixel.toPoint())) {
        return -1;
    }
    const auto& sites = data_.prediction.sites;
    const bool deltaTrack = id == QStringLiteral("delta");
    int best = -1;
    double bestDistance = hitRadius;
    for (std::size_t i = 0; i < sites.size(); ++i) {
        if (deltaTrack && !sites[i].inReach) {
            continue;
        }
        const double d = std::abs(plot->xAxis->coordToPixel(static_cast<double>(sites[i].pos)) - pixel.x());
        if (d <= bestDistance) {
            bestDistance = d;
            best = static_cast<int>(i);
        }
    }
    return best;
}

int LocusTrackPanel::windowIndexAt(const QCustomPlot* plot, const QPointF& pixel) const {
    if (!plot->axisRect()->rect().contains(pixel.toPoint())) {
        return -1;
    }
    const double key = plot->xAxis->pixelToCoord(pixel.x());
    const auto& positions = data_.attribution.positions;
    for (std::size_t i = 0; i < positions.size(); ++i) {
        if (std::abs(static_cast<double>(positions[i]) - key) <= 0.5) {
            return static_cast<int>(i);
        }
    }
    return -1;
}

QString LocusTrackPanel::toolTipAt(const QString& id, const QPointF& pixel) const {
    const QCustomPlot* plot = track(id);
    if (!plot || !hasData_.value(id)) {
        return QString();
    }
    const std::size_t output = static_cast<std::size_t>(std::max(0, data_.output));
    if (id == QStringLiteral("genes")) {
        const auto& genes = data_.genes;
        const int i = nearestByX(
            genes.size(), [&](std::size_t k) { return genes[k].tss; }, plot->xAxis, pixel.x());
        if (i < 0) {
            return QString();
        }
        return tr("%1 (%2)\nTSS %3:%4, strand %5")
            .arg(QString::fromStdString(genes[i].symbol.empty() ? genes[i].geneId : genes[i].symbol),
                 QString::fromStdString(genes[i].geneId), data_.contig)
            .arg(genes[i].tss)
            .arg(QChar::fromLatin1(genes[i].strand));
    }
    if (id == QStringLiteral("variants")) {
        QString text;
        variantRowAt(plot, pixel, &text);
        return text;
    }
    if (id == QStringLiteral("methylation") || id == QStringLiteral("delta")) {
        const int i = siteIndexAt(id, pixel);
        if (i < 0) {
            return QString();
        }
        const InteractTrackSite& site = data_.prediction.sites[static_cast<std::size_t>(i)];
        if (output >= site.refValues.size()) {
            return QString();
        }
        QString text = tr("CpG %1:%2 (%3)\nreference %4")
                           .arg(data_.contig)
                           .arg(site.pos)
                           .arg(QChar::fromLatin1(site.strand))
                           .arg(elm_style::number(site.refValues[output]));
        if (site.inReach && output < site.altValues.size()) {
            text += tr("\nalternative %1, Δ %2")
                        .arg(elm_style::number(site.altValues[output]),
                             elm_style::number(static_cast<double>(site.altValues[output]) -
                                               site.refValues[output]));
        }
        return text;
    }
    if (id == QStringLiteral("observed")) {
        const auto& sites = data_.observed;
        const int i = nearestByX(
            sites.size(), [&](std::size_t k) { return sites[k].position; }, plot->xAxis, pixel.x());
        if (i < 0) {
            return QString();
        }
        QString text =
            tr("%1:%2\nβ %3").arg(data_.contig).arg(sites[i].position).arg(elm_style::number(sites[i].beta));
        if (sites[i].coverage >= 0) {
            text += tr(", coverage %1").arg(sites[i].coverage);
        }
        return text;
    }
    if (id == QStringLiteral("gwas")) {
        const int i = gwasIndexAt(plot, pixel);
        if (i < 0) {
            return QString();
        }
        const GwasPoint& point = data_.gwas[static_cast<std::size_t>(i)];
        return tr("%1\np = %2, MRV %3")
            .arg(point.label, elm_style::number(point.p), elm_style::number(point.mrv));
    }
    const int i = windowIndexAt(plot, pixel);
    if (i < 0) {
        return QString();
    }
    const InteractAttribution& a = data_.attribution;
    const std::size_t length = a.positions.size();
    const std::size_t k = static_cast<std::size_t>(i);
    QString text = tr("%1:%2 %3")
                       .arg(QString::fromStdString(a.contig))
                       .arg(a.positions[k])
                       .arg(QChar::fromLatin1(a.bases[k]));
    if (a.hasSaliency && a.gradientTimesInput.size() >= length) {
        text += tr("\ngradient × input %1").arg(elm_style::number(a.gradientTimesInput[k]));
    }
    if (a.hasIg && a.ig.size() >= 4 * length) {
        double sum = 0;
        for (std::size_t c = 0; c < 4; ++c) {
            sum += a.ig[c * length + k];
        }
        text += tr("\nintegrated gradients %1").arg(elm_style::number(sum));
    }
    if (a.hasIsm && a.ism.size() >= 4 * length) {
        text += tr("\nISM A %1, C %2, G %3, T %4")
                    .arg(elm_style::number(a.ism[0 * length + k]), elm_style::number(a.ism[2 * length + k]),
                         elm_style::number(a.ism[3 * length + k]), elm_style::number(a.ism[1 * length + k]));
    }
    return text;
}

void LocusTrackPanel::clickAt(const QString& id, const QPointF& pixel) {
    const QCustomPlot* plot = track(id);
    if (!plot || !hasData_.value(id)) {
        return;
    }
    if (id == QStringLiteral("variants")) {
        const int row = variantRowAt(plot, pixel, nullptr);
        if (row >= 0) {
            emit variantClicked(row);
        }
    } else if (id == QStringLiteral("gwas")) {
        const int i = gwasIndexAt(plot, pixel);
        if (i < 0) {
            return;
        }
        // GWAS points carry no row: the variant mark at the same position (and label, when several).
        const GwasPoint& point = data_.gwas[static_cast<std::size_t>(i)];
        int row = -1;
        for (const LocusVariantMark& mark : data_.variants) {
            if (mark.pos == point.pos && (row < 0 || mark.label == point.label)) {
                row = mark.row;
            }
        }
        if (row >= 0) {
            emit variantClicked(row);
        }
    } else if (id == QStringLiteral("methylation") || id == QStringLiteral("delta")) {
        const int i = siteIndexAt(id, pixel);
        if (i >= 0) {
            emit cpgClicked(data_.prediction.sites[static_cast<std::size_t>(i)].pos);
        }
    }
}

void LocusTrackPanel::onMouseMove(const QString& id, QMouseEvent* event) {
    if (event->buttons() != Qt::NoButton) {
        return;  // dragging the view
    }
    const QString text = toolTipAt(id, event->position());
    if (text.isEmpty()) {
        QToolTip::hideText();
    } else {
        QToolTip::showText(event->globalPosition().toPoint(), text, track(id));
    }
}

void LocusTrackPanel::onMousePress(QMouseEvent* event) {
    pressed_ = event->button() == Qt::LeftButton;
    pressPosition_ = event->position();
}

void LocusTrackPanel::onMouseRelease(const QString& id, QMouseEvent* event) {
    if (pressed_ && event->button() == Qt::LeftButton &&
        (event->position() - pressPosition_).manhattanLength() < 4) {
        clickAt(id, event->position());
    }
    pressed_ = false;
}

bool LocusTrackPanel::exportTrack(const QString& id, const QString& path, FigureFormat format,
                                  const FigureExportOptions& options, QString* error) {
    QCustomPlot* plot = track(id);
    if (!plot) {
        if (error) {
            *error = tr("Unknown track %1").arg(id);
        }
        return false;
    }
    return exportPlot(*plot, path, format, options, error);
}

bool LocusTrackPanel::exportPanel(const QString& path, FigureFormat format,
                                  const FigureExportOptions& options, QString* error) {
    const auto fail = [error](const QString& message) {
        if (error) {
            *error = message;
        }
        return false;
    };
    if (options.widthPx < 16 || options.heightPx < 16 || options.widthPx > 20000 ||
        options.heightPx > 20000 || !(options.dpi >= 10 && options.dpi <= 4800)) {
        return fail(tr("Figure size must be 16–20000 px and resolution 10–4800 dpi"));
    }
    const QStringList ids = trackIds();
    if (ids.isEmpty()) {
        return fail(tr("There are no tracks to export"));
    }
    // The same layout scale as single figures (figure_exporter.h): text keeps its on-screen size.
    const double scale = exportScale(options);
    const int width = static_cast<int>(std::lround(options.widthPx / scale));
    const int height = static_cast<int>(std::lround(options.heightPx / scale));
    double totalWeight = 0;
    for (const QString& id : ids) {
        totalWeight += tracks_[id].weight;
    }
    // Paints the tracks top to bottom, each at its share of the height.
    const auto paintTracks = [&](QCPPainter& painter) {
        double top = 0;
        for (const QString& id : ids) {
            const double share = height * tracks_[id].weight / totalWeight;
            const int h = static_cast<int>(std::lround(top + share)) - static_cast<int>(std::lround(top));
            painter.save();
            painter.translate(0, std::lround(top));
            track(id)->toPainter(&painter, width, h);
            painter.restore();
            top += share;
        }
    };

    QSaveFile file(path);  // a temporary beside the target, renamed over it on commit
    if (!file.open(QIODevice::WriteOnly)) {
        return fail(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    bool painted = false;
    switch (format) {
        case FigureFormat::Png: {
            QImage image(options.widthPx, options.heightPx, QImage::Format_ARGB32_Premultiplied);
            image.fill(Qt::white);
            QCPPainter painter(&image);
            painter.setRenderHint(QPainter::Antialiasing);
            painter.setRenderHint(QPainter::TextAntialiasing);
            painter.scale(static_cast<double>(options.widthPx) / width,
                          static_cast<double>(options.heightPx) / height);
            paintTracks(painter);
            painter.end();
            // The resolution goes into the file only after painting: set before, it would change the
            // fonts' pixel size under the layout (text larger than the space QCustomPlot laid out).
            const int dotsPerMetre = static_cast<int>(options.dpi / 0.0254);
            image.setDotsPerMeterX(dotsPerMetre);
            image.setDotsPerMeterY(dotsPerMetre);
            painted = image.save(&file, "PNG");
            break;
        }
        case FigureFormat::Svg: {
            QSvgGenerator generator;
            generator.setOutputDevice(&file);
            generator.setSize(QSize(options.widthPx, options.heightPx));
            generator.setViewBox(QRect(0, 0, width, height));
            generator.setResolution(static_cast<int>(std::lround(options.dpi)));
            generator.setTitle(tr("Locus tracks %1:%2-%3").arg(data_.contig).arg(data_.start).arg(data_.end));
            QCPPainter painter;
            if (painter.begin(&generator)) {
                paintTracks(painter);
                painted = painter.end();
            }
            break;
        }
        case FigureFormat::Pdf: {
            QPdfWriter writer(&file);
            writer.setResolution(96);  // one layout unit = one screen pixel, so fonts keep their size
            writer.setPageSize(QPageSize(QSizeF(width * 72.0 / 96.0, height * 72.0 / 96.0), QPageSize::Point,
                                         QString(), QPageSize::ExactMatch));
            writer.setPageMargins(QMarginsF(0, 0, 0, 0));
            writer.setTitle(tr("Locus tracks %1:%2-%3").arg(data_.contig).arg(data_.start).arg(data_.end));
            QCPPainter painter;
            if (painter.begin(&writer)) {
                paintTracks(painter);
                painted = painter.end();
            }
            break;
        }
    }
    // toPainter lays the plots out at the export size; put them back as they are on screen.
    for (const QString& id : ids) {
        track(id)->replot(QCustomPlot::rpQueuedReplot);
    }
    if (!painted) {
        file.cancelWriting();
        return fail(tr("Could not render the tracks to %1").arg(QDir::toNativeSeparators(path)));
    }
    if (!file.commit()) {
        return fail(tr("Cannot replace %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    return true;
}

}  // namespace locuscope
