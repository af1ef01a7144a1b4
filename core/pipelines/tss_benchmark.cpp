#include "core/pipelines/tss_benchmark.h"

#include <htslib/bgzf.h>
#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <random>
#include <string>

#include "core/io/atomic_file_writer.h"
#include "core/pipelines/tss_pipeline.h"
#include "core/runtime/input_error.h"
#include "core/runtime/silent_progress.h"

namespace locuscope {
namespace {

using Clock = std::chrono::steady_clock;

double secondsSince(Clock::time_point start) {
    return std::chrono::duration<double>(Clock::now() - start).count();
}

std::int64_t peakRssKb() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

// hg19-like contig lengths, scaled: what matters is realistic spacing of records and TSSs.
const std::vector<std::pair<std::string, std::int64_t>>& contigs() {
    static const std::vector<std::pair<std::string, std::int64_t>> lengths = {
        {"chr1", 249250621},  {"chr2", 243199373},  {"chr3", 198022430},  {"chr4", 191154276},
        {"chr5", 180915260},  {"chr6", 171115067},  {"chr7", 159138663},  {"chr8", 146364022},
        {"chr9", 141213431},  {"chr10", 135534747}, {"chr11", 135006516}, {"chr12", 133851895},
        {"chr13", 115169878}, {"chr14", 107349540}, {"chr15", 102531392}, {"chr16", 90354753},
        {"chr17", 81195210},  {"chr18", 78077248},  {"chr19", 59128983},  {"chr20", 63025520},
        {"chr21", 48129895},  {"chr22", 51304566},  {"chrX", 155270560},  {"chrY", 59373566}};
    return lengths;
}

std::int64_t genomeLength() {
    std::int64_t total = 0;
    for (const auto& [name, length] : contigs()) {
        total += length;
    }
    return total;
}

void writeGenes(const std::filesystem::path& file, std::int64_t count) {
    std::mt19937_64 random(11);
    std::string text;
    std::int64_t geneNumber = 0;
    for (const auto& [name, length] : contigs()) {
        const std::int64_t genes = count * length / genomeLength();
        std::vector<std::int64_t> positions;
        for (std::int64_t g = 0; g < genes; ++g) {
            positions.push_back(1 + static_cast<std::int64_t>(random() % static_cast<std::uint64_t>(length)));
        }
        std::sort(positions.begin(), positions.end());
        for (std::size_t g = 0; g < positions.size(); ++g) {
            text += name + "\t" + std::to_string(positions[g] - 1) + "\t" + std::to_string(positions[g]) +
                    "\t" + (random() % 2 ? "+" : "-") + "\tENSG" + std::to_string(100000000 + ++geneNumber) +
                    "\n";
        }
    }
    writeFileAtomically(file, text);
}

void writeBlock(BGZF* out, std::string& block, const std::filesystem::path& file) {
    if (bgzf_write(out, block.data(), block.size()) != static_cast<ssize_t>(block.size())) {
        bgzf_close(out);
        throw InputError(file, "cannot write the benchmark VCF (disk full?)");
    }
    block.clear();
}

// Sorted VCF 4.2 with `records` SNVs spread evenly over the contigs; BGZF-compressed when asked.
void writeVcf(const std::filesystem::path& file, std::int64_t records, bool bgzip) {
    std::string header = "##fileformat=VCFv4.2\n";
    for (const auto& [name, length] : contigs()) {
        header += "##contig=<ID=" + name + ",length=" + std::to_string(length) + ">\n";
    }
    header += "#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\n";
    BGZF* out = bgzf_open(file.c_str(), bgzip ? "w6" : "wu");
    if (out == nullptr) {
        throw InputError(file, "cannot create the benchmark VCF");
    }
    std::string block = header;
    std::mt19937_64 random(5);
    const char* bases = "ACGT";
    std::int64_t written = 0;
    for (std::size_t c = 0; c < contigs().size(); ++c) {
        const auto& [name, length] = contigs()[c];
        const std::int64_t here =
            c + 1 == contigs().size() ? records - written : records * length / genomeLength();
        const std::int64_t step = std::max<std::int64_t>(1, length / std::max<std::int64_t>(1, here + 1));
        for (std::int64_t i = 0; i < here; ++i) {
            const std::int64_t pos = 1 + (i + 1) * step;
            const int ref = static_cast<int>(random() % 4);
            const int alt = (ref + 1 + static_cast<int>(random() % 3)) % 4;
            block += name + "\t" + std::to_string(pos) + "\trs" + std::to_string(written + i + 1) + "\t" +
                     bases[ref] + "\t" + bases[alt] + "\t.\tPASS\t.\n";
            if (block.size() > (1U << 20)) {
                writeBlock(out, block, file);
            }
        }
        written += here;
    }
    writeBlock(out, block, file);
    if (bgzf_close(out) != 0) {
        throw InputError(file, "cannot write the benchmark VCF");
    }
}

}  // namespace

std::vector<TssBenchmarkRun> runTssBenchmark(const TssBenchmarkConfig& config, Progress& progress) {
    std::filesystem::path scratch = config.scratch;
    const bool ownScratch = scratch.empty();
    if (ownScratch) {
        scratch =
            std::filesystem::temp_directory_path() / ("locuscope-bench-tss-" + std::to_string(getpid()));
    }
    std::filesystem::create_directories(scratch);
    const std::filesystem::path genes = scratch / "genes.bed";
    writeGenes(genes, config.tssCount);
    std::vector<TssBenchmarkRun> runs;
    for (std::size_t i = 0; i < config.records.size(); ++i) {
        throwIfCancelled(progress);
        progress.report(static_cast<std::int64_t>(i), static_cast<std::int64_t>(config.records.size()),
                        "bench tss: " + std::to_string(config.records[i]) + " records");
        TssBenchmarkRun run;
        run.records = config.records[i];
        const std::filesystem::path vcf =
            scratch / (std::to_string(run.records) + (config.bgzip ? ".vcf.gz" : ".vcf"));
        const auto generated = Clock::now();
        writeVcf(vcf, run.records, config.bgzip);
        run.generateSeconds = secondsSince(generated);
        run.vcfBytes = std::filesystem::file_size(vcf);

        TssConfig tss;
        tss.genes = genes;
        tss.variants = vcf;
        tss.out = scratch / (std::to_string(run.records) + ".tss.tsv");
        tss.commandLine = "bench tss";
        SilentProgress quiet;
        const auto started = Clock::now();
        const TssReport report = runNearestTss(tss, quiet);
        run.tssSeconds = secondsSince(started);
        if (report.rows != run.records) {
            throw std::runtime_error("bench tss: wrote " + std::to_string(report.rows) + " rows for " +
                                     std::to_string(run.records) + " records");
        }
        run.recordsPerSecond = static_cast<double>(run.records) / run.tssSeconds;
        run.peakRssKb = peakRssKb();
        runs.push_back(run);
        std::filesystem::remove(vcf);
        std::filesystem::remove(tss.out);
    }
    if (ownScratch) {
        std::filesystem::remove_all(scratch);
    }
    return runs;
}

}  // namespace locuscope
