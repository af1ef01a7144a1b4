// The bundled methylation demo (resources/demo/methylation, made by the commands in its README):
// the shipped model predicts the held-out contig, and its attributions fall on the planted
// motifs that demethylate their neighbourhood (the simulator's ground truth, features.bed).
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <torch/torch.h>

#include "core/data/methylation_track_reader.h"
#include "core/genome/reference_genome.h"
#include "core/interpret/motif_attribution.h"
#include "core/models/interact/interact_model_file.h"
#include "core/models/interact/interact_tokens.h"
#include "core/pipelines/interact_locus_pipeline.h"
#include "core/runtime/silent_progress.h"
#include "core/train/regression_metrics.h"

namespace fs = std::filesystem;
using namespace locuscope;

namespace {

fs::path demo() {
    return fs::path(LOCUSCOPE_RESOURCES) / "demo" / "methylation";
}

}  // namespace

TEST(InteractDemo, ShippedModelPredictsTheHeldOutContig) {
    LoadedInteractModel model = loadInteractModel(demo() / "model.safetensors");
    const ReferenceGenome genome(demo() / "genome.fa");
    const MethylationTrack track = readMethylationTrack(demo() / "methylation.bedGraph");
    std::vector<double> predicted, observed;
    std::vector<std::int64_t> tokens;
    for (const MethylationSite& site : track.sites("chr6")) {
        const std::string window = genome.window("chr6", site.position, 1000);
        for (const char base : window) {
            tokens.push_back(interactToken(base));
        }
        observed.push_back(site.beta);
    }
    const auto count = static_cast<std::int64_t>(observed.size());
    ASSERT_GT(count, 300);
    torch::InferenceMode inference;
    const torch::Tensor output = model.network->forward(torch::tensor(tokens).view({count, 2001}));
    for (std::int64_t i = 0; i < count; ++i) {
        predicted.push_back(output[i][0].item<double>());
    }
    const double r = pearson(predicted, observed);
    std::printf("chr6 (held out): %lld CpGs, Pearson %.3f\n", static_cast<long long>(count), r);
    EXPECT_GT(r, 0.7);
}

TEST(InteractDemo, AttributionsRecoverThePlantedMotifs) {
    const std::vector<GenomeFeature> features = readFeatureBed(demo() / "features.bed");
    const MethylationTrack track = readMethylationTrack(demo() / "methylation.bedGraph");
    std::vector<double> enrichments, ap1;
    SilentProgress progress;
    for (const GenomeFeature& motif : features) {
        if ((motif.chrom != "chr5" && motif.chrom != "chr6") || motif.name == "island" || enrichments.size() >= 12) {
            continue;  // held-out contigs only
        }
        // The CpG nearest the motif, 20-150 bp away: inside its demethylated neighbourhood.
        const std::int64_t centre = (motif.start + motif.end) / 2;
        std::int64_t best = -1;
        for (const MethylationSite& site : track.sitesIn(motif.chrom, centre - 150, centre + 150)) {
            const std::int64_t distance = std::llabs(site.position - centre);
            if (distance >= 20 && (best < 0 || distance < std::llabs(best - centre))) {
                best = site.position;
            }
        }
        if (best < 0) {
            continue;
        }
        InteractAttributionConfig config;
        config.model = demo() / "model.safetensors";
        config.fasta = demo() / "genome.fa";
        config.centre = motif.chrom + ":" + std::to_string(best);
        config.methods = {"ig"};
        config.igSteps = 32;
        const InteractAttribution attribution = runInteractAttribution(config, progress);
        const std::size_t length = attribution.positions.size();
        std::vector<double> perPosition(length, 0.0);
        for (std::size_t c = 0; c < 4; ++c) {
            for (std::size_t i = 0; i < length; ++i) {
                perPosition[i] += attribution.ig[c * length + i];
            }
        }
        const MotifAttributionScore score =
            scoreMotifAttribution(motif.chrom, attribution.positions, perPosition, features);
        ASSERT_GT(score.motifPositions, 0);
        enrichments.push_back(score.enrichment());
        std::printf("  %s %s:%lld-%lld, window at CpG %lld: %.1fx\n", motif.name.c_str(), motif.chrom.c_str(),
                    static_cast<long long>(motif.start + 1), static_cast<long long>(motif.end),
                    static_cast<long long>(best), score.enrichment());
        if (motif.name == "AP1") {
            ap1.push_back(score.enrichment());  // AP1 has no CpG: not explained by CpG density
        }
    }
    ASSERT_GE(enrichments.size(), 8u);
    std::sort(enrichments.begin(), enrichments.end());
    const double median = enrichments[enrichments.size() / 2];
    std::printf("IG |attribution| on motif bases vs their share of the window: median %.1fx (min %.1f, max %.1f) over %zu windows\n",
                median, enrichments.front(), enrichments.back(), enrichments.size());
    EXPECT_GT(median, 3.0);
    EXPECT_GT(enrichments.front(), 1.5) << "every motif window should lean on its motif";
    // AP1 has no CpG: its enrichment cannot come from CpG density, only from the motif itself.
    ASSERT_GE(ap1.size(), 3u);
    std::sort(ap1.begin(), ap1.end());
    std::printf("AP1 (no CpG in the motif): median %.1fx over %zu windows\n", ap1[ap1.size() / 2], ap1.size());
    EXPECT_GT(ap1[ap1.size() / 2], 2.5);
}
