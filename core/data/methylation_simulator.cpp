#include "core/data/methylation_simulator.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <random>
#include <set>

#include "core/genome/dna_sequence.h"
#include "core/runtime/input_error.h"

namespace locuscope {
namespace {

constexpr double kPi = 3.14159265358979323846;
constexpr std::array<char, 4> kBases = {'A', 'C', 'G', 'T'};

// Independent random streams, so that e.g. the variant options never change the genome.
enum class Stream : std::uint64_t { Sequence = 1, Methylation = 2, Variants = 3, EdgeCases = 4 };

class Random {
public:
    Random(std::uint64_t seed, Stream stream, std::uint64_t contig) {
        std::seed_seq sequence{static_cast<std::uint32_t>(seed), static_cast<std::uint32_t>(seed >> 32),
                               static_cast<std::uint32_t>(stream), static_cast<std::uint32_t>(contig)};
        engine_.seed(sequence);
    }
    // The library's distributions differ between standard libraries; these do not.
    double uniform() { return static_cast<double>(engine_() >> 11) * 0x1.0p-53; }
    std::int64_t below(std::int64_t n) {
        return static_cast<std::int64_t>(uniform() * static_cast<double>(n));
    }
    double normal() {
        const double u = 1.0 - uniform();  // (0, 1]
        return std::sqrt(-2.0 * std::log(u)) * std::cos(2.0 * kPi * uniform());
    }
    char otherBase(char base) {
        char other = base;
        while (other == base) {
            other = kBases[static_cast<std::size_t>(below(4))];
        }
        return other;
    }

private:
    std::mt19937_64 engine_;
};

// A first-order chain: bases drawn with GC share `gcParam`, except that after a C the G is kept
// only with probability `keepCg` (renormalised). calibrateChain picks both so that the chain's
// stationary GC and CpG observed/expected hit the targets.
struct MarkovChain {
    std::array<std::array<double, 4>, 4> cumulative{};  // [previous][next], A C G T

    MarkovChain(double gcParam, double keepCg) {
        const auto rows = transitions(gcParam, keepCg);
        for (std::size_t from = 0; from < 4; ++from) {
            double sum = 0;
            for (std::size_t to = 0; to < 4; ++to) {
                sum += rows[from][to];
                cumulative[from][to] = sum;
            }
            cumulative[from][3] = 1.0;
        }
    }

    static std::array<std::array<double, 4>, 4> transitions(double gcParam, double keepCg) {
        const std::array<double, 4> base = {(1 - gcParam) / 2, gcParam / 2, gcParam / 2, (1 - gcParam) / 2};
        std::array<std::array<double, 4>, 4> rows{};
        for (std::size_t from = 0; from < 4; ++from) {
            rows[from] = base;
        }
        rows[1][2] *= keepCg;
        const double sum = rows[1][0] + rows[1][1] + rows[1][2] + rows[1][3];
        for (double& p : rows[1]) {
            p /= sum;
        }
        return rows;
    }

    // Stationary GC share and CpG observed/expected of a chain.
    static std::pair<double, double> statistics(double gcParam, double keepCg) {
        const auto rows = transitions(gcParam, keepCg);
        std::array<double, 4> pi = {0.25, 0.25, 0.25, 0.25};
        for (int iteration = 0; iteration < 500; ++iteration) {
            std::array<double, 4> next{};
            for (std::size_t from = 0; from < 4; ++from) {
                for (std::size_t to = 0; to < 4; ++to) {
                    next[to] += pi[from] * rows[from][to];
                }
            }
            pi = next;
        }
        return {pi[1] + pi[2], pi[1] * rows[1][2] / (pi[1] * pi[2])};
    }

    static MarkovChain calibrate(double gc, double cpgRatio) {
        double keep = cpgRatio;
        double gcParam = gc;
        for (int round = 0; round < 60; ++round) {
            double low = 0.01;
            double high = 0.99;
            for (int step = 0; step < 60; ++step) {  // bisection: GC rises with gcParam
                gcParam = (low + high) / 2;
                (statistics(gcParam, keep).first < gc ? low : high) = gcParam;
            }
            keep = std::min(1.0, keep * cpgRatio / statistics(gcParam, keep).second);
        }
        return MarkovChain(gcParam, keep);
    }

    char next(char previous, Random& random) const {
        const std::size_t from = previous == 'A' ? 0 : previous == 'C' ? 1 : previous == 'G' ? 2 : 3;
        const double u = random.uniform();
        std::size_t to = 0;
        while (to < 3 && u >= cumulative[from][to]) {
            ++to;
        }
        return kBases[to];
    }

    void fill(std::string& sequence, std::size_t begin, std::size_t end, Random& random) const {
        char previous = begin > 0 ? sequence[begin - 1] : kBases[static_cast<std::size_t>(random.below(4))];
        for (std::size_t i = begin; i < end; ++i) {
            previous = next(previous, random);
            sequence[i] = previous;
        }
    }
};

struct Interval {
    std::int64_t begin = 0;  // 0-based, half-open
    std::int64_t end = 0;
};

struct MotifPattern {
    std::size_t motif = 0;
    std::string bases;
    char strand = '+';
};

std::vector<MotifPattern> motifPatterns(const std::vector<MethylationMotif>& motifs) {
    std::vector<MotifPattern> patterns;
    for (std::size_t m = 0; m < motifs.size(); ++m) {
        patterns.push_back({m, motifs[m].sequence, '+'});
        const std::string reverse = reverseComplement(motifs[m].sequence);
        if (reverse != motifs[m].sequence) {
            patterns.push_back({m, reverse, '-'});
        }
    }
    return patterns;
}

// Every occurrence of any motif, by start; a palindrome is one occurrence on '+'.
std::vector<SimulatedFeature> findMotifs(const std::string& sequence, const std::string& chrom,
                                         const std::vector<MethylationMotif>& motifs,
                                         const std::vector<MotifPattern>& patterns) {
    std::vector<SimulatedFeature> found;
    for (std::size_t i = 0; i < sequence.size(); ++i) {
        for (const MotifPattern& pattern : patterns) {
            if (sequence.compare(i, pattern.bases.size(), pattern.bases) == 0) {
                const auto start = static_cast<std::int64_t>(i);
                found.push_back({chrom, start, start + static_cast<std::int64_t>(pattern.bases.size()),
                                 motifs[pattern.motif].name, pattern.strand, false});
            }
        }
    }
    return found;
}

// Breaks every chance motif occurrence by changing its middle base, until none is left.
void scrubMotifs(std::string& sequence, const std::vector<MotifPattern>& patterns, Random& random) {
    std::size_t longest = 0;
    for (const MotifPattern& pattern : patterns) {
        longest = std::max(longest, pattern.bases.size());
    }
    std::size_t i = 0;
    while (i < sequence.size()) {
        bool changed = false;
        for (const MotifPattern& pattern : patterns) {
            if (sequence.compare(i, pattern.bases.size(), pattern.bases) == 0) {
                char& middle = sequence[i + pattern.bases.size() / 2];
                middle = random.otherBase(middle);
                changed = true;
                break;
            }
        }
        // A change can create an occurrence that starts up to `longest` bases earlier.
        i = changed ? (i >= longest ? i - longest : 0) : i + 1;
    }
}

std::vector<Interval> placeIslands(const MethylationSimulationConfig& config, Random& random) {
    std::vector<Interval> islands;
    const std::int64_t span = config.islandMaxLength - config.islandMinLength + 1;
    for (int attempt = 0; static_cast<int>(islands.size()) < config.islandsPerContig; ++attempt) {
        if (attempt > 1000 * config.islandsPerContig + 1000) {
            throw InputError("cannot place " + std::to_string(config.islandsPerContig) +
                             " islands on a contig of " + std::to_string(config.contigLength) +
                             " bases: use fewer islands or longer contigs");
        }
        const std::int64_t length = config.islandMinLength + random.below(span);
        const std::int64_t begin = random.below(config.contigLength - length + 1);
        const Interval island{begin, begin + length};
        // At least one base between islands, so that two islands never read as one.
        const bool overlaps = std::any_of(islands.begin(), islands.end(), [&island](const Interval& other) {
            return island.begin <= other.end && other.begin <= island.end;
        });
        if (!overlaps) {
            islands.push_back(island);
        }
    }
    std::sort(islands.begin(), islands.end(),
              [](const Interval& a, const Interval& b) { return a.begin < b.begin; });
    return islands;
}

void plantMotifs(const MethylationSimulationConfig& config, std::string& sequence,
                 std::vector<char>& occupied, const std::string& chrom, Random& random,
                 std::vector<SimulatedFeature>& planted) {
    const auto copies = static_cast<std::int64_t>(
        std::llround(config.motifsPerMegabase * static_cast<double>(config.contigLength) / 1e6));
    for (const MethylationMotif& motif : config.motifs) {
        const auto length = static_cast<std::int64_t>(motif.sequence.size());
        for (std::int64_t copy = 0, attempt = 0; copy < copies; ++attempt) {
            if (attempt > 1000 * copies + 1000) {
                throw InputError("cannot plant " + std::to_string(copies) + " copies of " + motif.name +
                                 " outside the islands of a " + std::to_string(config.contigLength) +
                                 "-base contig: lower the motif density");
            }
            const std::int64_t begin = random.below(config.contigLength - length + 1);
            if (std::any_of(occupied.begin() + begin, occupied.begin() + begin + length,
                            [](char c) { return c; })) {
                continue;
            }
            // A palindrome reads the same on both strands: it is found, and so recorded, on '+'.
            const bool palindrome = reverseComplement(motif.sequence) == motif.sequence;
            const char strand = random.uniform() < 0.5 || palindrome ? '+' : '-';
            const std::string bases = strand == '+' ? motif.sequence : reverseComplement(motif.sequence);
            sequence.replace(static_cast<std::size_t>(begin), bases.size(), bases);
            std::fill(occupied.begin() + begin, occupied.begin() + begin + length, 1);
            planted.push_back({chrom, begin, begin + length, motif.name, strand, true});
            ++copy;
        }
    }
}

struct CompositionCounter {
    std::int64_t bases = 0;
    std::int64_t c = 0;
    std::int64_t g = 0;
    std::int64_t cpg = 0;
    std::int64_t pairs = 0;

    void add(const std::string& sequence, std::int64_t begin, std::int64_t end) {
        for (std::int64_t i = begin; i < end; ++i) {
            const char base = sequence[static_cast<std::size_t>(i)];
            ++bases;
            c += base == 'C';
            g += base == 'G';
            if (i + 1 < end) {
                ++pairs;
                cpg += base == 'C' && sequence[static_cast<std::size_t>(i + 1)] == 'G';
            }
        }
    }
    double gc() const { return bases > 0 ? static_cast<double>(c + g) / static_cast<double>(bases) : 0; }
    double cpgRatio() const {
        if (c == 0 || g == 0 || pairs == 0) {
            return 0;
        }
        const double expected = static_cast<double>(c) * static_cast<double>(g) / static_cast<double>(bases);
        return static_cast<double>(cpg) / expected * static_cast<double>(bases) / static_cast<double>(pairs);
    }
};

struct ClassSum {
    std::int64_t sites = 0;
    double sum = 0;
    void add(double beta) {
        ++sites;
        sum += beta;
    }
    SimulatedSiteClass result() const { return {sites, sites > 0 ? sum / static_cast<double>(sites) : 0}; }
};

float roundedBeta(double beta) {
    return static_cast<float>(std::round(std::clamp(beta, 0.0, 1.0) * 1e4) / 1e4);
}

std::vector<MethylationSite> methylate(const MethylationSimulationConfig& config, const std::string& sequence,
                                       const std::vector<Interval>& islands,
                                       const std::vector<SimulatedFeature>& motifs, Random& random,
                                       ClassSum& island, ClassSum& nearMotif, ClassSum& background) {
    std::vector<std::pair<double, double>> centres;  // centre (0-based), strength
    for (const SimulatedFeature& feature : motifs) {
        const auto motif =
            std::find_if(config.motifs.begin(), config.motifs.end(),
                         [&feature](const MethylationMotif& m) { return m.name == feature.name; });
        centres.emplace_back(static_cast<double>(feature.start0 + feature.end - 1) / 2.0, motif->strength);
    }
    std::sort(centres.begin(), centres.end());
    const auto radius = static_cast<double>(config.motifRadius);
    std::vector<MethylationSite> sites;
    std::size_t nextIsland = 0;
    for (std::size_t i = 0; i + 1 < sequence.size(); ++i) {
        if (sequence[i] != 'C' || sequence[i + 1] != 'G') {
            continue;
        }
        const auto at = static_cast<std::int64_t>(i);
        while (nextIsland < islands.size() && islands[nextIsland].end <= at) {
            ++nextIsland;
        }
        const bool inIsland = nextIsland < islands.size() && islands[nextIsland].begin <= at;
        double beta =
            inIsland ? config.islandBetaMin + (config.islandBetaMax - config.islandBetaMin) * random.uniform()
                     : config.backgroundBeta + config.backgroundNoise * random.normal();
        bool affected = false;
        const auto first = std::lower_bound(centres.begin(), centres.end(),
                                            std::make_pair(static_cast<double>(at) - radius, -1.0));
        for (auto c = first; c != centres.end() && c->first < static_cast<double>(at) + radius; ++c) {
            const double distance = std::abs(c->first - static_cast<double>(at));
            if (distance < radius) {
                beta *= 1.0 - c->second * 0.5 * (1.0 + std::cos(kPi * distance / radius));
                affected = true;
            }
        }
        MethylationSite site;
        site.position = at + 1;
        site.beta = roundedBeta(beta);
        site.strand = '+';
        if (config.coverage) {
            const double low = config.meanCoverage / 2;
            site.coverage = static_cast<std::int32_t>(
                std::max(1.0, std::floor(low + config.meanCoverage * random.uniform())));
        }
        (inIsland ? island : affected ? nearMotif : background).add(site.beta);
        sites.push_back(site);
    }
    return sites;
}

std::vector<SimulatedVariant> simulateSnvs(const MethylationSimulationConfig& config,
                                           const SimulatedContig& contig, std::uint64_t contigIndex) {
    std::vector<SimulatedVariant> variants;
    if (config.snvEvery <= 0) {
        return variants;
    }
    Random random(config.seed, Stream::Variants, contigIndex);
    const double logKeep = std::log(1.0 - 1.0 / static_cast<double>(config.snvEvery));
    std::int64_t position = 0;
    while (true) {
        // Geometric gap with mean snvEvery: a Bernoulli(1/snvEvery) trial per base.
        position += 1 + static_cast<std::int64_t>(std::floor(std::log(1.0 - random.uniform()) / logKeep));
        if (position > static_cast<std::int64_t>(contig.sequence.size())) {
            break;
        }
        const std::string ref(1, contig.sequence[static_cast<std::size_t>(position - 1)]);
        variants.push_back(
            {contig.name, position, "", ref, std::string(1, random.otherBase(ref[0])), ".", "snv", ref});
    }
    return variants;
}

// A few records that exercise readers and REF checks, on the first contig, away from other variants.
void addEdgeCases(const MethylationSimulationConfig& config, const SimulatedContig& contig,
                  std::vector<SimulatedVariant>& variants) {
    Random random(config.seed, Stream::EdgeCases, 0);
    const auto length = static_cast<std::int64_t>(contig.sequence.size());
    std::set<std::int64_t> taken;
    for (const SimulatedVariant& variant : variants) {
        taken.insert(variant.position);
    }
    const auto freePosition = [&](std::int64_t span) {
        while (true) {
            const std::int64_t position = 2 + random.below(length - span - 3);
            const auto near = taken.lower_bound(position - 5);
            if (near == taken.end() || *near > position + span + 5) {
                for (std::int64_t p = position; p < position + span; ++p) {
                    taken.insert(p);
                }
                return position;
            }
        }
    };
    const auto bases = [&contig](std::int64_t position, std::int64_t count) {
        return contig.sequence.substr(static_cast<std::size_t>(position - 1),
                                      static_cast<std::size_t>(count));
    };
    for (int i = 1; i <= 2; ++i) {
        const std::int64_t position = freePosition(1);
        const std::string ref = bases(position, 1);
        std::string alts;
        for (char base : kBases) {
            if (base != ref[0] && alts.size() < 3) {
                alts += alts.empty() ? std::string(1, base) : std::string(",") + base;
            }
        }
        variants.push_back(
            {contig.name, position, "sim_multi_" + std::to_string(i), ref, alts, ".", "multiallelic", ref});
    }
    {
        const std::int64_t position = freePosition(3);
        const std::string ref = bases(position, 3);
        variants.push_back({contig.name, position, "sim_del_1", ref, ref.substr(0, 1), ".", "deletion", ref});
    }
    {
        const std::int64_t position = freePosition(1);
        const std::string ref = bases(position, 1);
        variants.push_back({contig.name, position, "sim_ins_1", ref, ref + "AC", ".", "insertion", ref});
    }
    {
        const std::int64_t position = freePosition(101);
        const std::string ref = bases(position, 1);
        variants.push_back({contig.name, position, "sim_sv_1", ref, "<DEL>",
                            "SVTYPE=DEL;END=" + std::to_string(position + 100) + ";SVLEN=-100",
                            "symbolic_deletion", ref});
    }
    for (int i = 1; i <= 2; ++i) {
        const std::int64_t position = freePosition(1);
        const std::string genome = bases(position, 1);
        const char wrong = random.otherBase(genome[0]);
        char alt = wrong;
        while (alt == wrong || alt == genome[0]) {
            alt = random.otherBase(wrong);
        }
        variants.push_back({contig.name, position, "sim_refmismatch_" + std::to_string(i),
                            std::string(1, wrong), std::string(1, alt), ".", "ref_mismatch", genome});
    }
}

}  // namespace

std::vector<MethylationMotif> defaultMethylationMotifs() {
    return {{"AP1", "TGACTCA", 0.75}, {"SP1", "GGGGCGGGG", 0.75}, {"NRF1", "GCGCATGCGC", 0.6}};
}

void validateMethylationSimulationConfig(const MethylationSimulationConfig& c) {
    const auto require = [](bool ok, const std::string& problem) {
        if (!ok) {
            throw InputError(problem);
        }
    };
    require(c.contigs >= 1 && c.contigs <= 1000, "contigs must be 1-1000");
    require(c.contigLength >= 10000 && c.contigLength <= 500'000'000,
            "contig length must be 10,000-500,000,000 bases");
    require(c.islandsPerContig >= 0, "islands must be >= 0");
    require(c.islandMinLength >= 2 && c.islandMinLength <= c.islandMaxLength,
            "island lengths: need 2 <= minimum <= maximum");
    require(static_cast<double>(c.islandsPerContig) * static_cast<double>(c.islandMaxLength + 1) <=
                0.5 * static_cast<double>(c.contigLength),
            "islands: " + std::to_string(c.islandsPerContig) + " islands of up to " +
                std::to_string(c.islandMaxLength) + " bases would cover more than half of a " +
                std::to_string(c.contigLength) + "-base contig");
    const auto fraction = [](double x) { return x >= 0 && x <= 1; };
    require(c.backgroundGc > 0.05 && c.backgroundGc < 0.95 && c.islandGc > 0.05 && c.islandGc < 0.95,
            "GC content must be in (0.05, 0.95)");
    require(c.backgroundCpgRatio > 0 && c.backgroundCpgRatio <= 1 && c.islandCpgRatio > 0 &&
                c.islandCpgRatio <= 1,
            "CpG observed/expected must be in (0, 1]");
    require(fraction(c.backgroundBeta) && fraction(c.islandBetaMin) && fraction(c.islandBetaMax) &&
                c.islandBetaMin <= c.islandBetaMax,
            "betas must be in [0, 1] with island minimum <= maximum");
    require(c.backgroundNoise >= 0 && c.backgroundNoise <= 1, "background noise must be in [0, 1]");
    require(c.motifRadius >= 1 && c.motifRadius <= 1000,
            "motif radius must be 1-1000 bases (the effect must lie inside a 2001-base window)");
    require(c.motifsPerMegabase >= 0 && c.motifsPerMegabase <= 2000, "motif density must be 0-2000 per Mb");
    std::set<std::string> names;
    std::int64_t motifBases = 0;
    for (const MethylationMotif& motif : c.motifs) {
        require(!motif.name.empty() && names.insert(motif.name).second,
                "motif names must be non-empty and distinct");
        require(motif.sequence.size() >= 4 && motif.sequence.size() <= 30 &&
                    motif.sequence.find_first_not_of("ACGT") == std::string::npos,
                "motif " + motif.name + ": the sequence must be 4-30 bases of A, C, G, T");
        require(fraction(motif.strength), "motif " + motif.name + ": strength must be in [0, 1]");
        motifBases += static_cast<std::int64_t>(motif.sequence.size());
    }
    require(c.motifsPerMegabase * static_cast<double>(motifBases) <= 0.1 * 1e6,
            "motif density too high: planted motifs would cover more than 10% of the genome");
    require(c.meanCoverage >= 1 && c.meanCoverage <= 100000, "mean coverage must be 1-100000");
    require(c.snvEvery == 0 || (c.snvEvery >= 2 && c.snvEvery <= 1'000'000'000),
            "SNV spacing must be 0 (none) or 2-1e9 bases");
}

SimulatedMethylationGenome simulateMethylationGenome(const MethylationSimulationConfig& config,
                                                     Progress& progress) {
    validateMethylationSimulationConfig(config);
    const MarkovChain backgroundChain =
        MarkovChain::calibrate(config.backgroundGc, config.backgroundCpgRatio);
    const MarkovChain islandChain = MarkovChain::calibrate(config.islandGc, config.islandCpgRatio);
    const std::vector<MotifPattern> patterns = motifPatterns(config.motifs);

    SimulatedMethylationGenome genome;
    ClassSum island;
    ClassSum nearMotif;
    ClassSum background;
    CompositionCounter backgroundComposition;
    CompositionCounter islandComposition;
    const auto total = static_cast<std::int64_t>(config.contigs) * 3;
    for (int k = 0; k < config.contigs; ++k) {
        throwIfCancelled(progress);
        const auto index = static_cast<std::uint64_t>(k);
        SimulatedContig contig{"chr" + std::to_string(k + 1),
                               std::string(static_cast<std::size_t>(config.contigLength), 'N')};
        progress.report(3 * k, total, contig.name + ": sequence");
        Random random(config.seed, Stream::Sequence, index);
        backgroundChain.fill(contig.sequence, 0, contig.sequence.size(), random);
        const std::vector<Interval> islands = placeIslands(config, random);
        std::vector<char> occupied(contig.sequence.size(), 0);
        for (const Interval& interval : islands) {
            islandChain.fill(contig.sequence, static_cast<std::size_t>(interval.begin),
                             static_cast<std::size_t>(interval.end), random);
            std::fill(occupied.begin() + interval.begin, occupied.begin() + interval.end, 1);
        }
        scrubMotifs(contig.sequence, patterns, random);
        std::vector<SimulatedFeature> planted;
        plantMotifs(config, contig.sequence, occupied, contig.name, random, planted);
        throwIfCancelled(progress);

        progress.report(3 * k + 1, total, contig.name + ": motifs");
        std::vector<SimulatedFeature> motifs =
            findMotifs(contig.sequence, contig.name, config.motifs, patterns);
        for (SimulatedFeature& motif : motifs) {
            motif.planted = std::any_of(planted.begin(), planted.end(), [&motif](const SimulatedFeature& p) {
                return p.start0 == motif.start0 && p.name == motif.name && p.strand == motif.strand;
            });
        }
        std::int64_t previousEnd = 0;
        for (const Interval& interval : islands) {
            backgroundComposition.add(contig.sequence, previousEnd, interval.begin);
            islandComposition.add(contig.sequence, interval.begin, interval.end);
            previousEnd = interval.end;
        }
        backgroundComposition.add(contig.sequence, previousEnd, config.contigLength);

        progress.report(3 * k + 2, total, contig.name + ": methylation");
        Random methylationRandom(config.seed, Stream::Methylation, index);
        genome.methylation.addContig(
            contig.name, methylate(config, contig.sequence, islands, motifs, methylationRandom, island,
                                   nearMotif, background));
        std::vector<SimulatedFeature> features;
        for (const Interval& interval : islands) {
            features.push_back({contig.name, interval.begin, interval.end, "island", '.', true});
        }
        features.insert(features.end(), motifs.begin(), motifs.end());
        std::stable_sort(
            features.begin(), features.end(),
            [](const SimulatedFeature& a, const SimulatedFeature& b) { return a.start0 < b.start0; });
        genome.features.insert(genome.features.end(), features.begin(), features.end());

        std::vector<SimulatedVariant> variants = simulateSnvs(config, contig, index);
        if (config.edgeCases && k == 0) {
            addEdgeCases(config, contig, variants);
        }
        std::stable_sort(
            variants.begin(), variants.end(),
            [](const SimulatedVariant& a, const SimulatedVariant& b) { return a.position < b.position; });
        genome.variants.insert(genome.variants.end(), variants.begin(), variants.end());
        genome.contigs.push_back(std::move(contig));
    }
    std::int64_t snv = 0;
    for (SimulatedVariant& variant : genome.variants) {
        if (variant.id.empty()) {
            variant.id = "sim_" + std::to_string(++snv);
        }
    }
    genome.island = island.result();
    genome.motif = nearMotif.result();
    genome.background = background.result();
    genome.backgroundGc = backgroundComposition.gc();
    genome.backgroundCpgRatio = backgroundComposition.cpgRatio();
    genome.islandGc = islandComposition.gc();
    genome.islandCpgRatio = islandComposition.cpgRatio();
    progress.report(total, total, "simulated");
    return genome;
}

}  // namespace locuscope
