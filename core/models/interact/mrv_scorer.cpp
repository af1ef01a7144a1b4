#include "core/models/interact/mrv_scorer.h"

#include <algorithm>
#include <cmath>
#include <unordered_map>

#include "core/models/interact/interact_tokens.h"
#include "core/runtime/input_error.h"

namespace locuscope {
namespace {

std::int64_t cacheKey(const CpgSite& site) {
    return site.pos * 2 + (site.strand == '-' ? 1 : 0);
}

// A window to predict: a CpG's reference window, with one base replaced for an alt window.
struct WindowJob {
    std::size_t cpg;
    std::int64_t snv = -1;  // -1: the reference window
};

}  // namespace

MrvScorer::MrvScorer(InteractPredictor& predictor, const SequenceSource& reference, MrvOptions options)
    : predictor_(predictor), reference_(reference), options_(options) {
    const std::int64_t half = predictor_.config().centre();
    if (options_.maxDistance < 0 || options_.maxDistance > half) {
        throw InputError("the CpG distance must lie in [0, " + std::to_string(half) +
                         "] (the window's half-width); it is " + std::to_string(options_.maxDistance));
    }
    options_.blockSnvs = std::max<std::int64_t>(1, options_.blockSnvs);
}

std::vector<MrvScore> MrvScorer::scoreContig(const std::string& contig, const std::vector<MrvSnv>& snvs,
                                             const std::function<void(std::int64_t)>& onProgress) {
    const std::int64_t half = predictor_.config().centre();
    const std::int64_t window = predictor_.config().window;
    const std::int64_t outputs = predictor_.config().outputs;
    const std::int64_t reach = options_.maxDistance;
    std::vector<MrvScore> scores(snvs.size());
    std::unordered_map<std::int64_t, std::vector<float>> referenceCache;  // CpG -> predictions

    for (std::size_t blockBegin = 0; blockBegin < snvs.size();) {
        const std::size_t blockEnd = std::min(snvs.size(), blockBegin + static_cast<std::size_t>(options_.blockSnvs));
        const std::int64_t first = snvs[blockBegin].pos - reach;
        const std::int64_t last = snvs[blockEnd - 1].pos + reach;
        // Later SNVs lie at or after this block's first: CpGs before its reach are done with.
        for (auto it = referenceCache.begin(); it != referenceCache.end();) {
            it = it->first / 2 < first ? referenceCache.erase(it) : std::next(it);
        }
        // Bases from half a window before the first CpG to half a window after the last (1-based
        // `offset` at index 0); fetch pads with N beyond the contig's ends.
        const std::int64_t offset = first - half - 1;
        const std::string bases = reference_.fetch(contig, offset - 1, last + half + 1);
        std::vector<std::int64_t> tokens(bases.size());
        encodeInteractTokens(bases, tokens.data());
        const std::vector<CpgSite> cpgs = findCpgSites(bases, offset, first, last, options_.bothStrands);

        // Pair every SNV with the CpGs within reach (both lists sorted by position).
        std::vector<std::pair<std::size_t, std::size_t>> pairRanges(blockEnd - blockBegin);  // [from, to) in cpgs
        std::vector<bool> needed(cpgs.size(), false);
        std::size_t from = 0;
        for (std::size_t s = blockBegin; s < blockEnd; ++s) {
            while (from < cpgs.size() && cpgs[from].pos < snvs[s].pos - reach) {
                ++from;
            }
            std::size_t to = from;
            while (to < cpgs.size() && cpgs[to].pos <= snvs[s].pos + reach) {
                needed[to++] = true;
            }
            pairRanges[s - blockBegin] = {from, to};
        }
        std::vector<WindowJob> jobs;
        for (std::size_t c = 0; c < cpgs.size(); ++c) {
            if (needed[c] && referenceCache.find(cacheKey(cpgs[c])) == referenceCache.end()) {
                jobs.push_back({c, -1});
            }
        }
        const std::size_t referenceJobs = jobs.size();
        for (std::size_t s = blockBegin; s < blockEnd; ++s) {
            for (std::size_t c = pairRanges[s - blockBegin].first; c < pairRanges[s - blockBegin].second; ++c) {
                jobs.push_back({c, static_cast<std::int64_t>(s)});
            }
        }

        // Predict in batches; windows are filled straight from the token array.
        std::vector<float> predictions(jobs.size() * outputs);
        const std::int64_t batch = predictor_.batchSize();
        for (std::size_t begin = 0; begin < jobs.size(); begin += batch) {
            const std::size_t count = std::min<std::size_t>(batch, jobs.size() - begin);
            torch::Tensor input = torch::empty({static_cast<std::int64_t>(count), window}, torch::kLong);
            std::int64_t* rows = input.data_ptr<std::int64_t>();
            for (std::size_t j = 0; j < count; ++j) {
                const WindowJob& job = jobs[begin + j];
                const CpgSite& cpg = cpgs[job.cpg];
                std::int64_t* row = rows + j * window;
                const std::int64_t start = cpg.pos - half - offset;  // index of the window's first base
                if (cpg.strand == '+') {
                    std::copy_n(tokens.begin() + start, window, row);
                } else {
                    for (std::int64_t i = 0; i < window; ++i) {
                        row[i] = complementToken(tokens[start + window - 1 - i]);
                    }
                }
                if (job.snv >= 0) {
                    const MrvSnv& snv = snvs[job.snv];
                    const std::int64_t shift = snv.pos - cpg.pos;
                    if (cpg.strand == '+') {
                        row[half + shift] = interactToken(snv.alt);
                    } else {
                        row[half - shift] = complementToken(interactToken(snv.alt));
                    }
                }
            }
            const torch::Tensor result = predictor_.predict(input).contiguous();
            std::copy_n(result.data_ptr<float>(), count * outputs, predictions.begin() + begin * outputs);
        }
        for (std::size_t j = 0; j < referenceJobs; ++j) {
            referenceCache[cacheKey(cpgs[jobs[j].cpg])] =
                std::vector<float>(predictions.begin() + j * outputs, predictions.begin() + (j + 1) * outputs);
        }
        stats_.refWindows += static_cast<std::int64_t>(referenceJobs);
        stats_.altWindows += static_cast<std::int64_t>(jobs.size() - referenceJobs);

        // The maximum |alt - ref| per output over each SNV's CpGs, in position order.
        for (std::size_t j = referenceJobs; j < jobs.size(); ++j) {
            const WindowJob& job = jobs[j];
            MrvScore& score = scores[job.snv];
            const std::vector<float>& reference = referenceCache.at(cacheKey(cpgs[job.cpg]));
            const float* alternative = predictions.data() + j * outputs;
            if (score.outputs.empty()) {
                score.outputs.resize(outputs);
            }
            for (std::int64_t t = 0; t < outputs; ++t) {
                MrvCpgEffect& best = score.outputs[t];
                const float change = std::fabs(alternative[t] - reference[t]);
                if (score.cpgCount == 0 || change > std::fabs(best.difference())) {
                    best = {cpgs[job.cpg], reference[t], alternative[t]};
                }
            }
            ++score.cpgCount;
        }
        for (std::size_t s = blockBegin; s < blockEnd; ++s) {
            MrvScore& score = scores[s];
            for (std::int64_t t = 0; t < static_cast<std::int64_t>(score.outputs.size()); ++t) {
                if (score.bestOutput < 0 ||
                    std::fabs(score.outputs[t].difference()) > std::fabs(score.outputs[score.bestOutput].difference())) {
                    score.bestOutput = static_cast<std::int32_t>(t);
                }
            }
            stats_.pairs += score.cpgCount;
        }
        stats_.snvs += static_cast<std::int64_t>(blockEnd - blockBegin);
        blockBegin = blockEnd;
        onProgress(static_cast<std::int64_t>(blockBegin));
    }
    return scores;
}

}  // namespace locuscope
