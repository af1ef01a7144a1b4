#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace locuscope {

// One transcription start site of one gene, as a TSS BED line or a GTF gene/transcript describes it.
struct TssEntry {
    std::string chrom;      // contig name as written in the annotation
    std::int64_t tss = 0;   // 1-based position of the TSS base (the BED end column)
    char strand = '+';      // '+' or '-'
    std::string geneId;     // ENSG00000187634 ...
    std::string symbol;     // SAMD11 ..., "" when the annotation has none
    std::int64_t line = 0;  // line in the annotation file, 0 when built in memory

    // What sort-bed orders identical coordinates by: the BED columns after the third, joined by
    // tabs ("+\tENSG...\tSYMBOL"), compared bytewise.
    std::string bedTail() const;
};

enum class GtfTssSource {
    Gene,        // one TSS per `gene` feature (start on +, end on -)
    Transcript,  // one TSS per `transcript` feature; a gene's identical TSSs are kept once
};

struct GtfOptions {
    GtfTssSource source = GtfTssSource::Gene;
    // Keep only genes whose gene_type (GENCODE) or gene_biotype (Ensembl) attribute is one of
    // these ("protein_coding"); empty keeps every gene.
    std::vector<std::string> geneTypes;
};

// TSS BED: tab-separated `chr  TSS-1  TSS  strand  gene_id  [symbol]` (ExPecto's and Seal's
// geneanno.pc.sorted.bed has the first five). Every line names one base (end = start + 1). Lines
// starting with '#', "track" or "browser" and blank lines are skipped; CRLF line ends are
// accepted; plain or gzip/bgzip. Any order: TssIndex sorts. InputError with file and line for a
// wrong column count, bad coordinates, a strand other than + or -, or an empty gene id.
std::vector<TssEntry> readTssBed(const std::filesystem::path& file);

// GTF (GENCODE/Ensembl/RefSeq style, 1-based inclusive coordinates): the TSS of a feature is its
// start on '+' and its end on '-'. gene_id is required, gene_name becomes the symbol when present.
// Same skipping, line-end, compression and error rules as readTssBed.
std::vector<TssEntry> readGtfTss(const std::filesystem::path& file, const GtfOptions& options = {});

// readGtfTss for names ending in .gtf or .gtf.gz (any case), readTssBed otherwise.
std::vector<TssEntry> readGeneAnnotation(const std::filesystem::path& file,
                                         const GtfOptions& gtfOptions = {});

}  // namespace locuscope
