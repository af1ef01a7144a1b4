#include "ui/views/methylation/variant_table_model.h"

#include <QColor>
#include <QRegularExpression>
#include <algorithm>
#include <cmath>
#include <numeric>
#include <string_view>

#include "core/genome/variant_store.h"

namespace locuscope {

namespace {

constexpr int kShownAlleleLength = 24;  // longer alleles are elided in the cell, whole in the tooltip

QString fromView(std::string_view text) {
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

QString elided(std::string_view text) {
    if (text.size() <= static_cast<std::size_t>(kShownAlleleLength)) {
        return fromView(text);
    }
    return fromView(text.substr(0, kShownAlleleLength - 1)) + QChar(0x2026);
}

QString number(float value, int decimals) {
    return std::isnan(value) ? QString() : QString::number(static_cast<double>(value), 'f', decimals);
}

char lowerAscii(char c) {
    return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
}

bool containsIgnoringCase(std::string_view haystack, std::string_view lowerNeedle) {
    if (lowerNeedle.empty()) {
        return true;
    }
    if (haystack.size() < lowerNeedle.size()) {
        return false;
    }
    const std::size_t last = haystack.size() - lowerNeedle.size();
    for (std::size_t i = 0; i <= last; ++i) {
        if (lowerAscii(haystack[i]) != lowerNeedle[0]) {
            continue;
        }
        std::size_t j = 1;
        while (j < lowerNeedle.size() && lowerAscii(haystack[i + j]) == lowerNeedle[j]) {
            ++j;
        }
        if (j == lowerNeedle.size()) {
            return true;
        }
    }
    return false;
}

// Stable sort of `order` by numeric keys (indexed by store row); NaN keys last in either direction.
// Sorts (key, row) pairs held together, so the comparisons stay in cache.
void sortByKey(std::vector<std::uint32_t>& order, const std::vector<double>& keys, Qt::SortOrder direction) {
    struct Keyed {
        double key;
        std::uint32_t row;
    };
    std::vector<Keyed> keyed;
    keyed.reserve(order.size());
    std::vector<std::uint32_t> missing;
    for (const std::uint32_t row : order) {
        if (std::isnan(keys[row])) {
            missing.push_back(row);
        } else {
            keyed.push_back({keys[row], row});
        }
    }
    if (direction == Qt::AscendingOrder) {
        std::stable_sort(keyed.begin(), keyed.end(),
                         [](const Keyed& a, const Keyed& b) { return a.key < b.key; });
    } else {
        std::stable_sort(keyed.begin(), keyed.end(),
                         [](const Keyed& a, const Keyed& b) { return b.key < a.key; });
    }
    std::size_t i = 0;
    for (const Keyed& entry : keyed) {
        order[i++] = entry.row;
    }
    for (const std::uint32_t row : missing) {
        order[i++] = row;
    }
}

template <typename Text>
void sortByText(std::vector<std::uint32_t>& order, Text text, Qt::SortOrder direction) {
    if (direction == Qt::AscendingOrder) {
        std::stable_sort(order.begin(), order.end(),
                         [&](std::uint32_t a, std::uint32_t b) { return text(a) < text(b); });
    } else {
        std::stable_sort(order.begin(), order.end(),
                         [&](std::uint32_t a, std::uint32_t b) { return text(b) < text(a); });
    }
}

}  // namespace

VariantTableModel::VariantTableModel(QObject* parent) : QAbstractTableModel(parent) {}

VariantTableModel::~VariantTableModel() = default;

void VariantTableModel::setStore(std::shared_ptr<const VariantStore> store) {
    beginResetModel();
    store_ = std::move(store);
    const std::size_t n = store_ ? store_->size() : 0;
    order_.resize(n);
    std::iota(order_.begin(), order_.end(), 0U);
    scores_.clear();
    scored_.clear();
    scoredCount_ = 0;
    sortColumn_ = -1;
    sortOrder_ = Qt::AscendingOrder;
    applyFilter();
    endResetModel();
}

void VariantTableModel::setScores(const std::vector<std::pair<std::size_t, VariantScore>>& scores) {
    if (!store_ || scores.empty()) {
        return;
    }
    if (scores_.empty()) {
        scores_.resize(store_->size());
        scored_.assign(store_->size(), 0);
    }
    for (const auto& [row, score] : scores) {
        if (row >= scores_.size()) {
            continue;
        }
        scoredCount_ += scored_[row] == 0 ? 1 : 0;
        scored_[row] = 1;
        scores_[row] = score;
    }
    scoresChanged();
}

// What changed scores mean for the view: a new filter result when the filter looks at scores, a new
// order when sorted by a score column, otherwise only the score cells change.
void VariantTableModel::scoresChanged() {
    if (filterUsesScores()) {
        beginResetModel();
        if (isScoreColumn(sortColumn_)) {
            sortOrderRows();
        }
        applyFilter();
        endResetModel();
    } else if (isScoreColumn(sortColumn_)) {
        relayout(true);
    } else if (!rows_.empty()) {
        emit dataChanged(index(0, Mrv), index(rowCount() - 1, Output));
    }
}

void VariantTableModel::clearScores() {
    if (scoredCount_ == 0) {
        return;
    }
    scores_.clear();
    scored_.clear();
    scoredCount_ = 0;
    scoresChanged();
}

std::optional<VariantScore> VariantTableModel::score(std::size_t storeRow) const {
    if (!scored(storeRow)) {
        return std::nullopt;
    }
    return scores_[storeRow];
}

void VariantTableModel::setFilter(const VariantFilter& filter) {
    beginResetModel();
    filter_ = filter;
    applyFilter();
    endResetModel();
}

int VariantTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(rows_.size());
}

int VariantTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant VariantTableModel::data(const QModelIndex& index, int role) const {
    if (!store_ || !index.isValid() || index.row() >= rowCount() || index.column() >= ColumnCount) {
        return {};
    }
    const std::size_t row = storeRow(index.row());
    const VariantStore& store = *store_;
    const bool hasScore = scored(row);
    const VariantScore* score = hasScore ? &scores_[row] : nullptr;
    const int column = index.column();

    switch (role) {
        case Qt::DisplayRole:
            switch (column) {
                case Chrom:
                    return QString::fromStdString(store.contig(row));
                case Pos:
                    return QString::number(store.pos(row));
                case Id:
                    return fromView(store.id(row));
                case Ref:
                    return elided(store.ref(row));
                case Alt:
                    return elided(store.alt(row));
                case Qual:
                    return number(store.qual(row), 1);
                case Filter:
                    return fromView(store.filter(row));
                case RefStatus:
                    switch (store.refCheck(row)) {
                        case RefCheck::Unchecked:
                            return QString();
                        case RefCheck::Match:
                            return tr("match");
                        case RefCheck::Mismatch:
                            return tr("mismatch");
                        case RefCheck::NoContig:
                            return tr("no contig");
                    }
                    return QString();
                case Mrv:
                    return score ? number(score->mrv, 4) : QString();
                case Delta:
                    return score ? number(score->delta, 4) : QString();
                case CpG:
                    return score ? QString::number(score->cpg) : QString();
                case Output:
                    return score ? score->output : QString();
                default:
                    return {};
            }
        case Qt::UserRole:
            switch (column) {
                case Chrom:
                    return QString::fromStdString(store.contig(row));
                case Pos:
                    return static_cast<qint64>(store.pos(row));
                case Id:
                    return fromView(store.id(row));
                case Ref:
                    return fromView(store.ref(row));
                case Alt:
                    return fromView(store.alt(row));
                case Qual:
                    return static_cast<double>(store.qual(row));
                case Filter:
                    return fromView(store.filter(row));
                case RefStatus:
                    return static_cast<int>(store.refCheck(row));
                case Mrv:
                    return score ? QVariant(static_cast<double>(score->mrv)) : QVariant();
                case Delta:
                    return score ? QVariant(static_cast<double>(score->delta)) : QVariant();
                case CpG:
                    return score ? QVariant(score->cpg) : QVariant();
                case Output:
                    return score ? QVariant(score->output) : QVariant();
                default:
                    return {};
            }
        case Qt::ToolTipRole: {
            QString tip = tr("%1:%2 %3>%4")
                              .arg(QString::fromStdString(store.contig(row)))
                              .arg(store.pos(row))
                              .arg(fromView(store.ref(row).substr(0, 200)))
                              .arg(fromView(store.alt(row).substr(0, 200)));
            if (!store.id(row).empty()) {
                tip += QLatin1Char('\n') + tr("ID: %1").arg(fromView(store.id(row)));
            }
            if (!store.info(row).empty()) {
                tip += QLatin1Char('\n') + tr("INFO: %1").arg(fromView(store.info(row).substr(0, 300)));
            }
            if (store.refCheck(row) == RefCheck::Mismatch) {
                tip += QLatin1Char('\n') + tr("REF does not match the reference genome");
            } else if (store.refCheck(row) == RefCheck::NoContig) {
                tip += QLatin1Char('\n') + tr("The reference genome has no such contig");
            }
            if (score != nullptr && !score->output.isEmpty()) {
                tip += QLatin1Char('\n') + tr("Output: %1").arg(score->output);
            }
            return tip;
        }
        case Qt::ForegroundRole:
            if (store.refCheck(row) == RefCheck::Mismatch) {
                return QColor(Qt::red);
            }
            return {};
        case Qt::TextAlignmentRole:
            if (column == Pos || column == Qual || column == Mrv || column == Delta || column == CpG) {
                return static_cast<int>(Qt::AlignRight | Qt::AlignVCenter);
            }
            return static_cast<int>(Qt::AlignLeft | Qt::AlignVCenter);
        default:
            return {};
    }
}

QVariant VariantTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    if (role == Qt::DisplayRole) {
        switch (section) {
            case Chrom:
                return tr("CHROM");
            case Pos:
                return tr("POS");
            case Id:
                return tr("ID");
            case Ref:
                return tr("REF");
            case Alt:
                return tr("ALT");
            case Qual:
                return tr("QUAL");
            case Filter:
                return tr("FILTER");
            case RefStatus:
                return tr("REF check");
            case Mrv:
                return tr("MRV");
            case Delta:
                return tr("Δ methylation");
            case CpG:
                return tr("CpG");
            case Output:
                return tr("Output");
            default:
                return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
            case RefStatus:
                return tr("REF compared with the reference genome");
            case Mrv:
                return tr("MRV score: the largest |alt − ref| of predicted methylation over the CpGs within reach");
            case Delta:
                return tr("Signed change of predicted methylation at that CpG, alternative minus reference");
            case CpG:
                return tr("Position of the CpG whose predicted methylation the variant changes most");
            default:
                return {};
        }
    }
    return {};
}

void VariantTableModel::sort(int column, Qt::SortOrder order) {
    if (column < 0 || column >= ColumnCount) {
        return;
    }
    sortColumn_ = column;
    sortOrder_ = order;
    relayout(true);
}

int VariantTableModel::viewRow(std::size_t storeRow) const {
    return storeRow < viewOf_.size() ? viewOf_[storeRow] : -1;
}

std::optional<std::size_t> VariantTableModel::nextByScore(std::optional<std::size_t> afterStoreRow) const {
    if (!store_ || scoredCount_ == 0) {
        return std::nullopt;
    }
    const VariantStore& store = *store_;
    // Order: MRV descending, then contig, position and store row ascending.
    const auto before = [&](std::size_t a, std::size_t b) {
        const float ma = scores_[a].mrv;
        const float mb = scores_[b].mrv;
        if (ma != mb) {
            return ma > mb;
        }
        if (store.contigIndex(a) != store.contigIndex(b)) {
            return store.contigIndex(a) < store.contigIndex(b);
        }
        if (store.pos(a) != store.pos(b)) {
            return store.pos(a) < store.pos(b);
        }
        return a < b;
    };
    // An unscored anchor has no place in the order: then this starts again from the top.
    const bool anchored = afterStoreRow && *afterStoreRow < scores_.size() && scored(*afterStoreRow) &&
                          !std::isnan(scores_[*afterStoreRow].mrv);
    std::optional<std::size_t> best;
    for (std::size_t row = 0; row < scores_.size(); ++row) {
        if (!scored_[row] || std::isnan(scores_[row].mrv)) {
            continue;
        }
        if (anchored && !before(*afterStoreRow, row)) {
            continue;
        }
        if (!best || before(row, *best)) {
            best = row;
        }
    }
    return best;
}

void VariantTableModel::setRefChecked() {
    if (!rows_.empty()) {
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1),
                         {Qt::DisplayRole, Qt::UserRole, Qt::ForegroundRole, Qt::ToolTipRole});
    }
    if (filter_.refMismatchOnly || sortColumn_ == RefStatus) {
        beginResetModel();
        if (sortColumn_ == RefStatus) {
            sortOrderRows();
        }
        applyFilter();
        endResetModel();
    }
}

bool VariantTableModel::accepts(std::size_t row) const {
    const VariantStore& store = *store_;
    if (filter_.snvOnly && !store.isSnv(row)) {
        return false;
    }
    if (filter_.refMismatchOnly && store.refCheck(row) != RefCheck::Mismatch) {
        return false;
    }
    if (filter_.scoredOnly && !scored(row)) {
        return false;
    }
    if (filter_.minMrv > 0 && scored(row) && !(scores_[row].mrv >= filter_.minMrv)) {
        return false;
    }
    return true;
}

void VariantTableModel::sortOrderRows() {
    if (!store_ || sortColumn_ < 0) {
        return;
    }
    const VariantStore& store = *store_;
    const std::size_t n = store.size();
    const auto numeric = [&](auto key) {
        std::vector<double> keys(n);
        for (std::size_t row = 0; row < n; ++row) {
            keys[row] = key(row);
        }
        sortByKey(order_, keys, sortOrder_);
    };
    // Sorting always starts from file order, so ties keep file order.
    std::iota(order_.begin(), order_.end(), 0U);
    constexpr double kContigStride = 1e10;  // > any position; exact in a double up to ~900k contigs
    switch (sortColumn_) {
        case Chrom: {
            std::vector<std::size_t> byName(store.contigs().size());
            std::iota(byName.begin(), byName.end(), std::size_t{0});
            std::sort(byName.begin(), byName.end(),
                      [&](std::size_t a, std::size_t b) { return store.contigs()[a] < store.contigs()[b]; });
            std::vector<double> rank(byName.size());
            for (std::size_t i = 0; i < byName.size(); ++i) {
                rank[byName[i]] = static_cast<double>(i);
            }
            numeric([&](std::size_t row) {
                return rank[store.contigIndex(row)] * kContigStride + store.pos(row);
            });
            break;
        }
        case Pos:
            numeric([&](std::size_t row) {
                return static_cast<double>(store.contigIndex(row)) * kContigStride +
                       static_cast<double>(store.pos(row));
            });
            break;
        case Id:
            sortByText(
                order_, [&](std::uint32_t row) { return store.id(row); }, sortOrder_);
            break;
        case Ref:
            sortByText(
                order_, [&](std::uint32_t row) { return store.ref(row); }, sortOrder_);
            break;
        case Alt:
            sortByText(
                order_, [&](std::uint32_t row) { return store.alt(row); }, sortOrder_);
            break;
        case Filter:
            sortByText(
                order_, [&](std::uint32_t row) { return store.filter(row); }, sortOrder_);
            break;
        case Qual:
            numeric([&](std::size_t row) { return static_cast<double>(store.qual(row)); });
            break;
        case RefStatus:
            numeric([&](std::size_t row) { return static_cast<double>(store.refCheck(row)); });
            break;
        case Mrv:
            numeric(
                [&](std::size_t row) { return scored(row) ? static_cast<double>(scores_[row].mrv) : NAN; });
            break;
        case Delta:
            numeric(
                [&](std::size_t row) { return scored(row) ? static_cast<double>(scores_[row].delta) : NAN; });
            break;
        case CpG:
            numeric(
                [&](std::size_t row) { return scored(row) ? static_cast<double>(scores_[row].cpg) : NAN; });
            break;
        case Output: {
            const auto unscoredLast = std::stable_partition(order_.begin(), order_.end(),
                                                            [&](std::uint32_t row) { return scored(row); });
            const auto less = [&](std::uint32_t a, std::uint32_t b) {
                return scores_[a].output < scores_[b].output;
            };
            if (sortOrder_ == Qt::AscendingOrder) {
                std::stable_sort(order_.begin(), unscoredLast, less);
            } else {
                std::stable_sort(order_.begin(), unscoredLast,
                                 [&](std::uint32_t a, std::uint32_t b) { return less(b, a); });
            }
            break;
        }
        default:
            break;
    }
}

void VariantTableModel::applyFilter() {
    rows_.clear();
    if (!store_) {
        viewOf_.clear();
        return;
    }
    const VariantStore& store = *store_;
    const QString text = filter_.text.trimmed();
    const bool plain =
        !filter_.snvOnly && !filter_.scoredOnly && !filter_.refMismatchOnly && filter_.minMrv <= 0;

    std::vector<std::uint8_t> inLocus;  // by store row, when the text is a locus
    std::string needle;                 // lower-case substring otherwise
    std::vector<std::uint8_t> contigMatches;
    if (!text.isEmpty()) {
        static const QRegularExpression locus(QStringLiteral("^([^:\\s]+):([0-9,]+)(?:-([0-9,]+))?$"));
        const QRegularExpressionMatch match = locus.match(text);
        if (match.hasMatch()) {
            const std::string contig = match.captured(1).toStdString();
            const qint64 start = match.captured(2).remove(QLatin1Char(',')).toLongLong();
            const qint64 end =
                match.hasCaptured(3) ? match.captured(3).remove(QLatin1Char(',')).toLongLong() : start;
            inLocus.assign(store.size(), 0);
            for (const std::size_t row : store.rowsIn(contig, start, end)) {
                inLocus[row] = 1;
            }
        } else {
            needle = text.toLower().toStdString();
            contigMatches.resize(store.contigs().size());
            for (std::size_t c = 0; c < contigMatches.size(); ++c) {
                contigMatches[c] = containsIgnoringCase(store.contigs()[c], needle) ? 1 : 0;
            }
        }
    }

    if (text.isEmpty() && plain) {
        rows_ = order_;
    } else {
        // Decide in store order (sequential reads of the store), then pick from the sort order.
        std::vector<std::uint8_t> keep(store.size());
        for (std::size_t row = 0; row < keep.size(); ++row) {
            bool shown = inLocus.empty() || inLocus[row];
            if (shown && !needle.empty()) {
                shown = contigMatches[store.contigIndex(row)] || containsIgnoringCase(store.id(row), needle);
            }
            keep[row] = shown && (plain || accepts(row)) ? 1 : 0;
        }
        rows_.reserve(order_.size());
        for (const std::uint32_t row : order_) {
            if (keep[row]) {
                rows_.push_back(row);
            }
        }
        rows_.shrink_to_fit();
    }
    rebuildViewIndex();
}

void VariantTableModel::rebuildViewIndex() {
    viewOf_.assign(store_ ? store_->size() : 0, -1);
    for (std::size_t view = 0; view < rows_.size(); ++view) {
        viewOf_[rows_[view]] = static_cast<std::int32_t>(view);
    }
}

void VariantTableModel::relayout(bool resort) {
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    std::vector<std::uint32_t> storeRows;
    storeRows.reserve(static_cast<std::size_t>(before.size()));
    for (const QModelIndex& index : before) {
        storeRows.push_back(rows_[static_cast<std::size_t>(index.row())]);
    }
    if (resort) {
        sortOrderRows();
    }
    applyFilter();
    QModelIndexList after;
    after.reserve(before.size());
    for (qsizetype i = 0; i < before.size(); ++i) {
        const int row = viewOf_[storeRows[static_cast<std::size_t>(i)]];
        after.push_back(row < 0 ? QModelIndex() : index(row, before[i].column()));
    }
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

}  // namespace locuscope
