#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/data/methylation_track.h"
#include "core/runtime/progress.h"

namespace locuscope {

// A TF-like motif that lowers methylation around every occurrence (either strand) in the genome.
struct MethylationMotif {
    std::string name;        // "AP1"
    std::string sequence;    // on the + strand, A/C/G/T
    double strength = 0.75;  // fraction of methylation removed at the motif's centre
};

// AP1 TGACTCA (strength 0.75), SP1 GGGGCGGGG (0.75), NRF1 GCGCATGCGC (0.6).
std::vector<MethylationMotif> defaultMethylationMotifs();

// The rules of the synthetic methylation genome (docs/methdata.md):
//  - background: a first-order Markov chain with GC backgroundGc and CpG observed/expected
//    backgroundCpgRatio (human-like CpG depletion); CpG beta = backgroundBeta + N(0, backgroundNoise);
//  - islands: islandsPerContig stretches of islandMinLength..islandMaxLength bases from a chain with
//    islandGc / islandCpgRatio; their CpGs get beta uniform in [islandBetaMin, islandBetaMax];
//  - motifs: chance occurrences are removed, then motifsPerMegabase copies of each motif are planted
//    (random strand, outside islands); every CpG within motifRadius of a motif's centre has its beta
//    multiplied by 1 - strength * (1 + cos(pi * distance / motifRadius)) / 2;
//  - betas are clipped to [0, 1] and rounded to 4 decimals (what bedGraph and bedMethyl both carry).
// Random numbers: std::mt19937_64 seeded through std::seed_seq from (seed, purpose, contig), with
// our own uniform/normal transforms, so the same config gives the same genome on every platform,
// and switching variant options leaves the genome and its methylation unchanged.
struct MethylationSimulationConfig {
    int contigs = 2;  // named chr1..chrK
    std::int64_t contigLength = 1'000'000;
    int islandsPerContig = 20;
    std::int64_t islandMinLength = 500;
    std::int64_t islandMaxLength = 1500;
    double backgroundGc = 0.41;
    double backgroundCpgRatio = 0.22;
    double islandGc = 0.65;
    double islandCpgRatio = 0.8;
    double backgroundBeta = 0.8;
    double backgroundNoise = 0.05;
    double islandBetaMin = 0.05;
    double islandBetaMax = 0.15;
    std::vector<MethylationMotif> motifs = defaultMethylationMotifs();
    double motifsPerMegabase = 100;  // planted copies of each motif per Mb
    std::int64_t motifRadius = 200;  // bases; at most 1000 so the effect lies inside a 2001-bp window
    // Per-site read coverage (needed for bedMethyl): uniform in [mean/2, 3·mean/2], at least 1.
    bool coverage = false;
    double meanCoverage = 30;
    std::int64_t snvEvery = 300;  // about one SNV per this many bases (geometric gaps); 0 = none
    bool edgeCases = false;       // add multi-allelic, indel, <DEL> and REF-mismatch records on chr1
    std::uint64_t seed = 1;
};

// InputError for anything the simulator cannot honour (sizes, ranges, motifs that do not fit).
void validateMethylationSimulationConfig(const MethylationSimulationConfig& config);

struct SimulatedContig {
    std::string name;
    std::string sequence;  // upper case A/C/G/T
};

// An island or a motif occurrence: the ground truth for attribution.
struct SimulatedFeature {
    std::string chrom;
    std::int64_t start0 = 0;  // BED coordinates
    std::int64_t end = 0;
    std::string name;     // "island" or the motif's name
    char strand = '.';    // '.' for islands
    bool planted = true;  // false: a motif occurrence the planting created by chance at a junction
};

struct SimulatedVariant {
    std::string chrom;
    std::int64_t position = 0;  // 1-based
    std::string id;
    std::string ref;
    std::string alt;  // comma-separated for multi-allelic records
    std::string info = ".";
    std::string kind;       // snv, multiallelic, deletion, insertion, symbolic_deletion, ref_mismatch
    std::string genomeRef;  // the genome's bases at REF's span (differs from ref for ref_mismatch)
};

// Sites of each kind and their mean beta, as simulated (the tests measure them again from the files).
struct SimulatedSiteClass {
    std::int64_t sites = 0;
    double meanBeta = 0;
};

struct SimulatedMethylationGenome {
    std::vector<SimulatedContig> contigs;
    MethylationTrack methylation;            // every + strand CpG C, in contig order
    std::vector<SimulatedFeature> features;  // by contig, then start
    std::vector<SimulatedVariant> variants;  // by contig, then position
    SimulatedSiteClass island;               // CpGs inside islands
    SimulatedSiteClass motif;                // CpGs outside islands within motifRadius of a motif
    SimulatedSiteClass background;           // the rest
    double backgroundGc = 0;                 // measured outside islands
    double backgroundCpgRatio = 0;           // observed/expected CpG outside islands
    double islandGc = 0;
    double islandCpgRatio = 0;
};

// Reports per contig and stage; throws OperationCancelled when asked to stop.
SimulatedMethylationGenome simulateMethylationGenome(const MethylationSimulationConfig& config,
                                                     Progress& progress);

}  // namespace locuscope
