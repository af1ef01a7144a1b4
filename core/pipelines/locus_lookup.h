#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "core/runtime/progress.h"

namespace locuscope {

// `locuscope-cli locate`: what a locus string means. Regions are parsed (and checked against a
// reference when one is given), gene symbols and IDs are looked up in a TSS annotation, variant IDs
// (rs numbers) in a VCF by one streaming pass for all of them.
struct LocusLookupConfig {
    std::vector<std::string> queries;
    std::filesystem::path genes;      // for gene symbols / gene IDs
    std::filesystem::path variants;   // for variant IDs
    std::filesystem::path reference;  // optional: harmonise contig names, resolve whole contigs
};

struct LocusMatch {
    std::string query;
    std::string kind;        // "region", "gene", "variant"
    std::string chrom;       // "" when not found
    std::int64_t start = 0;  // 1-based inclusive; 0 when not found
    std::int64_t end = 0;
    std::string detail;  // gene: "ENSG… SYMBOL +"; variant: "REF>ALT"; "not found" when not found
};

// Every match of every query, in query order (a gene with several TSSs and an rsID on several
// records give several rows; an unknown name gives one "not found" row). InputError when a query
// needs a file that was not given.
std::vector<LocusMatch> lookupLoci(const LocusLookupConfig& config, Progress& progress);

}  // namespace locuscope
