#pragma once

#include <QString>

#include "core/pipelines/gemm_benchmark.h"
#include "ui/jobs/job.h"

namespace locuscope {

// Tools > Measure compute speed: the GEMM benchmark pipeline as a job; writes its JSON report
// (atomically, after success) when given an output path.
class GemmBenchmarkJob : public Job {
public:
    GemmBenchmarkJob(GemmBenchmarkConfig config, QString outputPath = {});

    QString title() const override;
    void run(JobContext& context) override;
    QString resultSummary() const override;

    const GemmBenchmarkReport& report() const { return report_; }

private:
    GemmBenchmarkConfig config_;
    QString outputPath_;
    GemmBenchmarkReport report_;
};

}  // namespace locuscope
