#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace locuscope {

// One row of `interact score`'s TSV (docs/interact.md): the SNV, its best CpG and the MRV score.
struct InteractScoreRow {
    std::string chrom;
    std::int64_t snpPos = 0;
    std::string ref, alt, id;
    std::int64_t cpgPos = 0;
    double refValue = 0, altValue = 0;
    double absDifference = 0;  // the MRV score
    double difference = 0;     // signed alt - ref at that CpG
    std::string output;        // which model output gave the maximum
    std::int64_t cpgCount = 0;
};

// Reads a table written by runInteractScore (columns found by name, so later columns may be added).
// InputError naming the file and line for anything else.
std::vector<InteractScoreRow> readInteractScoreTable(const std::filesystem::path& file);

// Writes rows with the same leading columns (chrom, cpg_pos, snp_pos, ref_allele, ref_value,
// alt_allele, alt_value, abs_difference, difference, output, cpg_count, id), atomically.
void writeInteractScoreTable(const std::vector<InteractScoreRow>& rows, const std::filesystem::path& file,
                             const std::vector<std::string>& comments);

}  // namespace locuscope
