#pragma once

#include <QObject>

namespace locuscope {

// What the ELM figures are looking at: one trait, optionally one locus and one pair of loci.
// All figures of a workspace share one instance, so a click in one view shows in every view.
class ElmSelection : public QObject {
    Q_OBJECT
public:
    explicit ElmSelection(QObject* parent = nullptr);

    int trait() const { return trait_; }
    int locus() const { return locus_; }            // -1: none
    int pairFirst() const { return pairFirst_; }    // the smaller locus index of the pair, -1: none
    int pairSecond() const { return pairSecond_; }  // the larger one, -1: none
    bool hasPair() const { return pairFirst_ >= 0; }

public slots:
    void setTrait(int trait);
    void setLocus(int locus);  // negative clears
    // Stored with i < j; a negative index or i == j clears the pair.
    void setPair(int i, int j);
    void clearPair() { setPair(-1, -1); }

signals:
    void traitChanged(int trait);
    void locusChanged(int locus);
    void pairChanged(int first, int second);

private:
    int trait_ = 0;
    int locus_ = -1;
    int pairFirst_ = -1;
    int pairSecond_ = -1;
};

}  // namespace locuscope
