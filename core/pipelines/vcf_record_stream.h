#pragma once

// Reading a VCF the way every variant pipeline does: restricted to --region / --regions-file when
// given (each record once, even when it overlaps two regions), in file order.

#include <filesystem>
#include <functional>
#include <string>
#include <vector>

#include "core/genome/genomic_region.h"

namespace locuscope {

class VcfReader;
class VcfRecord;

// The --region strings and the --regions-file, parsed and merged.
std::vector<GenomicRegion> requestedRegions(const std::vector<std::string>& regions,
                                            const std::filesystem::path& regionsFile);

// Calls `visit` with every record in file order, restricted to `regions` when there are any.
// `visit` returns false to stop. Contigs met in records but not declared in the header are added
// to `undeclaredContigs`.
void forEachRecord(const std::filesystem::path& file, const std::vector<GenomicRegion>& regions,
                   std::vector<std::string>& undeclaredContigs,
                   const std::function<bool(const VcfRecord&, const VcfReader&)>& visit);

}  // namespace locuscope
