// Attribution methods (core/interpret) and the locus pipelines (core/pipelines/interact_locus_pipeline)
// against independent references: finite differences for saliency, the completeness axiom and a
// linear model's closed form for integrated gradients, single-mutant forwards for ISM, windows
// built here from the string for the track.
#include <gtest/gtest.h>
#include <torch/torch.h>
#include <unistd.h>

#include <cmath>
#include <fstream>
#include <random>

#include "core/interpret/in_silico_mutagenesis.h"
#include "core/interpret/integrated_gradients.h"
#include "core/interpret/motif_attribution.h"
#include "core/interpret/saliency.h"
#include "core/models/interact/interact_model_file.h"
#include "core/pipelines/interact_locus_pipeline.h"
#include "core/pipelines/methylation_simulation_pipeline.h"
#include "core/runtime/input_error.h"

using namespace locuscope;
namespace fs = std::filesystem;

namespace {

class SilentProgress : public Progress {
public:
    void report(std::int64_t, std::int64_t, std::string_view) override {}
    bool cancelled() const override { return false; }
};

InteractConfig tinyConfig(bool cellType = false, std::int64_t outputs = 2) {
    InteractConfig config;
    config.cnnChannels = 8;
    config.hidden = 16;
    config.heads = 2;
    config.intermediate = 32;
    config.layers = 1;
    config.maxPositions = 100;
    config.headHidden = 16;
    config.outputs = outputs;
    config.cellType = cellType;
    return config;
}

InteractNetwork randomNetwork(const InteractConfig& config, std::uint64_t seed) {
    torch::manual_seed(seed);
    InteractNetwork network(config);
    torch::NoGradGuard noGrad;
    for (auto& item : network->named_parameters()) {
        if (item.key().find("weight_g") != std::string::npos) {
            item.value().fill_(6.0);  // predictions that move visibly with one base
        }
    }
    network->cnn->one_hot_embedding->weight.normal_(0.0, 1.0);
    network->eval();
    return network;
}

std::string randomBases(std::size_t length, std::uint64_t seed, bool withN = false) {
    std::mt19937_64 random(seed);
    const char bases[] = "ACGT";
    std::string s(length, 'A');
    for (char& c : s) {
        c = bases[random() % 4];
    }
    if (withN) {
        for (std::size_t i = 0; i < 30 && i < length; ++i) {
            s[i] = 'N';
        }
    }
    return s;
}

torch::Tensor tokensOf(const std::string& window) {
    torch::Tensor tokens = torch::empty({static_cast<std::int64_t>(window.size())}, torch::kLong);
    const std::string order = "NATCG";
    for (std::size_t i = 0; i < window.size(); ++i) {
        const std::size_t at = order.find(window[i]);
        tokens[static_cast<std::int64_t>(i)] = static_cast<std::int64_t>(at == std::string::npos ? 0 : at);
    }
    return tokens;
}

char complement(char base) {
    switch (base) {
        case 'A':
            return 'T';
        case 'C':
            return 'G';
        case 'G':
            return 'C';
        case 'T':
            return 'A';
        default:
            return 'N';
    }
}

std::string windowAt(const std::string& contig, std::int64_t centre, char strand) {
    std::string window;
    for (std::int64_t p = centre - 1000; p <= centre + 1000; ++p) {
        window += p < 1 || p > static_cast<std::int64_t>(contig.size()) ? 'N' : contig[p - 1];
    }
    if (strand == '-') {
        std::string reversed(window.rbegin(), window.rend());
        for (char& base : reversed) {
            base = complement(base);
        }
        return reversed;
    }
    return window;
}

double forwardValue(InteractNetwork& network, const torch::Tensor& oneHot, std::int64_t output) {
    torch::NoGradGuard noGrad;
    return network->forwardOneHot(oneHot.unsqueeze(0))[0][output].item<double>();
}

fs::path freshDirectory(const std::string& name) {
    const fs::path dir =
        fs::temp_directory_path() / ("locuscope-attr-" + name + "-" + std::to_string(getpid()));
    fs::remove_all(dir);
    fs::create_directories(dir);
    return dir;
}

void writeFasta(const fs::path& file, const std::vector<std::pair<std::string, std::string>>& contigs) {
    std::ofstream out(file);
    for (const auto& [name, bases] : contigs) {
        out << ">" << name << "\n";
        for (std::size_t i = 0; i < bases.size(); i += 60) {
            out << bases.substr(i, 60) << "\n";
        }
    }
}

}  // namespace

TEST(Saliency, MatchesCentralFiniteDifferencesInFloat64) {
    InteractNetwork network = randomNetwork(tinyConfig(), 3);
    network->to(torch::kFloat64);
    const std::string bases = randomBases(2001, 5);
    const torch::Tensor x = oneHotFromTokens(tokensOf(bases), torch::TensorOptions().dtype(torch::kFloat64));
    const SaliencyResult saliency = computeSaliency(interactOutputModel(network, 1), x);
    ASSERT_EQ(saliency.gradients.sizes(), (std::vector<std::int64_t>{1, 4, 2001}));
    EXPECT_NEAR(saliency.predictions[0].item<double>(), forwardValue(network, x, 1), 1e-12);
    const double h = 1e-6;
    double largest = 0;
    for (const std::int64_t i : {0, 17, 640, 999, 1000, 1001, 1500, 2000}) {
        for (std::int64_t c = 0; c < 4; ++c) {
            torch::Tensor up = x.clone(), down = x.clone();
            up[c][i] += h;
            down[c][i] -= h;
            const double estimate = (forwardValue(network, up, 1) - forwardValue(network, down, 1)) / (2 * h);
            const double got = saliency.gradients[0][c][i].item<double>();
            EXPECT_NEAR(got, estimate, 1e-6 + 1e-4 * std::fabs(estimate))
                << "channel " << c << " index " << i;
            largest = std::max(largest, std::fabs(estimate));
        }
        // gradient x input is the gradient at the observed base.
        const std::int64_t observed = std::string("ATCG").find(bases[i]);
        EXPECT_DOUBLE_EQ(saliency.gradientTimesInput[0][i].item<double>(),
                         saliency.gradients[0][observed][i].item<double>());
    }
    EXPECT_GT(largest, 1e-6) << "the network ignores its input: the comparison proves nothing";
}

TEST(Saliency, IsPerWindowInABatch) {
    InteractNetwork network = randomNetwork(tinyConfig(), 4);
    network->to(torch::kFloat64);
    const auto options = torch::TensorOptions().dtype(torch::kFloat64);
    const torch::Tensor a = oneHotFromTokens(tokensOf(randomBases(2001, 1)), options);
    const torch::Tensor b = oneHotFromTokens(tokensOf(randomBases(2001, 2)), options);
    const OneHotModel model = interactOutputModel(network, 0);
    const SaliencyResult both = computeSaliency(model, torch::stack({a, b}));
    EXPECT_TRUE(torch::allclose(both.gradients[1], computeSaliency(model, b).gradients[0], 1e-12, 1e-14));
}

TEST(IntegratedGradients, EqualsGradientTimesInputForALinearModel) {
    torch::manual_seed(9);
    const auto options = torch::TensorOptions().dtype(torch::kFloat64);
    const torch::Tensor w = torch::randn({4, 300}, options);
    const OneHotModel linear = [w](const torch::Tensor& x) { return (x * w).sum({1, 2}) + 0.3; };
    const torch::Tensor x = oneHotFromTokens(tokensOf(randomBases(300, 7, true)), options);
    IntegratedGradientsOptions igOptions;
    igOptions.steps = 7;
    igOptions.stepBatch = 3;
    const IntegratedGradientsResult ig = integratedGradients(linear, x, igOptions);
    const SaliencyResult saliency = computeSaliency(linear, x);
    EXPECT_TRUE(torch::allclose(ig.attributions, saliency.gradients[0] * x, 1e-12, 1e-12));
    EXPECT_LT(ig.completenessGap, 1e-10);
    igOptions.baseline = IntegratedGradientsOptions::Baseline::Uniform;
    igOptions.rule = IntegratedGradientsOptions::Rule::Trapezoid;
    const IntegratedGradientsResult uniform = integratedGradients(linear, x, igOptions);
    EXPECT_TRUE(torch::allclose(uniform.attributions, w * (x - 0.25), 1e-12, 1e-12));
    EXPECT_NEAR(uniform.baselinePrediction, 0.25 * w.sum().item<double>() + 0.3, 1e-10);
}

TEST(IntegratedGradients, CompletenessHoldsOnTheNetworkInFloat64) {
    InteractNetwork network = randomNetwork(tinyConfig(), 11);
    network->to(torch::kFloat64);
    const torch::Tensor x =
        oneHotFromTokens(tokensOf(randomBases(2001, 13)), torch::TensorOptions().dtype(torch::kFloat64));
    const OneHotModel model = interactOutputModel(network, 0);
    for (const auto baseline :
         {IntegratedGradientsOptions::Baseline::Zeros, IntegratedGradientsOptions::Baseline::Uniform}) {
        IntegratedGradientsOptions options;
        options.baseline = baseline;
        options.stepBatch = 64;
        std::vector<double> gaps;
        for (const std::int64_t steps : {16, 128, 1024}) {
            options.steps = steps;
            const IntegratedGradientsResult ig = integratedGradients(model, x, options);
            const double change = ig.prediction - ig.baselinePrediction;
            ASSERT_GT(std::fabs(change), 1e-4)
                << "f(x) barely differs from f(baseline): completeness proves little";
            EXPECT_NEAR(ig.prediction, forwardValue(network, x, 0), 1e-12);
            EXPECT_NEAR(ig.attributionSum, ig.attributions.sum().item<double>(), 1e-12);
            gaps.push_back(ig.completenessGap / std::fabs(change));
            std::printf("IG %s baseline, %lld steps: relative completeness gap %.3g\n",
                        baseline == IntegratedGradientsOptions::Baseline::Zeros ? "zeros" : "uniform",
                        static_cast<long long>(steps), gaps.back());
            if (baseline == IntegratedGradientsOptions::Baseline::Zeros) {
                // x - 0 is zero off the observed base: attribution only there.
                EXPECT_EQ((ig.attributions * (1 - x)).abs().max().item<double>(), 0.0);
            }
        }
        // The integrand is rough (thousands of ReLU kinks along the path, measured: the gap goes
        // 4.4e-2, 5.0e-4, 8.7e-3 for the zero baseline and 0.28, 2.1e-2, 6.3e-3 for the uniform one),
        // so the sum converges slowly and not monotonically; the smooth-model test below checks the
        // quadrature itself to 1e-6.
        EXPECT_LT(gaps[2], gaps[0]);
        EXPECT_LT(gaps[2], 1e-2);
    }
}

TEST(IntegratedGradients, CompletenessGapIsTinyForASmoothModel) {
    torch::manual_seed(19);
    const auto options = torch::TensorOptions().dtype(torch::kFloat64);
    const torch::Tensor w = torch::randn({4, 500}, options) * 0.05;
    const torch::Tensor v = torch::randn({4, 500}, options) * 0.05;
    const OneHotModel smooth = [w, v](const torch::Tensor& x) {
        const torch::Tensor a = (x * w).sum({1, 2}), b = (x * v).sum({1, 2});
        return torch::sigmoid(a + 0.5 * b * b) + torch::tanh(b);
    };
    const torch::Tensor x = oneHotFromTokens(tokensOf(randomBases(500, 21)), options);
    for (const auto baseline :
         {IntegratedGradientsOptions::Baseline::Zeros, IntegratedGradientsOptions::Baseline::Uniform}) {
        for (const auto rule :
             {IntegratedGradientsOptions::Rule::Midpoint, IntegratedGradientsOptions::Rule::Trapezoid}) {
            IntegratedGradientsOptions igOptions;
            igOptions.steps = 64;
            igOptions.baseline = baseline;
            igOptions.rule = rule;
            const IntegratedGradientsResult ig = integratedGradients(smooth, x, igOptions);
            const double change = ig.prediction - ig.baselinePrediction;
            ASSERT_GT(std::fabs(change), 1e-2);
            EXPECT_LT(ig.completenessGap, 1e-3 * std::fabs(change));
            EXPECT_LT(ig.completenessGap, 1e-5);  // O(1/m^2) for a smooth path
        }
    }
}

TEST(IntegratedGradients, RejectsBadOptions) {
    const OneHotModel model = [](const torch::Tensor& x) { return x.sum({1, 2}); };
    IntegratedGradientsOptions options;
    options.steps = 0;
    EXPECT_THROW(integratedGradients(model, torch::zeros({4, 10}), options), InputError);
    EXPECT_THROW(parseIgBaseline("gaussian"), InputError);
    EXPECT_THROW(parseIgRule("simpson"), InputError);
}

TEST(InSilicoMutagenesis, EqualsSingleMutantForwards) {
    InteractNetwork network = randomNetwork(tinyConfig(false, 2), 21);
    InteractPredictor predictor(network, torch::kCPU, 7);
    std::string window = randomBases(2001, 23);
    window[995] = 'N';
    const torch::Tensor tokens = tokensOf(window);
    IsmOptions options;
    options.first = 990;
    options.last = 1010;
    options.chunkPositions = 4;  // several chunks, ragged last one
    const IsmResult ism = inSilicoMutagenesis(predictor, tokens, options);
    EXPECT_EQ(ism.windows, 3 * 20);  // 21 positions, one of them N
    torch::NoGradGuard noGrad;
    const torch::Tensor reference = network->forward(tokens.unsqueeze(0))[0];
    EXPECT_TRUE(torch::allclose(ism.reference, reference.to(torch::kFloat32), 1e-6, 1e-7));
    double largest = 0;
    const std::string alphabet = "ATCG";
    for (std::int64_t i = 985; i <= 1015; ++i) {
        for (std::int64_t c = 0; c < 4; ++c) {
            for (std::int64_t t = 0; t < 2; ++t) {
                const float got = ism.deltas[t][c][i].item<float>();
                if (i < 990 || i > 1010 || window[i] == 'N' || window[i] == alphabet[c]) {
                    EXPECT_EQ(got, 0.0f) << i << " " << c;
                    continue;
                }
                std::string mutant = window;
                mutant[i] = alphabet[c];
                const double expected = network->forward(tokensOf(mutant).unsqueeze(0))[0][t].item<double>() -
                                        reference[t].item<double>();
                EXPECT_NEAR(got, expected, 3e-7) << i << " " << c << " " << t;
                largest = std::max(largest, std::fabs(expected));
            }
        }
    }
    EXPECT_GT(largest, 1e-5) << "the random model barely reacts to one base";
    options.last = 2001;
    EXPECT_THROW(inSilicoMutagenesis(predictor, tokens, options), InputError);
}

TEST(MotifAttribution, ScoresMassOnMotifBases) {
    const fs::path dir = freshDirectory("motif");
    {
        std::ofstream out(dir / "features.bed");
        out << "#chrom\tstart\tend\tname\tscore\tstrand\torigin\n"
            << "chr1\t1019\t1029\tYY1\t0\t+\tplanted\n"  // positions 1020..1029
            << "chr1\t1049\t1059\tCTCF\t0\t-\tchance\n"  // 1050..1059
            << "chr1\t1000\t1100\tisland\t0\t.\tplanted\n"
            << "chr2\t1000\t1100\tYY1\t0\t+\tplanted\n";
    }
    const std::vector<GenomeFeature> features = readFeatureBed(dir / "features.bed");
    ASSERT_EQ(features.size(), 4u);
    EXPECT_EQ(features[1].strand, '-');
    EXPECT_EQ(features[1].origin, "chance");
    std::vector<std::int64_t> positions;
    std::vector<double> values;
    for (std::int64_t p = 1001; p <= 1100; ++p) {
        positions.push_back(p);
        const bool motif = (p >= 1020 && p <= 1029) || (p >= 1050 && p <= 1059);
        values.push_back(motif ? (p % 2 == 0 ? 1.0 : -1.0) : 0.1);
    }
    const MotifAttributionScore score = scoreMotifAttribution("chr1", positions, values, features);
    EXPECT_EQ(score.positions, 100);
    EXPECT_EQ(score.motifPositions, 20);
    EXPECT_NEAR(score.totalMass, 28.0, 1e-12);
    EXPECT_NEAR(score.motifMass, 20.0, 1e-12);
    EXPECT_NEAR(score.enrichment(), (20.0 / 28.0) / 0.2, 1e-12);
    // Uniform attribution: no enrichment.
    const MotifAttributionScore flat =
        scoreMotifAttribution("chr1", positions, std::vector<double>(100, 0.5), features);
    EXPECT_NEAR(flat.enrichment(), 1.0, 1e-12);
    {
        std::ofstream out(dir / "bad.bed");
        out << "chr1\t10\n";
    }
    try {
        readFeatureBed(dir / "bad.bed");
        FAIL() << "a two-column row was accepted";
    } catch (const InputError& error) {
        EXPECT_NE(std::string(error.what()).find("bad.bed"), std::string::npos);
    }
    fs::remove_all(dir);
}

// --- Pipelines over files -------------------------------------------------------------------------

class InteractLocusPipelineTest : public ::testing::Test {
protected:
    void SetUp() override {
        dir = freshDirectory("locus");
        contig = randomBases(12000, 31);
        for (std::size_t i = 3000; i < 3300; i += 9) {  // a CpG-dense stretch
            contig[i] = 'C';
            contig[i + 1] = 'G';
        }
        for (std::size_t i = 8000; i < 9000; ++i) {  // a stretch without CpGs
            if (contig[i] == 'C' && contig[i + 1] == 'G') {
                contig[i + 1] = 'A';
            }
            if (i == 8000 && contig[i - 1] == 'C' && contig[i] == 'G') {
                contig[i] = 'A';
            }
        }
        writeFasta(dir / "genome.fa", {{"chr1", contig}, {"chr2", randomBases(3000, 33)}});
        for (const bool cellType : {false, true}) {
            InteractNetwork network = randomNetwork(tinyConfig(cellType, 2), cellType ? 41 : 43);
            saveInteractModel(dir / (cellType ? "celltype.safetensors" : "plain.safetensors"), *network);
        }
    }
    void TearDown() override { fs::remove_all(dir); }

    fs::path dir;
    std::string contig;
    SilentProgress progress;
};

TEST_F(InteractLocusPipelineTest, TrackMatchesWindowForwardsAndAltChangesOnlyWithinReach) {
    for (const bool cellType : {false, true}) {
        LoadedInteractModel model =
            loadInteractModel(dir / (cellType ? "celltype.safetensors" : "plain.safetensors"));
        InteractTrackConfig config;
        config.model = dir / (cellType ? "celltype.safetensors" : "plain.safetensors");
        config.fasta = dir / "genome.fa";
        config.region = "chr1:1-5500";  // windows padded with N at the contig start
        const std::int64_t variantPos = 3100;
        char alt = contig[variantPos - 1] == 'A' ? 'T' : 'A';
        config.variant =
            "chr1:" + std::to_string(variantPos) + ":" + std::string(1, contig[variantPos - 1]) + ":" + alt;
        config.out = dir / "track.tsv";
        config.batchSize = 16;
        const InteractTrack track = runInteractLocusTrack(config, progress);
        EXPECT_TRUE(track.message.empty());
        ASSERT_TRUE(fs::exists(config.out));
        // Every CpG of the region, found by scanning the string here.
        std::vector<std::pair<std::int64_t, char>> expected;
        for (std::int64_t p = 1; p <= 5500; ++p) {
            if (contig[p - 1] == 'C' && contig[p] == 'G') {
                expected.emplace_back(p, '+');
                if (cellType && p + 1 <= 5500) {
                    expected.emplace_back(p + 1, '-');
                }
            }
        }
        ASSERT_EQ(track.sites.size(), expected.size());
        std::string altContig = contig;
        altContig[variantPos - 1] = alt;
        torch::NoGradGuard noGrad;
        int changed = 0;
        for (std::size_t k = 0; k < expected.size(); ++k) {
            const InteractTrackSite& site = track.sites[k];
            ASSERT_EQ(site.pos, expected[k].first);
            ASSERT_EQ(site.strand, expected[k].second);
            const bool near = std::abs(site.pos - variantPos) <= 1000;
            EXPECT_EQ(site.inReach, near);
            if (k % 5 != 0 && !near) {
                continue;  // every fifth far CpG and all near ones keep the test short
            }
            const torch::Tensor ref =
                model.network->forward(tokensOf(windowAt(contig, site.pos, site.strand)).unsqueeze(0))[0];
            const torch::Tensor altValues =
                model.network->forward(tokensOf(windowAt(altContig, site.pos, site.strand)).unsqueeze(0))[0];
            for (std::int64_t t = 0; t < 2; ++t) {
                EXPECT_NEAR(site.refValues[t], ref[t].item<float>(), 1e-5);
                EXPECT_NEAR(site.altValues[t], altValues[t].item<float>(), 1e-5);
                if (!near) {
                    EXPECT_EQ(site.altValues[t], site.refValues[t]);
                } else if (site.altValues[t] != site.refValues[t]) {
                    ++changed;
                }
            }
        }
        EXPECT_GT(changed, 0) << "no CpG reacts to the variant";
        // The TSV has one row per site plus the header.
        std::ifstream in(config.out);
        std::string line;
        int rows = 0;
        while (std::getline(in, line)) {
            rows += (!line.empty() && line[0] != '#') ? 1 : 0;
        }
        EXPECT_EQ(rows, static_cast<int>(expected.size()) + 1);
        fs::remove(config.out);
    }
}

TEST_F(InteractLocusPipelineTest, RegionWithoutCpgsGivesAnEmptyTrackWithAMessage) {
    InteractTrackConfig config;
    config.model = dir / "plain.safetensors";
    config.fasta = dir / "genome.fa";
    config.region = "chr1:8100-8800";
    config.out = dir / "empty.tsv";
    const InteractTrack track = runInteractLocusTrack(config, progress);
    EXPECT_TRUE(track.sites.empty());
    EXPECT_NE(track.message.find("no CpG"), std::string::npos);
    EXPECT_TRUE(fs::exists(config.out));  // header only
}

TEST_F(InteractLocusPipelineTest, BadInputThrowsAndWritesNothing) {
    const auto expectError = [&](InteractTrackConfig config, const std::string& fragment) {
        config.model = dir / "plain.safetensors";
        config.fasta = dir / "genome.fa";
        config.out = dir / "bad.tsv";
        try {
            runInteractLocusTrack(config, progress);
            ADD_FAILURE() << "no error for " << config.region << " " << config.variant;
        } catch (const InputError& error) {
            EXPECT_NE(std::string(error.what()).find(fragment), std::string::npos) << error.what();
        }
        EXPECT_FALSE(fs::exists(dir / "bad.tsv"));
    };
    InteractTrackConfig config;
    config.region = "chr1:11000-12500";
    expectError(config, "past the end");
    config.region = "chr9:1-100";
    expectError(config, "chr9");
    config.region = "chr1:3000-3100";
    const char ref = contig[3049];
    const char wrong = ref == 'A' ? 'C' : 'A';
    config.variant = "chr1:3050:" + std::string(1, wrong) + ":" + std::string(1, wrong == 'G' ? 'T' : 'G');
    expectError(config, "reference has");
    config.variant = "chr1:3050:A";
    expectError(config, "chr:pos:REF:ALT");
    config.variant = "chr2:50:" + std::string(1, ref) + ":" + std::string(1, wrong);  // another contig
    expectError(config, "not on the region's contig");
}

TEST_F(InteractLocusPipelineTest, AttributionAgreesWithTheMethodsOnTheSameWindow) {
    InteractAttributionConfig config;
    config.model = dir / "celltype.safetensors";
    config.fasta = dir / "genome.fa";
    // The G of a CpG in the dense stretch: a Cell-type model reads the reverse complement.
    config.centre = "chr1:3011";
    ASSERT_EQ(contig.substr(3009, 2), "CG");
    const char ref = contig[3019];
    const char alt = ref == 'A' ? 'C' : 'A';
    config.variant = "chr1:3020:" + std::string(1, ref) + ":" + std::string(1, alt);
    config.ismRange = "3000-3030";
    config.igSteps = 16;
    config.out = dir / "attr.tsv";
    const InteractAttribution result = runInteractAttribution(config, progress);
    EXPECT_EQ(result.strand, '-');
    EXPECT_TRUE(result.centreIsCpg);
    std::string altContig = contig;
    altContig[3019] = alt;
    const std::string window = windowAt(altContig, 3011, '-');
    EXPECT_EQ(result.bases, window);
    EXPECT_EQ(result.positions[0], 4011);
    EXPECT_EQ(result.variantIndex, 3011 + 1000 - 3020);
    EXPECT_EQ(result.bases[result.variantIndex], complement(alt));
    EXPECT_EQ(result.ismFirst, 3011 + 1000 - 3030);
    EXPECT_EQ(result.ismLast, 3011 + 1000 - 3000);
    EXPECT_EQ(result.ismWindows, 3 * 31);
    ASSERT_TRUE(result.hasSaliency && result.hasIg && result.hasIsm);

    // The same numbers from the methods called directly on the window built here.
    LoadedInteractModel model = loadInteractModel(config.model);
    const torch::Tensor x = oneHotFromTokens(tokensOf(window), torch::TensorOptions());
    const SaliencyResult saliency = computeSaliency(interactOutputModel(model.network, 0), x);
    for (const std::int64_t i : {0, 900, 991, 1000, 2000}) {
        EXPECT_NEAR(result.saliency[2 * 2001 + i], saliency.gradients[0][2][i].item<double>(), 1e-6);
        EXPECT_NEAR(result.gradientTimesInput[i], saliency.gradientTimesInput[0][i].item<double>(), 1e-6);
    }
    {
        torch::NoGradGuard noGrad;
        const double prediction = model.network->forward(tokensOf(window).unsqueeze(0))[0][0].item<double>();
        EXPECT_NEAR(result.prediction, prediction, 1e-6);
        std::string mutant = window;
        const std::int64_t i = 1005;
        mutant[i] = window[i] == 'G' ? 'T' : 'G';
        const std::int64_t channel = std::string("ATCG").find(mutant[i]);
        const double delta =
            model.network->forward(tokensOf(mutant).unsqueeze(0))[0][0].item<double>() - prediction;
        EXPECT_NEAR(result.ism[channel * 2001 + i], delta, 1e-6);
    }
    ASSERT_TRUE(fs::exists(config.out));

    // JSON output.
    config.out = dir / "attr.json";
    config.methods = {"ig"};
    const InteractAttribution json = runInteractAttribution(config, progress);
    EXPECT_FALSE(json.hasSaliency);
    EXPECT_TRUE(fs::exists(config.out));
}

TEST_F(InteractLocusPipelineTest, AttributionBadInputThrowsAndWritesNothing) {
    const auto expectError = [&](InteractAttributionConfig config, const std::string& fragment) {
        config.model = dir / "plain.safetensors";
        config.fasta = dir / "genome.fa";
        config.out = dir / "bad.tsv";
        try {
            runInteractAttribution(config, progress);
            ADD_FAILURE() << "no error for " << config.centre;
        } catch (const InputError& error) {
            EXPECT_NE(std::string(error.what()).find(fragment), std::string::npos) << error.what();
        }
        EXPECT_FALSE(fs::exists(dir / "bad.tsv"));
    };
    InteractAttributionConfig config;
    config.centre = "chr1:12001";
    expectError(config, "past the end");
    config.centre = "chr1:5000";
    config.variant = "chr1:7000:" + std::string(1, contig[6999]) + ":" + (contig[6999] == 'A' ? "C" : "A");
    expectError(config, "outside the window");
    config.variant.clear();
    config.methods = {"shap"};
    expectError(config, "shap");
    config.methods = {"ism"};
    config.ismRange = "3000-3100";
    expectError(config, "not inside the window");
    config.ismRange.clear();
    config.output = "liver";
    expectError(config, "liver");
}

TEST(InteractAttributionOnSimulatedGenome, RunsOnAPlantedMotifWindow) {
    const fs::path dir = freshDirectory("sim");
    SilentProgress progress;
    MethylationSimulationRun run;
    run.simulation.contigs = 1;
    run.simulation.contigLength = 60000;
    run.simulation.islandsPerContig = 2;
    run.simulation.snvEvery = 0;
    run.outputDirectory = dir / "sim";
    runMethylationSimulation(run, progress);
    std::vector<GenomeFeature> features = readFeatureBed(run.outputDirectory / "features.bed");
    const GenomeFeature* motif = nullptr;
    for (const GenomeFeature& feature : features) {
        if (feature.name != "island" && feature.origin == "planted" && feature.start > 1500 &&
            feature.end + 1500 < 60000) {
            motif = &feature;
            break;
        }
    }
    ASSERT_NE(motif, nullptr) << "no planted motif away from the ends";
    InteractNetwork network = randomNetwork(tinyConfig(false, 1), 51);
    saveInteractModel(dir / "model.safetensors", *network);
    InteractAttributionConfig config;
    config.model = dir / "model.safetensors";
    config.fasta = run.outputDirectory / "genome.fa";
    const std::int64_t centre = (motif->start + motif->end) / 2 + 1;
    config.centre = motif->chrom + ":" + std::to_string(centre);
    config.methods = {"ig", "ism"};
    config.igSteps = 8;
    config.ismRange = std::to_string(motif->start - 9) + "-" + std::to_string(motif->end + 10);
    const InteractAttribution result = runInteractAttribution(config, progress);
    std::vector<double> perPosition(2001, 0.0);
    for (std::int64_t i = 0; i < 2001; ++i) {
        for (int c = 0; c < 4; ++c) {
            perPosition[i] += result.ig[c * 2001 + i];
        }
    }
    const MotifAttributionScore score =
        scoreMotifAttribution(motif->chrom, result.positions, perPosition, features);
    EXPECT_EQ(score.positions, 2001);
    EXPECT_GE(score.motifPositions, motif->end - motif->start);
    EXPECT_GT(score.totalMass, 0.0);
    EXPECT_EQ(result.ismWindows, 3 * (motif->end - motif->start + 20));
    fs::remove_all(dir);
}
