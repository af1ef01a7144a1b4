#include "core/data/elm_hdf5_reader.h"

#include <hdf5.h>

#include <cmath>
#include <cstdint>
#include <cstring>
#include <string>
#include <utility>
#include <vector>

#include "core/runtime/input_error.h"

namespace locuscope {
namespace {

// Owns an HDF5 identifier and closes it with the matching H5?close.
class Hdf5Handle {
public:
    Hdf5Handle(hid_t id, herr_t (*close)(hid_t)) : id_(id), close_(close) {}
    Hdf5Handle(Hdf5Handle&& other) noexcept : id_(std::exchange(other.id_, -1)), close_(other.close_) {}
    Hdf5Handle(const Hdf5Handle&) = delete;
    Hdf5Handle& operator=(const Hdf5Handle&) = delete;
    Hdf5Handle& operator=(Hdf5Handle&&) = delete;
    ~Hdf5Handle() {
        if (id_ >= 0) {
            close_(id_);
        }
    }
    hid_t get() const { return id_; }
    bool valid() const { return id_ >= 0; }

private:
    hid_t id_;
    herr_t (*close_)(hid_t);
};

// HDF5 prints its error stack to stderr by default; we report our own InputErrors instead.
class QuietHdf5Errors {
public:
    QuietHdf5Errors() {
        H5Eget_auto2(H5E_DEFAULT, &function_, &data_);
        H5Eset_auto2(H5E_DEFAULT, nullptr, nullptr);
    }
    QuietHdf5Errors(const QuietHdf5Errors&) = delete;
    QuietHdf5Errors& operator=(const QuietHdf5Errors&) = delete;
    ~QuietHdf5Errors() { H5Eset_auto2(H5E_DEFAULT, function_, data_); }

private:
    H5E_auto2_t function_ = nullptr;
    void* data_ = nullptr;
};

class ElmHdf5File {
public:
    explicit ElmHdf5File(const std::filesystem::path& file) : path_(file) {
        std::error_code error;
        if (!std::filesystem::is_regular_file(file, error)) {
            throw InputError(file, "file not found");
        }
        if (H5Fis_hdf5(file.c_str()) <= 0) {
            throw InputError(file, "not an HDF5 file");
        }
        file_ = H5Fopen(file.c_str(), H5F_ACC_RDONLY, H5P_DEFAULT);
        if (file_ < 0) {
            throw InputError(file, "cannot open the HDF5 file");
        }
    }
    ElmHdf5File(const ElmHdf5File&) = delete;
    ElmHdf5File& operator=(const ElmHdf5File&) = delete;
    ~ElmHdf5File() { H5Fclose(file_); }

    [[noreturn]] void fail(const std::string& problem) const { throw InputError(path_, problem); }

    // Fails with "missing HDF5 group /strains" etc. naming the first missing path component.
    void requirePath(const std::string& objectPath, const char* kind) const {
        std::size_t slash = 0;
        while (slash != std::string::npos) {
            slash = objectPath.find('/', slash + 1);
            const std::string prefix = objectPath.substr(0, slash);
            if (H5Lexists(file_, prefix.c_str(), H5P_DEFAULT) <= 0) {
                fail(std::string("missing HDF5 ") + (slash == std::string::npos ? kind : "group") + " " +
                     prefix);
            }
        }
    }

    // `name` relative to `location`; `objectPath` is its absolute path, for messages.
    Hdf5Handle openDataset(hid_t location, const char* name, const std::string& objectPath) const {
        Hdf5Handle dataset(H5Dopen2(location, name, H5P_DEFAULT), H5Dclose);
        if (!dataset.valid()) {
            requirePath(objectPath, "dataset");
            fail(objectPath + " is not a readable dataset");
        }
        return dataset;
    }

    std::vector<hsize_t> shape(const Hdf5Handle& dataset) const {
        Hdf5Handle space(H5Dget_space(dataset.get()), H5Sclose);
        const int rank = space.valid() ? H5Sget_simple_extent_ndims(space.get()) : -1;
        if (rank < 0) {
            fail("cannot read a dataspace");
        }
        std::vector<hsize_t> dims(static_cast<std::size_t>(rank));
        H5Sget_simple_extent_dims(space.get(), dims.data(), nullptr);
        return dims;
    }

    H5T_class_t typeClass(const Hdf5Handle& dataset) const {
        Hdf5Handle type(H5Dget_type(dataset.get()), H5Tclose);
        return type.valid() ? H5Tget_class(type.get()) : H5T_NO_CLASS;
    }

    // A 1-D dataset of strings, variable-length (h5py's string_dtype) or fixed-length.
    std::vector<std::string> readStrings(const std::string& objectPath) const {
        const Hdf5Handle dataset = openDataset(file_, objectPath.c_str(), objectPath);
        const auto dims = shape(dataset);
        Hdf5Handle fileType(H5Dget_type(dataset.get()), H5Tclose);
        if (dims.size() != 1 || H5Tget_class(fileType.get()) != H5T_STRING) {
            fail(objectPath + " must be a 1-D dataset of strings");
        }
        const std::size_t count = dims[0];
        std::vector<std::string> strings(count);
        Hdf5Handle memoryType(H5Tcopy(H5T_C_S1), H5Tclose);
        H5Tset_cset(memoryType.get(), H5Tget_cset(fileType.get()));
        if (H5Tis_variable_str(fileType.get()) > 0) {
            H5Tset_size(memoryType.get(), H5T_VARIABLE);
            std::vector<char*> pointers(count, nullptr);
            if (H5Dread(dataset.get(), memoryType.get(), H5S_ALL, H5S_ALL, H5P_DEFAULT, pointers.data()) <
                0) {
                fail("cannot read " + objectPath);
            }
            for (std::size_t i = 0; i < count; ++i) {
                strings[i] = pointers[i] ? pointers[i] : "";
            }
            Hdf5Handle space(H5Dget_space(dataset.get()), H5Sclose);
            H5Dvlen_reclaim(memoryType.get(), space.get(), H5P_DEFAULT, pointers.data());
        } else {
            const std::size_t width = H5Tget_size(fileType.get());
            H5Tset_size(memoryType.get(), width);
            H5Tset_strpad(memoryType.get(), H5T_STR_NULLPAD);
            std::vector<char> buffer(count * width);
            if (H5Dread(dataset.get(), memoryType.get(), H5S_ALL, H5S_ALL, H5P_DEFAULT, buffer.data()) < 0) {
                fail("cannot read " + objectPath);
            }
            for (std::size_t i = 0; i < count; ++i) {
                const char* text = buffer.data() + i * width;
                strings[i].assign(text, strnlen(text, width));
            }
        }
        return strings;
    }

    // Strain names in HDF5's name-index order (byte-wise strcmp, the order h5py's keys() lists).
    std::vector<std::string> strainNames(hid_t strains) const {
        std::vector<std::string> names;
        hsize_t index = 0;
        const auto collect = [](hid_t, const char* name, const H5L_info_t*, void* out) -> herr_t {
            static_cast<std::vector<std::string>*>(out)->emplace_back(name);
            return 0;
        };
        if (H5Literate(strains, H5_INDEX_NAME, H5_ITER_INC, &index, collect, &names) < 0) {
            fail("cannot list the members of /strains");
        }
        return names;
    }

    hid_t id() const { return file_; }

private:
    std::filesystem::path path_;
    hid_t file_ = -1;
};

std::string shapeText(const std::vector<hsize_t>& dims) {
    std::string text = "(";
    for (std::size_t i = 0; i < dims.size(); ++i) {
        text += (i ? ", " : "") + std::to_string(dims[i]);
    }
    return text + (dims.size() == 1 ? ",)" : ")");
}

}  // namespace

GenotypeDataset readElmHdf5(const std::filesystem::path& file) {
    const QuietHdf5Errors quiet;
    const ElmHdf5File h5(file);

    GenotypeDataset data;
    data.encoding = GenotypeEncoding::HaploidPlusMinusOne;
    data.locusNames = h5.readStrings("/metadata/loci");
    data.traitNames = h5.readStrings("/metadata/phenotype_names");
    const std::size_t loci = data.loci();
    const std::size_t traits = data.traits();
    if (loci == 0 || traits == 0) {
        h5.fail("/metadata/loci and /metadata/phenotype_names must not be empty");
    }

    h5.requirePath("/strains", "group");
    Hdf5Handle strains(H5Gopen2(h5.id(), "/strains", H5P_DEFAULT), H5Gclose);
    if (!strains.valid()) {
        h5.fail("/strains is not a group");
    }
    data.sampleIds = h5.strainNames(strains.get());
    const std::size_t samples = data.samples();
    if (samples == 0) {
        h5.fail("/strains holds no strains");
    }

    data.genotypes.resize(samples * loci);
    data.phenotypes.resize(samples * traits);
    std::vector<std::int8_t> oneHot(loci * 2);
    std::vector<double> values(traits);
    for (std::size_t s = 0; s < samples; ++s) {
        const std::string& id = data.sampleIds[s];
        const std::string base = "/strains/" + id;
        // Opening the strain's group once halves the name lookups in the large /strains group.
        const Hdf5Handle strain(H5Gopen2(strains.get(), id.c_str(), H5P_DEFAULT), H5Gclose);
        if (!strain.valid()) {
            h5.fail(base + " is not a group");
        }

        const std::string genotypePath = base + "/genotype";
        const Hdf5Handle genotype = h5.openDataset(strain.get(), "genotype", genotypePath);
        const auto genotypeShape = h5.shape(genotype);
        if (genotypeShape != std::vector<hsize_t>{loci, 2}) {
            h5.fail(genotypePath + " has shape " + shapeText(genotypeShape) + ", expected (" +
                    std::to_string(loci) + ", 2) for the " + std::to_string(loci) +
                    " loci of /metadata/loci");
        }
        if (h5.typeClass(genotype) != H5T_INTEGER) {
            h5.fail(genotypePath + " is not an integer dataset (expected int8 one-hot)");
        }
        if (H5Dread(genotype.get(), H5T_NATIVE_INT8, H5S_ALL, H5S_ALL, H5P_DEFAULT, oneHot.data()) < 0) {
            h5.fail("cannot read " + genotypePath);
        }
        float* row = data.genotypes.data() + s * loci;
        for (std::size_t locus = 0; locus < loci; ++locus) {
            const int first = oneHot[2 * locus];
            const int second = oneHot[2 * locus + 1];
            if (first == 1 && second == 0) {
                row[locus] = -1.0f;
            } else if (first == 0 && second == 1) {
                row[locus] = 1.0f;
            } else {
                h5.fail("strain '" + id + "', locus '" + data.locusNames[locus] + "' (#" +
                        std::to_string(locus + 1) + "): one-hot genotype [" + std::to_string(first) + "," +
                        std::to_string(second) + "] is neither [1,0] (allele 0) nor [0,1] (allele 1)");
            }
        }

        const std::string phenotypePath = base + "/phenotype";
        const Hdf5Handle phenotype = h5.openDataset(strain.get(), "phenotype", phenotypePath);
        const auto phenotypeShape = h5.shape(phenotype);
        if (phenotypeShape != std::vector<hsize_t>{traits}) {
            h5.fail(phenotypePath + " has shape " + shapeText(phenotypeShape) + ", expected (" +
                    std::to_string(traits) + ",) for the traits of /metadata/phenotype_names");
        }
        const H5T_class_t phenotypeClass = h5.typeClass(phenotype);
        if (phenotypeClass != H5T_FLOAT && phenotypeClass != H5T_INTEGER) {
            h5.fail(phenotypePath + " is not a numeric dataset");
        }
        if (H5Dread(phenotype.get(), H5T_NATIVE_DOUBLE, H5S_ALL, H5S_ALL, H5P_DEFAULT, values.data()) < 0) {
            h5.fail("cannot read " + phenotypePath);
        }
        for (std::size_t t = 0; t < traits; ++t) {
            if (!std::isfinite(values[t])) {
                h5.fail(phenotypePath + ": value " + std::to_string(t + 1) + " (" + data.traitNames[t] +
                        ") is not finite");
            }
            data.phenotypes[s * traits + t] = static_cast<float>(values[t]);
        }
    }
    return data;
}

}  // namespace locuscope
