#include <gtest/gtest.h>
#include <hdf5.h>
#include <unistd.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <functional>
#include <set>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "core/data/alphasimr_text_reader.h"
#include "core/data/dataset_loader.h"
#include "core/data/elm_hdf5_reader.h"
#include "core/data/heritability_adjustment.h"
#include "core/data/numpy_legacy_normal.h"
#include "core/data/plink_reader.h"
#include "core/data/true_effects_reader.h"
#include "core/runtime/input_error.h"

using namespace locuscope;
namespace fs = std::filesystem;

namespace {

const fs::path demoDir = fs::path(LOCUSCOPE_RESOURCES) / "demo" / "elm";
const fs::path fixtures = fs::path(LOCUSCOPE_TEST_DATA) / "elm";
const fs::path demoG = demoDir / "qhaplo_64qtl_10000n_rep1_g.txt";
const fs::path demoP = demoDir / "qhaplo_64qtl_10000n_rep1_p.txt";

// The InputError's message, or "" when `body` does not throw one (so EXPECT_* on it fails readably).
std::string inputErrorOf(const std::function<void()>& body) {
    try {
        body();
    } catch (const InputError& error) {
        return error.what();
    }
    return "";
}

bool contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

std::string readText(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

void writeText(const fs::path& path, const std::string& text) {
    std::ofstream out(path, std::ios::binary);
    out << text;
}

class TempDir {
public:
    TempDir() {
        const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
        path_ = fs::temp_directory_path() / ("locuscope-elm-" + std::to_string(::getpid()) + "-" +
                                             info->test_suite_name() + "-" + info->name());
        fs::remove_all(path_);
        fs::create_directories(path_);
    }
    ~TempDir() { fs::remove_all(path_); }
    const fs::path& path() const { return path_; }

private:
    fs::path path_;
};

// ---- HDF5 fixture in the exact layout of the pub's prep_data.py (h5py) -------------------------

struct Hdf5Fixture {
    std::vector<std::string> loci{"1_1", "1_2", "1_3"};
    std::vector<std::string> traits{"Trait1", "Trait2"};
    std::vector<std::string> ids{"2", "10", "1"};  // creation order; readers must give "1","10","2"
    std::vector<std::vector<std::int8_t>> oneHot{
        {1, 0, 0, 1, 0, 1},  // "2":  alleles 0 1 1
        {0, 1, 0, 1, 1, 0},  // "10": alleles 1 1 0
        {1, 0, 1, 0, 1, 0},  // "1":  alleles 0 0 0
    };
    std::vector<std::vector<double>> phenotypes{{2.5, -0.5}, {10.25, 1.0}, {1.125, -3.0}};
    bool writeMetadata = true;
    std::string skipPhenotypeOf;  // strain whose phenotype dataset is left out
};

void writeStrings(hid_t group, const char* name, const std::vector<std::string>& values) {
    const hid_t type = H5Tcopy(H5T_C_S1);
    H5Tset_size(type, H5T_VARIABLE);
    H5Tset_cset(type, H5T_CSET_UTF8);
    const hsize_t dims[1] = {values.size()};
    const hid_t space = H5Screate_simple(1, dims, nullptr);
    const hid_t dataset = H5Dcreate2(group, name, type, space, H5P_DEFAULT, H5P_DEFAULT, H5P_DEFAULT);
    std::vector<const char*> pointers;
    for (const auto& value : values) {
        pointers.push_back(value.c_str());
    }
    H5Dwrite(dataset, type, H5S_ALL, H5S_ALL, H5P_DEFAULT, pointers.data());
    H5Dclose(dataset);
    H5Sclose(space);
    H5Tclose(type);
}

void writeElmHdf5(const fs::path& path, const Hdf5Fixture& fixture) {
    const hid_t file = H5Fcreate(path.c_str(), H5F_ACC_TRUNC, H5P_DEFAULT, H5P_DEFAULT);
    ASSERT_GE(file, 0);
    if (fixture.writeMetadata) {
        const hid_t metadata = H5Gcreate2(file, "metadata", H5P_DEFAULT, H5P_DEFAULT, H5P_DEFAULT);
        writeStrings(metadata, "loci", fixture.loci);
        writeStrings(metadata, "phenotype_names", fixture.traits);
        H5Gclose(metadata);
    }
    const hid_t strains = H5Gcreate2(file, "strains", H5P_DEFAULT, H5P_DEFAULT, H5P_DEFAULT);
    for (std::size_t s = 0; s < fixture.ids.size(); ++s) {
        const hid_t strain =
            H5Gcreate2(strains, fixture.ids[s].c_str(), H5P_DEFAULT, H5P_DEFAULT, H5P_DEFAULT);
        const hsize_t genotypeDims[2] = {fixture.oneHot[s].size() / 2, 2};
        const hid_t genotypeSpace = H5Screate_simple(2, genotypeDims, nullptr);
        const hid_t chunked = H5Pcreate(H5P_DATASET_CREATE);
        H5Pset_chunk(chunked, 2, genotypeDims);
        H5Pset_deflate(chunked, 4);
        const hid_t genotype =
            H5Dcreate2(strain, "genotype", H5T_STD_I8LE, genotypeSpace, H5P_DEFAULT, chunked, H5P_DEFAULT);
        H5Dwrite(genotype, H5T_NATIVE_INT8, H5S_ALL, H5S_ALL, H5P_DEFAULT, fixture.oneHot[s].data());
        H5Dclose(genotype);
        H5Pclose(chunked);
        H5Sclose(genotypeSpace);
        if (fixture.ids[s] != fixture.skipPhenotypeOf) {
            const hsize_t phenotypeDims[1] = {fixture.phenotypes[s].size()};
            const hid_t phenotypeSpace = H5Screate_simple(1, phenotypeDims, nullptr);
            const hid_t phenotype = H5Dcreate2(strain, "phenotype", H5T_IEEE_F64LE, phenotypeSpace,
                                               H5P_DEFAULT, H5P_DEFAULT, H5P_DEFAULT);
            H5Dwrite(phenotype, H5T_NATIVE_DOUBLE, H5S_ALL, H5S_ALL, H5P_DEFAULT,
                     fixture.phenotypes[s].data());
            H5Dclose(phenotype);
            H5Sclose(phenotypeSpace);
        }
        H5Gclose(strain);
    }
    H5Gclose(strains);
    H5Fclose(file);
}

// ---- PLINK fixture: 3 SNPs x 5 samples ---------------------------------------------------------

// codes[snp][sample]: 0 = 00 hom A1, 1 = 01 missing, 2 = 10 het, 3 = 11 hom A2.
void writePlink(const fs::path& prefix, const std::vector<std::vector<unsigned>>& codes) {
    std::string bed = {0x6c, 0x1b, 0x01};
    for (const auto& snp : codes) {
        for (std::size_t first = 0; first < snp.size(); first += 4) {
            unsigned byte = 0;
            for (std::size_t k = 0; k < 4 && first + k < snp.size(); ++k) {
                byte |= snp[first + k] << (2 * k);
            }
            bed.push_back(static_cast<char>(byte));
        }
    }
    writeText(fs::path(prefix.string() + ".bed"), bed);
    writeText(fs::path(prefix.string() + ".bim"),
              "1\trs1\t0\t100\tA\tG\n1\trs2\t0\t200\tC\tT\n1\trs3\t0\t300\tG\tA\n");
    writeText(fs::path(prefix.string() + ".fam"),
              "f1 s1 0 0 1 -9\nf1 s2 0 0 2 -9\nf2 s3 0 0 1 -9\nf2 s4 0 0 2 -9\nf3 s5 0 0 0 -9\n");
}

const std::vector<std::vector<unsigned>> plinkCodes = {
    {0, 2, 3, 3, 0},
    {3, 3, 2, 0, 2},
    {2, 0, 0, 3, 3},
};

}  // namespace

// ---- NumpyLegacyNormal -------------------------------------------------------------------------

TEST(NumpyLegacyNormal, MatchesNumpyRandomStateSeed42) {
    const double expected[] = {0.4967141530112327, -0.13826430117118466, 0.6476885381006925,
                               1.5230298564080254, -0.23415337472333597};
    NumpyLegacyNormal rng(42);
    for (double value : expected) {
        EXPECT_NEAR(rng.standardNormal(), value, 1e-12);
    }
}

TEST(NumpyLegacyNormal, MatchesNumpyRandomStateSeed0) {
    const double expected[] = {1.764052345967664, 0.4001572083672233, 0.9787379841057392};
    NumpyLegacyNormal rng(0);
    for (double value : expected) {
        EXPECT_NEAR(rng.standardNormal(), value, 1e-12);
    }
}

TEST(NumpyLegacyNormal, NormalScalesTheSameSequence) {
    NumpyLegacyNormal reference(42);
    NumpyLegacyNormal scaled(42);
    double out[5];
    scaled.normal(1.0, 0.5, out, 5);
    for (double value : out) {
        EXPECT_DOUBLE_EQ(value, 1.0 + 0.5 * reference.standardNormal());
    }
    // numpy's legacy uniform: RandomState(42).random_sample() = 0.3745401188473625.
    EXPECT_NEAR(NumpyLegacyNormal(42).uniform(), 0.3745401188473625, 1e-15);
}

// ---- heritability adjustment -------------------------------------------------------------------

TEST(HeritabilityAdjustment, HeritabilityOneLeavesPhenotypesUnchanged) {
    GenotypeDataset data = readAlphaSimR(fixtures / "tiny" / "tiny_g.txt", fixtures / "tiny" / "tiny_p.txt");
    const std::vector<float> before = data.phenotypes;
    adjustHeritability(data, 1.0, 42);
    EXPECT_EQ(data.phenotypes, before);
}

TEST(HeritabilityAdjustment, RejectsHeritabilityOutsideZeroOne) {
    GenotypeDataset data = readAlphaSimR(fixtures / "tiny" / "tiny_g.txt", fixtures / "tiny" / "tiny_p.txt");
    EXPECT_THROW(adjustHeritability(data, 0.0, 42), InputError);
    EXPECT_THROW(adjustHeritability(data, 1.5, 42), InputError);
    EXPECT_THROW(adjustHeritability(data, std::nan(""), 42), InputError);
}

TEST(HeritabilityAdjustment, QuarterHeritabilityAddsTheNumpyNoiseSampleBySample) {
    GenotypeDataset data = readAlphaSimR(fixtures / "tiny" / "tiny_g.txt", fixtures / "tiny" / "tiny_p.txt");
    const std::vector<float> before = data.phenotypes;
    adjustHeritability(data, 0.25, 42);
    // numpy: rng = RandomState(42); per sample rng.normal(0, sqrt(0.75), size=2).
    NumpyLegacyNormal rng(42);
    for (std::size_t s = 0; s < data.samples(); ++s) {
        double noise[2];
        rng.normal(0.0, std::sqrt(0.75), noise, 2);
        for (std::size_t t = 0; t < 2; ++t) {
            const double expected = 0.5 * before[s * 2 + t] + noise[t];
            EXPECT_NEAR(data.phenotype(s, t), expected, 1e-6) << "sample " << s << " trait " << t;
        }
    }
    // First value by hand: 0.5 * 0.794463 + sqrt(0.75) * 0.4967141530112327.
    EXPECT_NEAR(data.phenotype(0, 0), 0.5 * 0.794463 + std::sqrt(0.75) * 0.4967141530112327, 1e-6);
}

TEST(HeritabilityAdjustment, QuarterHeritabilityHasTheExpectedMeanAndVariance) {
    GenotypeDataset data;
    const std::size_t samples = 20000;
    data.traitNames = {"a", "b"};
    for (std::size_t s = 0; s < samples; ++s) {
        data.sampleIds.push_back(std::to_string(s));
        data.phenotypes.push_back(s % 2 ? 1.0f : -1.0f);  // mean 0, variance 1
        data.phenotypes.push_back(3.0f);                  // constant: only noise varies
    }
    adjustHeritability(data, 0.25, 7);
    for (std::size_t t = 0; t < 2; ++t) {
        double sum = 0.0;
        double squares = 0.0;
        for (std::size_t s = 0; s < samples; ++s) {
            sum += data.phenotype(s, t);
            squares += data.phenotype(s, t) * data.phenotype(s, t);
        }
        const double mean = sum / samples;
        const double variance = squares / samples - mean * mean;
        EXPECT_NEAR(mean, t == 0 ? 0.0 : 1.5, 0.02) << "trait " << t;
        EXPECT_NEAR(variance, t == 0 ? 1.0 : 0.75, 0.03) << "trait " << t;
    }
}

// ---- HDF5 ----------------------------------------------------------------------------------------

TEST(ElmHdf5Reader, RoundTripsThePubLayoutInLexicographicOrder) {
    TempDir dir;
    const fs::path file = dir.path() / "x_train.hdf5";
    writeElmHdf5(file, Hdf5Fixture{});
    const GenotypeDataset data = readElmHdf5(file);
    EXPECT_EQ(data.sampleIds, (std::vector<std::string>{"1", "10", "2"}));
    EXPECT_EQ(data.locusNames, (std::vector<std::string>{"1_1", "1_2", "1_3"}));
    EXPECT_EQ(data.traitNames, (std::vector<std::string>{"Trait1", "Trait2"}));
    EXPECT_EQ(data.encoding, GenotypeEncoding::HaploidPlusMinusOne);
    EXPECT_EQ(data.genotypes, (std::vector<float>{-1, -1, -1, 1, 1, -1, -1, 1, 1}));
    EXPECT_EQ(data.phenotypes, (std::vector<float>{1.125f, -3.0f, 10.25f, 1.0f, 2.5f, -0.5f}));
}

TEST(ElmHdf5Reader, BadOneHotNamesTheStrainAndLocus) {
    TempDir dir;
    const fs::path file = dir.path() / "bad_onehot.hdf5";
    Hdf5Fixture fixture;
    fixture.oneHot[1] = {0, 1, 1, 1, 1, 0};  // strain "10", locus 1_2 = [1,1]
    writeElmHdf5(file, fixture);
    const std::string message = inputErrorOf([&] { readElmHdf5(file); });
    EXPECT_TRUE(contains(message, "bad_onehot.hdf5")) << message;
    EXPECT_TRUE(contains(message, "strain '10'")) << message;
    EXPECT_TRUE(contains(message, "1_2")) << message;
    EXPECT_TRUE(contains(message, "[1,1]")) << message;
}

TEST(ElmHdf5Reader, MissingGroupsAndDatasetsNameTheObject) {
    TempDir dir;
    Hdf5Fixture noMetadata;
    noMetadata.writeMetadata = false;
    writeElmHdf5(dir.path() / "no_metadata.hdf5", noMetadata);
    std::string message = inputErrorOf([&] { readElmHdf5(dir.path() / "no_metadata.hdf5"); });
    EXPECT_TRUE(contains(message, "no_metadata.hdf5")) << message;
    EXPECT_TRUE(contains(message, "missing HDF5 group /metadata")) << message;

    Hdf5Fixture noPhenotype;
    noPhenotype.skipPhenotypeOf = "2";
    writeElmHdf5(dir.path() / "no_phenotype.hdf5", noPhenotype);
    message = inputErrorOf([&] { readElmHdf5(dir.path() / "no_phenotype.hdf5"); });
    EXPECT_TRUE(contains(message, "no_phenotype.hdf5")) << message;
    EXPECT_TRUE(contains(message, "/strains/2/phenotype")) << message;

    writeText(dir.path() / "text.hdf5", "not hdf5\n");
    message = inputErrorOf([&] { readElmHdf5(dir.path() / "text.hdf5"); });
    EXPECT_TRUE(contains(message, "not an HDF5 file")) << message;
}

TEST(ElmHdf5Reader, WrongShapeAndNonFinitePhenotypeAreRejected) {
    TempDir dir;
    Hdf5Fixture shape;
    shape.oneHot[0] = {1, 0, 0, 1};  // strain "2" has 2 loci instead of 3
    writeElmHdf5(dir.path() / "shape.hdf5", shape);
    std::string message = inputErrorOf([&] { readElmHdf5(dir.path() / "shape.hdf5"); });
    EXPECT_TRUE(contains(message, "/strains/2/genotype has shape (2, 2)")) << message;

    Hdf5Fixture nan;
    nan.phenotypes[2][1] = std::nan("");
    writeElmHdf5(dir.path() / "nan.hdf5", nan);
    message = inputErrorOf([&] { readElmHdf5(dir.path() / "nan.hdf5"); });
    EXPECT_TRUE(contains(message, "nan.hdf5")) << message;
    EXPECT_TRUE(contains(message, "/strains/1/phenotype")) << message;
    EXPECT_TRUE(contains(message, "Trait2")) << message;
}

// ---- AlphaSimR text ------------------------------------------------------------------------------

TEST(AlphaSimRTextReader, ReadsTheShippedReferenceData) {
    const GenotypeDataset data = readAlphaSimR(demoG, demoP);
    ASSERT_EQ(data.samples(), 10000u);
    ASSERT_EQ(data.loci(), 64u);
    ASSERT_EQ(data.traits(), 5u);
    EXPECT_EQ(data.encoding, GenotypeEncoding::HaploidPlusMinusOne);
    EXPECT_EQ(data.sampleIds.front(), "1");
    EXPECT_EQ(data.sampleIds.back(), "10000");
    EXPECT_EQ(data.locusNames.front(), "1_1");
    EXPECT_EQ(data.locusNames.back(), "1_64");
    EXPECT_EQ(data.traitNames, (std::vector<std::string>{"Trait1", "Trait2", "Trait3", "Trait4", "Trait5"}));
    for (float value : data.genotypes) {
        ASSERT_TRUE(value == 1.0f || value == -1.0f) << value;
    }
    // g.txt row `1_1 0 1 1 0 0 1 ...`: locus 1 of individuals 1..6.
    const float firstLocus[] = {-1, 1, 1, -1, -1, 1};
    for (std::size_t s = 0; s < 6; ++s) {
        EXPECT_EQ(data.genotype(s, 0), firstLocus[s]) << "individual " << s + 1;
    }
    // p.txt: `1 -0.898800032150587 -0.961748105831754 0.78213330750015 -0.358241758962006 0.0703850573903366`
    const double firstRow[] = {-0.898800032150587, -0.961748105831754, 0.78213330750015, -0.358241758962006,
                               0.0703850573903366};
    for (std::size_t t = 0; t < 5; ++t) {
        EXPECT_EQ(data.phenotype(0, t), static_cast<float>(firstRow[t]));
    }
    EXPECT_EQ(data.phenotype(1, 1), static_cast<float>(-1.82718355412446));
}

TEST(AlphaSimRTextReader, ReadsDiploidFilesAsCentredDosage) {
    const GenotypeDataset data = readAlphaSimR(fixtures / "diploid_g.txt", fixtures / "tiny" / "tiny_p.txt");
    EXPECT_EQ(data.encoding, GenotypeEncoding::DiploidCentredDosage);
    ASSERT_EQ(data.samples(), 12u);
    ASSERT_EQ(data.loci(), 4u);
    // Row 1_1: `1 0 | 0 1 | 0 0 | 0 0 | 0 1 | 1 1 ...` -> dosages 1 1 0 0 1 2 -> 0 0 -1 -1 0 1.
    const float expected[] = {0, 0, -1, -1, 0, 1};
    for (std::size_t s = 0; s < 6; ++s) {
        EXPECT_EQ(data.genotype(s, 0), expected[s]) << "individual " << s + 1;
    }
}

TEST(AlphaSimRTextReader, ToleratesCrlfAndTrailingWhitespace) {
    TempDir dir;
    const auto crlf = [](std::string text) {
        std::string out;
        for (char c : text) {
            if (c == '\n') {
                out += " \t\r\n";
            } else {
                out += c;
            }
        }
        return out + "\r\n";
    };
    writeText(dir.path() / "c_g.txt", crlf(readText(fixtures / "tiny" / "tiny_g.txt")));
    writeText(dir.path() / "c_p.txt", crlf(readText(fixtures / "tiny" / "tiny_p.txt")));
    const GenotypeDataset plain =
        readAlphaSimR(fixtures / "tiny" / "tiny_g.txt", fixtures / "tiny" / "tiny_p.txt");
    const GenotypeDataset windows = readAlphaSimR(dir.path() / "c_g.txt", dir.path() / "c_p.txt");
    EXPECT_EQ(windows.sampleIds, plain.sampleIds);
    EXPECT_EQ(windows.locusNames, plain.locusNames);
    EXPECT_EQ(windows.traitNames, plain.traitNames);
    EXPECT_EQ(windows.genotypes, plain.genotypes);
    EXPECT_EQ(windows.phenotypes, plain.phenotypes);
    EXPECT_EQ(plain.traitNames.back(), "Trait2");
}

TEST(AlphaSimRTextReader, BadInputsNameFileLineAndProblem) {
    const fs::path tinyP = fixtures / "tiny" / "tiny_p.txt";
    const fs::path tinyG = fixtures / "tiny" / "tiny_g.txt";

    std::string message = inputErrorOf([&] { readAlphaSimR(fixtures / "value2_g.txt", tinyP); });
    EXPECT_TRUE(contains(message, "value2_g.txt:3:")) << message;
    EXPECT_TRUE(contains(message, "column 4")) << message;
    EXPECT_TRUE(contains(message, "'2'")) << message;

    message = inputErrorOf([&] { readAlphaSimR(tinyG, fixtures / "nan_p.txt"); });
    EXPECT_TRUE(contains(message, "nan_p.txt:5:")) << message;
    EXPECT_TRUE(contains(message, "not finite")) << message;

    message = inputErrorOf([&] { readAlphaSimR(fixtures / "mismatched_ids_g.txt", tinyP); });
    EXPECT_TRUE(contains(message, "mismatched_ids_g.txt:1:")) << message;
    EXPECT_TRUE(contains(message, "'6_1'")) << message;

    message = inputErrorOf([&] { readAlphaSimR(fixtures / "ragged_g.txt", tinyP); });
    EXPECT_TRUE(contains(message, "ragged_g.txt:4:")) << message;
    EXPECT_TRUE(contains(message, "12 columns, the header has 13")) << message;

    TempDir dir;
    writeText(dir.path() / "empty_p.txt", " \n\n");
    message = inputErrorOf([&] { readAlphaSimR(tinyG, dir.path() / "empty_p.txt"); });
    EXPECT_TRUE(contains(message, "empty_p.txt")) << message;
    EXPECT_TRUE(contains(message, "empty")) << message;

    message = inputErrorOf([&] { readAlphaSimR(tinyG, dir.path() / "absent_p.txt"); });
    EXPECT_TRUE(contains(message, "absent_p.txt: file not found")) << message;
}

// ---- true effects --------------------------------------------------------------------------------

TEST(TrueEffectsReader, ReadsPairsAsZeroBasedSymmetricPartners) {
    const TrueEffects truth = readTrueEffects(fixtures / "tiny" / "tiny_eff.txt", 2, 4);
    EXPECT_EQ(truth.partnerOf(0, 0), 1);
    EXPECT_EQ(truth.partnerOf(0, 2), 3);
    EXPECT_EQ(truth.partnerOf(1, 0), 2);  // 1-based 3
    EXPECT_EQ(truth.partnerOf(1, 3), 1);
    EXPECT_DOUBLE_EQ(truth.epistaticAt(0, 0), 0.0);  // zero effect keeps its partner
    EXPECT_DOUBLE_EQ(truth.pairEffect(1, 0, 2), 0.3);
    EXPECT_DOUBLE_EQ(truth.pairEffect(1, 2, 0), 0.3);
    EXPECT_DOUBLE_EQ(truth.pairEffect(1, 0, 1), 0.0);
    EXPECT_DOUBLE_EQ(truth.additiveAt(1, 3), 0.35);
    EXPECT_DOUBLE_EQ(truth.alleleFrequency[3], 0.25);
}

TEST(TrueEffectsReader, MissingRowsAsymmetricPairsAndWrongSizesAreRejected) {
    std::string message = inputErrorOf([&] { readTrueEffects(fixtures / "missing_row_eff.txt", 2, 4); });
    EXPECT_TRUE(contains(message, "missing_row_eff.txt")) << message;
    EXPECT_TRUE(contains(message, "trait 2, locus 4")) << message;

    message = inputErrorOf([&] { readTrueEffects(fixtures / "asymmetric_eff.txt", 2, 4); });
    EXPECT_TRUE(contains(message, "asymmetric_eff.txt:")) << message;
    EXPECT_TRUE(contains(message, "does not name it back")) << message;

    message = inputErrorOf([&] { readTrueEffects(fixtures / "tiny" / "tiny_eff.txt", 2, 3); });
    EXPECT_TRUE(contains(message, "tiny_eff.txt:4:")) << message;  // `1 3 0.3 4 ...`: partner 4
    EXPECT_TRUE(contains(message, "epi_loc 4 is outside 1..3")) << message;
}

// ---- PLINK ---------------------------------------------------------------------------------------

TEST(PlinkReader, ReadsA2DosagesCentredInFamOrder) {
    TempDir dir;
    writePlink(dir.path() / "toy", plinkCodes);
    writeText(dir.path() / "toy.pheno",
              "FID\tIID\tHeight\tWeight\nf3 s5 5 50\nf1 s1 1 10\nf1 s2 2 20\n"
              "f2 s3 3 30\nf2 s4 4 40\nf9 extra 9 90\n");
    const GenotypeDataset data = readPlink(dir.path() / "toy.bed", dir.path() / "toy.pheno");
    EXPECT_EQ(data.encoding, GenotypeEncoding::DiploidCentredDosage);
    EXPECT_EQ(data.sampleIds, (std::vector<std::string>{"s1", "s2", "s3", "s4", "s5"}));
    EXPECT_EQ(data.locusNames, (std::vector<std::string>{"rs1", "rs2", "rs3"}));
    EXPECT_EQ(data.traitNames, (std::vector<std::string>{"Height", "Weight"}));
    // code 00 -> -1, 10 -> 0, 11 -> +1 (A2 dosage - 1); samples x SNPs.
    const std::vector<float> expected = {-1, 1, 0, 0, 1, -1, 1, 0, -1, 1, -1, 1, -1, 0, 1};
    EXPECT_EQ(data.genotypes, expected);
    EXPECT_EQ(data.phenotypes, (std::vector<float>{1, 10, 2, 20, 3, 30, 4, 40, 5, 50}));

    // IID-only header, and the prefix instead of the .bed name.
    writeText(dir.path() / "iid.txt", "IID Height\ns1 1\ns2 2\ns3 3\ns4 4\ns5 5\n");
    EXPECT_EQ(readPlink(dir.path() / "toy", dir.path() / "iid.txt").phenotypes,
              (std::vector<float>{1, 2, 3, 4, 5}));
}

TEST(PlinkReader, MissingGenotypesAndPhenotypesAreErrors) {
    TempDir dir;
    auto codes = plinkCodes;
    codes[1][3] = 1;  // s4 at rs2 missing
    writePlink(dir.path() / "gap", codes);
    writeText(dir.path() / "gap.pheno", "FID IID y\nf1 s1 1\nf1 s2 2\nf2 s3 3\nf2 s4 4\nf3 s5 5\n");
    std::string message = inputErrorOf([&] { readPlink(dir.path() / "gap.bed", dir.path() / "gap.pheno"); });
    EXPECT_TRUE(contains(message, "gap.bed")) << message;
    EXPECT_TRUE(contains(message, "missing genotype for sample 's4' at SNP 'rs2'")) << message;

    writePlink(dir.path() / "ok", plinkCodes);
    writeText(dir.path() / "short.pheno", "FID IID y\nf1 s1 1\nf1 s2 2\nf2 s3 3\nf3 s5 5\n");
    message = inputErrorOf([&] { readPlink(dir.path() / "ok.bed", dir.path() / "short.pheno"); });
    EXPECT_TRUE(contains(message, "short.pheno")) << message;
    EXPECT_TRUE(contains(message, "'s4'")) << message;

    writeText(dir.path() / "ok.bim", "1\trs1\t0\t100\tA\tG\n");  // .bed now too long for 1 SNP
    message = inputErrorOf([&] { readPlink(dir.path() / "ok.bed", dir.path() / "gap.pheno"); });
    EXPECT_TRUE(contains(message, "ok.bed")) << message;
    EXPECT_TRUE(contains(message, "do not match")) << message;
}

// ---- dataset loader ------------------------------------------------------------------------------

TEST(DatasetLoader, ShippedDemoGivesThePubSplitWithTruth) {
    const DatasetSplit split = loadDataset(demoDir);
    ASSERT_EQ(split.train.samples(), 8500u);
    ASSERT_EQ(split.test.samples(), 1500u);
    EXPECT_EQ(split.train.loci(), 64u);
    EXPECT_EQ(split.test.traits(), 5u);
    EXPECT_EQ(split.train.sampleIds[0], "1");
    EXPECT_EQ(split.train.sampleIds[1], "10");
    EXPECT_EQ(split.train.sampleIds[2], "100");
    EXPECT_EQ(split.train.sampleIds.back(), "999");
    EXPECT_EQ(split.test.sampleIds.front(), "10000");
    EXPECT_EQ(split.test.sampleIds[1], "8501");
    EXPECT_TRUE(contains(split.description, "head/tail split 8500/1500")) << split.description;

    ASSERT_TRUE(split.hasTruth);
    const TrueEffects& truth = split.truth;
    ASSERT_EQ(truth.traits, 5u);
    ASSERT_EQ(truth.loci, 64u);
    for (std::size_t t = 0; t < 5; ++t) {
        std::set<std::pair<int, int>> pairs;
        for (std::size_t l = 0; l < 64; ++l) {
            const int partner = truth.partnerOf(t, l);
            ASSERT_GE(partner, 0);
            EXPECT_EQ(truth.partnerOf(t, static_cast<std::size_t>(partner)), static_cast<int>(l));
            EXPECT_EQ(truth.epistaticAt(t, l), truth.epistaticAt(t, static_cast<std::size_t>(partner)));
            const int locus = static_cast<int>(l);
            pairs.insert({std::min(locus, partner), std::max(locus, partner)});
            if (t == 0) {
                EXPECT_EQ(truth.epistaticAt(t, l), 0.0);
            }
        }
        EXPECT_EQ(pairs.size(), 32u) << "trait " << t + 1;
    }
    // eff.txt line 2: `1 1 -0.0257108191841117 36 0 0.5036`.
    EXPECT_DOUBLE_EQ(truth.additiveAt(0, 0), -0.0257108191841117);
    EXPECT_EQ(truth.partnerOf(0, 0), 35);
    EXPECT_DOUBLE_EQ(truth.alleleFrequency[0], 0.5036);

    // Individual "10000" is the last p.txt row; its phenotypes survive the split and reordering.
    const GenotypeDataset all = readAlphaSimR(demoG, demoP);
    for (std::size_t t = 0; t < 5; ++t) {
        EXPECT_EQ(split.test.phenotype(0, t), all.phenotype(9999, t));
    }
    for (std::size_t l = 0; l < 64; ++l) {
        EXPECT_EQ(split.test.genotype(0, l), all.genotype(9999, l));
    }
}

TEST(DatasetLoader, FindsSiblingsFromAnyFileOrPrefix) {
    const fs::path tiny = fixtures / "tiny";
    const DatasetSplit fromDir = loadDataset(tiny);
    EXPECT_EQ(fromDir.train.sampleIds,
              (std::vector<std::string>{"1", "10", "2", "3", "4", "5", "6", "7", "8", "9"}));
    EXPECT_EQ(fromDir.test.sampleIds, (std::vector<std::string>{"11", "12"}));
    EXPECT_TRUE(fromDir.hasTruth);
    for (const fs::path& path : {tiny / "tiny_g.txt", tiny / "tiny_p.txt", tiny / "tiny"}) {
        const DatasetSplit split = loadDataset(path);
        EXPECT_EQ(split.train.sampleIds, fromDir.train.sampleIds) << path;
        EXPECT_EQ(split.test.phenotypes, fromDir.test.phenotypes) << path;
        EXPECT_TRUE(split.hasTruth) << path;
    }
}

TEST(DatasetLoader, RandomSplitIsSeededAndSorted) {
    const fs::path tiny = fixtures / "tiny";
    DatasetLoadOptions options;
    options.split = SplitMethod::Random;
    options.testFraction = 0.25;
    options.seed = 7;
    const DatasetSplit a = loadDataset(tiny, options);
    const DatasetSplit b = loadDataset(tiny, options);
    ASSERT_EQ(a.train.samples(), 9u);
    ASSERT_EQ(a.test.samples(), 3u);
    EXPECT_EQ(a.train.sampleIds, b.train.sampleIds);
    EXPECT_TRUE(std::is_sorted(a.train.sampleIds.begin(), a.train.sampleIds.end()));
    EXPECT_TRUE(std::is_sorted(a.test.sampleIds.begin(), a.test.sampleIds.end()));
    std::set<std::string> all(a.train.sampleIds.begin(), a.train.sampleIds.end());
    all.insert(a.test.sampleIds.begin(), a.test.sampleIds.end());
    EXPECT_EQ(all.size(), 12u);
    EXPECT_TRUE(contains(a.description, "random split 9/3 (seed 7)")) << a.description;
    // Some seed among a few must give a test set other than the head/tail one.
    bool differs = false;
    for (std::uint64_t seed = 1; seed <= 5 && !differs; ++seed) {
        options.seed = seed;
        differs = loadDataset(tiny, options).test.sampleIds != std::vector<std::string>{"10", "11", "12"};
    }
    EXPECT_TRUE(differs);
}

TEST(DatasetLoader, HdfPairKeepsItsSplitOrIsResplit) {
    TempDir dir;
    writeElmHdf5(dir.path() / "sim_train.hdf5", Hdf5Fixture{});
    Hdf5Fixture test;
    test.ids = {"3"};
    test.oneHot = {{0, 1, 0, 1, 0, 1}};
    test.phenotypes = {{3.0, 3.5}};
    writeElmHdf5(dir.path() / "sim_test.hdf5", test);

    const DatasetSplit split = loadDataset(dir.path());
    EXPECT_EQ(split.train.sampleIds, (std::vector<std::string>{"1", "10", "2"}));
    EXPECT_EQ(split.test.sampleIds, (std::vector<std::string>{"3"}));
    EXPECT_FALSE(split.hasTruth);
    EXPECT_TRUE(contains(split.description, "pre-split HDF5")) << split.description;
    EXPECT_EQ(loadDataset(dir.path() / "sim_test.hdf5").train.sampleIds, split.train.sampleIds);

    DatasetLoadOptions halves;
    halves.split = SplitMethod::HeadTail;
    halves.testFraction = 0.5;
    const DatasetSplit resplit = loadDataset(dir.path() / "sim_train.hdf5", halves);
    EXPECT_EQ(resplit.train.sampleIds, (std::vector<std::string>{"1", "10"}));
    EXPECT_EQ(resplit.test.sampleIds, (std::vector<std::string>{"2", "3"}));
    EXPECT_EQ(resplit.test.phenotype(1, 1), 3.5f);
}

TEST(DatasetLoader, SaysWhatIsMissing) {
    TempDir dir;
    std::string message = inputErrorOf([&] { loadDataset(dir.path()); });
    EXPECT_TRUE(contains(message, "no genotype dataset found")) << message;

    writeText(dir.path() / "a_g.txt", readText(fixtures / "tiny" / "tiny_g.txt"));
    message = inputErrorOf([&] { loadDataset(dir.path()); });
    EXPECT_TRUE(contains(message, "a_g.txt without a_p.txt")) << message;
    message = inputErrorOf([&] { loadDataset(dir.path() / "a_g.txt"); });
    EXPECT_TRUE(contains(message, "a_p.txt is missing")) << message;

    writePlink(dir.path() / "toy", plinkCodes);
    message = inputErrorOf([&] { loadDataset(dir.path() / "toy.bed"); });
    EXPECT_TRUE(contains(message, "toy.pheno or toy_p.txt")) << message;

    Hdf5Fixture fixture;
    writeElmHdf5(dir.path() / "h_train.hdf5", fixture);
    message = inputErrorOf([&] { loadDataset(dir.path() / "h_train.hdf5"); });
    EXPECT_TRUE(contains(message, "h_test.hdf5 is missing")) << message;

    Hdf5Fixture otherLoci;
    otherLoci.loci = {"a", "b", "c"};
    writeElmHdf5(dir.path() / "h_test.hdf5", otherLoci);
    message = inputErrorOf([&] { loadDataset(dir.path() / "h_train.hdf5"); });
    EXPECT_TRUE(contains(message, "h_test.hdf5: its loci differ")) << message;

    DatasetLoadOptions bad;
    bad.testFraction = 1.0;
    EXPECT_THROW(loadDataset(fixtures / "tiny", bad), InputError);
}
