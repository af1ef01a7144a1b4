#pragma once

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

struct htsFile;
struct bcf_hdr_t;

namespace locuscope {

class VcfReader;
class VcfRecord;

// An INFO field Locuscope adds to the records it scored (VCF 4.3 §1.4.2).
struct InfoField {
    std::string id;              // ^[A-Za-z_][0-9A-Za-z_.]*$, not a reserved "1000G"-style name
    std::string number = "1";    // an integer, A, R, G or .
    std::string type = "Float";  // Integer, Float, Flag or String
    std::string description;
};

// InputError naming the field and the rule it breaks.
void validateInfoField(const InfoField& field);

// Writes the records of a VcfReader's file back with added INFO fields: VCF, bgzip VCF (.vcf.gz /
// .vcf.bgz) or BCF (.bcf), chosen by the target's name. The source header is kept whole and the new
// INFO and `##locuscope_*` lines are appended. Output goes to a temporary file beside the target and
// is renamed over it by commit() (after fsync); a writer destroyed before commit() leaves nothing.
class AnnotatedVcfWriter {
public:
    AnnotatedVcfWriter(std::filesystem::path target, const VcfReader& source, std::vector<InfoField> fields,
                       const std::vector<std::string>& extraHeaderLines = {});  // "##key=value" lines
    ~AnnotatedVcfWriter();
    AnnotatedVcfWriter(const AnnotatedVcfWriter&) = delete;
    AnnotatedVcfWriter& operator=(const AnnotatedVcfWriter&) = delete;

    // Values for the next write(), by field position in the constructor's list. Floats that are NaN
    // become '.' (missing). A field left unset is omitted from the record.
    void setFloats(std::size_t field, const std::vector<float>& values);
    void setIntegers(std::size_t field, const std::vector<int>& values);
    void setString(std::size_t field, const std::string& value);
    void setFlag(std::size_t field, bool present);

    // Writes a copy of `record` (read by `from`, a reader of the same file) with the values set since
    // the last write, then clears them.
    void write(const VcfRecord& record, const VcfReader& from);
    void commit();

private:
    struct Pending;
    std::filesystem::path target_;
    std::filesystem::path temporary_;
    std::vector<InfoField> fields_;
    htsFile* file_ = nullptr;
    bcf_hdr_t* header_ = nullptr;
    std::unique_ptr<std::vector<Pending>> pending_;
    bool committed_ = false;
};

}  // namespace locuscope
