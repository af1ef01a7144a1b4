// Replot time of the big ELM scatters: 128,000 test samples drawn by the reconstruction figure
// (one graph) and the pair-cluster figure (four genotype classes), plot area 1200 x 800, offscreen.
// Target: median replot <= 30 ms (gui-anchors.md §5.2). Prints numbers, asserts nothing.
//   QT_QPA_PLATFORM=offscreen ./bench_scatter_redraw [samples] [replots]
#include <qcustomplot.h>

#include <QApplication>
#include <QElapsedTimer>
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <memory>
#include <random>
#include <vector>

#include "core/pipelines/elm_pipeline.h"
#include "ui/views/elm/elm_figure.h"
#include "ui/views/elm/elm_selection.h"
#include "ui/views/elm/pair_cluster_figure.h"
#include "ui/views/elm/reconstruction_figure.h"

using namespace locuscope;

namespace {

std::shared_ptr<const ElmReport> syntheticReport(std::size_t samples) {
    constexpr std::size_t loci = 8, traits = 1;
    auto report = std::make_shared<ElmReport>();
    for (std::size_t l = 0; l < loci; ++l) {
        report->locusNames.push_back("1_" + std::to_string(l + 1));
    }
    report->traitNames = {"Trait1"};
    ElmAnalysisResult& a = report->analysis;
    a.samples = samples;
    a.loci = loci;
    a.traits = traits;
    std::mt19937 random(7);
    std::bernoulli_distribution coin(0.5);
    std::normal_distribution<float> noise(0.0f, 0.05f);
    const double additive[loci] = {0.3, -0.2, 0.5, 0.1, -0.4, 0.25, 0.05, -0.15};
    const double beta01 = 0.35;  // loci 0 and 1 interact
    report->testGenotypes.resize(samples * loci);
    a.sensitivities.resize(samples * traits * loci);
    a.predictions.resize(samples);
    a.jacobianDotX.resize(samples);
    for (std::size_t s = 0; s < samples; ++s) {
        report->testSampleIds.push_back("s" + std::to_string(s));
        float* x = report->testGenotypes.data() + s * loci;
        for (std::size_t l = 0; l < loci; ++l) {
            x[l] = coin(random) ? 1.0f : -1.0f;
        }
        double f = 0;
        for (std::size_t l = 0; l < loci; ++l) {
            double sensitivity = additive[l] + noise(random);
            if (l == 0)
                sensitivity += beta01 * x[1];
            if (l == 1)
                sensitivity += beta01 * x[0];
            a.sensitivities[s * loci + l] = static_cast<float>(sensitivity);
            f += sensitivity * x[l];
        }
        a.predictions[s] = static_cast<float>(f);
        a.jacobianDotX[s] = static_cast<float>(f + noise(random) * 1e-5);
    }
    ElmTraitAnalysis trait;
    trait.meanSensitivity.assign(additive, additive + loci);
    trait.sensitivityVariance.assign(loci, 0.0025);
    trait.pairEstimate.assign(loci * loci, 0.0);
    trait.pairEstimate[0 * loci + 1] = trait.pairEstimate[1 * loci + 0] = beta01;
    for (std::size_t l = 0; l < loci; ++l) {
        trait.pairEstimate[l * loci + l] = std::nan("");
    }
    a.perTrait.push_back(trait);
    return report;
}

double median(std::vector<double> values) {
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

// Resizes the figure until its plot is exactly width x height.
void sizePlot(ElmFigure& figure, int width, int height) {
    for (int attempt = 0; attempt < 5; ++attempt) {
        QApplication::processEvents();
        const QSize plot = figure.plot()->size();
        if (plot == QSize(width, height)) {
            return;
        }
        figure.resize(figure.size() + QSize(width - plot.width(), height - plot.height()));
    }
}

struct Timing {
    double replot = 0, pixmap = 0;
};

Timing timeReplots(ElmFigure& figure, int replots) {
    QCustomPlot* plot = figure.plot();
    plot->replot(QCustomPlot::rpImmediateRefresh);  // warm-up: layout, tick labels, pixmap caches
    std::vector<double> replot, pixmap;
    QElapsedTimer timer;
    for (int k = 0; k < replots; ++k) {
        // Move the view a little each time, as a drag does, so nothing can be reused.
        plot->xAxis->moveRange(k % 2 ? 1e-3 : -1e-3);
        timer.start();
        plot->replot(QCustomPlot::rpImmediateRefresh);
        replot.push_back(timer.nsecsElapsed() / 1e6);
    }
    for (int k = 0; k < std::max(3, replots / 4); ++k) {
        timer.start();
        const QPixmap image = plot->toPixmap(1200, 800);
        pixmap.push_back(timer.nsecsElapsed() / 1e6);
    }
    return {median(replot), median(pixmap)};
}

}  // namespace

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    const std::size_t samples = argc > 1 ? std::stoul(argv[1]) : 128000;
    const int replots = argc > 2 ? std::stoi(argv[2]) : 20;
    std::printf("bench_scatter_redraw: %zu points, plot 1200x800, %d replots, platform %s\n", samples,
                replots, qPrintable(QGuiApplication::platformName()));
    QElapsedTimer timer;
    timer.start();
    const auto report = syntheticReport(samples);
    std::printf("  synthetic report: %.0f ms\n", timer.nsecsElapsed() / 1e6);

    ElmSelection selection;
    ReconstructionFigure reconstruction(selection);
    PairClusterFigure clusters(selection);
    for (ElmFigure* figure : {static_cast<ElmFigure*>(&reconstruction), static_cast<ElmFigure*>(&clusters)}) {
        figure->setExplanationVisible(false);
        timer.start();
        figure->setReport(report);
        const double prepare = timer.nsecsElapsed() / 1e6;
        figure->resize(1500, 900);
        figure->show();
        sizePlot(*figure, 1200, 800);
        const Timing t = timeReplots(*figure, replots);
        std::printf(
            "  %-22s points %6d  plot %dx%d  setReport %6.1f ms  replot median %6.1f ms  toPixmap median "
            "%6.1f ms\n",
            qPrintable(figure->figureId()), figure->dataPointCount(), figure->plot()->width(),
            figure->plot()->height(), prepare, t.replot, t.pixmap);
        const QString png = qEnvironmentVariable("LOCUSCOPE_BENCH_PNG_DIR");  // optional: a look at the plots
        if (!png.isEmpty()) {
            figure->plot()->savePng(png + QLatin1Char('/') + figure->figureId() + QStringLiteral(".png"),
                                    1200, 800);
        }
        figure->hide();
    }

    // For comparison: the same cluster plot with vector discs (ssDisc), what the pixmap markers avoid.
    clusters.show();
    QCustomPlot* plot = clusters.plot();
    for (int g = 0; g < plot->graphCount() - 1; ++g) {
        plot->graph(g)->setScatterStyle(
            QCPScatterStyle(QCPScatterStyle::ssDisc, QPen(Qt::black, 0.6), Qt::gray, 5));
    }
    const Timing disc = timeReplots(clusters, std::max(3, replots / 4));
    std::printf("  %-22s with ssDisc markers instead:          replot median %6.1f ms\n",
                qPrintable(clusters.figureId()), disc.replot);
    return 0;
}
