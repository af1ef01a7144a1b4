#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/genome/variant.h"
#include "core/genome/vcf_record.h"

struct bcf_hdr_t;

namespace locuscope {

enum class VcfFileFormat { Vcf, VcfGzip, VcfBgzip, Bcf };
std::string_view toString(VcfFileFormat format);  // "VCF", "VCF (gzip)", "VCF (bgzip)", "BCF"

// A region "chr", "chr:pos" or "chr:start-end" (1-based, inclusive; commas allowed in numbers).
struct VcfRegion {
    std::string contig;
    std::int64_t begin = 0;          // 0-based, inclusive
    std::int64_t end = INT64_MAX;    // 0-based, exclusive
};
VcfRegion parseVcfRegion(std::string_view text);  // throws InputError on bad syntax

// Streams the variants of a VCF (plain, gzip or bgzip) or BCF file through htslib, one Variant per
// ALT allele. Text VCF is read line by line (hts_getline + vcf_parse), so every error names the
// line; BCF errors name the record number. Records on contigs missing from the header are accepted
// (as bcftools does) and listed in undeclaredContigs(). htslib's own logging is silenced; every
// failure becomes an InputError.
class VcfReader {
public:
    explicit VcfReader(std::filesystem::path path);  // reads the header; throws InputError
    ~VcfReader();
    VcfReader(const VcfReader&) = delete;
    VcfReader& operator=(const VcfReader&) = delete;

    // Restricts reading to records overlapping `region` (REF span, or INFO/END where given). Call
    // before the first next(). Uses the .tbi/.csi index when there is one; without an index the
    // file is streamed and filtered (same result, reads the whole file). A contig that is not in
    // the file yields no variants.
    void setRegion(std::string_view region);

    // The next variant; false at the end. Variants of one record come in ALT order.
    bool next(Variant& variant);
    // The next whole record (all its ALT alleles); false at the end. Do not mix with next() in the
    // middle of a record: next() continues after the last record returned here.
    bool nextRecord(VcfRecord& record);
    // The record the last Variant returned by next() came from.
    const VcfRecord& currentRecord() const;

    const std::filesystem::path& path() const;
    VcfFileFormat format() const;
    bool indexed() const;          // true once setRegion found an index
    const std::vector<std::string>& contigs() const;  // ##contig lines, in header order
    int sampleCount() const;
    std::int64_t recordsRead() const;
    std::int64_t variantsEmitted() const;
    std::vector<std::string> undeclaredContigs() const;  // met in records, absent from the header

    // The header as htslib holds it (AnnotatedVcfWriter copies it).
    const bcf_hdr_t* htsHeader() const;

private:
    struct State;
    std::unique_ptr<State> state_;
};

}  // namespace locuscope
