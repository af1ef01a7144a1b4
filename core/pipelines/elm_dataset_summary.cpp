#include "core/pipelines/elm_dataset_summary.h"

namespace locuscope {

std::string encodingDescription(GenotypeEncoding encoding) {
    return encoding == GenotypeEncoding::HaploidPlusMinusOne ? "haploid: allele 0 -> -1, allele 1 -> +1"
                                                             : "diploid: allele-1 dosage - 1";
}

ElmDatasetSummary describeElmDataset(const std::filesystem::path& data, const DatasetLoadOptions& options) {
    const DatasetSplit split = loadDataset(data, options);
    ElmDatasetSummary summary;
    summary.source = data;
    summary.trainSamples = split.train.samples();
    summary.testSamples = split.test.samples();
    summary.samples = summary.trainSamples + summary.testSamples;
    summary.loci = split.train.loci();
    summary.traits = split.train.traits();
    summary.traitNames = split.train.traitNames;
    summary.locusNames = split.train.locusNames;
    summary.splitDescription = split.description;
    summary.encoding = encodingDescription(split.train.encoding);
    summary.hasTruth = split.hasTruth;
    if (split.hasTruth) {
        const TrueEffects& truth = split.truth;
        for (std::size_t trait = 0; trait < truth.traits; ++trait) {
            std::size_t pairs = 0;
            for (std::size_t i = 0; i < truth.loci; ++i) {
                const int partner = truth.partnerOf(trait, i);
                if (partner > static_cast<int>(i) && truth.epistaticAt(trait, i) != 0.0) {
                    ++pairs;
                }
            }
            summary.epistaticPairs.push_back(pairs);
        }
    }
    return summary;
}

}  // namespace locuscope
