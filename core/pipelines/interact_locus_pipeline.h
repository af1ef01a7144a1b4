#pragma once

// `locuscope-cli interact track` / `interact attribute` and the GUI's methylation tracks
// (docs/interact-attribution.md). Torch-free: plain structs out.

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "core/runtime/progress.h"

namespace locuscope {

// "chr:pos:ref:alt", one base each (an SNV), checked against the reference by the pipelines.
struct InteractVariantSpec {
    std::string chrom;
    std::int64_t pos = 0;  // 1-based
    char ref = 'N';
    char alt = 'N';
    std::string toString() const;
};
// InputError naming `what` for anything that is not chr:pos:REF:ALT with single A/C/G/T bases.
InteractVariantSpec parseInteractVariant(std::string_view text, std::string_view what = "--variant");

// --- Locus track --------------------------------------------------------------------------------

struct InteractTrackConfig {
    std::filesystem::path model;
    std::filesystem::path fasta;
    std::string region;           // chr:start-end, inside the contig, at most maxRegionLength bases
    std::string variant;          // optional chr:pos:ref:alt on the region's contig
    std::filesystem::path out;    // optional TSV (written atomically)
    std::string strand = "auto";  // auto (both for Cell-type-INTERACT), plus, both
    std::int64_t batchSize = 32;
    std::int64_t maxRegionLength = 2000000;
    std::string device;  // "" = process default
    std::string commandLine;
};

struct InteractTrackSite {
    std::int64_t pos = 0;  // 1-based, the C on its strand (cpg_site.h)
    char strand = '+';
    bool inReach = false;          // the variant lies in this CpG's window (|variant - pos| <= half window)
    std::vector<float> refValues;  // per output
    std::vector<float> altValues;  // per output; = refValues out of reach; empty without a variant
};

struct InteractTrack {
    std::string contig;               // the reference's name
    std::int64_t start = 0, end = 0;  // 1-based inclusive
    std::vector<std::string> outputNames;
    bool hasVariant = false;
    InteractVariantSpec variant;
    std::vector<InteractTrackSite> sites;  // position order
    std::string message;                   // e.g. why the track is empty; "" when all is well
    std::int64_t windows = 0;              // forward passes (reference + alternative windows)
    std::string device;
    double seconds = 0;
};

// Predictions at every CpG of the region for the reference and, with a variant, for the
// alternative sequence. InputError (before any output) for a bad region, contig, variant or REF.
// A region without CpGs gives an empty track with `message` set (and a header-only TSV).
InteractTrack runInteractLocusTrack(const InteractTrackConfig& config, Progress& progress);

// TSV: chrom, pos, strand, in_reach, then per output ref_<name> [alt_<name> delta_<name>].
void writeInteractTrackTsv(const InteractTrack& track, const std::filesystem::path& out,
                           const std::vector<std::string>& comments);

// --- Attribution of one window ------------------------------------------------------------------

struct InteractAttributionConfig {
    std::filesystem::path model;
    std::filesystem::path fasta;
    std::string centre;   // chr:pos, the window's centre (a CpG's C, or any position)
    std::string variant;  // optional chr:pos:ref:alt inside the window, applied before attributing
    std::vector<std::string> methods = {"saliency", "ig", "ism"};
    std::string output;           // output name or 1-based index; "" = the first
    std::string strand = "auto";  // auto: '-' when a Cell-type model's centre is the G of a CpG; plus; minus
    std::int64_t igSteps = 50;
    std::string igBaseline = "zeros";  // zeros (all N) or uniform (0.25)
    std::string igRule = "midpoint";   // midpoint or trapezoid
    std::string ismRange;       // "a-b" 1-based genome positions inside the window; "" = the whole window
    std::filesystem::path out;  // optional; .json -> JSON, otherwise TSV
    std::int64_t batchSize = 64;
    std::string device;
    std::string commandLine;
};

struct InteractAttribution {
    std::string contig;
    std::int64_t centre = 0;  // 1-based
    char strand = '+';        // '-': the window is the reverse complement (index 0 = centre + half)
    bool centreIsCpg = false;
    std::string bases;                    // window bases as the model sees them (variant applied)
    std::vector<std::int64_t> positions;  // genome position of each window index
    bool hasVariant = false;
    InteractVariantSpec variant;
    std::int64_t variantIndex = -1;  // window index of the variant
    std::string outputName;
    std::int64_t output = 0;  // 0-based
    double prediction = 0;    // f(window)

    // Per channel (A, T, C, G) then per position: value [c * L + i].
    bool hasSaliency = false;
    std::vector<double> saliency;            // 4 x L gradients
    std::vector<double> gradientTimesInput;  // L

    bool hasIg = false;
    std::vector<double> ig;  // 4 x L
    std::string igBaseline;
    std::int64_t igSteps = 0;
    double igBaselinePrediction = 0;
    double igCompletenessGap = 0;

    bool hasIsm = false;
    std::vector<double> ism;  // 4 x L: f(mutant) - f(ref), 0 at the reference base / outside the range
    std::int64_t ismFirst = -1, ismLast = -1;  // window indices mutated
    std::int64_t ismWindows = 0;

    std::string device;
    double seconds = 0;
};

// InputError (before any output) for a bad centre, a window reaching past the contig, a variant
// outside the window or with the wrong REF, an unknown method or output, a bad ISM range.
InteractAttribution runInteractAttribution(const InteractAttributionConfig& config, Progress& progress);

// TSV: index, pos, base, then per method its 4 channels and a per-position summary
// (saliency: grad_x_input; ig: ig sum over channels; ism: mean of the 3 alternatives).
void writeInteractAttributionTsv(const InteractAttribution& attribution, const std::filesystem::path& out,
                                 const std::vector<std::string>& comments);
void writeInteractAttributionJson(const InteractAttribution& attribution, const std::filesystem::path& out);

}  // namespace locuscope
