#pragma once

#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "core/genome/variant.h"

namespace locuscope {

// Finds variants by their VCF ID (e.g. "rs123") with one streaming pass over the file: O(records)
// time, memory O(ids + matches); no index is built (a 1M-record VCF scans in about a second, see
// docs/variants.md). An ID column holding several IDs ("rs1;rs2") matches each of them. Every
// matching Variant is returned: all ALT alleles of a matching record, and every record carrying the
// ID (dbSNP IDs can repeat). IDs are compared exactly (case-sensitive).
std::vector<Variant> findVariantsById(const std::filesystem::path& vcf, const std::string& id);

// Several IDs in one pass; every requested ID has an entry (empty when not found).
std::map<std::string, std::vector<Variant>> findVariantsByIds(const std::filesystem::path& vcf,
                                                              const std::vector<std::string>& ids);

}  // namespace locuscope
