#include "core/data/elm_hdf5_writer.h"

#include <fcntl.h>
#include <hdf5.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <string>
#include <utility>

#include "core/io/atomic_file_writer.h"
#include "core/runtime/input_error.h"
#include "core/runtime/silent_progress.h"

namespace locuscope {
namespace {

constexpr unsigned kGzipLevel = 4;  // h5py's default for compression="gzip", as the pub's files
constexpr std::size_t kStrainsPerReport = 256;

// Owns one HDF5 identifier.
class Handle {
public:
    Handle() = default;
    Handle(hid_t id, herr_t (*close)(hid_t)) : id_(id), close_(close) {}
    ~Handle() { reset(); }
    Handle(Handle&& other) noexcept : id_(std::exchange(other.id_, H5I_INVALID_HID)), close_(other.close_) {}
    Handle& operator=(Handle&& other) noexcept {
        if (this != &other) {
            reset();
            id_ = std::exchange(other.id_, H5I_INVALID_HID);
            close_ = other.close_;
        }
        return *this;
    }
    Handle(const Handle&) = delete;
    Handle& operator=(const Handle&) = delete;

    hid_t get() const { return id_; }
    // Closes now and reports whether HDF5 managed to (flushes for files).
    bool close() {
        const bool ok = id_ < 0 || close_(id_) >= 0;
        id_ = H5I_INVALID_HID;
        return ok;
    }
    void reset() {
        if (id_ >= 0) {
            close_(id_);
        }
        id_ = H5I_INVALID_HID;
    }

private:
    hid_t id_ = H5I_INVALID_HID;
    herr_t (*close_)(hid_t) = nullptr;
};

// The innermost message of HDF5's error stack ("unable to open file", ...), for our InputError.
herr_t keepDeepest(unsigned, const H5E_error2_t* error, void* data) {
    auto* message = static_cast<std::string*>(data);
    if (message->empty() && error->desc != nullptr) {
        *message = error->desc;
    }
    return 0;
}

std::string hdf5Problem() {
    std::string message;
    H5Ewalk2(H5E_DEFAULT, H5E_WALK_DOWNWARD, keepDeepest, &message);
    H5Eclear2(H5E_DEFAULT);
    return message.empty() ? "HDF5 error" : message;
}

// HDF5 prints its error stack to stderr by default; we turn failures into InputError instead.
class QuietHdf5Errors {
public:
    QuietHdf5Errors() {
        H5Eget_auto2(H5E_DEFAULT, &function_, &data_);
        H5Eset_auto2(H5E_DEFAULT, nullptr, nullptr);
    }
    ~QuietHdf5Errors() { H5Eset_auto2(H5E_DEFAULT, function_, data_); }
    QuietHdf5Errors(const QuietHdf5Errors&) = delete;
    QuietHdf5Errors& operator=(const QuietHdf5Errors&) = delete;

private:
    H5E_auto2_t function_ = nullptr;
    void* data_ = nullptr;
};

std::string systemError() {
    return std::strerror(errno);
}

hid_t created(hid_t id, const std::filesystem::path& target, const std::string& what) {
    if (id < 0) {
        throw InputError(target, "cannot write " + what + ": " + hdf5Problem());
    }
    return id;
}

void succeeded(herr_t status, const std::filesystem::path& target, const std::string& what) {
    if (status < 0) {
        throw InputError(target, "cannot write " + what + ": " + hdf5Problem());
    }
}

}  // namespace

struct ElmHdf5Writer::State {
    std::filesystem::path temporary;
    Handle file;
    bool written = false;
    bool committed = false;
};

ElmHdf5Writer::ElmHdf5Writer(std::filesystem::path target)
    : target_(std::move(target)), state_(std::make_unique<State>()) {
    // The temporary name is reserved here; HDF5 then truncates and owns that file.
    TemporaryFile reserved = createTemporaryBeside(target_);
    ::close(reserved.descriptor);
    state_->temporary = std::move(reserved.path);

    QuietHdf5Errors quiet;
    const hid_t file = H5Fcreate(state_->temporary.c_str(), H5F_ACC_TRUNC, H5P_DEFAULT, H5P_DEFAULT);
    if (file < 0) {
        const std::string problem = hdf5Problem();
        std::error_code ignored;
        std::filesystem::remove(state_->temporary, ignored);
        throw InputError(target_, "cannot create the HDF5 file: " + problem);
    }
    state_->file = Handle(file, H5Fclose);
}

ElmHdf5Writer::~ElmHdf5Writer() {
    if (!state_->committed) {
        {
            QuietHdf5Errors quiet;
            state_->file.reset();
        }
        std::error_code ignored;
        std::filesystem::remove(state_->temporary, ignored);
    }
}

void ElmHdf5Writer::write(const GenotypeDataset& data, const std::vector<double>& phenotypes,
                          std::size_t first, std::size_t count, Progress& progress) {
    const std::size_t loci = data.loci();
    const std::size_t traits = data.traits();
    if (state_->written) {
        throw InputError(target_, "ELM HDF5 writer: write() may be called only once per file");
    }
    if (data.encoding != GenotypeEncoding::HaploidPlusMinusOne) {
        throw InputError(target_,
                         "the ELM HDF5 layout holds haploid genotypes only; write diploid data as "
                         "AlphaSimR text or PLINK");
    }
    if (first > data.samples() || count > data.samples() - first) {
        throw InputError(target_, "ELM HDF5 writer: samples " + std::to_string(first) + "+" +
                                      std::to_string(count) + " out of range (" +
                                      std::to_string(data.samples()) + " samples)");
    }
    if (data.genotypes.size() != data.samples() * loci ||
        (phenotypes.empty() ? data.phenotypes.size() : phenotypes.size()) != data.samples() * traits) {
        throw InputError(target_,
                         "ELM HDF5 writer: genotype or phenotype matrix does not match the sample, locus "
                         "and trait counts");
    }

    QuietHdf5Errors quiet;
    const hid_t file = state_->file.get();

    // Metadata: variable-length UTF-8 strings, as h5py writes a list of str.
    Handle stringType(created(H5Tcopy(H5T_C_S1), target_, "string type"), H5Tclose);
    succeeded(H5Tset_size(stringType.get(), H5T_VARIABLE), target_, "string type");
    succeeded(H5Tset_cset(stringType.get(), H5T_CSET_UTF8), target_, "string type");
    Handle metadata(
        created(H5Gcreate2(file, "metadata", H5P_DEFAULT, H5P_DEFAULT, H5P_DEFAULT), target_, "/metadata"),
        H5Gclose);
    const auto writeStrings = [&](const char* name, const std::vector<std::string>& values) {
        std::vector<const char*> pointers;
        for (const std::string& value : values) {
            pointers.push_back(value.c_str());
        }
        const hsize_t size = values.size();
        Handle space(created(H5Screate_simple(1, &size, nullptr), target_, name), H5Sclose);
        Handle dataset(created(H5Dcreate2(metadata.get(), name, stringType.get(), space.get(), H5P_DEFAULT,
                                          H5P_DEFAULT, H5P_DEFAULT),
                               target_, std::string("/metadata/") + name),
                       H5Dclose);
        if (!pointers.empty()) {
            succeeded(
                H5Dwrite(dataset.get(), stringType.get(), H5S_ALL, H5S_ALL, H5P_DEFAULT, pointers.data()),
                target_, std::string("/metadata/") + name);
        }
    };
    writeStrings("loci", data.locusNames);
    writeStrings("phenotype_names", data.traitNames);

    Handle strains(
        created(H5Gcreate2(file, "strains", H5P_DEFAULT, H5P_DEFAULT, H5P_DEFAULT), target_, "/strains"),
        H5Gclose);
    const hsize_t genotypeShape[2] = {loci, 2};
    const hsize_t phenotypeShape[1] = {traits};
    Handle genotypeSpace(created(H5Screate_simple(2, genotypeShape, nullptr), target_, "genotype space"),
                         H5Sclose);
    Handle phenotypeSpace(created(H5Screate_simple(1, phenotypeShape, nullptr), target_, "phenotype space"),
                          H5Sclose);
    Handle genotypeLayout(created(H5Pcreate(H5P_DATASET_CREATE), target_, "genotype layout"), H5Pclose);
    succeeded(H5Pset_chunk(genotypeLayout.get(), 2, genotypeShape), target_, "genotype layout");
    succeeded(H5Pset_deflate(genotypeLayout.get(), kGzipLevel), target_, "genotype layout");

    std::vector<std::int8_t> oneHot(loci * 2);
    std::vector<double> values(traits);
    for (std::size_t i = 0; i < count; ++i) {
        if (i % kStrainsPerReport == 0) {
            throwIfCancelled(progress);
            progress.report(static_cast<std::int64_t>(i), static_cast<std::int64_t>(count),
                            "Writing HDF5 strains");
        }
        const std::size_t sample = first + i;
        const std::string& id = data.sampleIds[sample];
        for (std::size_t l = 0; l < loci; ++l) {
            const float x = data.genotypes[sample * loci + l];
            if (x != -1.0f && x != 1.0f) {
                throw InputError(target_, "sample '" + id + "', locus '" + data.locusNames[l] +
                                              "': genotype " + std::to_string(x) + " is not -1 or +1");
            }
            oneHot[2 * l] = x < 0 ? 1 : 0;
            oneHot[2 * l + 1] = x < 0 ? 0 : 1;
        }
        for (std::size_t t = 0; t < traits; ++t) {
            values[t] = phenotypes.empty() ? static_cast<double>(data.phenotypes[sample * traits + t])
                                           : phenotypes[sample * traits + t];
        }
        const std::string where = "/strains/" + id;
        Handle strain(created(H5Gcreate2(strains.get(), id.c_str(), H5P_DEFAULT, H5P_DEFAULT, H5P_DEFAULT),
                              target_, where),
                      H5Gclose);
        Handle genotype(created(H5Dcreate2(strain.get(), "genotype", H5T_STD_I8LE, genotypeSpace.get(),
                                           H5P_DEFAULT, genotypeLayout.get(), H5P_DEFAULT),
                                target_, where + "/genotype"),
                        H5Dclose);
        succeeded(H5Dwrite(genotype.get(), H5T_NATIVE_INT8, H5S_ALL, H5S_ALL, H5P_DEFAULT, oneHot.data()),
                  target_, where + "/genotype");
        Handle phenotype(created(H5Dcreate2(strain.get(), "phenotype", H5T_IEEE_F64LE, phenotypeSpace.get(),
                                            H5P_DEFAULT, H5P_DEFAULT, H5P_DEFAULT),
                                 target_, where + "/phenotype"),
                         H5Dclose);
        succeeded(H5Dwrite(phenotype.get(), H5T_NATIVE_DOUBLE, H5S_ALL, H5S_ALL, H5P_DEFAULT, values.data()),
                  target_, where + "/phenotype");
    }
    progress.report(static_cast<std::int64_t>(count), static_cast<std::int64_t>(count),
                    "Written HDF5 strains");
    state_->written = true;
}

void ElmHdf5Writer::commit() {
    if (!state_->written) {
        throw InputError(target_, "nothing was written; not committing");
    }
    {
        QuietHdf5Errors quiet;
        if (!state_->file.close()) {
            throw InputError(target_, "cannot finish the HDF5 file: " + hdf5Problem());
        }
    }
    const int descriptor = ::open(state_->temporary.c_str(), O_RDWR);
    if (descriptor < 0) {
        throw InputError(target_, "cannot reopen the written file: " + systemError());
    }
    // mkstemp made it 0600; give it the permissions a normal new file would get.
    const mode_t mask = ::umask(0);
    ::umask(mask);
    ::fchmod(descriptor, 0666 & ~mask);
    const bool synced = ::fsync(descriptor) == 0;
    const std::string syncError = synced ? "" : systemError();
    ::close(descriptor);
    if (!synced) {
        throw InputError(target_, "fsync failed: " + syncError);
    }
    if (::rename(state_->temporary.c_str(), target_.c_str()) != 0) {
        throw InputError(target_, "cannot replace the file: " + systemError());
    }
    state_->committed = true;
}

void writeElmHdf5(const GenotypeDataset& data, const std::filesystem::path& file, Progress& progress) {
    ElmHdf5Writer writer(file);
    writer.write(data, {}, 0, data.samples(), progress);
    writer.commit();
}

ElmHdf5SplitFiles elmHdf5SplitFiles(const std::filesystem::path& prefix) {
    if (prefix.empty() || !prefix.has_filename()) {
        throw InputError(prefix, "output prefix needs a file name part (e.g. out/pop -> out/pop_train.hdf5)");
    }
    return ElmHdf5SplitFiles{prefix.string() + "_train.hdf5", prefix.string() + "_test.hdf5"};
}

std::size_t elmTrainSamples(std::size_t samples, double testFraction) {
    if (!(testFraction > 0 && testFraction < 1)) {
        throw InputError("test fraction must be between 0 and 1 (exclusive), got " +
                         std::to_string(testFraction));
    }
    // Python's round() halves to even; (1 - f) n is rarely exactly .5, and nearbyint does the same.
    const double train = std::nearbyint((1.0 - testFraction) * static_cast<double>(samples));
    if (train < 1 || train > static_cast<double>(samples) - 1) {
        throw InputError("a test fraction of " + std::to_string(testFraction) + " of " +
                         std::to_string(samples) + " samples leaves the training or the test file empty");
    }
    return static_cast<std::size_t>(train);
}

ElmHdf5SplitFiles writeElmHdf5Split(const SimulatedPopulation& population,
                                    const std::filesystem::path& prefix, double testFraction,
                                    Progress& progress) {
    const std::size_t samples = population.data.samples();
    const std::size_t train = elmTrainSamples(samples, testFraction);
    const ElmHdf5SplitFiles files = elmHdf5SplitFiles(prefix);
    ElmHdf5Writer trainWriter(files.train);
    ElmHdf5Writer testWriter(files.test);
    trainWriter.write(population.data, population.phenotypes, 0, train, progress);
    testWriter.write(population.data, population.phenotypes, train, samples - train, progress);
    trainWriter.commit();
    testWriter.commit();
    return files;
}

void writeElmHdf5Split(const SimulatedPopulation& population, const std::filesystem::path& prefix,
                       double testFraction) {
    SilentProgress progress;
    writeElmHdf5Split(population, prefix, testFraction, progress);
}

}  // namespace locuscope
