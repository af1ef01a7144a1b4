#pragma once

#include <vector>

#include "core/models/elm/elm_training_history.h"
#include "ui/views/elm/elm_figure.h"

class QCPGraph;

namespace locuscope {

// Training and monitored L1 loss per epoch of the first replicate, with the epochs where
// ReduceLROnPlateau lowered the learning rate, the best (restored) epoch and the early stop marked.
// Without a report it shows the epochs appended live while a model trains.
class TrainingCurvesFigure : public ElmFigure {
    Q_OBJECT
public:
    explicit TrainingCurvesFigure(ElmSelection& selection, QWidget* parent = nullptr);

    QString figureId() const override { return QStringLiteral("training_curves"); }
    QString title() const override;
    QString explanation() const override;

    // Live updates during training (drawn while no report is shown): adds one epoch to the curves.
    void appendEpoch(const EpochRecord& epoch);
    void clearEpochs();
    int epochCount() const { return static_cast<int>(shownEpochs().size()); }

protected:
    void rebuild() override;
    Hit hitAt(const QPointF& pixel) const override;
    bool usesTrait() const override { return false; }
    void applyDefaultView() override;

private:
    const std::vector<EpochRecord>& shownEpochs() const;
    void addLearningRateDrop(const EpochRecord& current);  // the rate fell from the epoch before
    void addEpochMarker(double epoch, const QString& label, const QPen& pen);
    void fitRanges();

    std::vector<EpochRecord> liveEpochs_;
    QCPGraph* train_ = nullptr;
    QCPGraph* monitored_ = nullptr;
};

}  // namespace locuscope
