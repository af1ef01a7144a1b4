#include <gtest/gtest.h>
#include <hdf5.h>
#include <unistd.h>

#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "core/data/alphasimr_text_writer.h"
#include "core/data/elm_hdf5_writer.h"
#include "core/data/population_simulator.h"
#include "core/runtime/input_error.h"
#include "core/runtime/operation_cancelled.h"
#include "core/runtime/silent_progress.h"

using namespace locuscope;
namespace fs = std::filesystem;

namespace {

// Turns cancelled after a number of reports, as a user pressing Cancel mid-run.
class CancelAfterReports : public Progress {
public:
    explicit CancelAfterReports(int reports) : left_(reports) {}
    void report(std::int64_t, std::int64_t, std::string_view) override {
        if (left_ > 0) {
            --left_;
        }
    }
    bool cancelled() const override { return left_ == 0; }

private:
    int left_;
};

SimulationConfig smallConfig() {
    SimulationConfig config;
    config.loci = 20;
    config.samples = 3000;
    return config;
}

SimulatedPopulation simulate(const SimulationConfig& config) {
    SilentProgress progress;
    return simulatePopulation(config, progress);
}

double mean(const std::vector<double>& values) {
    double sum = 0;
    for (double value : values) {
        sum += value;
    }
    return sum / static_cast<double>(values.size());
}

double variance(const std::vector<double>& values) {
    const double centre = mean(values);
    double sum = 0;
    for (double value : values) {
        sum += (value - centre) * (value - centre);
    }
    return sum / static_cast<double>(values.size());
}

// The additive and pairwise parts of G per sample, recomputed here from the truth and genotypes.
struct Parts {
    std::vector<double> additive;
    std::vector<double> epistatic;
};

Parts recompute(const SimulatedPopulation& population, std::size_t trait) {
    const GenotypeDataset& data = population.data;
    const TrueEffects& truth = population.truth;
    Parts parts{std::vector<double>(data.samples(), 0.0), std::vector<double>(data.samples(), 0.0)};
    for (std::size_t s = 0; s < data.samples(); ++s) {
        for (std::size_t i = 0; i < data.loci(); ++i) {
            parts.additive[s] += truth.additiveAt(trait, i) * data.genotype(s, i);
            const int j = truth.partnerOf(trait, i);
            if (j > static_cast<int>(i)) {  // each pair once
                parts.epistatic[s] += truth.pairEffect(trait, i, static_cast<std::size_t>(j)) *
                                      data.genotype(s, i) * data.genotype(s, static_cast<std::size_t>(j));
            }
        }
    }
    return parts;
}

std::vector<std::string> words(const std::string& line) {
    std::istringstream stream(line);
    std::vector<std::string> result;
    for (std::string word; stream >> word;) {
        result.push_back(word);
    }
    return result;
}

std::vector<std::vector<std::string>> readTable(const fs::path& file) {
    std::ifstream in(file);
    std::vector<std::vector<std::string>> rows;
    for (std::string line; std::getline(in, line);) {
        rows.push_back(words(line));
    }
    return rows;
}

double number(const std::string& text) {
    return std::strtod(text.c_str(), nullptr);
}

class PopulationSimulatorTest : public ::testing::Test {
protected:
    void SetUp() override {
        directory =
            fs::temp_directory_path() / ("locuscope-sim-" + std::to_string(::getpid()) + "-" +
                                         ::testing::UnitTest::GetInstance()->current_test_info()->name());
        fs::remove_all(directory);
        fs::create_directories(directory);
    }
    void TearDown() override { fs::remove_all(directory); }

    std::size_t entries() const {
        return static_cast<std::size_t>(std::distance(fs::directory_iterator(directory), {}));
    }

    fs::path directory;
};

// Minimal HDF5 reading for the checks below.
struct H5Object {
    hid_t id;
    herr_t (*close)(hid_t);
    ~H5Object() {
        if (id >= 0) {
            close(id);
        }
    }
};

std::vector<std::string> readStrings(hid_t file, const char* path) {
    H5Object dataset{H5Dopen2(file, path, H5P_DEFAULT), H5Dclose};
    H5Object type{H5Dget_type(dataset.id), H5Tclose};
    EXPECT_TRUE(H5Tis_variable_str(type.id) > 0) << path;
    EXPECT_EQ(H5Tget_cset(type.id), H5T_CSET_UTF8) << path;
    H5Object space{H5Dget_space(dataset.id), H5Sclose};
    const hssize_t count = H5Sget_simple_extent_npoints(space.id);
    std::vector<char*> pointers(static_cast<std::size_t>(count), nullptr);
    H5Object memoryType{H5Tcopy(H5T_C_S1), H5Tclose};
    H5Tset_size(memoryType.id, H5T_VARIABLE);
    H5Tset_cset(memoryType.id, H5T_CSET_UTF8);
    EXPECT_GE(H5Dread(dataset.id, memoryType.id, H5S_ALL, H5S_ALL, H5P_DEFAULT, pointers.data()), 0);
    std::vector<std::string> result(pointers.begin(), pointers.end());
#if H5_VERSION_GE(1, 12, 0)
    H5Treclaim(memoryType.id, space.id, H5P_DEFAULT, pointers.data());
#else
    H5Dvlen_reclaim(memoryType.id, space.id, H5P_DEFAULT, pointers.data());
#endif
    return result;
}

std::size_t strainCount(hid_t file) {
    H5Object strains{H5Gopen2(file, "strains", H5P_DEFAULT), H5Gclose};
    H5G_info_t info;
    H5Gget_info(strains.id, &info);
    return static_cast<std::size_t>(info.nlinks);
}

}  // namespace

TEST_F(PopulationSimulatorTest, SameSeedGivesIdenticalPopulationAndOtherSeedDiffers) {
    SimulationConfig config = smallConfig();
    config.heritability = 0.7;
    const SimulatedPopulation first = simulate(config);
    const SimulatedPopulation second = simulate(config);
    EXPECT_EQ(first.haplotypes, second.haplotypes);
    EXPECT_EQ(first.data.genotypes, second.data.genotypes);
    EXPECT_EQ(first.phenotypes, second.phenotypes);
    EXPECT_EQ(first.truth.additive, second.truth.additive);
    EXPECT_EQ(first.truth.partner, second.truth.partner);
    EXPECT_EQ(first.truth.epistatic, second.truth.epistatic);
    EXPECT_EQ(first.truth.alleleFrequency, second.truth.alleleFrequency);

    config.seed = 2;
    const SimulatedPopulation other = simulate(config);
    EXPECT_NE(first.haplotypes, other.haplotypes);
    EXPECT_NE(first.phenotypes, other.phenotypes);
    EXPECT_NE(first.truth.additive, other.truth.additive);
    EXPECT_NE(first.truth.partner, other.truth.partner);
}

TEST_F(PopulationSimulatorTest, NamesFollowThePubFiles) {
    const SimulatedPopulation population = simulate(smallConfig());
    ASSERT_EQ(population.data.samples(), 3000u);
    EXPECT_EQ(population.data.sampleIds.front(), "1");
    EXPECT_EQ(population.data.sampleIds.back(), "3000");
    EXPECT_EQ(population.data.locusNames.front(), "1_1");
    EXPECT_EQ(population.data.locusNames.back(), "1_20");
    EXPECT_EQ(population.data.traitNames,
              (std::vector<std::string>{"Trait1", "Trait2", "Trait3", "Trait4", "Trait5"}));
}

TEST_F(PopulationSimulatorTest, HaploidGenotypesArePlusMinusOneFromTheAlleles) {
    const SimulatedPopulation population = simulate(smallConfig());
    EXPECT_EQ(population.data.encoding, GenotypeEncoding::HaploidPlusMinusOne);
    ASSERT_EQ(population.haplotypes.size(), population.data.genotypes.size());
    std::set<float> seen;
    for (std::size_t i = 0; i < population.data.genotypes.size(); ++i) {
        const float x = population.data.genotypes[i];
        ASSERT_TRUE(x == -1.0f || x == 1.0f) << x;
        ASSERT_EQ(x, 2.0f * population.haplotypes[i] - 1.0f);
        seen.insert(x);
    }
    EXPECT_EQ(seen.size(), 2u);
}

TEST_F(PopulationSimulatorTest, DiploidGenotypesAreCentredDosages) {
    SimulationConfig config = smallConfig();
    config.ploidy = 2;
    const SimulatedPopulation population = simulate(config);
    EXPECT_EQ(population.data.encoding, GenotypeEncoding::DiploidCentredDosage);
    ASSERT_EQ(population.haplotypes.size(), 2 * population.data.genotypes.size());
    std::set<float> seen;
    for (std::size_t i = 0; i < population.data.genotypes.size(); ++i) {
        const float x = population.data.genotypes[i];
        ASSERT_TRUE(x == -1.0f || x == 0.0f || x == 1.0f) << x;
        ASSERT_EQ(x, static_cast<float>(population.haplotypes[2 * i] + population.haplotypes[2 * i + 1] - 1));
        seen.insert(x);
    }
    EXPECT_EQ(seen.size(), 3u);
}

TEST_F(PopulationSimulatorTest, RealisedAlleleFrequenciesStayInTheRequestedRange) {
    for (int ploidy : {1, 2}) {
        SimulationConfig config = smallConfig();
        config.loci = 60;
        config.samples = 20000;
        config.ploidy = ploidy;
        config.minFrequency = 0.2;
        config.maxFrequency = 0.3;
        const SimulatedPopulation population = simulate(config);
        double lowest = 1, highest = 0;
        for (std::size_t l = 0; l < population.data.loci(); ++l) {
            std::size_t ones = 0;
            for (std::size_t s = 0; s < population.data.samples(); ++s) {
                for (int copy = 0; copy < ploidy; ++copy) {
                    ones += static_cast<std::size_t>(population.haplotypes[(s * 60 + l) * ploidy + copy]);
                }
            }
            const double frequency = static_cast<double>(ones) / (20000.0 * ploidy);
            EXPECT_DOUBLE_EQ(population.truth.alleleFrequency[l], frequency);
            // Sampling SD is at most 0.0035 here; 0.015 is > 4 SD.
            EXPECT_GT(frequency, 0.2 - 0.015);
            EXPECT_LT(frequency, 0.3 + 0.015);
            lowest = std::min(lowest, frequency);
            highest = std::max(highest, frequency);
        }
        EXPECT_GT(highest - lowest, 0.05) << "frequencies should spread over the range";
    }
}

TEST_F(PopulationSimulatorTest, PairsAreDisjointSymmetricAndDifferBetweenTraits) {
    for (int pairs : {-1, 6}) {
        SimulationConfig config = smallConfig();
        config.pairs = pairs;
        const SimulatedPopulation population = simulate(config);
        const TrueEffects& truth = population.truth;
        const int expectedPairs = pairs < 0 ? 10 : pairs;
        for (std::size_t t = 0; t < truth.traits; ++t) {
            int paired = 0;
            for (std::size_t i = 0; i < truth.loci; ++i) {
                const int j = truth.partnerOf(t, i);
                if (j < 0) {
                    EXPECT_EQ(truth.epistaticAt(t, i), 0.0);
                    continue;
                }
                ++paired;
                ASSERT_LT(j, 20);
                EXPECT_NE(j, static_cast<int>(i));
                EXPECT_EQ(truth.partnerOf(t, static_cast<std::size_t>(j)), static_cast<int>(i));
                EXPECT_EQ(truth.epistaticAt(t, i), truth.epistaticAt(t, static_cast<std::size_t>(j)));
                EXPECT_EQ(truth.pairEffect(t, i, static_cast<std::size_t>(j)), truth.epistaticAt(t, i));
            }
            EXPECT_EQ(paired, 2 * expectedPairs) << "trait " << t;
        }
        bool differ = false;
        for (std::size_t i = 0; i < truth.loci; ++i) {
            differ = differ || truth.partnerOf(1, i) != truth.partnerOf(2, i);
        }
        EXPECT_TRUE(differ);
    }
}

TEST_F(PopulationSimulatorTest, ZeroShareHasNoPairEffectsButListsPairs) {
    const SimulatedPopulation population = simulate(smallConfig());
    const TrueEffects& truth = population.truth;
    for (std::size_t i = 0; i < truth.loci; ++i) {
        EXPECT_EQ(truth.epistaticAt(0, i), 0.0);
        EXPECT_GE(truth.partnerOf(0, i), 0);
        EXPECT_NE(truth.epistaticAt(4, i), 0.0);  // share 3
        EXPECT_NE(truth.additiveAt(0, i), 0.0);
    }
    EXPECT_EQ(population.traitVariances[0].epistatic, 0.0);
}

TEST_F(PopulationSimulatorTest, RealisedVarianceSharesMatchTheConfig) {
    SimulationConfig config = smallConfig();
    config.epistaticShare = {0, 0.1, 0.5, 1, 3};
    const SimulatedPopulation population = simulate(config);
    for (std::size_t t = 0; t < 5; ++t) {
        const Parts parts = recompute(population, t);
        std::vector<double> genetic(parts.additive.size());
        for (std::size_t s = 0; s < genetic.size(); ++s) {
            genetic[s] = parts.additive[s] + parts.epistatic[s];
        }
        const double ratio = variance(parts.epistatic) / variance(parts.additive);
        EXPECT_NEAR(ratio, config.epistaticShare[t], 1e-6 * (1 + config.epistaticShare[t])) << "trait " << t;
        EXPECT_NEAR(variance(genetic), 1.0, 1e-6) << "trait " << t;
        EXPECT_NEAR(population.traitVariances[t].genetic, 1.0, 1e-9);
        EXPECT_NEAR(population.traitVariances[t].additive, variance(parts.additive), 1e-6);
        EXPECT_NEAR(population.traitVariances[t].epistatic, variance(parts.epistatic), 1e-6);
    }
}

TEST_F(PopulationSimulatorTest, PhenotypeIsTheModelPlusOneInterceptWithoutNoise) {
    for (int ploidy : {1, 2}) {
        SimulationConfig config = smallConfig();
        config.ploidy = ploidy;
        const SimulatedPopulation population = simulate(config);
        const std::size_t samples = population.data.samples();
        for (std::size_t t = 0; t < 5; ++t) {
            const Parts parts = recompute(population, t);
            const double intercept = population.traitVariances[t].intercept;
            std::vector<double> phenotype(samples);
            for (std::size_t s = 0; s < samples; ++s) {
                phenotype[s] = population.phenotypes[s * 5 + t];
                const double model = parts.additive[s] + parts.epistatic[s] + intercept;
                ASSERT_NEAR(phenotype[s], model, 1e-9 * std::max(1.0, std::abs(model)))
                    << "ploidy " << ploidy << " trait " << t << " sample " << s;
                ASSERT_EQ(population.data.phenotype(s, t), static_cast<float>(phenotype[s]));
            }
            EXPECT_NEAR(mean(phenotype), 0.0, 1e-12);
            EXPECT_NEAR(variance(phenotype), 1.0, 1e-9);
            EXPECT_NEAR(population.traitVariances[t].phenotypic, 1.0, 1e-9);
        }
    }
}

TEST_F(PopulationSimulatorTest, HeritabilityOneHalfDoublesThePhenotypicVariance) {
    SimulationConfig config = smallConfig();
    config.samples = 20000;
    config.heritability = 0.5;
    const SimulatedPopulation population = simulate(config);
    for (std::size_t t = 0; t < 5; ++t) {
        const Parts parts = recompute(population, t);
        std::vector<double> phenotype(config.samples), noise(config.samples);
        for (std::size_t s = 0; s < phenotype.size(); ++s) {
            phenotype[s] = population.phenotypes[s * 5 + t];
            noise[s] = phenotype[s] -
                       (parts.additive[s] + parts.epistatic[s] + population.traitVariances[t].intercept);
        }
        // SD of a variance estimate from 20000 normals is about 2 * sqrt(2/20000) = 0.02.
        EXPECT_NEAR(variance(phenotype), 2.0, 0.1) << "trait " << t;
        EXPECT_NEAR(variance(noise), 1.0, 0.05) << "trait " << t;
        EXPECT_NEAR(mean(noise), 0.0, 0.05) << "trait " << t;
        EXPECT_NEAR(population.traitVariances[t].phenotypic, variance(phenotype), 1e-9);
    }
}

TEST_F(PopulationSimulatorTest, InvalidConfigurationsAreInputErrors) {
    const auto rejects = [](auto change) {
        SimulationConfig config = smallConfig();
        change(config);
        SilentProgress progress;
        EXPECT_THROW(simulatePopulation(config, progress), InputError);
    };
    rejects([](SimulationConfig& c) { c.pairs = 11; });  // > loci/2
    rejects([](SimulationConfig& c) { c.pairs = -2; });
    rejects([](SimulationConfig& c) { c.epistaticShare = {0, 1}; });
    rejects([](SimulationConfig& c) { c.traits = 6; });
    rejects([](SimulationConfig& c) { c.epistaticShare = {0, 0.1, -0.5, 1, 3}; });
    rejects([](SimulationConfig& c) { c.heritability = 0; });
    rejects([](SimulationConfig& c) { c.heritability = 1.5; });
    rejects([](SimulationConfig& c) { c.minFrequency = 0.7; });  // > max 0.6
    rejects([](SimulationConfig& c) { c.maxFrequency = 1.2; });
    rejects([](SimulationConfig& c) { c.ploidy = 3; });
    rejects([](SimulationConfig& c) { c.loci = 0; });
    rejects([](SimulationConfig& c) { c.samples = 1; });
    rejects([](SimulationConfig& c) { c.pairs = 0; });  // shares > 0 need pairs

    SimulationConfig fine = smallConfig();
    fine.pairs = 0;
    fine.epistaticShare = {0, 0, 0, 0, 0};
    EXPECT_NO_THROW(simulate(fine));
}

TEST_F(PopulationSimulatorTest, CancellationStopsTheSimulation) {
    SimulationConfig config = smallConfig();
    config.samples = 5000;  // several chunks
    CancelAfterReports progress(2);
    EXPECT_THROW(simulatePopulation(config, progress), OperationCancelled);
}

TEST_F(PopulationSimulatorTest, CancelledWritersLeaveNoFiles) {
    SimulationConfig config = smallConfig();
    config.loci = 200;  // several genotype blocks in the text writer
    const SimulatedPopulation population = simulate(config);
    {
        CancelAfterReports progress(2);
        EXPECT_THROW(writeAlphaSimRText(population, directory / "pop", progress), OperationCancelled);
    }
    EXPECT_EQ(entries(), 0u);
    {
        CancelAfterReports progress(3);
        EXPECT_THROW(writeElmHdf5Split(population, directory / "pop", 0.15, progress), OperationCancelled);
    }
    EXPECT_EQ(entries(), 0u);
}

TEST_F(PopulationSimulatorTest, WritingIntoAMissingDirectoryFailsAndLeavesNoFiles) {
    const SimulatedPopulation population = simulate(smallConfig());
    SilentProgress progress;
    EXPECT_THROW(writeAlphaSimRText(population, directory / "missing" / "pop", progress), InputError);
    EXPECT_THROW(writeElmHdf5Split(population, directory / "missing" / "pop"), InputError);
    EXPECT_FALSE(fs::exists(directory / "missing"));
    EXPECT_EQ(entries(), 0u);
}

TEST_F(PopulationSimulatorTest, TextFilesReadBackToTheSamePopulation) {
    for (int ploidy : {1, 2}) {
        SimulationConfig config = smallConfig();
        config.samples = 500;
        config.ploidy = ploidy;
        config.pairs = 8;  // 4 loci per trait in no pair -> epi_loc 0
        config.heritability = 0.8;
        const SimulatedPopulation population = simulate(config);
        SilentProgress progress;
        const AlphaSimRTextFiles files = writeAlphaSimRText(population, directory / "pop", progress);
        EXPECT_EQ(files.genotypes, directory / "pop_g.txt");
        EXPECT_EQ(entries(), 3u);

        const auto g = readTable(files.genotypes);
        ASSERT_EQ(g.size(), 21u);
        ASSERT_EQ(g[0].size(), 1u + 500u * ploidy);
        EXPECT_EQ(g[0][0], "qtl");
        if (ploidy == 1) {
            EXPECT_EQ(g[0][1], "1_1");
            EXPECT_EQ(g[0][2], "2_1");
        } else {
            EXPECT_EQ(g[0][1], "1_1");
            EXPECT_EQ(g[0][2], "1_2");
            EXPECT_EQ(g[0][3], "2_1");
            EXPECT_EQ(g[0][4], "2_2");
        }
        EXPECT_EQ(g[0].back(), "500_" + std::to_string(ploidy));
        for (std::size_t l = 0; l < 20; ++l) {
            ASSERT_EQ(g[l + 1].size(), g[0].size());
            EXPECT_EQ(g[l + 1][0], "1_" + std::to_string(l + 1));
            for (std::size_t s = 0; s < 500; ++s) {
                for (std::size_t copy = 0; copy < static_cast<std::size_t>(ploidy); ++copy) {
                    const std::string& cell = g[l + 1][1 + s * ploidy + copy];
                    ASSERT_EQ(cell, std::to_string(population.haplotypes[(s * 20 + l) * ploidy + copy]))
                        << "locus " << l << " sample " << s;
                }
            }
        }

        const auto p = readTable(files.phenotypes);
        ASSERT_EQ(p.size(), 501u);
        EXPECT_EQ(p[0], (std::vector<std::string>{"ind", "Trait1", "Trait2", "Trait3", "Trait4", "Trait5"}));
        for (std::size_t s = 0; s < 500; ++s) {
            ASSERT_EQ(p[s + 1].size(), 6u);
            EXPECT_EQ(p[s + 1][0], std::to_string(s + 1));
            for (std::size_t t = 0; t < 5; ++t) {
                ASSERT_EQ(number(p[s + 1][t + 1]), population.phenotypes[s * 5 + t]);  // full precision
            }
        }

        const auto eff = readTable(files.effects);
        ASSERT_EQ(eff.size(), 1u + 5u * 20u);
        EXPECT_EQ(eff[0],
                  (std::vector<std::string>{"trait", "locus", "add_eff", "epi_loc", "epi_eff", "sfs"}));
        const TrueEffects& truth = population.truth;
        int unpaired = 0;
        for (std::size_t t = 0; t < 5; ++t) {
            for (std::size_t l = 0; l < 20; ++l) {
                const auto& row = eff[1 + t * 20 + l];
                ASSERT_EQ(row.size(), 6u);
                EXPECT_EQ(row[0], std::to_string(t + 1));
                EXPECT_EQ(row[1], std::to_string(l + 1));
                EXPECT_EQ(number(row[2]), truth.additiveAt(t, l));
                EXPECT_EQ(std::stoi(row[3]), truth.partnerOf(t, l) + 1);
                EXPECT_EQ(number(row[4]), truth.epistaticAt(t, l));
                EXPECT_EQ(number(row[5]), truth.alleleFrequency[l]);
                unpaired += row[3] == "0" ? 1 : 0;
            }
        }
        EXPECT_EQ(unpaired, 5 * (20 - 16));
        fs::remove_all(directory);
        fs::create_directories(directory);
    }
}

TEST_F(PopulationSimulatorTest, Hdf5SplitHasThePubLayoutAndOneHotCoding) {
    SimulationConfig config = smallConfig();
    config.samples = 200;
    config.heritability = 0.9;
    const SimulatedPopulation population = simulate(config);
    writeElmHdf5Split(population, directory / "pop");
    EXPECT_EQ(entries(), 2u);
    EXPECT_EQ(elmTrainSamples(10000, 0.15), 8500u);

    const std::size_t train = 170;  // round(0.85 * 200)
    for (const bool isTrain : {true, false}) {
        const fs::path path = directory / (isTrain ? "pop_train.hdf5" : "pop_test.hdf5");
        ASSERT_TRUE(fs::exists(path));
        H5Object file{H5Fopen(path.c_str(), H5F_ACC_RDONLY, H5P_DEFAULT), H5Fclose};
        ASSERT_GE(file.id, 0);
        EXPECT_EQ(readStrings(file.id, "/metadata/loci"), population.data.locusNames);
        EXPECT_EQ(readStrings(file.id, "/metadata/phenotype_names"), population.data.traitNames);
        const std::size_t first = isTrain ? 0 : train;
        const std::size_t count = isTrain ? train : 200 - train;
        EXPECT_EQ(strainCount(file.id), count);

        for (std::size_t s = first; s < first + count; ++s) {
            const std::string group = "/strains/" + std::to_string(s + 1);
            H5Object genotype{H5Dopen2(file.id, (group + "/genotype").c_str(), H5P_DEFAULT), H5Dclose};
            ASSERT_GE(genotype.id, 0) << group;
            H5Object space{H5Dget_space(genotype.id), H5Sclose};
            hsize_t dims[2] = {0, 0};
            ASSERT_EQ(H5Sget_simple_extent_dims(space.id, dims, nullptr), 2);
            EXPECT_EQ(dims[0], 20u);
            EXPECT_EQ(dims[1], 2u);
            H5Object type{H5Dget_type(genotype.id), H5Tclose};
            EXPECT_EQ(H5Tget_class(type.id), H5T_INTEGER);
            EXPECT_EQ(H5Tget_size(type.id), 1u);
            EXPECT_EQ(H5Tget_sign(type.id), H5T_SGN_2);
            if (s == first) {
                H5Object layout{H5Dget_create_plist(genotype.id), H5Pclose};
                hsize_t chunk[2] = {0, 0};
                EXPECT_EQ(H5Pget_layout(layout.id), H5D_CHUNKED);
                EXPECT_EQ(H5Pget_chunk(layout.id, 2, chunk), 2);
                EXPECT_EQ(chunk[0], 20u);
                EXPECT_EQ(chunk[1], 2u);
                ASSERT_EQ(H5Pget_nfilters(layout.id), 1);
                unsigned flags = 0;
                std::size_t elements = 1;
                unsigned level = 0;
                EXPECT_EQ(H5Pget_filter2(layout.id, 0, &flags, &elements, &level, 0, nullptr, nullptr),
                          H5Z_FILTER_DEFLATE);
            }
            std::vector<std::int8_t> oneHot(40);
            ASSERT_GE(H5Dread(genotype.id, H5T_NATIVE_INT8, H5S_ALL, H5S_ALL, H5P_DEFAULT, oneHot.data()), 0);
            for (std::size_t l = 0; l < 20; ++l) {
                const int allele = population.haplotypes[s * 20 + l];
                ASSERT_EQ(oneHot[2 * l], allele == 0 ? 1 : 0) << group << " locus " << l;
                ASSERT_EQ(oneHot[2 * l + 1], allele == 1 ? 1 : 0) << group << " locus " << l;
            }

            H5Object phenotype{H5Dopen2(file.id, (group + "/phenotype").c_str(), H5P_DEFAULT), H5Dclose};
            ASSERT_GE(phenotype.id, 0);
            H5Object phenotypeType{H5Dget_type(phenotype.id), H5Tclose};
            EXPECT_EQ(H5Tget_class(phenotypeType.id), H5T_FLOAT);
            EXPECT_EQ(H5Tget_size(phenotypeType.id), 8u);
            std::vector<double> values(5);
            ASSERT_GE(H5Dread(phenotype.id, H5T_NATIVE_DOUBLE, H5S_ALL, H5S_ALL, H5P_DEFAULT, values.data()),
                      0);
            for (std::size_t t = 0; t < 5; ++t) {
                ASSERT_EQ(values[t], population.phenotypes[s * 5 + t]);
            }
        }
    }
}

TEST_F(PopulationSimulatorTest, Hdf5RejectsDiploidDataAndLeavesNoFiles) {
    SimulationConfig config = smallConfig();
    config.ploidy = 2;
    const SimulatedPopulation population = simulate(config);
    EXPECT_THROW(writeElmHdf5Split(population, directory / "pop"), InputError);
    EXPECT_EQ(entries(), 0u);
    EXPECT_THROW(elmTrainSamples(100, 0.0), InputError);
    EXPECT_THROW(elmTrainSamples(3, 0.01), InputError);  // empty test file
}
