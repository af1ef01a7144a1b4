#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "core/pipelines/shard_spec.h"
#include "core/runtime/progress.h"

namespace locuscope {

// `locuscope-cli tss`: every ALT allele of a VCF/BCF with its nearest TSS (BEDOPS closest-features
// --closest semantics, docs/genes-and-tss.md) and Seal's signed distance, as a TSV with the columns
// chrom, pos, ref, alt, gene_id, strand, dist_to_tss. Streams the VCF: memory does not grow with it.
struct TssConfig {
    std::filesystem::path genes;           // TSS BED (5/6 columns) or GTF
    std::filesystem::path variants;        // VCF, VCF.gz or BCF
    std::filesystem::path out;             // TSV, written atomically
    std::filesystem::path annotatedVcf;    // optional: kept records with INFO TSS_GENE, TSS_STRAND, TSS_DIST
    std::vector<std::string> regions;      // "chr:start-end", "chr:pos" or "chr"
    std::filesystem::path regionsFile;     // BED or one region per line
    ShardSpec shard;                       // with N > 1 also writes <out>.manifest.json
    bool standardChromosomesOnly = false;  // Seal: chr1-22, X, Y
    std::optional<std::int64_t> maxDistance;  // Seal: 20000; drops variants further away or without TSS
    std::string commandLine;
};

struct TssReport {
    std::int64_t recordsTotal = 0;  // records in the input after region filters (counted when sharded)
    std::int64_t recordBegin = 0;   // this run's records [begin, end)
    std::int64_t recordEnd = 0;
    std::int64_t records = 0;        // records read in this run's range
    std::int64_t variants = 0;       // ALT alleles of those records
    std::int64_t rows = 0;           // written
    std::int64_t noTssOnContig = 0;  // written with NA, or dropped when maxDistance is set
    std::int64_t nonStandardChromosome = 0;
    std::int64_t tooFar = 0;
    std::size_t tssCount = 0;
    std::vector<std::string> undeclaredContigs;  // met in records but not in the VCF header
    double seconds = 0;
};

TssReport runNearestTss(const TssConfig& config, Progress& progress);

}  // namespace locuscope
