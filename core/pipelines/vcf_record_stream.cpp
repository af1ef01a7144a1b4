#include "core/pipelines/vcf_record_stream.h"

#include "core/genome/vcf_reader.h"
#include "core/genome/vcf_record.h"

namespace locuscope {

std::vector<GenomicRegion> requestedRegions(const std::vector<std::string>& regionTexts,
                                            const std::filesystem::path& regionsFile) {
    std::vector<GenomicRegion> regions;
    for (const std::string& text : regionTexts) {
        regions.push_back(parseGenomicRegion(text, "--region"));
    }
    if (!regionsFile.empty()) {
        for (GenomicRegion& region : readRegionsFile(regionsFile)) {
            regions.push_back(std::move(region));
        }
    }
    return mergeRegions(std::move(regions));
}

// A record overlapping two regions (a long deletion) is visited once, with the first.
void forEachRecord(const std::filesystem::path& file, const std::vector<GenomicRegion>& regions,
                   std::vector<std::string>& undeclaredContigs,
                   const std::function<bool(const VcfRecord&, const VcfReader&)>& visit) {
    VcfRecord record;
    if (regions.empty()) {
        VcfReader reader(file);
        while (reader.nextRecord(record)) {
            if (!visit(record, reader)) {
                break;
            }
        }
        undeclaredContigs = reader.undeclaredContigs();
        return;
    }
    for (std::size_t r = 0; r < regions.size(); ++r) {
        const bool sameContigBefore = r > 0 && regions[r - 1].chrom == regions[r].chrom;
        VcfReader reader(file);
        reader.setRegion(regions[r].toString());
        while (reader.nextRecord(record)) {
            const std::int64_t start0 = record.variants().empty() ? 0 : record.variants().front().pos - 1;
            if (sameContigBefore && start0 < regions[r - 1].end0()) {
                continue;  // overlaps the previous region too: already visited there
            }
            if (!visit(record, reader)) {
                return;
            }
        }
        for (const std::string& contig : reader.undeclaredContigs()) {
            undeclaredContigs.push_back(contig);
        }
    }
}

}  // namespace locuscope
