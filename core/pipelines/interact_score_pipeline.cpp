#include "core/pipelines/interact_score_pipeline.h"

#include <algorithm>
#include <charconv>
#include <chrono>
#include <cmath>
#include <limits>
#include <memory>
#include <numeric>
#include <unordered_map>

#include "core/genome/bim_reader.h"
#include "core/genome/reference_allele_check.h"
#include "core/genome/reference_genome.h"
#include "core/genome/variant_tally.h"
#include "core/genome/vcf_reader.h"
#include "core/genome/vcf_record.h"
#include "core/io/annotated_vcf_writer.h"
#include "core/io/file_checksum.h"
#include "core/io/output_provenance.h"
#include "core/io/shard_manifest.h"
#include "core/io/tsv_writer.h"
#include "core/models/interact/interact_model_file.h"
#include "core/models/interact/mrv_scorer.h"
#include "core/pipelines/vcf_record_stream.h"
#include "core/runtime/compute_device.h"
#include "core/runtime/input_error.h"
#include "locuscope/build_info.h"

namespace locuscope {
namespace {

using Clock = std::chrono::steady_clock;

struct ScoredAllele {
    Variant variant;
    std::string contig;        // the reference's name
    std::int64_t record = 0;   // ordinal in the input, for the annotated VCF
    MrvScore score;
};

// Shortest text that reads back as the same float: predictions are float32.
std::string floatText(float value) {
    char buffer[32];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    return std::string(buffer, result.ptr);
}

bool scoreBothStrands(const std::string& strand, const InteractConfig& config) {
    if (strand == "auto") {
        return config.cellType;
    }
    if (strand == "plus") {
        return false;
    }
    if (strand == "both") {
        return true;
    }
    throw InputError("--strand must be auto, plus or both (is '" + strand + "')");
}

}  // namespace

InteractScoreReport runInteractScore(const InteractScoreConfig& config, Progress& progress) {
    const auto started = Clock::now();
    InteractScoreReport report;
    if (config.batchSize < 1) {
        throw InputError("--batch-size must be at least 1");
    }
    const std::vector<GenomicRegion> regions = requestedRegions(config.regions, config.regionsFile);
    progress.report(0, 0, "loading the model");
    LoadedInteractModel model = loadInteractModel(config.model);
    const InteractConfig& modelConfig = model.network->config();
    MrvOptions options;
    options.maxDistance = config.maxDistance;
    options.bothStrands = scoreBothStrands(config.strand, modelConfig);
    const ReferenceGenome reference(config.fasta);
    const torch::Device device = pipelineDevice(config.device);
    report.device = canonicalName(device);
    InteractPredictor predictor(model.network, device, config.batchSize);
    MrvScorer scorer(predictor, reference, options);  // validates maxDistance before any reading

    const bool bimInput = config.variants.extension() == ".bim";
    if (bimInput && (!regions.empty() || config.shard.sharded() || !config.annotatedVcf.empty())) {
        throw InputError(config.variants, "--region, --regions-file, --shard and --annotated-vcf need a VCF/BCF; "
                                          "this is a PLINK .bim");
    }
    // Pass 1 (only when sharded): count the records, so shard k takes its run of them.
    std::vector<std::string> undeclared;
    RecordRange range{0, std::numeric_limits<std::int64_t>::max()};
    std::int64_t recordsTotal = 0;  // known up front only when sharded
    if (config.shard.sharded()) {
        std::int64_t total = 0;
        forEachRecord(config.variants, regions, undeclared, [&](const VcfRecord&, const VcfReader&) {
            ++total;
            return true;
        });
        range = shardRecordRange(total, config.shard);
        recordsTotal = total;
    }

    // Pass 2: every allele, checked; SNVs kept, the rest counted (and listed) by reason.
    std::unique_ptr<TsvWriter> skippedWriter;
    if (!config.skipped.empty()) {
        skippedWriter = std::make_unique<TsvWriter>(
            config.skipped, std::vector<std::string>{},
            std::vector<std::string>{"chrom", "pos", "id", "ref", "alt", "reason", "reference_bases"});
    }
    VariantTally tally;
    std::vector<ScoredAllele> alleles;
    std::int64_t ordinal = 0;
    progress.report(0, 0, "reading variants");
    const auto skip = [&](const Variant& variant, VariantSkipReason why, const std::string& referenceBases) {
        tally.countSkipped(why);
        if (skippedWriter) {
            skippedWriter->field(variant.chrom)
                .field(static_cast<long long>(variant.pos))
                .field(variant.id)
                .field(variant.ref)
                .field(variant.alt)
                .field(toString(why))
                .field(referenceBases.empty() ? std::string(".") : referenceBases);
            skippedWriter->endRow();
        }
    };
    const auto consider = [&](const Variant& variant, std::int64_t record) {
        ++report.alleles;
        if (variant.kind != VariantKind::Snv) {
            skip(variant, skipReasonFor(variant.kind), "");
            return;
        }
        const ReferenceAlleleCheck check = checkReferenceAllele(variant, reference);
        if (check.status != ReferenceAlleleStatus::Match) {
            skip(variant, skipReasonFor(check.status), check.referenceBases);
            return;
        }
        tally.countUsable();
        alleles.push_back({variant, check.contig, record, {}});
    };
    const auto reportReading = [&] {
        if (report.records % 4096 == 0) {
            throwIfCancelled(progress);
            progress.report(report.records, 0, "reading variants");
        }
    };
    if (bimInput) {
        // INTERACT's own input: PLINK .bim, REF = whichever allele the reference has (spec §4).
        BimReader bim(config.variants, reference);
        BimVariant line;
        while (bim.next(line)) {
            ++report.records;
            switch (line.assignment) {
                case BimAlleleAssignment::RefIsA1:
                case BimAlleleAssignment::RefIsA2:
                    consider(line.variant, report.records - 1);
                    break;
                case BimAlleleAssignment::BothMatch:
                case BimAlleleAssignment::NeitherMatches:
                    ++report.alleles;
                    skip(line.variant, VariantSkipReason::RefMismatch, line.referenceBases);
                    break;
                case BimAlleleAssignment::ContigMissing:
                    ++report.alleles;
                    skip(line.variant, VariantSkipReason::ContigNotInReference, "");
                    break;
                case BimAlleleAssignment::OutsideContig:
                    ++report.alleles;
                    skip(line.variant, VariantSkipReason::OutsideContig, "");
                    break;
            }
            reportReading();
        }
        ordinal = report.records;
    } else {
        forEachRecord(config.variants, regions, undeclared, [&](const VcfRecord& record, const VcfReader&) {
            const std::int64_t current = ordinal++;
            if (current < range.begin) {
                return true;
            }
            if (current >= range.end) {
                return false;
            }
            ++report.records;
            for (const Variant& variant : record.variants()) {
                consider(variant, current);
            }
            reportReading();
            return true;
        });
    }
    if (report.records == 0) {
        throw InputError(config.variants, regions.empty() ? "has no variant records"
                                                          : "has no variant records in the requested regions");
    }

    // Score contig by contig, in the order contigs first appear, positions sorted within each.
    std::vector<std::string> contigOrder;
    std::unordered_map<std::string, std::vector<std::size_t>> byContig;
    for (std::size_t i = 0; i < alleles.size(); ++i) {
        auto [it, inserted] = byContig.try_emplace(alleles[i].contig);
        if (inserted) {
            contigOrder.push_back(alleles[i].contig);
        }
        it->second.push_back(i);
    }
    const auto predictStarted = Clock::now();
    const std::int64_t total = static_cast<std::int64_t>(alleles.size());
    std::int64_t done = 0;
    std::vector<std::size_t> outputOrder;
    for (const std::string& contig : contigOrder) {
        std::vector<std::size_t>& members = byContig[contig];
        std::stable_sort(members.begin(), members.end(),
                         [&](std::size_t a, std::size_t b) { return alleles[a].variant.pos < alleles[b].variant.pos; });
        std::vector<MrvSnv> snvs;
        snvs.reserve(members.size());
        for (std::size_t index : members) {
            const Variant& v = alleles[index].variant;
            snvs.push_back({v.pos, v.ref[0], v.alt[0]});
        }
        const std::int64_t before = done;
        std::vector<MrvScore> scores = scorer.scoreContig(contig, snvs, [&](std::int64_t finished) {
            throwIfCancelled(progress);
            progress.report(before + finished, total, "scoring SNVs on " + contig);
        });
        for (std::size_t k = 0; k < members.size(); ++k) {
            alleles[members[k]].score = std::move(scores[k]);
        }
        done += static_cast<std::int64_t>(members.size());
        outputOrder.insert(outputOrder.end(), members.begin(), members.end());
    }
    report.predictSeconds = std::chrono::duration<double>(Clock::now() - predictStarted).count();
    throwIfCancelled(progress);

    const auto strength = [&](std::size_t i) {
        const MrvScore& s = alleles[i].score;
        return s.cpgCount == 0 ? -1.0f : std::fabs(s.outputs[s.bestOutput].difference());
    };
    if (config.sortByScore) {
        std::stable_sort(outputOrder.begin(), outputOrder.end(),
                         [&](std::size_t a, std::size_t b) { return strength(a) > strength(b); });
    }

    // The table.
    OutputProvenance provenance;
    provenance.command = "interact score";
    provenance.commandLine = config.commandLine;
    provenance.inputs = {config.model, config.fasta, config.variants};
    provenance.parameters = {{"max_distance", std::to_string(config.maxDistance)},
                             {"strands", options.bothStrands ? "both" : "plus"},
                             {"outputs", std::to_string(modelConfig.outputs)},
                             {"order", config.sortByScore ? "abs_difference descending" : "genomic"},
                             {"variants", tally.summary()}};
    if (config.shard.sharded()) {
        provenance.parameters.emplace_back("shard", std::to_string(config.shard.index) + "/" +
                                                        std::to_string(config.shard.count));
    }
    std::vector<std::string> columns = {"chrom",      "cpg_pos",        "snp_pos", "ref_allele", "ref_value",
                                        "alt_allele", "alt_value",      "abs_difference", "difference",
                                        "cpg_strand", "output",         "cpg_count",      "id"};
    const bool perOutput = modelConfig.outputs > 1;
    if (perOutput) {
        for (const std::string& name : model.outputNames) {
            columns.push_back("cpg_pos_" + name);
            columns.push_back("abs_difference_" + name);
            columns.push_back("difference_" + name);
        }
    }
    TsvWriter writer(config.out, provenanceComments(provenance), columns);
    for (std::size_t i : outputOrder) {
        const ScoredAllele& allele = alleles[i];
        const MrvScore& score = allele.score;
        if (score.cpgCount == 0) {
            ++report.noCpgInReach;
            continue;
        }
        const MrvCpgEffect& best = score.outputs[score.bestOutput];
        writer.field(allele.variant.chrom)
            .field(static_cast<long long>(best.cpg.pos))
            .field(static_cast<long long>(allele.variant.pos))
            .field(allele.variant.ref)
            .field(floatText(best.refValue))
            .field(allele.variant.alt)
            .field(floatText(best.altValue))
            .field(floatText(std::fabs(best.difference())))
            .field(floatText(best.difference()))
            .field(std::string(1, best.cpg.strand))
            .field(model.outputNames[score.bestOutput])
            .field(static_cast<long long>(score.cpgCount))
            .field(allele.variant.id);
        if (perOutput) {
            for (const MrvCpgEffect& effect : score.outputs) {
                writer.field(static_cast<long long>(effect.cpg.pos))
                    .field(floatText(std::fabs(effect.difference())))
                    .field(floatText(effect.difference()));
            }
        }
        writer.endRow();
        ++report.scored;
    }

    // The annotated VCF: a third streaming pass, records in input order with per-allele INFO.
    std::unique_ptr<AnnotatedVcfWriter> annotated;
    if (!config.annotatedVcf.empty()) {
        std::unordered_map<std::int64_t, std::vector<std::size_t>> byRecord;
        for (std::size_t i = 0; i < alleles.size(); ++i) {
            byRecord[alleles[i].record].push_back(i);
        }
        const VcfReader headerSource(config.variants);
        annotated = std::make_unique<AnnotatedVcfWriter>(
            config.annotatedVcf, headerSource,
            std::vector<InfoField>{
                {"MRV", "A", "Float", "INTERACT MRV score: max over CpGs within " +
                                          std::to_string(config.maxDistance) + " bp and outputs of |alt - ref|"},
                {"MRV_DELTA", "A", "Float", "signed alt - ref predicted methylation at that CpG"},
                {"MRV_CPG", "A", "Integer", "position of that CpG's C"}},
            std::vector<std::string>{std::string("##locuscope_version=") + build::version,
                                     "##locuscope_command=" + config.commandLine});
        std::int64_t recordOrdinal = 0;
        std::vector<std::string> ignored;
        forEachRecord(config.variants, regions, ignored, [&](const VcfRecord& record, const VcfReader& reader) {
            const std::int64_t current = recordOrdinal++;
            if (current < range.begin) {
                return true;
            }
            if (current >= range.end) {
                return false;
            }
            const std::size_t count = record.variants().size();
            std::vector<float> mrv(count, std::nanf("")), delta(count, std::nanf(""));
            std::vector<int> cpg(count, std::numeric_limits<int>::min());  // missing
            bool any = false;
            if (const auto it = byRecord.find(current); it != byRecord.end()) {
                for (std::size_t i : it->second) {
                    const MrvScore& score = alleles[i].score;
                    if (score.cpgCount == 0) {
                        continue;
                    }
                    const MrvCpgEffect& best = score.outputs[score.bestOutput];
                    const std::size_t slot = static_cast<std::size_t>(alleles[i].variant.altIndex - 1);
                    mrv[slot] = std::fabs(best.difference());
                    delta[slot] = best.difference();
                    cpg[slot] = static_cast<int>(best.cpg.pos);
                    any = true;
                }
            }
            if (any) {
                annotated->setFloats(0, mrv);
                annotated->setFloats(1, delta);
                annotated->setIntegers(2, cpg);
            }
            annotated->write(record, reader);
            return true;
        });
    }

    writer.commit();
    if (skippedWriter) {
        skippedWriter->commit();
    }
    if (annotated) {
        annotated->commit();
    }
    if (config.shard.sharded()) {
        ShardManifest manifest;
        manifest.command = "interact score";
        manifest.commandLine = config.commandLine;
        manifest.shard = config.shard.index;
        manifest.shards = config.shard.count;
        manifest.input = config.variants.string();
        manifest.inputMd5 = checksumFile(config.variants).md5;
        manifest.recordsTotal = recordsTotal;
        manifest.recordBegin = range.begin;
        manifest.recordEnd = std::min(range.end, recordsTotal);
        manifest.rows = report.scored;
        writeShardManifest(config.out, manifest);
    }

    const MrvScorerStats& stats = scorer.stats();
    report.pairs = stats.pairs;
    report.refWindows = stats.refWindows;
    report.altWindows = stats.altWindows;
    report.naiveWindows = stats.naiveWindows();
    for (std::size_t r = 0; r < kVariantSkipReasonCount; ++r) {
        const auto reason = static_cast<VariantSkipReason>(r);
        if (tally.skipped(reason) > 0) {
            report.skipped.emplace_back(std::string(toString(reason)), tally.skipped(reason));
        }
    }
    report.tallySummary = tally.summary();
    report.seconds = std::chrono::duration<double>(Clock::now() - started).count();
    return report;
}

}  // namespace locuscope
