#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace locuscope {

class Progress;
class ReferenceGenome;

// How a row's REF compares with the reference genome.
enum class RefCheck : std::int8_t { Unchecked = 0, Match = 1, Mismatch = 2, NoContig = 3 };

// Every variant of a VCF held in memory for browsing: one row per ALT allele, stored column by
// column. Strings live in one character arena addressed by (offset, length), and the fields a
// record's ALT alleles share (ID, REF, QUAL, FILTER, INFO) are stored once per record, so a
// million-record file costs tens of bytes per row plus its text.
class VariantStore {
public:
    // Every record of a VCF / VCF.gz / BCF through htslib (VcfReader), one row per ALT allele (a
    // record with ALT '.' gives one row with alt ""). Reports progress every ~50k records (the total
    // is estimated from the file size for plain-text VCF, 0 otherwise); throws OperationCancelled
    // when cancelled and InputError naming file and line for malformed input.
    // With `maxRecords` >= 0 reading stops after that many records and complete() is false: a first
    // screenful for the GUI while the whole file is still being read.
    static VariantStore read(const std::filesystem::path& vcf, Progress& progress, std::int64_t maxRecords = -1);
    bool complete() const { return complete_; }

    std::size_t size() const { return rowRecord_.size(); }
    const std::vector<std::string>& contigs() const { return contigs_; }  // order of first appearance
    int contigIndex(std::size_t row) const { return recContig_[rowRecord_[row]]; }
    const std::string& contig(std::size_t row) const { return contigs_[contigIndex(row)]; }
    std::int64_t pos(std::size_t row) const { return recPos_[rowRecord_[row]]; }          // 1-based
    std::string_view id(std::size_t row) const { return text(recId_[rowRecord_[row]]); }  // "" for '.'
    std::string_view ref(std::size_t row) const { return text(recRef_[rowRecord_[row]]); }
    std::string_view alt(std::size_t row) const { return text(rowAlt_[row]); }
    float qual(std::size_t row) const { return recQual_[rowRecord_[row]]; }  // NaN for '.'
    std::string_view filter(std::size_t row) const { return text(recFilter_[rowRecord_[row]]); }
    std::string_view info(std::size_t row) const { return text(recInfo_[rowRecord_[row]]); }
    bool isSnv(std::size_t row) const;  // single-base REF and ALT, both A/C/G/T (any case)

    std::vector<std::string> infoKeys() const { return infoKeys_; }  // header order
    // The first number of KEY=v[,..] in the row's INFO; 1 for a flag; nullopt when absent or not numeric.
    std::optional<double> infoNumber(std::size_t row, std::string_view key) const;

    // Rows overlapping [start, end] (1-based, inclusive; a row spans its REF) of a contig
    // (harmonised: "1" finds "chr1"), in file order. Binary search when the contig's rows are sorted
    // by position, a linear scan otherwise.
    std::vector<std::size_t> rowsIn(std::string_view contig, std::int64_t start, std::int64_t end) const;
    // Rows whose ID is `id` or has it as one of its ';'-separated parts.
    std::vector<std::size_t> rowsWithId(std::string_view id) const;
    bool contigSorted(int contigIndex) const { return contigRowsSorted_[contigIndex]; }

    // Compares every row's REF with the reference (Match / Mismatch / NoContig), fetching the
    // reference in chunks along each contig. Progress and cancel as in read().
    void checkReference(const ReferenceGenome& reference, Progress& progress);
    // The same in two steps, for a store already shown by the GUI: compute on the worker (const, so
    // safe beside readers), then apply on the GUI thread. `checks` must have size() entries.
    std::vector<RefCheck> computeReferenceChecks(const ReferenceGenome& reference, Progress& progress) const;
    void setReferenceChecks(std::vector<RefCheck> checks);
    RefCheck refCheck(std::size_t row) const {
        return refCheck_.empty() ? RefCheck::Unchecked : refCheck_[row];
    }
    bool referenceChecked() const { return !refCheck_.empty(); }

    const std::filesystem::path& path() const { return path_; }

private:
    struct Span {
        std::uint64_t offset = 0;
        std::uint32_t length = 0;
    };
    std::string_view text(Span span) const {
        return std::string_view(arena_.data() + span.offset, span.length);
    }
    Span append(std::string_view value);

    std::filesystem::path path_;
    std::string arena_;
    std::vector<std::string> contigs_;
    std::vector<std::string> infoKeys_;

    // Per record.
    std::vector<std::int32_t> recContig_;
    std::vector<std::int64_t> recPos_;
    std::vector<float> recQual_;
    std::vector<Span> recId_, recRef_, recFilter_, recInfo_;
    // Per row (ALT allele).
    std::vector<std::uint32_t> rowRecord_;
    std::vector<Span> rowAlt_;
    std::vector<RefCheck> refCheck_;  // empty until checkReference

    // Per contig: its rows in file order, whether they are sorted by position, the longest REF.
    std::vector<std::vector<std::uint32_t>> contigRows_;
    std::vector<bool> contigRowsSorted_;
    std::vector<std::int64_t> contigMaxRefLength_;
    bool complete_ = true;
};

}  // namespace locuscope
