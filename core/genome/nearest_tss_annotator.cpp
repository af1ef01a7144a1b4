#include "core/genome/nearest_tss_annotator.h"

#include <cstdlib>

namespace locuscope {

bool isSealStandardChromosome(std::string_view chrom) {
    // Seal: 'chr' + CHROM.replace('chr', '') in chr1..chr22, chrX, chrY.
    std::string name;
    for (std::size_t i = 0; i < chrom.size();) {
        if (chrom.compare(i, 3, "chr") == 0) {
            i += 3;
        } else {
            name += chrom[i++];
        }
    }
    if (name == "X" || name == "Y") {
        return true;
    }
    if (name.empty() || name.size() > 2 || name.front() == '0') {
        return false;
    }
    for (const char c : name) {
        if (c < '0' || c > '9') {
            return false;
        }
    }
    const int number = std::atoi(name.c_str());
    return number >= 1 && number <= 22;
}

NearestTssAnnotator::NearestTssAnnotator(const TssIndex& index, NearestTssOptions options)
    : index_(index), options_(options) {}

TssAnnotation NearestTssAnnotator::annotate(std::string_view chrom, std::int64_t pos) {
    if (!haveLast_ || chrom != lastChrom_) {
        lastChrom_ = std::string(chrom);
        lastContig_ = index_.contigIndex(chrom);
        lastStandard_ = isSealStandardChromosome(chrom);
        haveLast_ = true;
    }
    TssAnnotation annotation;
    if (options_.standardChromosomesOnly && !lastStandard_) {
        annotation.outcome = TssOutcome::NonStandardChromosome;
        annotation.keep = false;
        ++counts_.nonStandardChromosome;
        return annotation;
    }
    const std::optional<TssIndex::Hit> hit = index_.nearestOnContig(lastContig_, pos);
    if (!hit) {
        annotation.outcome = TssOutcome::NoTssOnContig;
        annotation.keep = !options_.maxDistance.has_value();
        ++counts_.noTssOnContig;
        return annotation;
    }
    annotation.tss = hit->tss;
    annotation.distToTss = hit->distToTss;
    if (options_.maxDistance && std::abs(hit->distToTss) > *options_.maxDistance) {
        annotation.outcome = TssOutcome::TooFar;
        annotation.keep = false;
        ++counts_.tooFar;
        return annotation;
    }
    annotation.outcome = TssOutcome::Found;
    ++counts_.found;
    return annotation;
}

const std::array<std::string_view, 3>& NearestTssAnnotator::columns() {
    static const std::array<std::string_view, 3> names{"gene_id", "strand", "dist_to_tss"};
    return names;
}

std::array<std::string, 3> NearestTssAnnotator::fields(const TssAnnotation& annotation) {
    if (annotation.tss == nullptr) {
        return {"NA", "NA", "NA"};
    }
    return {annotation.tss->geneId, std::string(1, annotation.tss->strand),
            std::to_string(annotation.distToTss)};
}

}  // namespace locuscope
