#include "core/interpret/elm_analysis.h"

#include <algorithm>
#include <chrono>
#include <limits>

namespace locuscope {
namespace {

using Clock = std::chrono::steady_clock;

double secondsSince(Clock::time_point start) { return std::chrono::duration<double>(Clock::now() - start).count(); }

std::vector<double> toVector(const torch::Tensor& tensor) {
    const torch::Tensor flat = tensor.to(torch::kCPU, torch::kDouble).contiguous();
    return std::vector<double>(flat.data_ptr<double>(), flat.data_ptr<double>() + flat.numel());
}

std::vector<float> toFloatVector(const torch::Tensor& tensor) {
    const torch::Tensor flat = tensor.to(torch::kCPU, torch::kFloat).contiguous();
    return std::vector<float>(flat.data_ptr<float>(), flat.data_ptr<float>() + flat.numel());
}

// Four-genotype mean sensitivities for every (row locus r, column locus c) at once:
// m_ab[r][c] = mean of S[:, r] over samples with sign(x_r) = a and sign(x_c) = b, from
// (S * I_a)^T I_b / (I_a^T I_b). E = ((m++ - m+-) + (m-+ - m--)) / 4 estimates beta_rc from locus r's
// side; the pub's estimate averages both sides: (E + E^T) / 2.
torch::Tensor pairEstimates(const torch::Tensor& sensitivity, const torch::Tensor& plus, const torch::Tensor& minus) {
    const torch::Tensor sPlus = sensitivity * plus;
    const torch::Tensor sMinus = sensitivity * minus;
    const auto mean = [](const torch::Tensor& sums, const torch::Tensor& counts) {
        return torch::where(counts > 0, sums / counts.clamp_min(1),
                            torch::full_like(sums, std::numeric_limits<double>::quiet_NaN()));
    };
    const torch::Tensor mPP = mean(sPlus.t().mm(plus), plus.t().mm(plus));
    const torch::Tensor mPM = mean(sPlus.t().mm(minus), plus.t().mm(minus));
    const torch::Tensor mMP = mean(sMinus.t().mm(plus), minus.t().mm(plus));
    const torch::Tensor mMM = mean(sMinus.t().mm(minus), minus.t().mm(minus));
    const torch::Tensor e = ((mPP - mPM) + (mMP - mMM)) / 4.0;
    torch::Tensor beta = (e + e.t()) / 2.0;
    beta.fill_diagonal_(std::numeric_limits<double>::quiet_NaN());
    return beta;
}

void principalComponents(const torch::Tensor& sensitivity, int components, ElmTraitAnalysis& out) {
    const std::int64_t loci = sensitivity.size(1);
    const std::int64_t k = std::min<std::int64_t>(components, loci);
    if (k <= 0 || sensitivity.size(0) < 2) {
        return;
    }
    const torch::Tensor centred = sensitivity - sensitivity.mean(0, true);
    const torch::Tensor covariance = centred.t().mm(centred) / static_cast<double>(sensitivity.size(0) - 1);
    const auto decomposition = torch::linalg_eigh(covariance, "L");  // ascending eigenvalues
    const torch::Tensor values = std::get<0>(decomposition).flip(0).clamp_min(0);
    const torch::Tensor vectors = std::get<1>(decomposition).flip(1);
    const double total = values.sum().item<double>();
    out.pcaExplainedRatio = toVector(total > 0 ? values.slice(0, 0, k) / total : values.slice(0, 0, k) * 0);
    out.pcaLoadings = toVector(vectors.slice(1, 0, k).t());
}

}  // namespace

torch::Tensor fourGenotypePairEstimates(const torch::Tensor& sensitivity, const torch::Tensor& genotypes) {
    const torch::Tensor x = genotypes.to(torch::kDouble);
    return pairEstimates(sensitivity.to(torch::kDouble), (x > 0).to(torch::kDouble), (x < 0).to(torch::kDouble));
}

ElmAnalysisResult analyseElm(ElmNetwork& network, const torch::Tensor& x, const ElmAnalysisOptions& options,
                             Progress& progress) {
    torch::InferenceMode inference;
    network->eval();
    ElmAnalysisResult result;
    const std::int64_t n = x.size(0);
    result.samples = static_cast<std::size_t>(n);
    result.loci = static_cast<std::size_t>(x.size(1));
    result.traits = static_cast<std::size_t>(network->outputs());
    const std::int64_t traits = network->outputs();

    const auto jacobianStart = Clock::now();
    std::vector<torch::Tensor> jacobianChunks;
    std::vector<torch::Tensor> outputChunks;
    for (std::int64_t first = 0; first < n; first += options.chunk) {
        throwIfCancelled(progress);
        const torch::Tensor rows = x.slice(0, first, std::min(n, first + options.chunk));
        jacobianChunks.push_back(network->jacobians(rows));
        outputChunks.push_back(network->forward(rows));
        progress.report(std::min(n, first + options.chunk), n, "Jacobians");
    }
    const torch::Tensor jacobian = torch::cat(jacobianChunks);  // (N, T, L)
    const torch::Tensor output = torch::cat(outputChunks);       // (N, T)
    const torch::Tensor reconstruction = torch::bmm(jacobian, x.unsqueeze(2)).squeeze(2);
    result.maxReconstructionError = (reconstruction - output).abs().max().item<double>();
    result.predictions = toFloatVector(output);
    result.jacobianDotX = toFloatVector(reconstruction);
    if (options.keepSensitivities) {
        result.sensitivities = toFloatVector(jacobian);
    }
    result.jacobianSeconds = secondsSince(jacobianStart);

    const auto pairStart = Clock::now();
    const torch::Tensor xd = x.to(torch::kDouble);
    const torch::Tensor plus = (xd > 0).to(torch::kDouble);
    const torch::Tensor minus = (xd < 0).to(torch::kDouble);
    for (std::int64_t trait = 0; trait < traits; ++trait) {
        throwIfCancelled(progress);
        const torch::Tensor sensitivity = jacobian.select(1, trait).to(torch::kDouble);  // (N, L)
        ElmTraitAnalysis analysis;
        analysis.meanSensitivity = toVector(sensitivity.mean(0));
        analysis.sensitivityVariance = toVector(sensitivity.var(0, /*unbiased=*/true));
        analysis.pairEstimate = toVector(pairEstimates(sensitivity, plus, minus));
        principalComponents(sensitivity, options.pcaComponents, analysis);
        result.perTrait.push_back(std::move(analysis));
        progress.report(trait + 1, traits, "pairwise epistasis");
    }
    result.pairSeconds = secondsSince(pairStart);
    return result;
}

}  // namespace locuscope
