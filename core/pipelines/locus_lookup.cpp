#include "core/pipelines/locus_lookup.h"

#include <map>
#include <memory>
#include <set>

#include "core/genome/genomic_region.h"
#include "core/genome/reference_genome.h"
#include "core/genome/tss_index.h"
#include "core/genome/variant_id_lookup.h"
#include "core/runtime/input_error.h"

namespace locuscope {
namespace {

LocusMatch notFound(const std::string& query, const char* kind) {
    LocusMatch match;
    match.query = query;
    match.kind = kind;
    match.detail = "not found";
    return match;
}

LocusMatch variantMatch(const std::string& query, const Variant& variant) {
    LocusMatch match;
    match.query = query;
    match.kind = "variant";
    match.chrom = variant.chrom;
    match.start = variant.pos;
    match.end = variant.pos + static_cast<std::int64_t>(variant.ref.size()) - 1;
    match.detail = variant.ref + ">" + variant.alt;
    return match;
}

}  // namespace

std::vector<LocusMatch> lookupLoci(const LocusLookupConfig& config, Progress& progress) {
    std::vector<LocusQuery> queries;
    std::set<std::string> variantIds;
    bool needGenes = false;
    for (const std::string& text : config.queries) {
        queries.push_back(parseLocus(text));
        if (queries.back().kind == LocusQuery::Kind::VariantId) {
            variantIds.insert(queries.back().name);
        }
        needGenes = needGenes || queries.back().kind == LocusQuery::Kind::Gene;
    }
    if (needGenes && config.genes.empty()) {
        throw InputError("gene names need --genes (a TSS BED or GTF) to look them up");
    }
    if (!variantIds.empty() && config.variants.empty()) {
        throw InputError("variant IDs need --vcf to look them up");
    }
    std::unique_ptr<ReferenceGenome> reference;
    if (!config.reference.empty()) {
        reference = std::make_unique<ReferenceGenome>(config.reference);
    }
    TssIndex genes;
    if (needGenes) {
        genes = TssIndex::fromFile(config.genes);
    }
    progress.report(0, 0, "looking up variant IDs");
    const std::map<std::string, std::vector<Variant>> variants =
        variantIds.empty() ? std::map<std::string, std::vector<Variant>>{}
                           : findVariantsByIds(config.variants, {variantIds.begin(), variantIds.end()});
    throwIfCancelled(progress);

    std::vector<LocusMatch> matches;
    for (std::size_t q = 0; q < queries.size(); ++q) {
        const LocusQuery& query = queries[q];
        const std::string& text = config.queries[q];
        switch (query.kind) {
            case LocusQuery::Kind::Region: {
                LocusMatch match;
                match.query = text;
                match.kind = "region";
                match.chrom = query.region.chrom;
                match.start = query.region.start;
                match.end = query.region.end;
                if (reference) {
                    match.chrom = reference->requireContig(query.region.chrom);
                    const std::int64_t length = reference->contigLength(match.chrom);
                    if (match.end == GenomicRegion::wholeContig) {
                        match.end = length;
                    }
                    match.detail = match.end > length
                                       ? "reaches past the contig's end (" + std::to_string(length) + ")"
                                       : "";
                } else if (match.end == GenomicRegion::wholeContig) {
                    match.end = 0;
                    match.detail = "whole contig (give --fasta for its length)";
                }
                matches.push_back(match);
                break;
            }
            case LocusQuery::Kind::Gene: {
                const std::vector<const TssEntry*> entries = genes.findGene(query.name);
                if (entries.empty()) {
                    matches.push_back(notFound(text, "gene"));
                }
                for (const TssEntry* entry : entries) {
                    LocusMatch match;
                    match.query = text;
                    match.kind = "gene";
                    match.chrom = entry->chrom;
                    match.start = entry->tss;
                    match.end = entry->tss;
                    match.detail = entry->geneId + (entry->symbol.empty() ? "" : " " + entry->symbol) + " " +
                                   entry->strand;
                    matches.push_back(match);
                }
                break;
            }
            case LocusQuery::Kind::VariantId: {
                const auto found = variants.find(query.name);
                if (found == variants.end() || found->second.empty()) {
                    matches.push_back(notFound(text, "variant"));
                } else {
                    for (const Variant& variant : found->second) {
                        matches.push_back(variantMatch(text, variant));
                    }
                }
                break;
            }
        }
    }
    return matches;
}

}  // namespace locuscope
