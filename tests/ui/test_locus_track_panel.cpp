#include <qcustomplot.h>

#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QWheelEvent>
#include <QXmlStreamReader>
#include <QtTest>
#include <cmath>

#include "ui/views/methylation/locus_track_panel.h"

using namespace locuscope;

namespace {

constexpr qint64 regionStart = 1'000'000, regionEnd = 1'020'000;

// A hand-made locus: 3 genes, `variants` variants with values, a prediction with ref/alt at `cpgs`
// CpGs, observed sites, GWAS points and one 2001-bp attribution window.
LocusViewData makeData(int variants = 20, int cpgs = 30, bool withGwas = true) {
    LocusViewData data;
    data.contig = QStringLiteral("chr7");
    data.start = regionStart;
    data.end = regionEnd;
    for (int g = 0; g < 3; ++g) {
        TssEntry tss;
        tss.chrom = "chr7";
        tss.tss = regionStart + 3000 + g * 6000;
        tss.strand = g % 2 ? '-' : '+';
        tss.geneId = "ENSG0000000" + std::to_string(g);
        tss.symbol = g == 2 ? "" : "GENE" + std::to_string(g);
        data.genes.push_back(tss);
    }
    const qint64 step = (regionEnd - regionStart) / (variants + 1);
    for (int v = 0; v < variants; ++v) {
        LocusVariantMark mark;
        mark.pos = regionStart + step * (v + 1);
        mark.label = QStringLiteral("rs%1").arg(100 + v);
        mark.value = v % 5 == 4 ? std::nan("") : std::sin(v * 0.7);
        mark.row = 1000 + v;
        data.variants.push_back(mark);
    }
    data.variantValueName = QStringLiteral("MRV");
    const qint64 variantPos = data.variants[variants / 2].pos;
    data.selectedVariantPos = variantPos;
    data.hasPrediction = true;
    InteractTrack& track = data.prediction;
    track.contig = "chr7";
    track.start = regionStart;
    track.end = regionEnd;
    track.outputNames = {"liver"};
    track.hasVariant = true;
    track.variant = {"chr7", variantPos, 'C', 'T'};
    const qint64 cpgStep = (regionEnd - regionStart) / (cpgs + 1);
    for (int c = 0; c < cpgs; ++c) {
        InteractTrackSite site;
        site.pos = regionStart + cpgStep * (c + 1) + 7;
        site.inReach = std::abs(site.pos - variantPos) <= 1000;
        const float ref = 0.5f + 0.4f * static_cast<float>(std::sin(c * 0.3));
        site.refValues = {ref};
        site.altValues = {site.inReach ? ref - 0.1f * static_cast<float>(std::cos(c)) : ref};
        track.sites.push_back(site);
    }
    for (int s = 0; s < 40; ++s) {
        MethylationSite site;
        site.position = regionStart + 400 * (s + 1);
        site.beta = static_cast<float>(0.5 + 0.45 * std::cos(s * 0.2));
        site.coverage = s % 3 == 0 ? -1 : 10 + s;
        data.observed.push_back(site);
    }
    if (withGwas) {
        for (int v = 0; v < variants; ++v) {
            GwasPoint point;
            point.pos = data.variants[v].pos;
            point.p = std::pow(10.0, -1.0 - (v % 9));
            point.label = data.variants[v].label;
            point.mrv = data.variants[v].value;
            data.gwas.push_back(point);
        }
    }
    data.hasAttribution = true;
    InteractAttribution& a = data.attribution;
    const std::size_t length = 2001;
    a.contig = "chr7";
    a.centre = variantPos;
    a.hasVariant = true;
    a.variant = track.variant;
    a.variantIndex = 1000;
    const char bases[] = "ACGT";
    for (std::size_t i = 0; i < length; ++i) {
        a.positions.push_back(variantPos - 1000 + static_cast<qint64>(i));
        a.bases.push_back(bases[(i * 7 + i / 3) % 4]);
    }
    a.bases[1000] = 'T';
    a.hasSaliency = a.hasIg = a.hasIsm = true;
    a.saliency.resize(4 * length);
    a.ig.resize(4 * length);
    a.ism.resize(4 * length);
    a.gradientTimesInput.resize(length);
    for (std::size_t c = 0; c < 4; ++c) {
        for (std::size_t i = 0; i < length; ++i) {
            const double x = std::sin(0.05 * i + c) * std::exp(-std::abs(double(i) - 1000) / 200.0);
            a.saliency[c * length + i] = x;
            a.ig[c * length + i] = 0.5 * x;
            a.ism[c * length + i] = -0.3 * x;
        }
    }
    for (std::size_t i = 0; i < length; ++i) {
        a.gradientTimesInput[i] = a.saliency[i];
    }
    return data;
}

QByteArray readAll(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

}  // namespace

class LocusTrackPanelTest : public QObject {
    Q_OBJECT
private slots:
    void testVisibleTracksFollowTheData() {
        LocusTrackPanel panel;
        QVERIFY(panel.trackIds().isEmpty());
        panel.setData(makeData());
        const QStringList all = {"genes", "variants",    "methylation", "delta", "observed",
                                 "gwas",  "attribution", "ism",         "logo"};
        QCOMPARE(panel.trackIds(), all);
        QVERIFY(panel.track(QStringLiteral("nope")) == nullptr);

        LocusViewData data = makeData(20, 30, false);
        data.hasAttribution = false;
        data.observed.clear();
        panel.setData(data);
        QCOMPARE(panel.trackIds(), QStringList({"genes", "variants", "methylation", "delta"}));
        QVERIFY(panel.track(QStringLiteral("gwas"))->isHidden());

        data.prediction.hasVariant = false;  // no alternative: no delta track
        for (auto& site : data.prediction.sites) {
            site.altValues.clear();
        }
        panel.setData(data);
        QVERIFY(!panel.trackIds().contains(QStringLiteral("delta")));
        QVERIFY(panel.trackIds().contains(QStringLiteral("methylation")));
    }

    void testGenomicTracksShareTheRegionAndZoomTogether() {
        LocusTrackPanel panel;
        panel.resize(1000, 1400);
        QSignalSpy region(&panel, &LocusTrackPanel::regionChanged);
        panel.setData(makeData());
        QCOMPARE(region.count(), 0);  // setData is not the user's move
        const QStringList genomic = {"genes", "variants", "methylation", "delta", "observed", "gwas"};
        for (const QString& id : genomic) {
            QCOMPARE(panel.track(id)->xAxis->range().lower, double(regionStart));
            QCOMPARE(panel.track(id)->xAxis->range().upper, double(regionEnd));
        }
        // The attribution tracks start at about ±60 bp around the variant.
        const double variant = double(panel.data().attribution.variant.pos);
        QVERIFY(std::abs(panel.track(QStringLiteral("logo"))->xAxis->range().center() - variant) < 1);
        QVERIFY(panel.track(QStringLiteral("logo"))->xAxis->range().size() < 130);

        panel.track(QStringLiteral("methylation"))->xAxis->setRange(1'005'000, 1'010'000);
        QCOMPARE(region.count(), 1);
        QCOMPARE(region.at(0).at(0).toLongLong(), 1'005'000);
        QCOMPARE(region.at(0).at(1).toLongLong(), 1'010'000);
        for (const QString& id : genomic) {
            QCOMPARE(panel.track(id)->xAxis->range().lower, 1'005'000.0);
            QCOMPARE(panel.track(id)->xAxis->range().upper, 1'010'000.0);
        }
        // The attribution group stays where it was.
        QVERIFY(std::abs(panel.track(QStringLiteral("ism"))->xAxis->range().center() - variant) < 1);

        // A wheel turn on the genes track zooms every genomic track.
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QCustomPlot* genes = panel.track(QStringLiteral("genes"));
        genes->replot();
        const QPointF centre = genes->axisRect()->rect().center();
        QWheelEvent wheel(centre, genes->mapToGlobal(centre), QPoint(), QPoint(0, 120), Qt::NoButton,
                          Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(genes, &wheel);
        QCOMPARE(region.count(), 2);
        const QCPRange zoomed = genes->xAxis->range();
        QVERIFY(zoomed.size() < 5000);
        QCOMPARE(panel.track(QStringLiteral("gwas"))->xAxis->range().lower, zoomed.lower);
        QCOMPARE(panel.track(QStringLiteral("gwas"))->xAxis->range().upper, zoomed.upper);

        // Zooming the logo moves ISM and attribution, not the genome tracks.
        panel.track(QStringLiteral("logo"))->xAxis->setRange(variant - 10, variant + 10);
        QCOMPARE(region.count(), 2);
        QCOMPARE(panel.track(QStringLiteral("ism"))->xAxis->range().lower, variant - 10);
        QCOMPARE(panel.track(QStringLiteral("attribution"))->xAxis->range().upper, variant + 10);

        panel.setVisibleRegion(1'001'000, 1'002'000);
        QCOMPARE(region.count(), 2);
        QCOMPARE(panel.track(QStringLiteral("observed"))->xAxis->range().lower, 1'001'000.0);
    }

    void testClickingAVariantEmitsItsRow() {
        LocusTrackPanel panel;
        panel.resize(1000, 1400);
        const LocusViewData data = makeData();
        panel.setData(data);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QCustomPlot* variants = panel.track(QStringLiteral("variants"));
        variants->replot();
        QSignalSpy clicked(&panel, &LocusTrackPanel::variantClicked);
        const LocusVariantMark& mark = data.variants[7];
        const QPoint pixel(qRound(variants->xAxis->coordToPixel(double(mark.pos))),
                           qRound(variants->yAxis->coordToPixel(1.0)));
        QVERIFY(panel.toolTipAt(QStringLiteral("variants"), pixel).contains(mark.label));
        QTest::mouseClick(variants, Qt::LeftButton, Qt::NoModifier, pixel);
        QCOMPARE(clicked.count(), 1);
        QCOMPARE(clicked.at(0).at(0).toInt(), mark.row);

        // A GWAS point gives the row of the variant at its position.
        QCustomPlot* gwas = panel.track(QStringLiteral("gwas"));
        gwas->replot();
        const GwasPoint& point = data.gwas[3];
        const QPoint gwasPixel(qRound(gwas->xAxis->coordToPixel(double(point.pos))),
                               qRound(gwas->yAxis->coordToPixel(-std::log10(point.p))));
        QTest::mouseClick(gwas, Qt::LeftButton, Qt::NoModifier, gwasPixel);
        QCOMPARE(clicked.count(), 2);
        QCOMPARE(clicked.at(1).at(0).toInt(), data.variants[3].row);

        // A CpG on the methylation track.
        QSignalSpy cpg(&panel, &LocusTrackPanel::cpgClicked);
        QCustomPlot* methylation = panel.track(QStringLiteral("methylation"));
        methylation->replot();
        const InteractTrackSite& site = data.prediction.sites[12];
        const QPoint cpgPixel(qRound(methylation->xAxis->coordToPixel(double(site.pos))),
                              qRound(methylation->yAxis->coordToPixel(site.refValues[0])));
        QVERIFY(panel.toolTipAt(QStringLiteral("methylation"), cpgPixel).contains(QString::number(site.pos)));
        QTest::mouseClick(methylation, Qt::LeftButton, Qt::NoModifier, cpgPixel);
        QCOMPARE(cpg.count(), 1);
        QCOMPARE(cpg.at(0).at(0).toLongLong(), site.pos);
    }

    void testExportPanelWritesEachFormat() {
        QTemporaryDir directory;
        LocusTrackPanel panel;  // never shown: exports work hidden
        panel.setData(makeData());
        const FigureExportOptions options{1200, 1800, 300};
        QString error;

        const QString png = directory.filePath(QStringLiteral("panel.png"));
        QVERIFY2(panel.exportPanel(png, FigureFormat::Png, options, &error), qPrintable(error));
        const QImage image(png);
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), QSize(1200, 1800));
        QCOMPARE(image.dotsPerMeterX(), int(300 / 0.0254));
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 9) {
            for (int x = 0; x < image.width(); x += 9) {
                colours.insert(image.pixel(x, y));
            }
        }
        QVERIFY(colours.size() > 20);

        const QString svg = directory.filePath(QStringLiteral("panel.svg"));
        QVERIFY2(panel.exportPanel(svg, FigureFormat::Svg, options, &error), qPrintable(error));
        const QByteArray svgData = readAll(svg);
        QXmlStreamReader xml(svgData);
        QString root;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && root.isEmpty()) {
                root = xml.name().toString();
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QCOMPARE(root, QStringLiteral("svg"));
        QVERIFY(svgData.contains("<path"));
        QVERIFY(svgData.contains("Variants"));  // titles stay text

        const QString pdf = directory.filePath(QStringLiteral("panel.pdf"));
        QVERIFY2(panel.exportPanel(pdf, FigureFormat::Pdf, options, &error), qPrintable(error));
        const QByteArray pdfData = readAll(pdf);
        QVERIFY(pdfData.startsWith("%PDF"));
        QVERIFY(pdfData.size() > 3000);

        // No temporaries left beside the files.
        QCOMPARE(QDir(directory.path()).entryList(QDir::Files | QDir::Hidden).size(), 3);
    }

    void testLogoIsVector() {
        QTemporaryDir directory;
        LocusTrackPanel panel;
        panel.setData(makeData());
        const QString svg = directory.filePath(QStringLiteral("logo.svg"));
        QString error;
        QVERIFY2(
            panel.exportTrack(QStringLiteral("logo"), svg, FigureFormat::Svg, FigureExportOptions{}, &error),
            qPrintable(error));
        const QByteArray data = readAll(svg);
        QVERIFY(data.contains("<path"));
        QVERIFY(!data.contains("<image"));
        QVERIFY(data.count("<path") > 100);  // ~121 letters in view, each its own glyph path
        QVERIFY(!panel.exportTrack(QStringLiteral("nope"), svg, FigureFormat::Svg, FigureExportOptions{},
                                   &error));
    }

    // Large data is drawn in full; the time it takes is printed for docs/benchmarks.md, not asserted
    // (a timed assertion fails on a busy machine without anything being wrong).
    void testAttributionValueAxisFollowsTheWindowInView() {
        LocusViewData data = makeData();
        // One large attribution 900 bp from the variant; near the variant every value is below 1.
        InteractAttribution& a = data.attribution;
        const std::size_t far = 1900;
        a.gradientTimesInput[far] = 25.0;
        LocusTrackPanel panel;
        panel.resize(900, 1400);
        panel.setData(data);
        QCustomPlot* plot = panel.track(QStringLiteral("attribution"));
        QVERIFY(plot != nullptr);
        QVERIFY2(plot->xAxis->range().upper < double(a.positions[far]), "the default view is around the variant");
        QVERIFY2(plot->yAxis->range().upper < 2.0, qPrintable(QString::number(plot->yAxis->range().upper)));
        QVERIFY(plot->yAxis->range().lower <= 0.0);
        // Panning the window tracks over the large value brings it into range.
        plot->xAxis->setRange(double(a.positions[far]) - 50, double(a.positions[far]) + 50);
        QVERIFY2(plot->yAxis->range().upper >= 25.0, qPrintable(QString::number(plot->yAxis->range().upper)));
        // The ISM and logo tracks share the window's x range.
        QCOMPARE(panel.track(QStringLiteral("ism"))->xAxis->range().center(), double(a.positions[far]));
    }

    void testLargeDataIsDrawnInFull() {
        LocusTrackPanel panel;
        panel.resize(1200, 1400);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        const LocusViewData data = makeData(1000, 1000);
        QElapsedTimer timer;
        timer.start();
        panel.setData(data);
        const qint64 setDataMs = timer.elapsed();
        for (const QString& id : panel.trackIds()) {
            panel.track(id)->replot();
        }
        const qint64 totalMs = timer.elapsed();
        // The first call includes Qt's one-time font and glyph set-up; a locus change afterwards is
        // what a user waits for when moving around.
        QElapsedTimer again;
        again.start();
        panel.setData(makeData(900, 1100));
        for (const QString& id : panel.trackIds()) {
            panel.track(id)->replot();
        }
        const qint64 againMs = again.elapsed();
        panel.setData(data);
        qInfo(
            "setData with 1000 variants and 1000 CpGs: %lld ms; with an immediate replot of every track: "
            "%lld ms (first call); new data and replot afterwards: %lld ms",
            setDataMs, totalMs, againMs);
        const auto pointsIn = [&panel](const QString& id) {
            int points = 0;
            QCustomPlot* plot = panel.track(id);
            for (int i = 0; i < plot->graphCount(); ++i) {
                points += plot->graph(i)->dataCount();
            }
            return points;
        };
        QVERIFY2(pointsIn(QStringLiteral("variants")) >= 1000, qPrintable(QString::number(pointsIn(QStringLiteral("variants")))));
        QVERIFY2(pointsIn(QStringLiteral("methylation")) >= 1000,
                 qPrintable(QString::number(pointsIn(QStringLiteral("methylation")))));
    }
};

QTEST_MAIN(LocusTrackPanelTest)
#include "test_locus_track_panel.moc"
