#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace locuscope {

// One association from GWAS summary statistics (for a Manhattan-style track beside the variants).
struct GwasSummaryRow {
    std::string chrom;
    std::int64_t pos = 0;  // 1-based
    double p = 1.0;        // in (0, 1]
    std::string id;        // "" when the file has no ID column
};

// Reads GWAS summary statistics: TSV, CSV or whitespace-separated text (plain or gzip) with a header
// line. Columns are found by name, case-insensitively: chrom|chr|chromosome|#chrom,
// pos|bp|position|base_pair_location, p|pval|p_value|pvalue, and optionally id|rsid|snp|variant_id.
// Rows come sorted by (chromosome in order of first appearance, position). Throws InputError naming
// the file and line for a missing column, a p outside (0, 1] or a non-numeric position.
std::vector<GwasSummaryRow> readGwasSummary(const std::filesystem::path& file);

}  // namespace locuscope
