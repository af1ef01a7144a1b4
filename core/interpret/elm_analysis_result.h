#pragma once

#include <cstddef>
#include <vector>

namespace locuscope {

// What ELM reads off a trained network for one trait (plain data; no tensors).
struct ElmTraitAnalysis {
    std::vector<double> meanSensitivity;      // loci: additive estimate, mean over samples of dP/dx_i
    std::vector<double> sensitivityVariance;  // loci: variance over samples (ddof 1); epistatic loci stand out
    // loci x loci, symmetric: pairwise epistasis estimate beta_ij from the four-genotype mean
    // sensitivities (specs/elm.md §4.4); NaN on the diagonal and where a genotype class is empty.
    std::vector<double> pairEstimate;
    // PCA of the samples x loci sensitivity matrix (centred): explained-variance ratio per component
    // and loadings (components x loci).
    std::vector<double> pcaExplainedRatio;
    std::vector<double> pcaLoadings;
};

struct ElmAnalysisResult {
    std::size_t samples = 0, loci = 0, traits = 0;
    std::vector<float> predictions;   // samples x traits: f(x)
    std::vector<float> jacobianDotX;  // samples x traits: J(x) x, equal to f(x) for this network
    std::vector<float> sensitivities; // samples x traits x loci: J(x), kept when asked (figures)
    double maxReconstructionError = 0;  // max |J(x) x - f(x)|
    std::vector<ElmTraitAnalysis> perTrait;
    double jacobianSeconds = 0;
    double pairSeconds = 0;
};

}  // namespace locuscope
