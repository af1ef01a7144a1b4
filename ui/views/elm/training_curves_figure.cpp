#include "ui/views/elm/training_curves_figure.h"

#include <qcustomplot.h>

#include <algorithm>

#include "core/pipelines/elm_pipeline.h"
#include "ui/views/elm/elm_plot_style.h"

namespace locuscope {
namespace {

QPen learningRatePen() {
    return QPen(elm_style::reference(), 1.0, Qt::DashLine);
}
QPen bestEpochPen() {
    return QPen(elm_style::palette(2), 1.6, Qt::DashLine);
}
QPen earlyStopPen() {
    return QPen(elm_style::palette(1), 1.6, Qt::DashDotLine);
}

}  // namespace

TrainingCurvesFigure::TrainingCurvesFigure(ElmSelection& selection, QWidget* parent)
    : ElmFigure(selection, parent) {
    redraw();
}

QString TrainingCurvesFigure::title() const {
    return tr("Training curves");
}

QString TrainingCurvesFigure::explanation() const {
    return tr(
        "<h3>How the network learned</h3>"
        "<p>Each epoch the network sees every training sample once. The <b>training loss</b> is the mean "
        "absolute error on the samples it learns from; the <b>monitored loss</b> is the same error on "
        "samples it never trains on, and decides when to stop.</p>"
        "<p>When the monitored loss stops improving for a few epochs the learning rate is halved "
        "(grey dashed lines). Training stops early when it has not improved by more than the minimum "
        "step for several epochs, and the weights of the <b>best epoch</b> are restored: that is the "
        "model every other figure analyses.</p>"
        "<p>Loss = mean |P̂ − P| (L1). A monitored loss far above the training loss means the network "
        "memorises noise instead of learning the genetic architecture.</p>");
}

const std::vector<EpochRecord>& TrainingCurvesFigure::shownEpochs() const {
    if (report() && !report()->replicates.empty()) {
        return report()->replicates.front().history.epochs;
    }
    return liveEpochs_;
}

void TrainingCurvesFigure::rebuild() {
    resetPlot();
    train_ = monitored_ = nullptr;
    const std::vector<EpochRecord>& epochs = shownEpochs();
    if (epochs.empty()) {
        showMessage(report() ? tr("This report has no training history.")
                             : tr("Training curves appear here while a model trains."));
        return;
    }
    QCustomPlot* p = plot();
    p->xAxis->setLabel(tr("Epoch"));
    p->yAxis->setLabel(tr("L1 loss"));
    QString monitoredName = tr("Monitored loss");
    if (report() && !report()->replicates.empty() &&
        !report()->replicates.front().history.monitored.empty()) {
        monitoredName = tr("Monitored loss (%1)")
                            .arg(QString::fromStdString(report()->replicates.front().history.monitored));
    }
    train_ = p->addGraph();
    train_->setName(tr("Training loss"));
    monitored_ = p->addGraph();
    monitored_->setName(monitoredName);
    for (auto [graph, colour] :
         {std::pair{train_, elm_style::palette(0)}, std::pair{monitored_, elm_style::palette(1)}}) {
        graph->setPen(QPen(colour, 2.0));
        graph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, colour, 5));
    }
    QVector<double> x, trainLoss, monitoredLoss;
    for (const EpochRecord& epoch : epochs) {
        x << epoch.epoch;
        trainLoss << epoch.trainLoss;
        monitoredLoss << epoch.monitoredLoss;
    }
    train_->setData(x, trainLoss, true);
    monitored_->setData(x, monitoredLoss, true);
    setDataPointCount(static_cast<int>(epochs.size()));

    QList<QCPAbstractPlottable*> legendEntries{train_, monitored_};
    bool anyDrop = false;
    for (std::size_t k = 1; k < epochs.size(); ++k) {
        if (epochs[k].learningRate < epochs[k - 1].learningRate * (1 - 1e-9)) {
            addLearningRateDrop(epochs[k]);
            anyDrop = true;
        }
    }
    if (anyDrop) {
        legendEntries << elm_style::addLegendEntry(p, tr("Learning rate lowered"), learningRatePen());
    }
    if (report() && !report()->replicates.empty()) {
        const ElmTrainingHistory& history = report()->replicates.front().history;
        if (history.bestEpoch > 0) {
            addEpochMarker(history.bestEpoch, tr("best epoch %1 (restored)").arg(history.bestEpoch),
                           bestEpochPen());
            legendEntries << elm_style::addLegendEntry(p, tr("Best epoch (restored)"), bestEpochPen());
            const auto best = std::find_if(epochs.begin(), epochs.end(), [&](const EpochRecord& e) {
                return e.epoch == history.bestEpoch;
            });
            if (best != epochs.end()) {
                QCPGraph* star = p->addGraph();
                star->setLineStyle(QCPGraph::lsNone);
                star->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssStar,
                                                      QPen(elm_style::palette(2), 2.0), Qt::NoBrush, 14));
                star->addData(best->epoch, best->monitoredLoss);
                star->removeFromLegend();
            }
        }
        if (history.stoppedEarly) {
            const int last = epochs.back().epoch;
            addEpochMarker(last, tr("early stop after epoch %1").arg(last), earlyStopPen());
            legendEntries << elm_style::addLegendEntry(p, tr("Early stop"), earlyStopPen());
        }
    }
    addLegendBelow(legendEntries, 3);
    fitRanges();
}

void TrainingCurvesFigure::addLearningRateDrop(const EpochRecord& current) {
    // The new rate is in effect from `current` on: mark the boundary between the two epochs.
    addEpochMarker(current.epoch - 0.5, tr("LR → %1").arg(elm_style::number(current.learningRate, 4)),
                   learningRatePen());
}

void TrainingCurvesFigure::addEpochMarker(double epoch, const QString& label, const QPen& pen) {
    QCustomPlot* p = plot();
    elm_style::addReferenceLine(p, mainRect(), QPointF(epoch, 0), QPointF(epoch, 1), pen.color())
        ->setPen(pen);
    auto* text = new QCPItemText(p);
    text->setClipToAxisRect(true);
    text->position->setTypeX(QCPItemPosition::ptPlotCoords);
    text->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
    text->position->setCoords(epoch, 0.02);
    text->setRotation(-90);
    text->setPositionAlignment(Qt::AlignRight | Qt::AlignBottom);
    text->setColor(pen.color().darker(130));
    QFont small = p->font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    text->setFont(small);
    text->setText(label);
}

void TrainingCurvesFigure::fitRanges() {
    const std::vector<EpochRecord>& epochs = shownEpochs();
    if (epochs.empty()) {
        return;
    }
    double low = epochs.front().trainLoss, high = low;
    for (const EpochRecord& e : epochs) {
        low = std::min({low, e.trainLoss, e.monitoredLoss});
        high = std::max({high, e.trainLoss, e.monitoredLoss});
    }
    const double pad = high > low ? 0.08 * (high - low) : 0.1 * std::max(1e-6, high);
    plot()->xAxis->setRange(0.5, std::max(epochs.back().epoch + 0.5, 5.5));
    plot()->yAxis->setRange(std::max(0.0, low - pad), high + pad);
}

void TrainingCurvesFigure::appendEpoch(const EpochRecord& epoch) {
    liveEpochs_.push_back(epoch);
    if (report()) {
        return;  // the report's history is on show
    }
    if (!train_ || !monitored_) {
        redraw();  // the first epoch replaces the placeholder message
        return;
    }
    train_->addData(epoch.epoch, epoch.trainLoss);
    monitored_->addData(epoch.epoch, epoch.monitoredLoss);
    if (liveEpochs_.size() >= 2) {
        const EpochRecord& previous = liveEpochs_[liveEpochs_.size() - 2];
        if (epoch.learningRate < previous.learningRate * (1 - 1e-9)) {
            addLearningRateDrop(epoch);
        }
    }
    setDataPointCount(static_cast<int>(liveEpochs_.size()));
    fitRanges();
    replotLater();
}

void TrainingCurvesFigure::clearEpochs() {
    liveEpochs_.clear();
    if (!report()) {
        redraw();
    }
}

void TrainingCurvesFigure::applyDefaultView() {
    fitRanges();
}

ElmFigure::Hit TrainingCurvesFigure::hitAt(const QPointF& pixel) const {
    Hit hit;
    const std::vector<EpochRecord>& epochs = shownEpochs();
    if (!train_ || epochs.empty()) {
        return hit;
    }
    QVector<double> x, y;
    for (const EpochRecord& e : epochs) {
        x << e.epoch << e.epoch;
        y << e.trainLoss << e.monitoredLoss;
    }
    const int index = nearestPoint(x, y, plot()->xAxis, plot()->yAxis, pixel);
    if (index < 0) {
        return hit;
    }
    const EpochRecord& e = epochs[index / 2];
    hit.kind = Hit::Other;
    hit.text = tr("Epoch %1\ntraining loss %2\nmonitored loss %3\nlearning rate %4")
                   .arg(e.epoch)
                   .arg(elm_style::number(e.trainLoss, 4), elm_style::number(e.monitoredLoss, 4),
                        elm_style::number(e.learningRate, 5));
    return hit;
}

}  // namespace locuscope
