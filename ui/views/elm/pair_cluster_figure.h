#pragma once

#include <QVector>

#include "ui/views/elm/elm_figure.h"

class QComboBox;
class QListWidget;

namespace locuscope {

// Fig 5 of the ELM pub: for one pair of loci (i, j), every test sample is a point at
// (∂f/∂x_i, ∂f/∂x_j), coloured by its genotype class. Epistasis splits the samples into four clusters
// displaced by ±β_ij. Genotype classes are the signs of the encoded genotypes, as the β̂_ij estimate
// uses them (core/interpret/elm_analysis.h): haploid −1/+1 gives the four classes; for diploid data
// (centred dosage −1/0/+1) homozygotes form the four classes and samples heterozygous at either locus
// (x = 0, not used by β̂_ij) are drawn as a fifth, grey class.
// The pair is the shared selection's; with none selected, the pair with the largest |β̂_ij| is shown.
// Two locus pickers and a list of top pairs (by |β̂_ij|, or with truth by |true β_ij|) set the selection.
// Needs the per-sample sensitivities (ElmConfig::keepSensitivities); says so when they are absent.
class PairClusterFigure : public ElmFigure {
    Q_OBJECT
public:
    explicit PairClusterFigure(ElmSelection& selection, QWidget* parent = nullptr);

    QString figureId() const override { return QStringLiteral("fig5_pair_clusters"); }
    QString title() const override;
    QString explanation() const override;

    int shownFirst() const { return first_; }  // the pair on show, -1 when none
    int shownSecond() const { return second_; }
    // Samples per genotype class on show: (−,−), (−,+), (+,−), (+,+), heterozygous.
    QVector<int> classCounts() const { return counts_; }
    double estimateShown() const { return estimate_; }  // β̂_ij from the report

    enum class PairRanking { ByEstimate, ByTruth };
    void setRanking(PairRanking ranking);
    QListWidget* topPairList() const { return topPairs_; }

protected:
    void rebuild() override;
    Hit hitAt(const QPointF& pixel) const override;

private:
    void chooseShownPair();
    void fillLocusPickers();
    void fillTopPairs();
    void drawClusters();
    void onPickerChanged();
    QVector<QPair<int, int>> rankedPairs(PairRanking ranking, int count) const;

    QComboBox* firstPicker_ = nullptr;
    QComboBox* secondPicker_ = nullptr;
    QComboBox* rankingBox_ = nullptr;
    QListWidget* topPairs_ = nullptr;
    int first_ = -1, second_ = -1;
    double estimate_ = 0;
    QVector<double> x_, y_;  // per sample: sensitivity to locus first_ and second_
    QVector<int> class_;     // per sample: 0..3 sign classes, 4 heterozygous
    QVector<int> counts_;
};

}  // namespace locuscope
