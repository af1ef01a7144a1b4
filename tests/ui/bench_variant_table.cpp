// How the variant table copes with a million-record VCF: writes a synthetic VCF, loads it into a
// VariantStore on the job worker thread while a 10 ms timer on the GUI thread records how late each
// tick arrives, then times the model: setStore, sort by POS and by MRV (random scores), filters.
// Prints numbers only. Usage: QT_QPA_PLATFORM=offscreen bench_variant_table [records]
#include <sys/resource.h>

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTimer>
#include <algorithm>
#include <cstdio>
#include <ctime>
#include <memory>
#include <random>
#include <vector>

#include "core/genome/variant_store.h"
#include "ui/jobs/function_job.h"
#include "timer_lateness.h"
#include "ui/jobs/job_context.h"
#include "ui/jobs/job_manager.h"
#include "ui/views/methylation/variant_table_model.h"

using namespace locuscope;

namespace {

void writeVcf(const QString& path, long records) {
    FILE* out = std::fopen(path.toLocal8Bit().constData(), "w");
    std::fprintf(out, "##fileformat=VCFv4.2\n");
    for (int c = 1; c <= 22; ++c) {
        std::fprintf(out, "##contig=<ID=chr%d>\n", c);
    }
    std::fprintf(out,
                 "##INFO=<ID=DP,Number=1,Type=Integer,Description=\"Depth\">\n"
                 "##INFO=<ID=AF,Number=A,Type=Float,Description=\"Allele frequency\">\n"
                 "#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\n");
    std::mt19937 random(7);
    const char* bases = "ACGT";
    const long perContig = records / 22 + 1;
    for (long i = 0; i < records; ++i) {
        const int contig = static_cast<int>(i / perContig) + 1;
        const long pos = 10000 + (i % perContig) * 97;
        const int ref = static_cast<int>(random() % 4);
        const int alt = (ref + 1 + static_cast<int>(random() % 3)) % 4;
        if (i % 10 == 0) {
            const int alt2 = (alt + 1) % 4 == ref ? (alt + 2) % 4 : (alt + 1) % 4;
            std::fprintf(out, "chr%d\t%ld\trs%ld\t%c\t%c,%c\t%d\tPASS\tDP=%d;AF=0.1,0.2\n", contig, pos,
                         i + 1, bases[ref], bases[alt], bases[alt2], static_cast<int>(random() % 100),
                         static_cast<int>(random() % 60));
        } else {
            std::fprintf(out, "chr%d\t%ld\trs%ld\t%c\t%c\t%d\t%s\tDP=%d;AF=0.%d\n", contig, pos, i + 1,
                         bases[ref], bases[alt], static_cast<int>(random() % 100),
                         i % 7 == 0 ? "q10" : "PASS", static_cast<int>(random() % 60),
                         static_cast<int>(random() % 10));
        }
    }
    std::fclose(out);
}

double milliseconds(const QElapsedTimer& timer) {
    return timer.nsecsElapsed() / 1e6;
}

}  // namespace

int main(int argc, char** argv) {
    QApplication application(argc, argv);
    const long records = argc > 1 ? std::atol(argv[1]) : 1000000;
    QTemporaryDir dir;
    const QString vcf = dir.filePath(QStringLiteral("synthetic.vcf"));
    QElapsedTimer step;
    step.start();
    writeVcf(vcf, records);
    std::printf("wrote %ld records in %.1f s\n", records, step.nsecsElapsed() / 1e9);

    JobManager jobs;
    VariantTableModel model;
    auto store = std::make_shared<std::shared_ptr<const VariantStore>>();

    TimerLateness lateness;
    QElapsedTimer clock;

    double loadSeconds = 0;
    double setStoreMs = 0;
    QEventLoop wait;
    QObject::connect(&jobs, &JobManager::jobFinished, &wait, [&](int, JobState, const QString& message) {
        loadSeconds = clock.nsecsElapsed() / 1e9;
        if (!*store) {
            std::fprintf(stderr, "load failed: %s\n", qPrintable(message));
        } else {
            QElapsedTimer timer;
            timer.start();
            model.setStore(*store);
            setStoreMs = milliseconds(timer);
        }
        wait.quit();
    });
    const std::clock_t cpuBefore = std::clock();
    clock.start();
    lateness.start();
    const std::string path = vcf.toStdString();
    jobs.submit(std::make_shared<FunctionJob>(QStringLiteral("load VCF"), [store, path](JobContext& context) {
        *store = std::make_shared<const VariantStore>(VariantStore::read(path, context.progress()));
    }));
    wait.exec();
    const double usableSeconds = clock.nsecsElapsed() / 1e9;
    const double loadCpuSeconds = static_cast<double>(std::clock() - cpuBefore) / CLOCKS_PER_SEC;
    lateness.stop();
    if (!*store) {
        return 1;
    }

    std::printf("load on the worker: %.2f s (%.2f s CPU, all threads) for %zu rows (%ld records)\n",
                loadSeconds, loadCpuSeconds, (*store)->size(), records);
    std::printf("setStore: %.1f ms; table usable after %.2f s\n", setStoreMs, usableSeconds);
    std::printf("GUI timer lateness during the load: median %.2f ms, p99 %.2f ms, max %.2f ms (%zu ticks)\n",
                lateness.quantile(0.5), lateness.quantile(0.99), lateness.quantile(1.0), lateness.ticks());

    QElapsedTimer timer;
    timer.start();
    model.sort(VariantTableModel::Pos, Qt::DescendingOrder);
    std::printf("sort by POS descending: %.1f ms\n", milliseconds(timer));

    std::mt19937 random(11);
    std::uniform_real_distribution<float> uniform(0.0F, 1.0F);
    std::vector<std::pair<std::size_t, VariantScore>> scores;
    scores.reserve((*store)->size());
    for (std::size_t row = 0; row < (*store)->size(); ++row) {
        VariantScore score;
        score.mrv = uniform(random);
        score.delta = uniform(random) - 0.5F;
        score.cpg = static_cast<qint64>(row % 40);
        scores.emplace_back(row, score);
    }
    timer.restart();
    model.setScores(scores);
    std::printf("setScores (%zu rows, sorted by POS): %.1f ms\n", scores.size(), milliseconds(timer));
    timer.restart();
    model.sort(VariantTableModel::Mrv, Qt::DescendingOrder);
    std::printf("sort by MRV descending: %.1f ms\n", milliseconds(timer));
    timer.restart();
    const auto top = model.nextByScore(std::nullopt);
    std::printf("nextByScore (top): %.1f ms (row %zu)\n", milliseconds(timer), top.value_or(0));

    VariantFilter filter;
    filter.text = QStringLiteral("rs12345");
    timer.restart();
    model.setFilter(filter);
    std::printf("filter ID substring 'rs12345': %.1f ms, %d rows\n", milliseconds(timer), model.rowCount());
    filter.text = QStringLiteral("chr2:1,000,000-2,000,000");
    timer.restart();
    model.setFilter(filter);
    std::printf("filter locus chr2:1,000,000-2,000,000: %.1f ms, %d rows\n", milliseconds(timer),
                model.rowCount());
    filter.text.clear();
    filter.snvOnly = true;
    filter.minMrv = 0.5;
    timer.restart();
    model.setFilter(filter);
    std::printf("filter SNV only + MRV >= 0.5: %.1f ms, %d rows\n", milliseconds(timer), model.rowCount());
    filter = VariantFilter();
    timer.restart();
    model.setFilter(filter);
    std::printf("clear filter: %.1f ms, %d rows\n", milliseconds(timer), model.rowCount());

    timer.restart();
    for (int row = 0; row < 1000; ++row) {
        for (int column = 0; column < VariantTableModel::ColumnCount; ++column) {
            model.data(model.index(row * 997 % model.rowCount(), column));
        }
    }
    std::printf("data(): %.2f us per cell\n",
                milliseconds(timer) * 1000.0 / (1000.0 * VariantTableModel::ColumnCount));

    struct rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    std::printf("peak RSS: %.0f MiB (VCF %.0f MiB on disk)\n", usage.ru_maxrss / 1024.0,
                QFileInfo(vcf).size() / 1048576.0);
    return 0;
}
