#include "core/io/annotated_vcf_writer.h"

#include <fcntl.h>
#include <htslib/hts.h>
#include <htslib/vcf.h>
#include <unistd.h>

#include <cctype>
#include <cmath>
#include <regex>

#include "core/genome/vcf_reader.h"
#include "core/genome/vcf_record.h"
#include "core/io/atomic_file_writer.h"
#include "core/runtime/input_error.h"

namespace locuscope {

struct AnnotatedVcfWriter::Pending {
    enum class Kind { Unset, Floats, Integers, String, Flag } kind = Kind::Unset;
    std::vector<float> floats;
    std::vector<int> integers;
    std::string text;
    bool flag = false;
};

namespace {

bool endsWith(const std::string& text, const std::string& suffix) {
    return text.size() >= suffix.size() &&
           text.compare(text.size() - suffix.size(), suffix.size(), suffix) == 0;
}

const char* writeMode(const std::filesystem::path& target) {
    const std::string name = target.filename().string();
    if (endsWith(name, ".bcf")) {
        return "wb";
    }
    if (endsWith(name, ".gz") || endsWith(name, ".bgz")) {
        return "wz";
    }
    return "w";
}

std::string escapeDescription(const std::string& text) {
    std::string escaped;
    for (const char c : text) {
        if (c == '"' || c == '\\') {
            escaped += '\\';
        }
        escaped += (c == '\n' || c == '\r') ? ' ' : c;
    }
    return escaped;
}

}  // namespace

void validateInfoField(const InfoField& field) {
    static const std::regex idPattern("^[A-Za-z_][0-9A-Za-z_.]*$");
    static const std::regex numberPattern("^([0-9]+|A|R|G|\\.)$");
    if (!std::regex_match(field.id, idPattern)) {
        throw InputError(
            "INFO ID '" + field.id +
            "' is not valid VCF: it must start with a letter or '_' and contain only letters, digits, "
            "'_' and '.'");
    }
    if (!std::regex_match(field.number, numberPattern)) {
        throw InputError("INFO " + field.id + ": Number '" + field.number +
                         "' must be an integer, A, R, G or .");
    }
    if (field.type != "Integer" && field.type != "Float" && field.type != "Flag" && field.type != "String") {
        throw InputError("INFO " + field.id + ": Type '" + field.type +
                         "' must be Integer, Float, Flag or String");
    }
    if (field.type == "Flag" && field.number != "0") {
        throw InputError("INFO " + field.id + ": a Flag must have Number=0");
    }
}

AnnotatedVcfWriter::AnnotatedVcfWriter(std::filesystem::path target, const VcfReader& source,
                                       std::vector<InfoField> fields,
                                       const std::vector<std::string>& extraHeaderLines)
    : target_(std::move(target)), fields_(std::move(fields)) {
    for (const InfoField& field : fields_) {
        validateInfoField(field);
    }
    header_ = bcf_hdr_dup(source.htsHeader());
    if (header_ == nullptr) {
        throw InputError(source.path(), "cannot copy the VCF header");
    }
    for (const InfoField& field : fields_) {
        if (bcf_hdr_id2int(header_, BCF_DT_ID, field.id.c_str()) >= 0 &&
            bcf_hdr_idinfo_exists(header_, BCF_HL_INFO,
                                  bcf_hdr_id2int(header_, BCF_DT_ID, field.id.c_str()))) {
            bcf_hdr_destroy(header_);
            throw InputError(source.path(),
                             "already has an INFO field " + field.id + "; Locuscope would overwrite it");
        }
        const std::string line = "##INFO=<ID=" + field.id + ",Number=" + field.number +
                                 ",Type=" + field.type + ",Description=\"" +
                                 escapeDescription(field.description) + "\">";
        if (bcf_hdr_append(header_, line.c_str()) != 0) {
            bcf_hdr_destroy(header_);
            throw InputError("cannot add the header line " + line);
        }
    }
    for (const std::string& line : extraHeaderLines) {
        if (line.rfind("##", 0) != 0 || line.find('\n') != std::string::npos ||
            bcf_hdr_append(header_, line.c_str()) != 0) {
            bcf_hdr_destroy(header_);
            throw InputError("not a VCF meta-information line: " + line);
        }
    }
    if (bcf_hdr_sync(header_) != 0) {
        bcf_hdr_destroy(header_);
        throw InputError(source.path(), "cannot prepare the annotated header");
    }
    const TemporaryFile temporary = createTemporaryBeside(target_);
    ::close(temporary.descriptor);
    temporary_ = temporary.path;
    file_ = hts_open(temporary_.c_str(), writeMode(target_));
    if (file_ == nullptr || bcf_hdr_write(file_, header_) != 0) {
        if (file_ != nullptr) {
            hts_close(file_);
        }
        std::filesystem::remove(temporary_);
        bcf_hdr_destroy(header_);
        throw InputError(target_, "cannot write the annotated VCF");
    }
    pending_ = std::make_unique<std::vector<Pending>>(fields_.size());
}

AnnotatedVcfWriter::~AnnotatedVcfWriter() {
    if (file_ != nullptr) {
        hts_close(file_);
    }
    if (!committed_ && !temporary_.empty()) {
        std::error_code ignored;
        std::filesystem::remove(temporary_, ignored);
    }
    if (header_ != nullptr) {
        bcf_hdr_destroy(header_);
    }
}

void AnnotatedVcfWriter::setFloats(std::size_t field, const std::vector<float>& values) {
    Pending& pending = pending_->at(field);
    pending.kind = Pending::Kind::Floats;
    pending.floats = values;
}

void AnnotatedVcfWriter::setIntegers(std::size_t field, const std::vector<int>& values) {
    Pending& pending = pending_->at(field);
    pending.kind = Pending::Kind::Integers;
    pending.integers = values;
}

void AnnotatedVcfWriter::setString(std::size_t field, const std::string& value) {
    Pending& pending = pending_->at(field);
    pending.kind = Pending::Kind::String;
    pending.text = value;
}

void AnnotatedVcfWriter::setFlag(std::size_t field, bool present) {
    Pending& pending = pending_->at(field);
    pending.kind = Pending::Kind::Flag;
    pending.flag = present;
}

void AnnotatedVcfWriter::write(const VcfRecord& record, const VcfReader& from) {
    bcf1_t* copy = bcf_dup(record.htsRecord());
    if (copy == nullptr) {
        throw std::bad_alloc();
    }
    // IDs of the source header -> ours (htslib keeps its translation table in the source header).
    bcf_translate(header_, const_cast<bcf_hdr_t*>(from.htsHeader()), copy);
    int status = 0;
    for (std::size_t i = 0; i < fields_.size() && status >= 0; ++i) {
        Pending& pending = (*pending_)[i];
        const char* id = fields_[i].id.c_str();
        switch (pending.kind) {
            case Pending::Kind::Unset:
                break;
            case Pending::Kind::Floats:
                for (float& value : pending.floats) {
                    if (std::isnan(value)) {
                        bcf_float_set_missing(value);
                    }
                }
                status = bcf_update_info_float(header_, copy, id, pending.floats.data(),
                                               static_cast<int>(pending.floats.size()));
                break;
            case Pending::Kind::Integers:
                status = bcf_update_info_int32(header_, copy, id, pending.integers.data(),
                                               static_cast<int>(pending.integers.size()));
                break;
            case Pending::Kind::String:
                status = bcf_update_info_string(header_, copy, id, pending.text.c_str());
                break;
            case Pending::Kind::Flag:
                status = bcf_update_info_flag(header_, copy, id, nullptr, pending.flag ? 1 : 0);
                break;
        }
        pending = Pending();
    }
    if (status < 0 || bcf_write(file_, header_, copy) != 0) {
        bcf_destroy(copy);
        throw InputError(target_,
                         "cannot write a record (disk full, or a value that does not fit its INFO field)");
    }
    bcf_destroy(copy);
}

void AnnotatedVcfWriter::commit() {
    const int closed = hts_close(file_);
    file_ = nullptr;
    if (closed != 0) {
        throw InputError(target_, "cannot finish the annotated VCF (disk full?)");
    }
    const int descriptor = ::open(temporary_.c_str(), O_RDONLY);
    if (descriptor >= 0) {
        ::fsync(descriptor);
        ::close(descriptor);
    }
    std::error_code error;
    std::filesystem::rename(temporary_, target_, error);
    if (error) {
        throw InputError(target_, "cannot move the annotated VCF into place: " + error.message());
    }
    committed_ = true;
}

}  // namespace locuscope
