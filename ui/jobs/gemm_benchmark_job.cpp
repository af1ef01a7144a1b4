#include "ui/jobs/gemm_benchmark_job.h"

#include <QCoreApplication>

#include "core/io/atomic_file_writer.h"
#include "ui/jobs/job_context.h"

namespace locuscope {

GemmBenchmarkJob::GemmBenchmarkJob(GemmBenchmarkConfig config, QString outputPath)
    : config_(std::move(config)), outputPath_(std::move(outputPath)) {}

QString GemmBenchmarkJob::title() const {
    return QCoreApplication::translate("GemmBenchmarkJob", "Measure compute speed (%1 × %1 matrices)")
        .arg(config_.size);
}

void GemmBenchmarkJob::run(JobContext& context) {
    report_ = runGemmBenchmark(config_, context.progress());
    if (!outputPath_.isEmpty()) {
        writeFileAtomically(outputPath_.toStdString(), toJson(report_) + "\n");
        context.log(QCoreApplication::translate("GemmBenchmarkJob", "Report written to %1").arg(outputPath_));
    }
}

QString GemmBenchmarkJob::resultSummary() const {
    return QCoreApplication::translate("GemmBenchmarkJob", "%1 GFLOP/s on %2 with %3 threads")
        .arg(report_.bestGflops, 0, 'f', 1)
        .arg(QString::fromStdString(report_.device))
        .arg(report_.threads);
}

}  // namespace locuscope
