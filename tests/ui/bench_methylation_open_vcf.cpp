// Opening a 1,000,000-record VCF in the Methylation workspace, as a user does (docs/benchmarks.md):
// the file is read on the worker thread while a 10 ms timer on the GUI thread records how late it
// fires (event latency), and the time until the table holds every row is taken. Then the GUI-thread
// costs of using the table: sorting by position and by ID, filtering, scrolling to the end.
// Usage: bench_methylation_open_vcf [records] (default 1000000). Prints numbers, asserts nothing.
#include <QApplication>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <algorithm>
#include <cstdio>
#include <fstream>
#include <functional>
#include <random>
#include <vector>

#include "timer_lateness.h"
#include "ui/jobs/job_manager.h"
#include "ui/views/methylation/variant_table_model.h"
#include "ui/workspaces/methylation/methylation_workspace.h"

using namespace locuscope;

namespace {

void writeVcf(const QString& path, long records) {
    std::ofstream out(path.toStdString());
    out << "##fileformat=VCFv4.2\n";
    for (int c = 1; c <= 5; ++c) {
        out << "##contig=<ID=chr" << c << ",length=250000000>\n";
    }
    out << "##INFO=<ID=AF,Number=A,Type=Float,Description=\"Allele frequency\">\n";
    out << "#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\n";
    std::mt19937_64 random(7);
    const char bases[] = "ACGT";
    const long perContig = records / 5;
    long written = 0;
    for (int c = 1; c <= 5 && written < records; ++c) {
        long pos = 0;
        for (long i = 0; i < perContig + (c == 5 ? records % 5 : 0); ++i, ++written) {
            pos += 1 + long(random() % 400);
            const int ref = int(random() % 4);
            const int alt = (ref + 1 + int(random() % 3)) % 4;
            out << "chr" << c << '\t' << pos << "\trs" << (written + 1) << '\t' << bases[ref] << '\t' << bases[alt]
                << "\t50\tPASS\tAF=" << double(random() % 1000) / 1000.0 << '\n';
        }
    }
}

}  // namespace

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const long records = argc > 1 ? std::atol(argv[1]) : 1000000;
    QTemporaryDir temporary;
    const QString vcf = temporary.filePath(QStringLiteral("big.vcf"));
    QElapsedTimer clock;
    clock.start();
    writeVcf(vcf, records);
    std::printf("wrote %ld records in %.2f s\n", records, clock.elapsed() / 1000.0);

    JobManager jobs;
    MethylationWorkspace workspace(jobs, nullptr, false);
    workspace.resize(1400, 1000);
    workspace.show();
    app.processEvents();

    TimerLateness loading;
    loading.start();
    clock.restart();
    workspace.openVcf(vcf);
    double firstRows = -1;
    int firstCount = 0;
    while (workspace.busy()) {
        app.processEvents(QEventLoop::AllEvents, 5);
        if (firstRows < 0 && workspace.variantModel()->rowCount() > 0) {
            firstRows = clock.elapsed() / 1000.0;
            firstCount = workspace.variantModel()->rowCount();
        }
    }
    const double complete = clock.elapsed() / 1000.0;
    app.processEvents();
    std::printf("open %ld-record VCF: table usable after %.2f s (first %d rows), every row after %.2f s (%d rows)\n",
                records, firstRows, firstCount, complete, workspace.variantModel()->rowCount());
    loading.stop();
    std::printf("  while opening: timer lateness median %.2f ms, p99 %.2f ms, max %.2f ms (%zu ticks)\n",
                loading.quantile(0.5), loading.quantile(0.99), loading.quantile(1.0), loading.ticks());

    const auto timed = [&](const char* what, const std::function<void()>& action) {
        clock.restart();
        action();
        app.processEvents();
        std::printf("  %s: %.0f ms\n", what, double(clock.nsecsElapsed()) / 1e6);
    };
    timed("sort by position, descending",
          [&] { workspace.variantTable()->sortByColumn(VariantTableModel::Pos, Qt::DescendingOrder); });
    timed("sort by ID", [&] { workspace.variantTable()->sortByColumn(VariantTableModel::Id, Qt::AscendingOrder); });
    timed("filter chr3:1-20000000", [&] {
        VariantFilter filter;
        filter.text = QStringLiteral("chr3:1-20000000");
        workspace.variantModel()->setFilter(filter);
    });
    timed("clear filter", [&] { workspace.variantModel()->setFilter(VariantFilter{}); });
    timed("scroll to the last row", [&] { workspace.variantTable()->scrollToBottom(); });
    timed("select a row far down (moves the tracks)", [&] { workspace.variantTable()->selectRow(records / 2); });
    return 0;
}
