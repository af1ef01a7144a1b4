#include "core/interpret/in_silico_mutagenesis.h"

#include <algorithm>
#include <vector>

#include "core/runtime/input_error.h"

namespace locuscope {

IsmResult inSilicoMutagenesis(InteractPredictor& predictor, const torch::Tensor& tokens,
                              const IsmOptions& options,
                              const std::function<void(std::int64_t, std::int64_t)>& onChunk) {
    const std::int64_t window = predictor.config().window;
    const std::int64_t outputs = predictor.config().outputs;
    if (tokens.dim() != 1 || tokens.size(0) != window) {
        throw InputError("in-silico mutagenesis takes one window of " + std::to_string(window) + " tokens");
    }
    IsmResult result;
    result.first = options.first;
    result.last = options.last < 0 ? window - 1 : options.last;
    if (result.first < 0 || result.first > result.last || result.last >= window) {
        throw InputError("the mutagenesis range " + std::to_string(result.first) + "-" +
                         std::to_string(result.last) + " is not inside the window's indices 0-" +
                         std::to_string(window - 1));
    }
    const torch::Tensor reference = tokens.to(torch::kLong).cpu().contiguous();
    result.reference = predictor.predict(reference.unsqueeze(0))[0];
    result.deltas = torch::zeros({outputs, 4, window}, torch::kFloat32);
    const std::int64_t* ref = reference.data_ptr<std::int64_t>();
    const std::int64_t chunk = std::max<std::int64_t>(1, options.chunkPositions);
    const std::int64_t total = result.last - result.first + 1;

    for (std::int64_t begin = result.first; begin <= result.last; begin += chunk) {
        const std::int64_t end = std::min(result.last + 1, begin + chunk);
        // (position, token) of every mutant in this chunk, in row order.
        std::vector<std::pair<std::int64_t, std::int64_t>> mutants;
        for (std::int64_t i = begin; i < end; ++i) {
            if (ref[i] == 0) {
                continue;
            }
            for (std::int64_t token = 1; token <= 4; ++token) {
                if (token != ref[i]) {
                    mutants.emplace_back(i, token);
                }
            }
        }
        if (!mutants.empty()) {
            torch::Tensor batch =
                reference.unsqueeze(0).repeat({static_cast<std::int64_t>(mutants.size()), 1});
            std::int64_t* rows = batch.data_ptr<std::int64_t>();
            for (std::size_t r = 0; r < mutants.size(); ++r) {
                rows[static_cast<std::int64_t>(r) * window + mutants[r].first] = mutants[r].second;
            }
            const torch::Tensor predicted = predictor.predict(batch);  // (n, outputs)
            const torch::Tensor change = predicted - result.reference.unsqueeze(0);
            auto deltas = result.deltas.accessor<float, 3>();
            auto values = change.accessor<float, 2>();
            for (std::size_t r = 0; r < mutants.size(); ++r) {
                for (std::int64_t t = 0; t < outputs; ++t) {
                    deltas[t][mutants[r].second - 1][mutants[r].first] =
                        values[static_cast<std::int64_t>(r)][t];
                }
            }
            result.windows += static_cast<std::int64_t>(mutants.size());
        }
        if (onChunk) {
            onChunk(end - result.first, total);
        }
    }
    return result;
}

}  // namespace locuscope
