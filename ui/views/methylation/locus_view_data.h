#pragma once
#include <QString>
#include <limits>
#include <vector>
#include "core/data/methylation_track.h"
#include "core/genome/gene_annotation.h"
#include "core/pipelines/interact_locus_pipeline.h"
namespace locuscope {
// One variant drawn on the variants track.
struct LocusVariantMark {
    qint64 pos = 0;  // 1-based
    QString label;   // ID, or chr:pos:REF>ALT
    double value = std::numeric_limits<double>::quiet_NaN();  // colour/size value (MRV or an INFO field); NaN = none
    int row = -1;    // the workspace's variant-table row (echoed back by variantClicked)
};
// One GWAS summary-statistics point (LocusZoom-like view).
struct GwasPoint {
    qint64 pos = 0;
    double p = 1;
    QString label;
    double mrv = std::numeric_limits<double>::quiet_NaN();  // colour; NaN = not scored (grey)
};
// Everything the track panel draws for one locus.
struct LocusViewData {
    QString contig;
    qint64 start = 0, end = 0;       // 1-based inclusive: the shared x range
    std::vector<TssEntry> genes;     // TSSs in the region
    std::vector<LocusVariantMark> variants;
    QString variantValueName;        // "MRV" or the INFO field's name (legend, colour-scale title)
    bool hasPrediction = false;
    InteractTrack prediction;        // ref (and alt, when it has a variant) at every CpG
    int output = 0;                  // which model output to draw
    std::vector<MethylationSite> observed;  // measured methylation in the region
    std::vector<GwasPoint> gwas;
    bool hasAttribution = false;
    InteractAttribution attribution; // one window: saliency / IG / ISM (any may be missing)
    qint64 selectedVariantPos = 0;   // 0 = none; marked by a vertical line on every genomic track
};
}  // namespace locuscope
