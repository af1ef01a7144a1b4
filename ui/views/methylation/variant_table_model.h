#pragma once

#include <QAbstractTableModel>
#include <QString>
#include <cstdint>
#include <limits>
#include <memory>
#include <optional>
#include <utility>
#include <vector>

namespace locuscope {

class VariantStore;

// The MRV score of one variant (INTERACT): mean reference-vs-variant change and where it was written.
struct VariantScore {
    float mrv = std::numeric_limits<float>::quiet_NaN();
    float delta = std::numeric_limits<float>::quiet_NaN();
    qint64 cpg = 0;
    QString output;
};

struct VariantFilter {
    QString text;  // substring of ID / contig (case-insensitive), or a locus "chr:start-end" / "chr:pos"
    bool snvOnly = false;
    bool scoredOnly = false;
    bool refMismatchOnly = false;
    double minMrv = 0;  // rows with an MRV below this are hidden (unscored rows are kept unless scoredOnly)
};

// The rows of a VariantStore as a table. Lazy: it keeps only row indices (view -> store and back)
// and builds each cell's text on request, so a million-row store opens, sorts and filters in well
// under a second. Sorting reorders a permutation of store rows (no proxy model); filtering selects
// from that permutation.
class VariantTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Chrom, Pos, Id, Ref, Alt, Qual, Filter, RefStatus, Mrv, Delta, CpG, Output, ColumnCount };

    explicit VariantTableModel(QObject* parent = nullptr);
    ~VariantTableModel() override;

    void setStore(std::shared_ptr<const VariantStore> store);  // resets the model, scores and sort
    std::shared_ptr<const VariantStore> store() const { return store_; }

    // Store row -> score; merges with the scores already set. Re-sorts when sorted by a score column
    // and re-filters when the filter depends on scores.
    void setScores(const std::vector<std::pair<std::size_t, VariantScore>>& scores);
    void clearScores();
    std::optional<VariantScore> score(std::size_t storeRow) const;
    std::size_t scoredCount() const { return scoredCount_; }

    void setFilter(const VariantFilter& filter);
    const VariantFilter& filter() const { return filter_; }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    int sortColumn() const { return sortColumn_; }
    Qt::SortOrder sortOrder() const { return sortOrder_; }

    std::size_t storeRow(int viewRow) const { return rows_[static_cast<std::size_t>(viewRow)]; }
    int viewRow(std::size_t storeRow) const;  // -1 when filtered out

    // The scored row with the next lower MRV after `afterStoreRow`'s (ties by genomic position), over
    // all scored rows whether shown or not; the top-scoring row when none is given; nullopt at the end.
    std::optional<std::size_t> nextByScore(std::optional<std::size_t> afterStoreRow) const;

    // Call after store()->checkReference ran: repaints the RefStatus column.
    void setRefChecked();

private:
    bool scored(std::size_t storeRow) const { return !scored_.empty() && scored_[storeRow] != 0; }
    bool accepts(std::size_t storeRow) const;
    void scoresChanged();
    void sortOrderRows();  // order_ by sortColumn_/sortOrder_
    void applyFilter();    // rows_ and viewOf_ from order_ and filter_
    void rebuildViewIndex();
    void relayout(bool resort);  // re-sort and/or re-filter, keeping persistent indexes valid
    bool filterUsesScores() const { return filter_.scoredOnly || filter_.minMrv > 0; }
    bool isScoreColumn(int column) const { return column >= Mrv && column <= Output; }

    std::shared_ptr<const VariantStore> store_;
    std::vector<std::uint32_t> order_;  // every store row, in sort order
    std::vector<std::uint32_t> rows_;   // view row -> store row (order_ filtered)
    std::vector<std::int32_t> viewOf_;  // store row -> view row, -1 when hidden
    std::vector<VariantScore> scores_;  // by store row, allocated at the first setScores
    std::vector<std::uint8_t> scored_;
    std::size_t scoredCount_ = 0;
    VariantFilter filter_;
    int sortColumn_ = -1;
    Qt::SortOrder sortOrder_ = Qt::AscendingOrder;
};

}  // namespace locuscope
