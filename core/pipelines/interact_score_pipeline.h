#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "core/pipelines/shard_spec.h"
#include "core/runtime/progress.h"

namespace locuscope {

// `locuscope-cli interact score`: the MRV score of every SNV of a VCF (specs/interact.md §4),
// docs/interact.md. One row per scored SNV allele with INTERACT's 8 columns (chrom, cpg_pos,
// snp_pos, ref_allele, ref_value, alt_allele, alt_value, abs_difference) for the output and CpG
// with the largest |alt - ref|, then the signed difference, that CpG's strand, the output's name,
// the number of CpGs in reach, the variant ID, and per output (when the model has several) its own
// best CpG, |difference| and signed difference. Non-SNVs and REF mismatches are counted by reason
// (and listed with --skipped), never scored.
struct InteractScoreConfig {
    std::filesystem::path model;   // .safetensors with model_kind "interact"
    std::filesystem::path fasta;   // the reference the model expects (hg19 for the published ones)
    std::filesystem::path variants;      // VCF, VCF.gz, BCF or PLINK .bim (INTERACT's input)
    std::filesystem::path out;           // TSV, written atomically
    std::filesystem::path skipped;       // optional TSV: every unscored allele with its reason
    std::filesystem::path annotatedVcf;  // optional: records with INFO MRV, MRV_DELTA, MRV_CPG (Number=A)
    std::vector<std::string> regions;
    std::filesystem::path regionsFile;
    ShardSpec shard;
    std::int64_t maxDistance = 1000;
    std::int64_t batchSize = 32;
    std::string strand = "auto";   // auto (both for Cell-type-INTERACT), plus, both
    bool sortByScore = false;      // the original's order; default is genomic order
    std::string device;            // "" = process default
    std::string commandLine;
};

struct InteractScoreReport {
    std::int64_t records = 0;
    std::int64_t alleles = 0;
    std::int64_t scored = 0;       // rows written
    std::int64_t noCpgInReach = 0; // SNVs without a CpG within maxDistance (no row)
    std::vector<std::pair<std::string, std::int64_t>> skipped;  // reason -> count, reasons with > 0
    std::string tallySummary;      // "1000 variants: 950 usable, 50 skipped (ref_mismatch 3, indel 47)"
    std::int64_t pairs = 0;
    std::int64_t refWindows = 0;
    std::int64_t altWindows = 0;
    std::int64_t naiveWindows = 0; // 2 x pairs: predicting ref and alt for every pair
    double windowReduction() const {
        return naiveWindows > 0 ? 1.0 - double(refWindows + altWindows) / double(naiveWindows) : 0.0;
    }
    std::string device;
    double seconds = 0;
    double predictSeconds = 0;
};

InteractScoreReport runInteractScore(const InteractScoreConfig& config, Progress& progress);

}  // namespace locuscope
