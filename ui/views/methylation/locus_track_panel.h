#pragma once

#include <QHash>
#include <QPointF>
#include <QString>
#include <QStringList>
#include <QWidget>

#include "ui/export/figure_exporter.h"
#include "ui/views/methylation/locus_view_data.h"

class QCustomPlot;
class QCPRange;
class QMouseEvent;
class QVBoxLayout;

namespace locuscope {

// The methylation workspace's locus view: QCustomPlot tracks stacked on one genomic x axis (genes,
// variants, predicted methylation, its change, observed methylation, GWAS) and, below them, the
// attribution tracks of one model window (per-base attribution, ISM heat map, sequence logo) on a
// second, shared x range. Wheel zoom and drag pan move every track of a group together; tracks
// without data are hidden (docs/methylation-tracks.md).
class LocusTrackPanel : public QWidget {
    Q_OBJECT
public:
    explicit LocusTrackPanel(QWidget* parent = nullptr);
    ~LocusTrackPanel() override;

    // Redraws every track from `data` (no regionChanged).
    void setData(const LocusViewData& data);
    const LocusViewData& data() const { return data_; }

    // Ids of the visible tracks, top to bottom: genes, variants, methylation, delta, observed, gwas,
    // attribution, ism, logo.
    QStringList trackIds() const;
    // The plot of a track (visible or not); nullptr for an unknown id.
    QCustomPlot* track(const QString& id) const;

    // Shows [start, end] on the genomic tracks without emitting regionChanged (the workspace's own moves).
    void setVisibleRegion(qint64 start, qint64 end);
    // Back to the data's region and the default attribution window.
    void resetView();

    // All visible tracks stacked as one figure (PNG with size and DPI, SVG, PDF; written atomically).
    bool exportPanel(const QString& path, FigureFormat format, const FigureExportOptions& options,
                     QString* error = nullptr);
    // One track, as exportPlot writes a figure.
    bool exportTrack(const QString& id, const QString& path, FigureFormat format,
                     const FigureExportOptions& options, QString* error = nullptr);

    // The hover text and click handling of a track at a pixel of its plot (public for keyboard and tests).
    QString toolTipAt(const QString& id, const QPointF& pixel) const;
    void clickAt(const QString& id, const QPointF& pixel);

signals:
    void regionChanged(qint64 start, qint64 end);  // the user zoomed or panned the genomic tracks
    void variantClicked(int row);                  // LocusVariantMark::row
    void cpgClicked(qint64 pos);

private:
    struct Track {
        QCustomPlot* plot = nullptr;
        double weight = 1;  // relative height on screen and in exports
        bool genomic = true;
    };

    void createTrack(const QString& id, const QString& title, double weight, bool genomic);
    void resetTrack(const QString& id);
    void drawGenes();
    void drawVariants();
    void drawPrediction();
    void drawObserved();
    void drawGwas();
    void drawAttribution();
    void fitAttributionValueRange();
    void drawIsm();
    void drawLogo();
    void drawSelectedVariant();
    void updateVisibility();
    void onRangeChanged(const QString& id, const QCPRange& range);
    void onMouseMove(const QString& id, QMouseEvent* event);
    void onMousePress(QMouseEvent* event);
    void onMouseRelease(const QString& id, QMouseEvent* event);
    QCPRange windowDefaultRange() const;
    int variantRowAt(const QCustomPlot* plot, const QPointF& pixel, QString* text) const;
    int gwasIndexAt(const QCustomPlot* plot, const QPointF& pixel) const;
    int siteIndexAt(const QString& id, const QPointF& pixel) const;
    int windowIndexAt(const QCustomPlot* plot, const QPointF& pixel) const;

    LocusViewData data_;
    QStringList order_;
    QHash<QString, Track> tracks_;
    QHash<QString, bool> hasData_;
    QVBoxLayout* layout_ = nullptr;
    bool syncing_ = false;
    bool settingData_ = false;
    QPointF pressPosition_;
    bool pressed_ = false;
};

}  // namespace locuscope
