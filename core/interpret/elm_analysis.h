#pragma once

#include "core/interpret/elm_analysis_result.h"
#include "core/models/elm/elm_network.h"
#include "core/runtime/progress.h"

namespace locuscope {

struct ElmAnalysisOptions {
    bool keepSensitivities = false;  // copy J(x) for every sample into the result (figures)
    int pcaComponents = 10;
    std::int64_t chunk = 2048;       // samples per Jacobian batch (bounds memory: chunk x T x H floats)
};

// Equivalent linear mapping of a trained network on the genotypes x (N x L, float32, on the
// network's device): batched closed-form Jacobians, reconstruction check, additive estimates,
// sensitivity variances, all-pairs epistasis from four-genotype means (matrix products, no loop
// over pairs) and a PCA of the sensitivities. Genotype classes are the sign of x (haploid -1/+1;
// diploid heterozygotes, x = 0, belong to no class).
// beta_ij estimates for all pairs from per-sample sensitivities S (N x L, float64) and genotypes
// x (N x L): loci x loci, symmetric, NaN on the diagonal and where a genotype class is empty.
torch::Tensor fourGenotypePairEstimates(const torch::Tensor& sensitivity, const torch::Tensor& genotypes);

ElmAnalysisResult analyseElm(ElmNetwork& network, const torch::Tensor& x, const ElmAnalysisOptions& options,
                             Progress& progress);

}  // namespace locuscope
