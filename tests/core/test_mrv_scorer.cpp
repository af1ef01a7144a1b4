// MrvScorer against a brute-force scoring written straight from specs/interact.md §4: for every
// SNV, every CpG within 1 kb (found by scanning the string), predict ref and alt windows
// separately and keep the largest |alt - ref| (first CpG on ties).
#include <gtest/gtest.h>
#include <torch/torch.h>

#include <cmath>
#include <random>
#include <set>

#include "core/genome/cpg_site.h"
#include "core/models/interact/interact_predictor.h"
#include "core/models/interact/mrv_scorer.h"
#include "core/runtime/input_error.h"
#include "in_memory_sequence.h"

using namespace locuscope;

namespace {

InteractConfig tinyConfig(bool cellType, std::int64_t outputs) {
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
    // Larger head weights than the default so predictions move visibly with one base.
    for (auto& item : network->named_parameters()) {
        if (item.key().find("weight_g") != std::string::npos) {
            item.value().fill_(6.0);
        }
    }
    network->cnn->one_hot_embedding->weight.normal_(0.0, 1.0);
    network->eval();
    return network;
}

// A contig with human-like CpG depletion plus a few CpG-dense stretches.
std::string randomContig(std::size_t length, std::uint64_t seed) {
    std::mt19937_64 random(seed);
    const char bases[] = "ACGT";
    std::string contig(length, 'N');
    for (std::size_t i = 0; i < length; ++i) {
        contig[i] = bases[random() % 4];
        if (i > 0 && contig[i - 1] == 'C' && contig[i] == 'G' && random() % 5 != 0) {
            contig[i] = 'A';  // keep about a fifth of the CpGs
        }
    }
    for (std::size_t island = 1500; island + 300 < length; island += 4000) {
        for (std::size_t i = island; i < island + 300; i += 7) {
            contig[i] = 'C';
            contig[i + 1] = 'G';
        }
    }
    return contig;
}

std::vector<MrvSnv> randomSnvs(const std::string& contig, std::int64_t every, std::uint64_t seed) {
    std::mt19937_64 random(seed);
    std::vector<MrvSnv> snvs;
    for (std::int64_t pos = 1 + static_cast<std::int64_t>(random() % 40); pos <= static_cast<std::int64_t>(contig.size());
         pos += 1 + static_cast<std::int64_t>(random() % (2 * every))) {
        const char ref = contig[pos - 1];
        const std::string others = std::string("ACGT").erase(std::string("ACGT").find(ref), 1);
        snvs.push_back({pos, ref, others[random() % 3]});
    }
    return snvs;
}

char complement(char base) {
    switch (base) {
        case 'A': return 'T';
        case 'C': return 'G';
        case 'G': return 'C';
        case 'T': return 'A';
        default: return 'N';
    }
}

torch::Tensor tokensOf(const std::string& window) {
    torch::Tensor tokens = torch::empty({1, static_cast<std::int64_t>(window.size())}, torch::kLong);
    for (std::size_t i = 0; i < window.size(); ++i) {
        const std::string order = "NATCG";
        const std::size_t at = order.find(window[i]);
        tokens[0][static_cast<std::int64_t>(i)] = static_cast<std::int64_t>(at == std::string::npos ? 0 : at);
    }
    return tokens;
}

// The window centred on 1-based `centre`, N beyond the contig, reverse-complemented for '-'.
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

struct BruteForce {
    int cpgCount = 0;
    std::vector<MrvCpgEffect> outputs;
};

BruteForce bruteForce(InteractNetwork& network, const std::string& contig, const MrvSnv& snv, bool bothStrands) {
    torch::NoGradGuard noGrad;
    BruteForce result;
    for (std::int64_t c = std::max<std::int64_t>(1, snv.pos - 1001); c <= snv.pos + 1000; ++c) {
        if (c + 1 > static_cast<std::int64_t>(contig.size()) || contig[c - 1] != 'C' || contig[c] != 'G') {
            continue;
        }
        for (const CpgSite site : {CpgSite{c, '+'}, CpgSite{c + 1, '-'}}) {
            if ((site.strand == '-' && !bothStrands) || std::abs(site.pos - snv.pos) > 1000) {
                continue;
            }
            const std::string ref = windowAt(contig, site.pos, site.strand);
            std::string alt = contig;
            alt[snv.pos - 1] = snv.alt;
            const std::string altWindow = windowAt(alt, site.pos, site.strand);
            const torch::Tensor r = network->forward(tokensOf(ref))[0];
            const torch::Tensor a = network->forward(tokensOf(altWindow))[0];
            if (result.outputs.empty()) {
                result.outputs.resize(r.size(0));
            }
            for (std::int64_t t = 0; t < r.size(0); ++t) {
                const float rv = r[t].item<float>(), av = a[t].item<float>();
                if (result.cpgCount == 0 || std::fabs(av - rv) > std::fabs(result.outputs[t].difference())) {
                    result.outputs[t] = {site, rv, av};
                }
            }
            ++result.cpgCount;
        }
    }
    return result;
}

void expectSameAsBruteForce(bool cellType, std::int64_t outputs) {
    const std::string contig = randomContig(9000, 11);
    const test::InMemorySequence reference({{"chr1", contig}});
    InteractNetwork network = randomNetwork(tinyConfig(cellType, outputs), 5);
    InteractPredictor predictor(network, torch::kCPU, 16);
    MrvOptions options;
    options.bothStrands = cellType;
    options.blockSnvs = 7;  // many block boundaries
    MrvScorer scorer(predictor, reference, options);
    const std::vector<MrvSnv> snvs = randomSnvs(contig, 300, 3);
    ASSERT_GT(snvs.size(), 20u);
    ASSERT_LT(snvs.front().pos, 1000);  // a window padded with N at the contig start
    const std::vector<MrvScore> scores = scorer.scoreContig("chr1", snvs, [](std::int64_t) {});
    ASSERT_EQ(scores.size(), snvs.size());
    double largest = 0;
    for (std::size_t i = 0; i < snvs.size(); i += 3) {  // every third SNV keeps the test short
        const BruteForce expected = bruteForce(network, contig, snvs[i], cellType);
        ASSERT_EQ(scores[i].cpgCount, expected.cpgCount) << "SNV at " << snvs[i].pos;
        if (expected.cpgCount == 0) {
            continue;
        }
        for (std::int64_t t = 0; t < outputs; ++t) {
            const MrvCpgEffect& got = scores[i].outputs[t];
            const MrvCpgEffect& want = expected.outputs[t];
            EXPECT_EQ(got.cpg.pos, want.cpg.pos) << "SNV at " << snvs[i].pos << " output " << t;
            EXPECT_EQ(got.cpg.strand, want.cpg.strand);
            EXPECT_NEAR(got.refValue, want.refValue, 1e-5);
            EXPECT_NEAR(got.altValue, want.altValue, 1e-5);
            largest = std::max(largest, std::fabs(double(want.difference())));
        }
    }
    EXPECT_GT(largest, 1e-3) << "the random model barely reacts to SNVs: the comparison proves little";
}

}  // namespace

TEST(MrvScorer, MatchesBruteForceOnThePlusStrand) {
    expectSameAsBruteForce(false, 3);
}

TEST(MrvScorer, MatchesBruteForceOnBothStrandsForCellTypeModels) {
    expectSameAsBruteForce(true, 1);
}

TEST(MrvScorer, PredictsEachReferenceWindowOnceWhateverTheBlocks) {
    const std::string contig = randomContig(10000, 21);
    const test::InMemorySequence reference({{"chr1", contig}});
    InteractNetwork network = randomNetwork(tinyConfig(false, 1), 9);
    const std::vector<MrvSnv> snvs = randomSnvs(contig, 300, 4);
    std::set<std::int64_t> paired;
    std::int64_t pairs = 0;
    for (const MrvSnv& snv : snvs) {
        for (const CpgSite& site : findCpgSites(contig, 1, snv.pos - 1000, snv.pos + 1000, false)) {
            paired.insert(site.pos);
            ++pairs;
        }
    }
    std::vector<std::vector<MrvScore>> runs;
    for (std::int64_t block : {1, 100000}) {
        InteractPredictor predictor(network, torch::kCPU, 32);
        MrvOptions options;
        options.blockSnvs = block;
        MrvScorer scorer(predictor, reference, options);
        runs.push_back(scorer.scoreContig("chr1", snvs, [](std::int64_t) {}));
        EXPECT_EQ(scorer.stats().refWindows, static_cast<std::int64_t>(paired.size())) << "block " << block;
        EXPECT_EQ(scorer.stats().altWindows, pairs);
        EXPECT_EQ(predictor.windowsPredicted(), scorer.stats().refWindows + scorer.stats().altWindows);
    }
    for (std::size_t r = 1; r < runs.size(); ++r) {
        for (std::size_t i = 0; i < snvs.size(); ++i) {
            ASSERT_EQ(runs[r][i].cpgCount, runs[0][i].cpgCount);
            if (runs[0][i].cpgCount > 0) {
                EXPECT_EQ(runs[r][i].outputs[0].cpg.pos, runs[0][i].outputs[0].cpg.pos);
                EXPECT_NEAR(runs[r][i].outputs[0].altValue, runs[0][i].outputs[0].altValue, 1e-6);
            }
        }
    }
}

TEST(MrvScorer, FindsCpgsOnBothStrandsInOrder) {
    //                    1234567890
    const std::string s = "ACGTTCGCGA";
    const std::vector<CpgSite> plus = findCpgSites(s, 1, 1, 10, false);
    ASSERT_EQ(plus.size(), 3u);
    EXPECT_EQ(plus[0].pos, 2);
    EXPECT_EQ(plus[1].pos, 6);
    EXPECT_EQ(plus[2].pos, 8);
    const std::vector<CpgSite> both = findCpgSites(s, 1, 3, 9, true);
    ASSERT_EQ(both.size(), 5u);  // 3- (its C at 2+ is out of range), 6+, 7-, 8+, 9-
    EXPECT_EQ(both[0].pos, 3);
    EXPECT_EQ(both[0].strand, '-');
    EXPECT_EQ(both[3].pos, 8);
    EXPECT_EQ(both[4].pos, 9);
    EXPECT_EQ(both[4].strand, '-');
}

TEST(MrvScorer, RefusesADistanceBeyondTheWindow) {
    const test::InMemorySequence reference({{"chr1", std::string(3000, 'A')}});
    InteractNetwork network = randomNetwork(tinyConfig(false, 1), 1);
    InteractPredictor predictor(network, torch::kCPU, 4);
    MrvOptions options;
    options.maxDistance = 1001;
    EXPECT_THROW(MrvScorer(predictor, reference, options), InputError);
}
