#include <qcustomplot.h>
#include <qplatformdefs.h>
#include <sys/stat.h>
#include <unistd.h>

#include <QDir>
#include <QFile>
#include <QImage>
#include <QTemporaryDir>
#include <QtEndian>
#include <QtTest>
#include <cmath>
#include <memory>

#include "core/pipelines/elm_pipeline.h"
#include "ui/export/figure_exporter.h"
#include "ui/views/elm/elm_figure.h"
#include "ui/views/elm/elm_figure_set.h"
#include "ui/views/elm/elm_selection.h"

using namespace locuscope;

namespace {

// A small hand-made report (12 loci, 2 traits, 200 samples, one interacting pair per trait), so the
// export tests need no training.
std::shared_ptr<const ElmReport> syntheticReport() {
    auto report = std::make_shared<ElmReport>();
    const std::size_t samples = 200, loci = 12, traits = 2;
    report->config.heritability = 1.0;
    for (std::size_t l = 0; l < loci; ++l) {
        report->locusNames.push_back("1_" + std::to_string(l + 1));
    }
    report->traitNames = {"Trait1", "Trait2"};
    report->hasTruth = true;
    TrueEffects& truth = report->truth;
    truth.traits = traits;
    truth.loci = loci;
    truth.additive.resize(traits * loci);
    truth.partner.assign(traits * loci, -1);
    truth.epistatic.assign(traits * loci, 0.0);
    truth.alleleFrequency.assign(loci, 0.5);
    for (std::size_t t = 0; t < traits; ++t) {
        for (std::size_t l = 0; l < loci; ++l) {
            truth.additive[t * loci + l] = std::sin(1.0 + l * 0.7 + t);
        }
        truth.partner[t * loci + 2] = 7;
        truth.partner[t * loci + 7] = 2;
        truth.epistatic[t * loci + 2] = truth.epistatic[t * loci + 7] = 0.5 + t;
    }
    ElmAnalysisResult& a = report->analysis;
    a.samples = samples;
    a.loci = loci;
    a.traits = traits;
    std::uint32_t state = 12345;
    auto coin = [&state] {
        state = state * 1664525u + 1013904223u;
        return (state >> 16) & 1u ? 1.0f : -1.0f;
    };
    report->testGenotypes.resize(samples * loci);
    for (float& g : report->testGenotypes) {
        g = coin();
    }
    a.sensitivities.resize(samples * traits * loci);
    a.predictions.resize(samples * traits);
    a.jacobianDotX.resize(samples * traits);
    report->testObserved.resize(samples * traits);
    for (std::size_t s = 0; s < samples; ++s) {
        report->testSampleIds.push_back("s" + std::to_string(s));
        const float* x = report->testGenotypes.data() + s * loci;
        for (std::size_t t = 0; t < traits; ++t) {
            double f = 0;
            for (std::size_t l = 0; l < loci; ++l) {
                const int partner = truth.partnerOf(t, l);
                const double sensitivity =
                    truth.additiveAt(t, l) + (partner >= 0 ? truth.epistaticAt(t, l) * x[partner] : 0.0);
                a.sensitivities[(s * traits + t) * loci + l] = static_cast<float>(sensitivity);
                f += sensitivity * x[l];
            }
            a.predictions[s * traits + t] = a.jacobianDotX[s * traits + t] = static_cast<float>(f);
            report->testObserved[s * traits + t] = static_cast<float>(f);
        }
    }
    for (std::size_t t = 0; t < traits; ++t) {
        ElmTraitAnalysis trait;
        for (std::size_t l = 0; l < loci; ++l) {
            trait.meanSensitivity.push_back(truth.additiveAt(t, l));
            trait.sensitivityVariance.push_back(truth.epistaticAt(t, l) * truth.epistaticAt(t, l));
        }
        trait.pairEstimate.assign(loci * loci, std::nan(""));
        for (std::size_t i = 0; i < loci; ++i) {
            for (std::size_t j = 0; j < loci; ++j) {
                if (i != j) {
                    trait.pairEstimate[i * loci + j] =
                        0.9 * truth.pairEffect(t, i, j) + 0.01 * std::cos(i * 3.0 + j * 5.0);
                }
            }
        }
        trait.pcaExplainedRatio = {0.6, 0.3, 0.1};
        trait.pcaLoadings.resize(3 * loci);
        for (std::size_t k = 0; k < trait.pcaLoadings.size(); ++k) {
            trait.pcaLoadings[k] = std::sin(k * 1.3);
        }
        a.perTrait.push_back(trait);
    }
    report->pairMean.assign(traits, std::vector<double>(loci * loci, std::nan("")));
    report->pairSd = report->pairMean;
    ElmReplicateRun run;
    for (int e = 1; e <= 15; ++e) {
        run.history.epochs.push_back(EpochRecord{e, 1.0 / e, 1.1 / std::sqrt(e), e > 9 ? 5e-4 : 1e-3, 0.1});
    }
    run.history.bestEpoch = 12;
    run.history.stoppedEarly = true;
    run.history.monitored = "test set";
    report->replicates.push_back(run);
    return report;
}

QByteArray readAll(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

struct PngFacts {
    quint32 width = 0, height = 0;
    quint32 pixelsPerMetreX = 0, pixelsPerMetreY = 0;
    quint8 unit = 0;
    bool hasPhys = false;
};

// Walks the PNG chunks: IHDR for the size, pHYs for the resolution.
PngFacts pngFacts(const QByteArray& data) {
    PngFacts facts;
    int offset = 8;
    while (offset + 12 <= data.size()) {
        const quint32 length = qFromBigEndian<quint32>(data.constData() + offset);
        const QByteArray type = data.mid(offset + 4, 4);
        const char* body = data.constData() + offset + 8;
        if (type == "IHDR") {
            facts.width = qFromBigEndian<quint32>(body);
            facts.height = qFromBigEndian<quint32>(body + 4);
        } else if (type == "pHYs") {
            facts.hasPhys = true;
            facts.pixelsPerMetreX = qFromBigEndian<quint32>(body);
            facts.pixelsPerMetreY = qFromBigEndian<quint32>(body + 4);
            facts.unit = static_cast<quint8>(body[8]);
        }
        offset += 12 + static_cast<int>(length);
    }
    return facts;
}

QStringList everyEntry(const QString& directory) {
    return QDir(directory).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
}

}  // namespace

class TestFigureExport : public QObject {
    Q_OBJECT
private slots:
    void init() {
        directory_ = std::make_unique<QTemporaryDir>();
        selection_ = std::make_unique<ElmSelection>();
        parent_ = std::make_unique<QWidget>();
        figures_ = createElmFigures(*selection_, parent_.get());  // never shown: the export is headless
        for (ElmFigure* figure : figures_) {
            figure->setReport(report_);
        }
        selection_->setTrait(1);
    }

    void cleanup() {
        figures_.clear();
        parent_.reset();
        selection_.reset();
    }

    void testSuffixesMapToFormats() {
        QCOMPARE(formatFromSuffix(QStringLiteral("figure.PNG")),
                 std::optional<FigureFormat>(FigureFormat::Png));
        QCOMPARE(formatFromSuffix(QStringLiteral("/a/b.c/fig.svg")),
                 std::optional<FigureFormat>(FigureFormat::Svg));
        QCOMPARE(formatFromSuffix(QStringLiteral("pdf")), std::optional<FigureFormat>(FigureFormat::Pdf));
        QCOMPARE(formatFromSuffix(QStringLiteral(".pdf")), std::optional<FigureFormat>(FigureFormat::Pdf));
        QVERIFY(!formatFromSuffix(QStringLiteral("figure.tiff")).has_value());
        QVERIFY(!formatFromSuffix(QString()).has_value());
    }

    void testPngHasThePixelSizeAndDpi() {
        const QString path = directory_->filePath(QStringLiteral("fig.png"));
        QString error;
        QVERIFY2(exportPlot(*figures_[2]->plot(), path, FigureFormat::Png, FigureExportOptions{}, &error),
                 qPrintable(error));
        const QByteArray data = readAll(path);
        QVERIFY(data.startsWith(QByteArray("\x89PNG\r\n\x1a\n", 8)));
        const PngFacts facts = pngFacts(data);
        QCOMPARE(facts.width, 1600u);
        QCOMPARE(facts.height, 1200u);
        QVERIFY(facts.hasPhys);
        QCOMPARE(facts.unit, quint8(1));          // metres
        QCOMPARE(facts.pixelsPerMetreX, 11811u);  // 300 dpi
        QCOMPARE(facts.pixelsPerMetreY, 11811u);
        QVERIFY(data.size() > 20000);
        // Not a blank canvas: the image has many colours.
        const QImage image(path);
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 7) {
            for (int x = 0; x < image.width(); x += 7) {
                colours.insert(image.pixel(x, y));
            }
        }
        QVERIFY(colours.size() > 20);
    }

    void testOddSizesAndResolutionsAreExact() {
        for (const FigureExportOptions& options :
             {FigureExportOptions{1000, 777, 300}, FigureExportOptions{801, 601, 96},
              FigureExportOptions{3507, 2480, 600}}) {
            const QString path = directory_->filePath(QStringLiteral("odd.png"));
            QString error;
            QVERIFY2(exportPlot(*figures_[1]->plot(), path, FigureFormat::Png, options, &error),
                     qPrintable(error));
            const PngFacts facts = pngFacts(readAll(path));
            QCOMPARE(facts.width, quint32(options.widthPx));
            QCOMPARE(facts.height, quint32(options.heightPx));
            QCOMPARE(facts.pixelsPerMetreX, quint32(options.dpi / 0.0254));
        }
    }

    void testSvgIsVectorWithSizeAndViewBox() {
        const QString path = directory_->filePath(QStringLiteral("fig.svg"));
        QString error;
        QVERIFY2(exportPlot(*figures_[5]->plot(), path, FigureFormat::Svg, FigureExportOptions{}, &error),
                 qPrintable(error));
        const QByteArray data = readAll(path);
        QVERIFY(data.startsWith("<?xml"));
        const int svg = data.indexOf("<svg");
        QVERIFY(svg > 0);
        const QByteArray header = data.mid(svg, data.indexOf('>', svg) - svg);
        QVERIFY(header.contains("width=\"135"));  // 1600 px at 300 dpi = 135.5 mm
        QVERIFY(header.contains("height=\"101"));
        QVERIFY(header.contains("viewBox=\"0 0 640 480\""));
        QVERIFY(data.contains("<path") || data.contains("<polyline"));  // drawn as vectors
        QVERIFY(data.contains("Slope"));                                // text stays text
        QVERIFY(data.size() > 5000);
    }

    void testPdfIsAWholeDocument() {
        const QString path = directory_->filePath(QStringLiteral("fig.pdf"));
        QString error;
        QVERIFY2(exportPlot(*figures_[6]->plot(), path, FigureFormat::Pdf, FigureExportOptions{}, &error),
                 qPrintable(error));
        const QByteArray data = readAll(path);
        QVERIFY(data.startsWith("%PDF-"));
        QVERIFY(data.trimmed().endsWith("%%EOF"));
        QVERIFY(data.size() > 3000);
    }

    void testExportFiguresWritesEveryFigureAndFormat() {
        const QString directory = directory_->filePath(QStringLiteral("figures/new"));
        QString error;
        const QList<FigureFormat> formats{FigureFormat::Png, FigureFormat::Svg, FigureFormat::Pdf};
        const QStringList written =
            exportFigures(figures_, directory, formats, FigureExportOptions{800, 600, 150}, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(written.size(), static_cast<int>(figures_.size()) * 3);
        for (ElmFigure* figure : figures_) {
            for (const QString& suffix :
                 {QStringLiteral("png"), QStringLiteral("svg"), QStringLiteral("pdf")}) {
                const QString path = QDir(directory).filePath(figure->figureId() + QLatin1Char('.') + suffix);
                QVERIFY2(written.contains(path), qPrintable(path));
                QVERIFY2(QFileInfo(path).size() > 1000, qPrintable(path));
            }
        }
        QCOMPARE(everyEntry(directory).size(),
                 static_cast<int>(figures_.size()) * 3);  // no temporary leftovers
    }

    void testExportReplacesAnExistingFile() {
        const QString path = directory_->filePath(QStringLiteral("fig.png"));
        {
            QFile old(path);
            QVERIFY(old.open(QIODevice::WriteOnly));
            old.write("old content");
        }
        QVERIFY(exportPlot(*figures_[0]->plot(), path, FigureFormat::Png, FigureExportOptions{640, 480, 96}));
        QVERIFY(readAll(path).startsWith("\x89PNG"));
        QCOMPARE(everyEntry(directory_->path()), QStringList{QStringLiteral("fig.png")});
    }

    void testFilesGetTheUsualPermissions() {
        const mode_t mask = umask(0);
        umask(mask);
        const QString fresh = directory_->filePath(QStringLiteral("fresh.svg"));
        QVERIFY(exportPlot(*figures_[3]->plot(), fresh, FigureFormat::Svg, FigureExportOptions{}));
        QT_STATBUF status;
        QCOMPARE(QT_STAT(QFile::encodeName(fresh).constData(), &status), 0);
        QCOMPARE(status.st_mode & 0777, 0666 & ~mask);  // as any new file, not a private temporary's 0600
        const QString kept = directory_->filePath(QStringLiteral("kept.png"));
        {
            QFile old(kept);
            QVERIFY(old.open(QIODevice::WriteOnly));
        }
        QFile::setPermissions(kept,
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup);
        QVERIFY(exportPlot(*figures_[3]->plot(), kept, FigureFormat::Png, FigureExportOptions{640, 480, 96}));
        QCOMPARE(QT_STAT(QFile::encodeName(kept).constData(), &status), 0);
        QCOMPARE(status.st_mode & 0777, mode_t(0640));  // a replaced file keeps its permissions
    }

    void testAnUnwritableDirectoryFailsAndLeavesNothing() {
        // A path below a regular file cannot be created, not even by root.
        const QString blocker = directory_->filePath(QStringLiteral("blocker"));
        {
            QFile file(blocker);
            QVERIFY(file.open(QIODevice::WriteOnly));
        }
        QString error;
        QVERIFY(!exportPlot(*figures_[1]->plot(), blocker + QStringLiteral("/fig.png"), FigureFormat::Png,
                            FigureExportOptions{}, &error));
        QVERIFY(!error.isEmpty());
        error.clear();
        const QStringList written = exportFigures(figures_, blocker + QStringLiteral("/sub"),
                                                  {FigureFormat::Pdf}, FigureExportOptions{}, &error);
        QVERIFY(written.isEmpty());
        QVERIFY(!error.isEmpty());
        QCOMPARE(everyEntry(directory_->path()), QStringList{QStringLiteral("blocker")});
        QCOMPARE(QFileInfo(blocker).size(), 0);
        if (geteuid() != 0) {  // permissions do not stop root
            const QString locked = directory_->filePath(QStringLiteral("locked"));
            QVERIFY(QDir().mkpath(locked));
            QFile::setPermissions(locked, QFileDevice::ReadOwner | QFileDevice::ExeOwner);
            QVERIFY(!exportPlot(*figures_[1]->plot(), locked + QStringLiteral("/fig.svg"), FigureFormat::Svg,
                                FigureExportOptions{}, &error));
            QVERIFY(everyEntry(locked).isEmpty());
            QFile::setPermissions(locked,
                                  QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        }
    }

    void testInvalidOptionsAreRejected() {
        QString error;
        const QString path = directory_->filePath(QStringLiteral("fig.png"));
        QVERIFY(!exportPlot(*figures_[1]->plot(), path, FigureFormat::Png, FigureExportOptions{0, 100, 300},
                            &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!QFile::exists(path));
    }

private:
    std::shared_ptr<const ElmReport> report_ = syntheticReport();
    std::unique_ptr<QTemporaryDir> directory_;
    std::unique_ptr<ElmSelection> selection_;
    std::unique_ptr<QWidget> parent_;
    std::vector<ElmFigure*> figures_;
};

QTEST_MAIN(TestFigureExport)
#include "test_figure_export.moc"
