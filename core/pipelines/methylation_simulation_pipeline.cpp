#include "core/pipelines/methylation_simulation_pipeline.h"

#include <sys/stat.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <nlohmann/json.hpp>
#include <string>

#include "core/data/methylation_track_writer.h"
#include "core/genome/reference_genome.h"
#include "core/io/atomic_file_writer.h"
#include "core/runtime/input_error.h"
#include "core/runtime/stage_progress.h"

namespace locuscope {
namespace {

using Clock = std::chrono::steady_clock;
namespace fs = std::filesystem;

double secondsSince(Clock::time_point start) {
    return std::chrono::duration<double>(Clock::now() - start).count();
}

// A fresh folder beside `target` (same file system, so a rename publishes it), removed again unless
// released.
class StagingDirectory {
public:
    explicit StagingDirectory(const fs::path& target, const char* kind) {
        std::string pattern =
            (target.parent_path() / ("." + target.filename().string() + kind + "XXXXXX")).string();
        if (mkdtemp(pattern.data()) == nullptr) {
            throw InputError(target,
                             std::string("cannot create a folder beside it: ") + std::strerror(errno));
        }
        path_ = pattern;
        ::chmod(path_.c_str(), 0755);
    }
    ~StagingDirectory() {
        if (!path_.empty()) {
            std::error_code ignored;
            fs::remove_all(path_, ignored);
        }
    }
    StagingDirectory(const StagingDirectory&) = delete;
    StagingDirectory& operator=(const StagingDirectory&) = delete;

    const fs::path& path() const { return path_; }
    void release() { path_.clear(); }

private:
    fs::path path_;
};

void checkTarget(const fs::path& target) {
    if (target.empty()) {
        throw InputError("no output folder given");
    }
    std::error_code error;
    if (!fs::exists(target, error)) {
        return;
    }
    if (!fs::is_directory(target, error)) {
        throw InputError(target, "exists and is not a folder");
    }
    if (!fs::is_empty(target, error) && !fs::exists(target / "simulation.json", error)) {
        throw InputError(target,
                         "the folder is not empty and holds no earlier simulation (simulation.json): "
                         "choose a new or empty folder");
    }
}

// Replaces `target` (missing, empty, or an earlier simulation) by the staged folder.
void publish(StagingDirectory& staged, const fs::path& target) {
    std::error_code error;
    if (fs::exists(target, error) && !fs::is_empty(target, error)) {
        StagingDirectory old(target, ".old-");
        if (std::rename(target.c_str(), old.path().c_str()) != 0) {
            throw InputError(
                target, std::string("cannot move the earlier simulation aside: ") + std::strerror(errno));
        }
        if (std::rename(staged.path().c_str(), target.c_str()) != 0) {
            const int saved = errno;
            std::rename(old.path().c_str(), target.c_str());
            throw InputError(target, std::string("cannot publish the simulation: ") + std::strerror(saved));
        }
        staged.release();
        return;  // `old` removes the earlier simulation
    }
    if (std::rename(staged.path().c_str(), target.c_str()) != 0) {
        throw InputError(target, std::string("cannot publish the simulation: ") + std::strerror(errno));
    }
    staged.release();
}

void writeFasta(const std::vector<SimulatedContig>& contigs, const fs::path& file) {
    AtomicFileWriter writer(file);
    std::string buffer;
    constexpr std::size_t kLine = 60;
    for (const SimulatedContig& contig : contigs) {
        buffer += ">" + contig.name + "\n";
        for (std::size_t i = 0; i < contig.sequence.size(); i += kLine) {
            buffer.append(contig.sequence, i, kLine);
            buffer.push_back('\n');
            if (buffer.size() >= (1u << 20)) {
                writer.write(buffer);
                buffer.clear();
            }
        }
    }
    writer.write(buffer);
    writer.commit();
}

void writeFeatures(const std::vector<SimulatedFeature>& features, const fs::path& file) {
    std::string text = "#chrom\tstart\tend\tname\tscore\tstrand\torigin\n";
    for (const SimulatedFeature& feature : features) {
        text += feature.chrom + "\t" + std::to_string(feature.start0) + "\t" + std::to_string(feature.end) +
                "\t" + feature.name + "\t0\t" + feature.strand + "\t" +
                (feature.planted ? "planted" : "chance") + "\n";
    }
    writeFileAtomically(file, text);
}

void writeVcf(const SimulatedMethylationGenome& genome, const fs::path& file) {
    std::string text =
        "##fileformat=VCFv4.2\n"
        "##source=locuscope simulate methylation\n"
        "##reference=genome.fa\n";
    for (const SimulatedContig& contig : genome.contigs) {
        text += "##contig=<ID=" + contig.name + ",length=" + std::to_string(contig.sequence.size()) + ">\n";
    }
    text +=
        "##ALT=<ID=DEL,Description=\"Deletion\">\n"
        "##INFO=<ID=SVTYPE,Number=1,Type=String,Description=\"Type of structural variant\">\n"
        "##INFO=<ID=END,Number=1,Type=Integer,Description=\"End position of the variant\">\n"
        "##INFO=<ID=SVLEN,Number=.,Type=Integer,Description=\"Length difference between REF and ALT\">\n"
        "#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\n";
    for (const SimulatedVariant& v : genome.variants) {
        text += v.chrom + "\t" + std::to_string(v.position) + "\t" + v.id + "\t" + v.ref + "\t" + v.alt +
                "\t.\tPASS\t" + v.info + "\n";
    }
    writeFileAtomically(file, text);
}

nlohmann::json variantJson(const SimulatedVariant& v) {
    return {{"chrom", v.chrom}, {"pos", v.position},        {"id", v.id}, {"ref", v.ref}, {"alt", v.alt},
            {"kind", v.kind},   {"genome_ref", v.genomeRef}};
}

nlohmann::json configJson(const MethylationSimulationRun& run) {
    const MethylationSimulationConfig& c = run.simulation;
    nlohmann::json motifs = nlohmann::json::array();
    for (const MethylationMotif& motif : c.motifs) {
        motifs.push_back({{"name", motif.name}, {"sequence", motif.sequence}, {"strength", motif.strength}});
    }
    return {{"contigs", c.contigs},
            {"contig_length", c.contigLength},
            {"islands_per_contig", c.islandsPerContig},
            {"island_min_length", c.islandMinLength},
            {"island_max_length", c.islandMaxLength},
            {"background_gc", c.backgroundGc},
            {"background_cpg_ratio", c.backgroundCpgRatio},
            {"island_gc", c.islandGc},
            {"island_cpg_ratio", c.islandCpgRatio},
            {"background_beta", c.backgroundBeta},
            {"background_noise", c.backgroundNoise},
            {"island_beta_min", c.islandBetaMin},
            {"island_beta_max", c.islandBetaMax},
            {"motifs", motifs},
            {"motifs_per_megabase", c.motifsPerMegabase},
            {"motif_radius", c.motifRadius},
            {"coverage", c.coverage},
            {"mean_coverage", c.meanCoverage},
            {"snv_every", c.snvEvery},
            {"edge_cases", c.edgeCases},
            {"bedmethyl", run.writeBedMethyl},
            {"seed", c.seed}};
}

std::string summaryJson(const MethylationSimulationRun& run, const MethylationSimulationReport& report) {
    const auto siteClass = [](const SimulatedSiteClass& c) {
        return nlohmann::json{{"sites", c.sites}, {"mean_beta", c.meanBeta}};
    };
    nlohmann::json motifs = nlohmann::json::object();
    for (const auto& [name, count] : report.motifOccurrences) {
        motifs[name] = count;
    }
    nlohmann::json edgeCases = nlohmann::json::array();
    for (const SimulatedVariant& v : report.edgeCases) {
        edgeCases.push_back(variantJson(v));
    }
    nlohmann::json mismatches = nlohmann::json::array();
    for (const SimulatedVariant& v : report.refMismatches) {
        mismatches.push_back(variantJson(v));
    }
    nlohmann::json files = nlohmann::json::array();
    for (const fs::path& file : report.files) {
        files.push_back(file.filename().string());
    }
    files.push_back("simulation.json");
    const nlohmann::json json = {
        {"generator", "locuscope simulate methylation"},
        {"command", run.commandLine},
        {"seed", run.simulation.seed},
        {"random",
         "std::mt19937_64 per (seed, stream, contig) via std::seed_seq; own uniform/normal transforms"},
        {"config", configJson(run)},
        {"counts",
         {{"bases", report.bases},
          {"cpg_sites", report.cpgSites},
          {"islands", report.islands},
          {"motif_occurrences", motifs},
          {"chance_motif_occurrences", report.chanceMotifs},
          {"snvs", report.snvs},
          {"island_sites", siteClass(report.island)},
          {"motif_neighbourhood_sites", siteClass(report.motif)},
          {"background_sites", siteClass(report.background)}}},
        {"composition",
         {{"background_gc", report.backgroundGc},
          {"background_cpg_ratio", report.backgroundCpgRatio},
          {"island_gc", report.islandGc},
          {"island_cpg_ratio", report.islandCpgRatio}}},
        {"edge_cases", edgeCases},
        {"ref_mismatches", mismatches},
        {"files", files}};
    return json.dump(2) + "\n";
}

}  // namespace

MethylationSimulationReport runMethylationSimulation(const MethylationSimulationRun& run,
                                                     Progress& progress) {
    MethylationSimulationConfig config = run.simulation;
    config.coverage = config.coverage || run.writeBedMethyl;
    validateMethylationSimulationConfig(config);
    const fs::path target =
        run.outputDirectory.has_filename() ? run.outputDirectory : run.outputDirectory.parent_path();
    checkTarget(target);
    const auto start = Clock::now();
    if (!target.parent_path().empty()) {
        std::error_code error;
        fs::create_directories(target.parent_path(), error);
        if (error) {
            throw InputError(target.parent_path(), "cannot create the folder: " + error.message());
        }
    }
    StagingDirectory staged(target, ".tmp-");

    // One bar over the whole job: simulation 70 %, writing 30 %.
    constexpr std::int64_t kTotal = 1000;
    StageProgress simulating(progress, 0, 700, kTotal, "");
    const SimulatedMethylationGenome genome = simulateMethylationGenome(config, simulating);
    MethylationSimulationReport report;
    report.simulateSeconds = secondsSince(start);
    report.outputDirectory = target;
    report.island = genome.island;
    report.motif = genome.motif;
    report.background = genome.background;
    report.backgroundGc = genome.backgroundGc;
    report.backgroundCpgRatio = genome.backgroundCpgRatio;
    report.islandGc = genome.islandGc;
    report.islandCpgRatio = genome.islandCpgRatio;
    report.cpgSites = static_cast<std::int64_t>(genome.methylation.siteCount());
    for (const SimulatedContig& contig : genome.contigs) {
        report.bases += static_cast<std::int64_t>(contig.sequence.size());
    }
    for (const MethylationMotif& motif : config.motifs) {
        report.motifOccurrences.emplace_back(motif.name, 0);
    }
    for (const SimulatedFeature& feature : genome.features) {
        if (feature.name == "island") {
            ++report.islands;
            continue;
        }
        report.chanceMotifs += feature.planted ? 0 : 1;
        for (auto& [name, count] : report.motifOccurrences) {
            count += name == feature.name ? 1 : 0;
        }
    }
    for (const SimulatedVariant& variant : genome.variants) {
        if (variant.kind == "snv") {
            ++report.snvs;
        } else {
            report.edgeCases.push_back(variant);
        }
        if (variant.kind == "ref_mismatch") {
            report.refMismatches.push_back(variant);
        }
    }

    const std::vector<std::string> names = {"genome.fa",       "genome.fa.fai", "methylation.bedGraph",
                                            "methylation.bed", "features.bed",  "variants.vcf"};
    const auto total = static_cast<std::int64_t>(names.size()) + 1;
    std::int64_t step = 0;
    StageProgress writing(progress, 700, 300, kTotal, "");
    const auto next = [&](const std::string& name) {
        throwIfCancelled(progress);
        writing.report(step++, total, "writing " + name);
        report.files.push_back(target / name);
        return staged.path() / name;
    };
    writeFasta(genome.contigs, next("genome.fa"));
    {
        const fs::path index = next("genome.fa.fai");
        const ReferenceGenome reference(staged.path() / "genome.fa");  // builds the .fai beside it
        if (!fs::exists(index)) {
            throw InputError(index, "htslib did not build the FASTA index");
        }
    }
    writeMethylationBedGraph(genome.methylation, next("methylation.bedGraph"));
    if (run.writeBedMethyl) {
        writeMethylationBedMethyl(genome.methylation, next("methylation.bed"));
    } else {
        ++step;
    }
    writeFeatures(genome.features, next("features.bed"));
    writeVcf(genome, next("variants.vcf"));
    throwIfCancelled(progress);
    for (const fs::path& file : report.files) {
        std::error_code error;
        report.bytes += fs::file_size(staged.path() / file.filename(), error);
    }
    report.totalSeconds = secondsSince(start);
    const std::string json = summaryJson(run, report);
    writeFileAtomically(staged.path() / "simulation.json", json);
    report.bytes += json.size();
    report.files.push_back(target / "simulation.json");
    publish(staged, target);
    progress.report(kTotal, kTotal, "written");
    return report;
}

}  // namespace locuscope
