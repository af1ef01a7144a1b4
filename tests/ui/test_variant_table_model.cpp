// VariantTableModel on a small VariantStore: model invariants (QAbstractItemModelTester), sorting,
// filtering, scores, nextByScore, and the view <-> store row mapping.
#include <QAbstractItemModelTester>
#include <QColor>
#include <QPersistentModelIndex>
#include <QTemporaryDir>
#include <QtTest>
#include <cmath>
#include <fstream>
#include <memory>

#include "core/genome/reference_genome.h"
#include "core/genome/variant_store.h"
#include "core/runtime/progress.h"
#include "ui/views/methylation/variant_table_model.h"

using namespace locuscope;

namespace {

class SilentProgress : public Progress {
public:
    void report(std::int64_t, std::int64_t, std::string_view) override {}
    bool cancelled() const override { return false; }
};

// Rows (store order): 0 chr1:30 rs1 A>G, 1 chr1:10 . C>T, 2 chr1:10 . C>AT, 3 chr2:5 rs22 G>A (REF wrong),
// 4 chr2:50 rs2 TT>T, 5 chrX:7 rsX A>C.
const char* kVcf =
    "##fileformat=VCFv4.2\n##contig=<ID=chr1>\n##contig=<ID=chr2>\n##contig=<ID=chrX>\n"
    "#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\n"
    "chr1\t30\trs1\tA\tG\t50\tPASS\t.\n"
    "chr1\t10\t.\tC\tT,AT\t.\t.\t.\n"
    "chr2\t5\trs22\tG\tA\t20\tq10\t.\n"
    "chr2\t50\trs2\tTT\tT\t10\tPASS\t.\n"
    "chrX\t7\trsX\tA\tC\t5\tPASS\t.\n";

VariantScore scoreOf(float mrv, qint64 cpg = 1) {
    VariantScore score;
    score.mrv = mrv;
    score.delta = mrv / 2;
    score.cpg = cpg;
    score.output = QStringLiteral("out%1").arg(cpg);
    return score;
}

}  // namespace

class TestVariantTableModel : public QObject {
    Q_OBJECT
private slots:
    void init();
    void invariantsAndDisplay();
    void sortKeepsMappingAndPersistentIndexes();
    void filters();
    void scoresAndNextByScore();
    void refCheck();

private:
    std::unique_ptr<QTemporaryDir> dir_;
    std::shared_ptr<VariantStore> store_;
};

void TestVariantTableModel::init() {
    dir_ = std::make_unique<QTemporaryDir>();
    QVERIFY(dir_->isValid());
    const std::string vcf = dir_->filePath(QStringLiteral("v.vcf")).toStdString();
    std::ofstream(vcf) << kVcf;
    SilentProgress progress;
    store_ = std::make_shared<VariantStore>(VariantStore::read(vcf, progress));
    QCOMPARE(store_->size(), std::size_t{6});
}

void TestVariantTableModel::invariantsAndDisplay() {
    VariantTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    model.setStore(store_);
    QCOMPARE(model.rowCount(), 6);
    QCOMPARE(model.columnCount(), int(VariantTableModel::ColumnCount));
    QCOMPARE(model.data(model.index(0, VariantTableModel::Chrom)).toString(), QStringLiteral("chr1"));
    QCOMPARE(model.data(model.index(0, VariantTableModel::Pos)).toString(), QStringLiteral("30"));
    QCOMPARE(model.data(model.index(0, VariantTableModel::Pos), Qt::UserRole).toLongLong(), 30);
    QCOMPARE(model.data(model.index(2, VariantTableModel::Alt)).toString(), QStringLiteral("AT"));
    QCOMPARE(model.data(model.index(1, VariantTableModel::Qual)).toString(), QString());  // '.'
    QCOMPARE(model.data(model.index(0, VariantTableModel::Qual)).toString(), QStringLiteral("50.0"));
    QCOMPARE(model.data(model.index(0, VariantTableModel::Mrv)).toString(), QString());
    QCOMPARE(model.data(model.index(0, VariantTableModel::Pos), Qt::TextAlignmentRole).toInt(),
             int(Qt::AlignRight | Qt::AlignVCenter));
    QVERIFY(
        model.data(model.index(0, VariantTableModel::Id), Qt::ToolTipRole).toString().contains("chr1:30"));
    QCOMPARE(model.headerData(VariantTableModel::Mrv, Qt::Horizontal).toString(), QStringLiteral("MRV"));
    for (int row = 0; row < model.rowCount(); ++row) {
        QCOMPARE(model.viewRow(model.storeRow(row)), row);
    }
    model.setStore(nullptr);
    QCOMPARE(model.rowCount(), 0);
}

void TestVariantTableModel::sortKeepsMappingAndPersistentIndexes() {
    VariantTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setStore(store_);
    const QPersistentModelIndex rs2(model.index(4, VariantTableModel::Id));
    QCOMPARE(rs2.data().toString(), QStringLiteral("rs2"));

    model.sort(VariantTableModel::Pos, Qt::AscendingOrder);
    // Genomic order: chr1:10 (two rows, file order kept), chr1:30, chr2:5, chr2:50, chrX:7.
    std::vector<std::size_t> order;
    for (int row = 0; row < model.rowCount(); ++row) {
        order.push_back(model.storeRow(row));
        QCOMPARE(model.viewRow(model.storeRow(row)), row);
    }
    QCOMPARE(order, (std::vector<std::size_t>{1, 2, 0, 3, 4, 5}));
    QCOMPARE(rs2.data().toString(), QStringLiteral("rs2"));
    QCOMPARE(rs2.row(), 4);

    model.sort(VariantTableModel::Pos, Qt::DescendingOrder);
    QCOMPARE(model.storeRow(0), std::size_t{5});
    QCOMPARE(model.storeRow(4), std::size_t{1});  // ties keep file order
    QCOMPARE(model.storeRow(5), std::size_t{2});
    QCOMPARE(rs2.data().toString(), QStringLiteral("rs2"));

    model.sort(VariantTableModel::Qual, Qt::AscendingOrder);
    QCOMPARE(model.storeRow(0), std::size_t{5});  // 5
    QCOMPARE(model.storeRow(3), std::size_t{0});  // 50
    QCOMPARE(model.storeRow(4), std::size_t{1});  // '.' last
    model.sort(VariantTableModel::Qual, Qt::DescendingOrder);
    QCOMPARE(model.storeRow(0), std::size_t{0});
    QCOMPARE(model.storeRow(5), std::size_t{2});  // '.' still last

    model.sort(VariantTableModel::Id, Qt::AscendingOrder);
    QCOMPARE(model.data(model.index(5, VariantTableModel::Id)).toString(), QStringLiteral("rsX"));
}

void TestVariantTableModel::filters() {
    VariantTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setStore(store_);
    VariantFilter filter;
    filter.text = QStringLiteral("RS2");  // case-insensitive substring of the ID
    model.setFilter(filter);
    QCOMPARE(model.rowCount(), 2);  // rs22, rs2
    QCOMPARE(model.storeRow(0), std::size_t{3});
    QCOMPARE(model.viewRow(0), -1);

    filter.text = QStringLiteral("chrx");  // contig substring
    model.setFilter(filter);
    QCOMPARE(model.rowCount(), 1);

    filter.text = QStringLiteral("1:10-30");  // locus, harmonised contig name
    model.setFilter(filter);
    QCOMPARE(model.rowCount(), 3);
    filter.text = QStringLiteral("chr2:51");  // inside the TT deletion at 50
    model.setFilter(filter);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.storeRow(0), std::size_t{4});

    filter.text.clear();
    filter.snvOnly = true;
    model.setFilter(filter);
    QCOMPARE(model.rowCount(), 4);  // not C>AT, not TT>T

    model.sort(VariantTableModel::Pos, Qt::DescendingOrder);
    QCOMPARE(model.storeRow(0), std::size_t{5});
    QCOMPARE(model.storeRow(3), std::size_t{1});
    for (int row = 0; row < model.rowCount(); ++row) {
        QCOMPARE(model.viewRow(model.storeRow(row)), row);
    }

    filter.snvOnly = false;
    filter.scoredOnly = true;
    model.setFilter(filter);
    QCOMPARE(model.rowCount(), 0);
    model.setScores({{4, scoreOf(0.5F)}, {0, scoreOf(0.1F)}});
    QCOMPARE(model.rowCount(), 2);
    filter.minMrv = 0.2;
    model.setFilter(filter);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.storeRow(0), std::size_t{4});
}

void TestVariantTableModel::scoresAndNextByScore() {
    VariantTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setStore(store_);
    QVERIFY(!model.nextByScore(std::nullopt).has_value());
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setScores({{0, scoreOf(0.3F, 3)}, {3, scoreOf(0.9F, 9)}});
    QCOMPARE(changed.count(), 1);
    QCOMPARE(model.scoredCount(), std::size_t{2});
    model.setScores({{5, scoreOf(0.3F, 5)}, {4, scoreOf(0.05F, 4)}, {3, scoreOf(0.9F, 9)}});  // merges
    QCOMPARE(model.scoredCount(), std::size_t{4});
    QVERIFY(model.score(3).has_value());
    QCOMPARE(model.score(3)->cpg, qint64{9});
    QVERIFY(!model.score(1).has_value());
    QCOMPARE(model.data(model.index(3, VariantTableModel::Mrv)).toString(), QStringLiteral("0.9000"));
    QCOMPARE(model.data(model.index(3, VariantTableModel::CpG)).toString(), QStringLiteral("9"));
    QCOMPARE(model.data(model.index(3, VariantTableModel::Output)).toString(), QStringLiteral("out9"));

    // MRV descending: 3 (0.9), 0 (0.3, chr1), 5 (0.3, chrX), 4 (0.05), then the unscored.
    QCOMPARE(model.nextByScore(std::nullopt), std::optional<std::size_t>(3));
    QCOMPARE(model.nextByScore(3), std::optional<std::size_t>(0));
    QCOMPARE(model.nextByScore(0), std::optional<std::size_t>(5));
    QCOMPARE(model.nextByScore(5), std::optional<std::size_t>(4));
    QVERIFY(!model.nextByScore(4).has_value());

    model.sort(VariantTableModel::Mrv, Qt::DescendingOrder);
    QCOMPARE(model.storeRow(0), std::size_t{3});
    QCOMPARE(model.storeRow(1), std::size_t{0});
    QCOMPARE(model.storeRow(3), std::size_t{4});
    QCOMPARE(model.storeRow(4), std::size_t{1});  // unscored last
    model.setScores({{2, scoreOf(2.0F, 2)}});     // re-sorts
    QCOMPARE(model.storeRow(0), std::size_t{2});
    model.sort(VariantTableModel::Mrv, Qt::AscendingOrder);
    QCOMPARE(model.storeRow(0), std::size_t{4});
    QCOMPARE(model.storeRow(5), std::size_t{1});  // unscored still last

    model.clearScores();
    QCOMPARE(model.scoredCount(), std::size_t{0});
    QCOMPARE(model.data(model.index(0, VariantTableModel::Mrv)).toString(), QString());
    QVERIFY(!model.nextByScore(std::nullopt).has_value());
}

void TestVariantTableModel::refCheck() {
    const QString fasta = dir_->filePath(QStringLiteral("ref.fa"));
    // chr1 has A at 30 and C at 10; chr2 has T (not G) at 5 and TT at 50; no chrX.
    std::string chr1(40, 'A');
    chr1[9] = 'C';
    std::string chr2(60, 'T');
    std::ofstream(fasta.toStdString()) << ">chr1\n" << chr1 << "\n>chr2\n" << chr2 << "\n";
    const ReferenceGenome reference(fasta.toStdString());
    SilentProgress progress;
    store_->checkReference(reference, progress);

    VariantTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setStore(store_);
    model.setRefChecked();
    QCOMPARE(model.data(model.index(0, VariantTableModel::RefStatus)).toString(), QStringLiteral("match"));
    QCOMPARE(model.data(model.index(3, VariantTableModel::RefStatus)).toString(), QStringLiteral("mismatch"));
    QCOMPARE(model.data(model.index(5, VariantTableModel::RefStatus)).toString(),
             QStringLiteral("no contig"));
    QCOMPARE(model.data(model.index(3, VariantTableModel::Pos), Qt::ForegroundRole).value<QColor>(),
             QColor(Qt::red));
    VariantFilter filter;
    filter.refMismatchOnly = true;
    model.setFilter(filter);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.storeRow(0), std::size_t{3});
}

QTEST_MAIN(TestVariantTableModel)
#include "test_variant_table_model.moc"
