#include "core/pipelines/interact_locus_pipeline.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <chrono>
#include <cmath>
#include <nlohmann/json.hpp>
#include <optional>

#include "core/genome/cpg_site.h"
#include "core/genome/genomic_region.h"
#include "core/genome/reference_genome.h"
#include "core/interpret/in_silico_mutagenesis.h"
#include "core/interpret/integrated_gradients.h"
#include "core/interpret/saliency.h"
#include "core/io/atomic_file_writer.h"
#include "core/io/output_provenance.h"
#include "core/io/tsv_writer.h"
#include "core/models/interact/interact_model_file.h"
#include "core/models/interact/interact_predictor.h"
#include "core/models/interact/interact_tokens.h"
#include "core/runtime/compute_device.h"
#include "core/runtime/input_error.h"

namespace locuscope {
namespace {

using Clock = std::chrono::steady_clock;

std::int64_t parsePosition(std::string_view text, std::string_view what, std::string_view whole) {
    std::string digits;
    for (const char c : text) {
        if (c != ',') {
            digits += c;
        }
    }
    std::int64_t value = 0;
    const auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
    if (digits.empty() || error != std::errc() || end != digits.data() + digits.size() || value < 1) {
        throw InputError(std::string(what) + " '" + std::string(whole) + "': '" + std::string(text) +
                         "' is not a 1-based position");
    }
    return value;
}

bool isBase(char c) {
    return c == 'A' || c == 'C' || c == 'G' || c == 'T';
}

char complementBase(char base) {
    switch (base) {
        case 'A':
            return 'T';
        case 'T':
            return 'A';
        case 'C':
            return 'G';
        case 'G':
            return 'C';
        default:
            return 'N';
    }
}

bool bothStrandsFor(const std::string& strand, bool cellType) {
    if (strand == "auto") {
        return cellType;
    }
    if (strand == "plus") {
        return false;
    }
    if (strand == "both") {
        return true;
    }
    throw InputError("--strand must be auto, plus or both (is '" + strand + "')");
}

// The reference's name for `chrom`, or InputError naming the FASTA.
std::string requireContig(const ReferenceGenome& reference, const std::string& chrom) {
    const std::optional<std::string> contig = reference.resolveContig(chrom);
    if (!contig) {
        throw InputError(reference.path(), "has no contig '" + chrom + "'");
    }
    return *contig;
}

// Checks the variant against the reference (contig, position, REF).
void checkVariant(const ReferenceGenome& reference, const InteractVariantSpec& variant,
                  const std::string& contig) {
    const std::int64_t length = reference.contigLength(contig);
    if (variant.pos > length) {
        throw InputError(reference.path(), "the variant " + variant.toString() + " lies past the end of " +
                                               contig + " (" + std::to_string(length) + " bp)");
    }
    const char base = reference.fetch(contig, variant.pos - 1, variant.pos)[0];
    if (base != variant.ref) {
        throw InputError(reference.path(), "the variant " + variant.toString() + " has REF " +
                                               std::string(1, variant.ref) + " but the reference has " +
                                               std::string(1, base) + " at " + contig + ":" +
                                               std::to_string(variant.pos));
    }
}

std::string floatText(float value) {  // float32 predictions: shortest text reading back the same
    char buffer[32];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    return std::string(buffer, result.ptr);
}

std::string doubleText(double value) {
    char buffer[32];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    return std::string(buffer, result.ptr);
}

}  // namespace

std::string InteractVariantSpec::toString() const {
    return chrom + ":" + std::to_string(pos) + ":" + std::string(1, ref) + ":" + std::string(1, alt);
}

InteractVariantSpec parseInteractVariant(std::string_view text, std::string_view what) {
    std::vector<std::string> parts;
    std::string current;
    for (const char c : text) {
        if (c == ':') {
            parts.push_back(current);
            current.clear();
        } else {
            current += c;
        }
    }
    parts.push_back(current);
    if (parts.size() != 4 || parts[0].empty()) {
        throw InputError(std::string(what) + " '" + std::string(text) + "' is not chr:pos:REF:ALT");
    }
    InteractVariantSpec variant;
    variant.chrom = parts[0];
    variant.pos = parsePosition(parts[1], what, text);
    for (std::string* allele : {&parts[2], &parts[3]}) {
        for (char& c : *allele) {
            c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
        }
        if (allele->size() != 1 || !isBase((*allele)[0])) {
            throw InputError(std::string(what) + " '" + std::string(text) +
                             "': REF and ALT must be single bases A, C, G or T (SNVs only)");
        }
    }
    variant.ref = parts[2][0];
    variant.alt = parts[3][0];
    if (variant.ref == variant.alt) {
        throw InputError(std::string(what) + " '" + std::string(text) + "': ALT equals REF");
    }
    return variant;
}

// --- Locus track --------------------------------------------------------------------------------

InteractTrack runInteractLocusTrack(const InteractTrackConfig& config, Progress& progress) {
    const auto started = Clock::now();
    if (config.batchSize < 1) {
        throw InputError("--batch-size must be at least 1");
    }
    GenomicRegion region = parseGenomicRegion(config.region, "--region");
    std::optional<InteractVariantSpec> variant;
    if (!config.variant.empty()) {
        variant = parseInteractVariant(config.variant);
    }
    const ReferenceGenome reference(config.fasta);
    InteractTrack track;
    track.contig = requireContig(reference, region.chrom);
    const std::int64_t length = reference.contigLength(track.contig);
    if (region.end == GenomicRegion::wholeContig) {
        region.end = length;
    }
    if (region.end > length) {
        throw InputError(reference.path(), "the region " + config.region + " reaches past the end of " +
                                               track.contig + " (" + std::to_string(length) + " bp)");
    }
    if (region.length() > config.maxRegionLength) {
        throw InputError("the region " + config.region + " is " + std::to_string(region.length()) +
                         " bp; a track covers at most " + std::to_string(config.maxRegionLength) + " bp");
    }
    track.start = region.start;
    track.end = region.end;
    if (variant) {
        if (requireContig(reference, variant->chrom) != track.contig) {
            throw InputError("the variant " + variant->toString() + " is not on the region's contig " +
                             track.contig);
        }
        checkVariant(reference, *variant, track.contig);
        track.hasVariant = true;
        track.variant = *variant;
    }

    progress.report(0, 0, "loading the model");
    LoadedInteractModel model = loadInteractModel(config.model);
    const InteractConfig& modelConfig = model.network->config();
    track.outputNames = model.outputNames;
    const bool bothStrands = bothStrandsFor(config.strand, modelConfig.cellType);
    const torch::Device device = pipelineDevice(config.device);
    track.device = canonicalName(device);
    InteractPredictor predictor(model.network, device, config.batchSize);
    const std::int64_t half = modelConfig.centre();
    const std::int64_t window = modelConfig.window;
    const std::int64_t outputs = modelConfig.outputs;

    // Bases from half a window before the region to half a window after (N beyond the contig).
    const std::int64_t offset = region.start - half;  // 1-based position of bases[0]
    std::string bases = reference.fetch(track.contig, offset - 1, region.end + half + 1);
    std::vector<std::int64_t> tokens(bases.size());
    encodeInteractTokens(bases, tokens.data());
    const std::vector<CpgSite> cpgs = findCpgSites(bases, offset, region.start, region.end, bothStrands);
    if (cpgs.empty()) {
        track.message = "no CpG in " + track.contig + ":" + std::to_string(region.start) + "-" +
                        std::to_string(region.end);
    }

    // Jobs: every CpG's reference window, then the alternative window of each CpG in reach.
    struct Job {
        std::size_t site;
        bool alt;
    };
    std::vector<Job> jobs;
    track.sites.resize(cpgs.size());
    for (std::size_t c = 0; c < cpgs.size(); ++c) {
        InteractTrackSite& site = track.sites[c];
        site.pos = cpgs[c].pos;
        site.strand = cpgs[c].strand;
        site.inReach = variant && std::abs(variant->pos - site.pos) <= half;
        jobs.push_back({c, false});
    }
    for (std::size_t c = 0; c < cpgs.size(); ++c) {
        if (track.sites[c].inReach) {
            jobs.push_back({c, true});
        }
    }
    const auto total = static_cast<std::int64_t>(jobs.size());
    for (std::size_t begin = 0; begin < jobs.size(); begin += static_cast<std::size_t>(config.batchSize)) {
        throwIfCancelled(progress);
        progress.report(static_cast<std::int64_t>(begin), total, "predicting CpG windows");
        const std::size_t count = std::min<std::size_t>(config.batchSize, jobs.size() - begin);
        torch::Tensor input = torch::empty({static_cast<std::int64_t>(count), window}, torch::kLong);
        std::int64_t* rows = input.data_ptr<std::int64_t>();
        for (std::size_t j = 0; j < count; ++j) {
            const Job& job = jobs[begin + j];
            const InteractTrackSite& site = track.sites[job.site];
            std::int64_t* row = rows + j * window;
            const std::int64_t start = site.pos - half - offset;
            if (site.strand == '+') {
                std::copy_n(tokens.begin() + start, window, row);
            } else {
                for (std::int64_t i = 0; i < window; ++i) {
                    row[i] = complementToken(tokens[start + window - 1 - i]);
                }
            }
            if (job.alt) {
                const std::int64_t shift = variant->pos - site.pos;
                if (site.strand == '+') {
                    row[half + shift] = interactToken(variant->alt);
                } else {
                    row[half - shift] = complementToken(interactToken(variant->alt));
                }
            }
        }
        const torch::Tensor result = predictor.predict(input).contiguous();
        const float* values = result.data_ptr<float>();
        for (std::size_t j = 0; j < count; ++j) {
            const Job& job = jobs[begin + j];
            std::vector<float>& target =
                job.alt ? track.sites[job.site].altValues : track.sites[job.site].refValues;
            target.assign(values + j * outputs, values + (j + 1) * outputs);
        }
    }
    for (InteractTrackSite& site : track.sites) {
        if (variant && !site.inReach) {
            site.altValues = site.refValues;
        }
    }
    track.windows = total;
    progress.report(total, total, "predicting CpG windows");

    if (!config.out.empty()) {
        OutputProvenance provenance;
        provenance.command = "interact track";
        provenance.commandLine = config.commandLine;
        provenance.inputs = {config.model, config.fasta};
        provenance.parameters = {
            {"region", track.contig + ":" + std::to_string(track.start) + "-" + std::to_string(track.end)},
            {"strands", bothStrands ? "both" : "plus"},
            {"variant", variant ? variant->toString() : "none"},
            {"cpgs", std::to_string(track.sites.size())}};
        std::vector<std::string> comments = provenanceComments(provenance);
        if (!track.message.empty()) {
            comments.push_back(track.message);
        }
        writeInteractTrackTsv(track, config.out, comments);
    }
    track.seconds = std::chrono::duration<double>(Clock::now() - started).count();
    return track;
}

void writeInteractTrackTsv(const InteractTrack& track, const std::filesystem::path& out,
                           const std::vector<std::string>& comments) {
    std::vector<std::string> columns = {"chrom", "pos", "strand", "in_reach"};
    for (const std::string& name : track.outputNames) {
        columns.push_back("ref_" + name);
        if (track.hasVariant) {
            columns.push_back("alt_" + name);
            columns.push_back("delta_" + name);
        }
    }
    TsvWriter writer(out, comments, columns);
    for (const InteractTrackSite& site : track.sites) {
        writer.field(track.contig)
            .field(static_cast<long long>(site.pos))
            .field(std::string(1, site.strand))
            .field(std::string(track.hasVariant ? (site.inReach ? "1" : "0") : "."));
        for (std::size_t t = 0; t < site.refValues.size(); ++t) {
            writer.field(floatText(site.refValues[t]));
            if (track.hasVariant) {
                writer.field(floatText(site.altValues[t]))
                    .field(floatText(site.altValues[t] - site.refValues[t]));
            }
        }
        writer.endRow();
    }
    writer.commit();
}

// --- Attribution of one window ------------------------------------------------------------------

namespace {

std::int64_t chooseOutput(const std::string& requested, const std::vector<std::string>& names) {
    if (requested.empty()) {
        return 0;
    }
    for (std::size_t t = 0; t < names.size(); ++t) {
        if (names[t] == requested) {
            return static_cast<std::int64_t>(t);
        }
    }
    std::int64_t index = 0;
    const auto [end, error] = std::from_chars(requested.data(), requested.data() + requested.size(), index);
    if (error == std::errc() && end == requested.data() + requested.size() && index >= 1 &&
        index <= static_cast<std::int64_t>(names.size())) {
        return index - 1;
    }
    throw InputError("--output '" + requested + "' is neither an output name of the model nor an index 1-" +
                     std::to_string(names.size()));
}

std::vector<double> toVector(const torch::Tensor& tensor) {
    const torch::Tensor flat = tensor.detach().to(torch::kCPU, torch::kFloat64).contiguous().view(-1);
    return std::vector<double>(flat.data_ptr<double>(), flat.data_ptr<double>() + flat.numel());
}

}  // namespace

InteractAttribution runInteractAttribution(const InteractAttributionConfig& config, Progress& progress) {
    const auto started = Clock::now();
    bool wantSaliency = false, wantIg = false, wantIsm = false;
    if (config.methods.empty()) {
        throw InputError("--method needs at least one of saliency, ig, ism");
    }
    for (const std::string& method : config.methods) {
        if (method == "saliency") {
            wantSaliency = true;
        } else if (method == "ig") {
            wantIg = true;
        } else if (method == "ism") {
            wantIsm = true;
        } else {
            throw InputError("--method '" + method + "' is not saliency, ig or ism");
        }
    }
    if (config.batchSize < 1) {
        throw InputError("--batch-size must be at least 1");
    }
    if (config.igSteps < 1) {
        throw InputError("--ig-steps must be at least 1");
    }
    IntegratedGradientsOptions igOptions;
    igOptions.steps = config.igSteps;
    igOptions.baseline = parseIgBaseline(config.igBaseline);
    igOptions.rule = parseIgRule(config.igRule);
    igOptions.stepBatch = std::max<std::int64_t>(1, std::min<std::int64_t>(config.batchSize, 16));
    if (config.strand != "auto" && config.strand != "plus" && config.strand != "minus") {
        throw InputError("--strand must be auto, plus or minus (is '" + config.strand + "')");
    }

    // Where: "chr:pos".
    const std::size_t colon = config.centre.rfind(':');
    if (colon == std::string::npos || colon == 0) {
        throw InputError("--cpg '" + config.centre + "' is not chr:pos");
    }
    const std::string chrom = config.centre.substr(0, colon);
    const std::int64_t centre =
        parsePosition(std::string_view(config.centre).substr(colon + 1), "--cpg", config.centre);
    std::optional<InteractVariantSpec> variant;
    if (!config.variant.empty()) {
        variant = parseInteractVariant(config.variant);
    }
    const ReferenceGenome reference(config.fasta);
    InteractAttribution result;
    result.contig = requireContig(reference, chrom);
    result.centre = centre;
    const std::int64_t length = reference.contigLength(result.contig);
    if (centre > length) {
        throw InputError(reference.path(), "--cpg " + config.centre + " lies past the end of " +
                                               result.contig + " (" + std::to_string(length) + " bp)");
    }

    progress.report(0, 0, "loading the model");
    LoadedInteractModel model = loadInteractModel(config.model);
    const InteractConfig& modelConfig = model.network->config();
    const std::int64_t half = modelConfig.centre();
    const std::int64_t window = modelConfig.window;
    result.output = chooseOutput(config.output, model.outputNames);
    result.outputName = model.outputNames[result.output];

    // The window: + strand bases centre-half..centre+half, N beyond the contig's ends.
    const std::string plus = reference.fetch(result.contig, centre - half - 1, centre + half);
    result.centreIsCpg =
        (plus[half] == 'C' && plus[half + 1] == 'G') || (plus[half] == 'G' && plus[half - 1] == 'C');
    if (config.strand == "minus") {
        result.strand = '-';
    } else if (config.strand == "auto") {
        result.strand = modelConfig.cellType && plus[half] == 'G' && plus[half - 1] == 'C' ? '-' : '+';
    }
    std::string bases = plus;
    if (variant) {
        if (requireContig(reference, variant->chrom) != result.contig) {
            throw InputError("the variant " + variant->toString() + " is not on " + result.contig);
        }
        if (std::abs(variant->pos - centre) > half) {
            throw InputError("the variant " + variant->toString() + " lies outside the window " +
                             result.contig + ":" + std::to_string(centre - half) + "-" +
                             std::to_string(centre + half));
        }
        checkVariant(reference, *variant, result.contig);
        bases[variant->pos - centre + half] = variant->alt;
        result.hasVariant = true;
        result.variant = *variant;
    }
    result.positions.resize(window);
    if (result.strand == '+') {
        for (std::int64_t i = 0; i < window; ++i) {
            result.positions[i] = centre - half + i;
        }
        result.variantIndex = variant ? variant->pos - centre + half : -1;
    } else {
        std::reverse(bases.begin(), bases.end());
        for (char& base : bases) {
            base = complementBase(base);
        }
        for (std::int64_t i = 0; i < window; ++i) {
            result.positions[i] = centre + half - i;
        }
        result.variantIndex = variant ? centre + half - variant->pos : -1;
    }
    result.bases = bases;

    // ISM range: genome positions inside the window -> window indices.
    IsmOptions ismOptions;
    if (!config.ismRange.empty()) {
        const std::size_t dash = config.ismRange.find('-');
        if (dash == std::string::npos) {
            throw InputError("--ism-range '" + config.ismRange + "' is not a-b (genome positions)");
        }
        const std::int64_t a =
            parsePosition(std::string_view(config.ismRange).substr(0, dash), "--ism-range", config.ismRange);
        const std::int64_t b =
            parsePosition(std::string_view(config.ismRange).substr(dash + 1), "--ism-range", config.ismRange);
        if (a > b || a < centre - half || b > centre + half) {
            throw InputError("--ism-range " + config.ismRange + " is not inside the window " + result.contig +
                             ":" + std::to_string(centre - half) + "-" + std::to_string(centre + half));
        }
        const std::int64_t ia = result.strand == '+' ? a - (centre - half) : centre + half - a;
        const std::int64_t ib = result.strand == '+' ? b - (centre - half) : centre + half - b;
        ismOptions.first = std::min(ia, ib);
        ismOptions.last = std::max(ia, ib);
    }

    const torch::Device device = pipelineDevice(config.device);
    result.device = canonicalName(device);
    model.network->to(device);
    model.network->eval();
    torch::Tensor tokens = torch::empty({window}, torch::kLong);
    encodeInteractTokens(bases, tokens.data_ptr<std::int64_t>());
    const OneHotModel scalar = interactOutputModel(model.network, result.output);
    const torch::Tensor oneHot = oneHotFromTokens(tokens, networkTensorOptions(model.network));
    {
        torch::NoGradGuard noGrad;
        result.prediction = scalar(oneHot.unsqueeze(0))[0].item<double>();
    }

    if (wantSaliency) {
        throwIfCancelled(progress);
        progress.report(0, 0, "saliency");
        const SaliencyResult saliency = computeSaliency(scalar, oneHot);
        result.hasSaliency = true;
        result.saliency = toVector(saliency.gradients[0]);
        result.gradientTimesInput = toVector(saliency.gradientTimesInput[0]);
    }
    if (wantIg) {
        throwIfCancelled(progress);
        progress.report(0, 0, "integrated gradients");
        const IntegratedGradientsResult ig = integratedGradients(scalar, oneHot, igOptions);
        result.hasIg = true;
        result.ig = toVector(ig.attributions);
        result.igBaseline = config.igBaseline;
        result.igSteps = config.igSteps;
        result.igBaselinePrediction = ig.baselinePrediction;
        result.igCompletenessGap = ig.completenessGap;
    }
    if (wantIsm) {
        InteractPredictor predictor(model.network, device, config.batchSize);
        const IsmResult ism =
            inSilicoMutagenesis(predictor, tokens, ismOptions, [&](std::int64_t done, std::int64_t all) {
                throwIfCancelled(progress);
                progress.report(done, all, "in-silico mutagenesis");
            });
        result.hasIsm = true;
        result.ism = toVector(ism.deltas[result.output]);
        result.ismFirst = ism.first;
        result.ismLast = ism.last;
        result.ismWindows = ism.windows;
    }

    if (!config.out.empty()) {
        if (config.out.extension() == ".json") {
            writeInteractAttributionJson(result, config.out);
        } else {
            OutputProvenance provenance;
            provenance.command = "interact attribute";
            provenance.commandLine = config.commandLine;
            provenance.inputs = {config.model, config.fasta};
            provenance.parameters = {{"centre", result.contig + ":" + std::to_string(centre)},
                                     {"strand", std::string(1, result.strand)},
                                     {"variant", variant ? variant->toString() : "none"},
                                     {"output", result.outputName},
                                     {"prediction", doubleText(result.prediction)}};
            if (result.hasIg) {
                provenance.parameters.emplace_back("ig", "baseline " + result.igBaseline + ", " +
                                                             std::to_string(result.igSteps) + " steps " +
                                                             config.igRule + ", completeness gap " +
                                                             doubleText(result.igCompletenessGap));
            }
            writeInteractAttributionTsv(result, config.out, provenanceComments(provenance));
        }
    }
    result.seconds = std::chrono::duration<double>(Clock::now() - started).count();
    return result;
}

void writeInteractAttributionTsv(const InteractAttribution& a, const std::filesystem::path& out,
                                 const std::vector<std::string>& comments) {
    static const char channels[4] = {'A', 'T', 'C', 'G'};
    std::vector<std::string> columns = {"index", "pos", "base"};
    const auto addChannels = [&](const std::string& prefix, const std::string& summary) {
        for (const char c : channels) {
            columns.push_back(prefix + "_" + c);
        }
        columns.push_back(summary);
    };
    if (a.hasSaliency) {
        addChannels("saliency", "grad_x_input");
    }
    if (a.hasIg) {
        addChannels("ig", "ig");
    }
    if (a.hasIsm) {
        addChannels("ism", "ism_mean");
    }
    TsvWriter writer(out, comments, columns);
    const auto length = static_cast<std::int64_t>(a.bases.size());
    for (std::int64_t i = 0; i < length; ++i) {
        writer.field(static_cast<long long>(i))
            .field(static_cast<long long>(a.positions[i]))
            .field(std::string(1, a.bases[i]));
        if (a.hasSaliency) {
            for (int c = 0; c < 4; ++c) {
                writer.field(doubleText(a.saliency[c * length + i]));
            }
            writer.field(doubleText(a.gradientTimesInput[i]));
        }
        if (a.hasIg) {
            double sum = 0;
            for (int c = 0; c < 4; ++c) {
                writer.field(doubleText(a.ig[c * length + i]));
                sum += a.ig[c * length + i];
            }
            writer.field(doubleText(sum));
        }
        if (a.hasIsm) {
            const bool mutated = i >= a.ismFirst && i <= a.ismLast && interactToken(a.bases[i]) != 0;
            double sum = 0;
            for (int c = 0; c < 4; ++c) {
                writer.field(mutated || a.ism[c * length + i] != 0 ? doubleText(a.ism[c * length + i])
                                                                   : std::string("NA"));
                sum += a.ism[c * length + i];
            }
            writer.field(mutated ? doubleText(sum / 3.0) : std::string("NA"));
        }
        writer.endRow();
    }
    writer.commit();
}

void writeInteractAttributionJson(const InteractAttribution& a, const std::filesystem::path& out) {
    nlohmann::json json;
    json["contig"] = a.contig;
    json["centre"] = a.centre;
    json["strand"] = std::string(1, a.strand);
    json["centre_is_cpg"] = a.centreIsCpg;
    json["bases"] = a.bases;
    json["positions"] = a.positions;
    json["output"] = a.outputName;
    json["prediction"] = a.prediction;
    if (a.hasVariant) {
        json["variant"] = a.variant.toString();
        json["variant_index"] = a.variantIndex;
    }
    const auto length = static_cast<std::ptrdiff_t>(a.bases.size());
    const auto channels = [&](const std::vector<double>& values) {
        nlohmann::json rows = nlohmann::json::object();
        const char* names[4] = {"A", "T", "C", "G"};
        for (int c = 0; c < 4; ++c) {
            rows[names[c]] =
                std::vector<double>(values.begin() + c * length, values.begin() + (c + 1) * length);
        }
        return rows;
    };
    if (a.hasSaliency) {
        json["saliency"] = {{"gradients", channels(a.saliency)}, {"grad_x_input", a.gradientTimesInput}};
    }
    if (a.hasIg) {
        json["integrated_gradients"] = {{"attributions", channels(a.ig)},
                                        {"baseline", a.igBaseline},
                                        {"steps", a.igSteps},
                                        {"baseline_prediction", a.igBaselinePrediction},
                                        {"completeness_gap", a.igCompletenessGap}};
    }
    if (a.hasIsm) {
        json["ism"] = {{"deltas", channels(a.ism)},
                       {"first_index", a.ismFirst},
                       {"last_index", a.ismLast},
                       {"windows", a.ismWindows}};
    }
    AtomicFileWriter file(out);
    file.write(json.dump());
    file.write("\n");
    file.commit();
}

}  // namespace locuscope
