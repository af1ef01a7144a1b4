#include "core/pipelines/tss_pipeline.h"

#include <chrono>
#include <functional>
#include <memory>

#include "core/genome/genomic_region.h"
#include "core/genome/nearest_tss_annotator.h"
#include "core/genome/tss_index.h"
#include "core/genome/vcf_reader.h"
#include "core/genome/vcf_record.h"
#include "core/io/annotated_vcf_writer.h"
#include "core/io/file_checksum.h"
#include "core/io/output_provenance.h"
#include "core/io/shard_manifest.h"
#include "core/io/tsv_writer.h"
#include "core/pipelines/vcf_record_stream.h"
#include "core/runtime/input_error.h"
#include "locuscope/build_info.h"

namespace locuscope {
namespace {

constexpr std::int64_t progressEvery = 1 << 14;

}  // namespace

TssReport runNearestTss(const TssConfig& config, Progress& progress) {
    const auto started = std::chrono::steady_clock::now();
    const std::vector<GenomicRegion> regions = requestedRegions(config.regions, config.regionsFile);
    progress.report(0, 0, "reading genes");
    const TssIndex index = TssIndex::fromFile(config.genes);
    if (index.empty()) {
        throw InputError(config.genes, "has no TSSs");
    }
    TssReport report;
    report.tssCount = index.size();

    std::vector<std::string> undeclared;
    RecordRange range{0, std::numeric_limits<std::int64_t>::max()};
    if (config.shard.sharded()) {
        // Shards are runs of records in file order, so the count comes first (a streaming pass).
        std::int64_t total = 0;
        forEachRecord(config.variants, regions, undeclared, [&](const VcfRecord&, const VcfReader&) {
            if (++total % progressEvery == 0) {
                throwIfCancelled(progress);
                progress.report(total, 0, "counting records for --shard");
            }
            return true;
        });
        report.recordsTotal = total;
        range = shardRecordRange(total, config.shard);
    }

    OutputProvenance provenance;
    provenance.command = "tss";
    provenance.commandLine = config.commandLine;
    provenance.inputs = {config.genes, config.variants};
    if (config.shard.sharded()) {
        provenance.parameters.emplace_back(
            "shard", std::to_string(config.shard.index) + "/" + std::to_string(config.shard.count));
    }
    NearestTssOptions options;
    options.standardChromosomesOnly = config.standardChromosomesOnly;
    options.maxDistance = config.maxDistance;
    if (options.standardChromosomesOnly) {
        provenance.parameters.emplace_back("standard_chromosomes_only", "true");
    }
    if (options.maxDistance) {
        provenance.parameters.emplace_back("max_distance", std::to_string(*options.maxDistance));
    }
    std::vector<std::string> columns = {"chrom", "pos", "ref", "alt"};
    for (const std::string_view column : NearestTssAnnotator::columns()) {
        columns.emplace_back(column);
    }
    const std::vector<std::string> comments = provenanceComments(provenance);
    TsvWriter writer(config.out, comments, columns);
    NearestTssAnnotator annotator(index, options);
    std::unique_ptr<AnnotatedVcfWriter> annotated;
    if (!config.annotatedVcf.empty()) {
        const VcfReader headerSource(config.variants);
        const std::vector<std::string> headerLines = {std::string("##locuscope_version=") + build::version,
                                                      "##locuscope_command=" + config.commandLine};
        annotated = std::make_unique<AnnotatedVcfWriter>(
            config.annotatedVcf, headerSource,
            std::vector<InfoField>{
                {"TSS_GENE", "1", "String", "gene_id of the nearest TSS (BEDOPS closest-features --closest)"},
                {"TSS_STRAND", "1", "String", "strand of that gene"},
                {"TSS_DIST", "1", "Integer",
                 "variant position - TSS position (genomic orientation, as Seal)"}},
            headerLines);
    }

    std::int64_t ordinal = 0;
    undeclared.clear();
    forEachRecord(config.variants, regions, undeclared,
                  [&](const VcfRecord& record, const VcfReader& reader) {
                      const std::int64_t current = ordinal++;
                      if (current < range.begin) {
                          return true;
                      }
                      if (current >= range.end) {
                          return false;
                      }
                      ++report.records;
                      bool keepRecord = false;
                      for (const Variant& variant : record.variants()) {
                          ++report.variants;
                          const TssAnnotation annotation = annotator.annotate(variant.chrom, variant.pos);
                          if (!annotation.keep) {
                              continue;
                          }
                          if (annotated && !keepRecord && annotation.tss != nullptr) {
                              annotated->setString(0, annotation.tss->geneId);
                              annotated->setString(1, std::string(1, annotation.tss->strand));
                              annotated->setIntegers(2, {static_cast<int>(annotation.distToTss)});
                          }
                          keepRecord = true;
                          const std::array<std::string, 3> fields = NearestTssAnnotator::fields(annotation);
                          writer.field(variant.chrom)
                              .field(static_cast<long long>(variant.pos))
                              .field(variant.ref)
                              .field(variant.alt);
                          for (const std::string& field : fields) {
                              writer.field(field);
                          }
                          writer.endRow();
                          ++report.rows;
                      }
                      if (annotated && keepRecord) {
                          annotated->write(record, reader);
                      }
                      if (report.records % progressEvery == 0) {
                          throwIfCancelled(progress);
                          progress.report(report.records, config.shard.sharded() ? range.size() : 0,
                                          "finding nearest TSSs");
                      }
                      return true;
                  });
    throwIfCancelled(progress);
    if (!config.shard.sharded()) {
        report.recordsTotal = ordinal;
        range = {0, ordinal};
    }
    report.recordBegin = range.begin;
    report.recordEnd = std::min(range.end, report.recordsTotal);
    const NearestTssAnnotator::Counts& counts = annotator.counts();
    report.noTssOnContig = counts.noTssOnContig;
    report.nonStandardChromosome = counts.nonStandardChromosome;
    report.tooFar = counts.tooFar;
    report.undeclaredContigs = std::move(undeclared);
    writer.commit();
    if (annotated) {
        annotated->commit();
    }

    if (config.shard.sharded()) {
        ShardManifest manifest;
        manifest.command = "tss";
        manifest.commandLine = config.commandLine;
        manifest.shard = config.shard.index;
        manifest.shards = config.shard.count;
        manifest.input = config.variants.string();
        manifest.inputMd5 = checksumFile(config.variants).md5;
        manifest.recordsTotal = report.recordsTotal;
        manifest.recordBegin = report.recordBegin;
        manifest.recordEnd = report.recordEnd;
        manifest.rows = report.rows;
        writeShardManifest(config.out, manifest);
    }
    report.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    return report;
}

}  // namespace locuscope
