#include "core/models/interact/interact_cnn.h"

namespace locuscope {
namespace {

constexpr std::int64_t kPadding[3] = {4, 4, 5};
constexpr std::int64_t kPool = 20;
constexpr std::int64_t kIm2colMaxWidth = 256;

// Conv1d over channels-last input (B, L, Cin) -> (B, Lout, Cout) as `kernel` accumulated GEMMs.
// In this layout the rows of one window are consecutive, so shifting the input by tap k is a
// pointer offset: the B zero-padded windows stacked as one (B*Lp, Cin) matrix give
// out = bias + sum_k rows[k : k+M] * W_k' with no im2col copy. The rows that straddle two
// windows are computed and dropped (kernel-1 per window). Tall (M = B*Lp) GEMMs with K = Cin
// run 15-20 % faster here than ATen's conv1d (oneDNN) on the same shapes.
torch::Tensor convChannelsLast(const torch::Tensor& input, const torch::nn::Conv1d& conv, std::int64_t padding) {
    const std::int64_t batch = input.size(0), length = input.size(1), channelsIn = input.size(2);
    const torch::Tensor& weight = conv->weight;  // (Cout, Cin, K)
    const std::int64_t channelsOut = weight.size(0), kernel = weight.size(2);
    const std::int64_t paddedLength = length + 2 * padding;
    const std::int64_t outLength = paddedLength - kernel + 1;
    torch::Tensor padded = torch::zeros({batch, paddedLength, channelsIn}, input.options());
    padded.narrow(1, padding, length).copy_(input);
    const torch::Tensor rows = padded.view({batch * paddedLength, channelsIn});
    const torch::Tensor taps = weight.permute({2, 1, 0}).contiguous();  // (K, Cin, Cout)
    const std::int64_t m = batch * paddedLength - kernel + 1;
    torch::Tensor out = torch::empty({batch * paddedLength, channelsOut}, input.options());
    torch::Tensor used = out.narrow(0, 0, m);
    const torch::Tensor bias = conv->bias.defined() ? conv->bias : torch::zeros({channelsOut}, input.options());
    if (channelsIn * kernel <= kIm2colMaxWidth) {
        // Few input channels (conv1: 4 x 10): one GEMM over an explicit im2col copy is cheaper than
        // ten GEMMs with K = 4. Row i of it is rows i..i+kernel-1 side by side.
        const torch::Tensor columns = rows.as_strided({m, kernel * channelsIn}, {channelsIn, 1}).contiguous();
        torch::addmm_out(used, bias, columns, taps.view({kernel * channelsIn, channelsOut}));
    } else {
        torch::addmm_out(used, bias, rows.narrow(0, 0, m), taps[0]);
        for (std::int64_t k = 1; k < kernel; ++k) {
            used.addmm_(rows.narrow(0, k, m), taps[k]);
        }
    }
    return out.view({batch, paddedLength, channelsOut}).narrow(1, 0, outLength);
}

// LayerNorm over (C, L) with a (C, L) affine, applied to channels-last (B, L, C): the same
// elements normalised together, with the affine transposed to match.
torch::Tensor layerNormChannelsLast(const torch::Tensor& input, const torch::nn::LayerNorm& norm) {
    const auto& options = norm->options;
    const torch::Tensor weight = norm->weight.defined() ? norm->weight.t().contiguous() : torch::Tensor();
    const torch::Tensor bias = norm->bias.defined() ? norm->bias.t().contiguous() : torch::Tensor();
    return torch::layer_norm(input, {input.size(1), input.size(2)}, weight, bias, options.eps());
}

}  // namespace

InteractCnnImpl::Output InteractCnnImpl::forwardChannelsLast(const torch::Tensor& embedded) {
    torch::Tensor x = convChannelsLast(embedded.transpose(1, 2), conv1, kPadding[0]).relu_();
    x = layerNormChannelsLast(x, layer_batch1);
    x = layerNormChannelsLast(convChannelsLast(x, conv2, kPadding[1]).relu_(), layer_batch2);
    x = layerNormChannelsLast(convChannelsLast(x, conv3, kPadding[2]).relu_(), layer_batch3);
    Output output;  // dropout is the identity in eval
    if (cellType_) {
        output.globalPool = std::get<0>(x.max(1));
    }
    const std::int64_t batchSize = x.size(0), bins = x.size(1) / kPool, channels = x.size(2);
    // max_pool1d(20, 20) drops a partial last bin; so does the narrow.
    x = std::get<0>(x.narrow(1, 0, bins * kPool).view({batchSize, bins, kPool, channels}).max(2));
    output.tokens = batch->forward(x.transpose(1, 2)).transpose(1, 2);
    return output;
}

InteractCnnImpl::InteractCnnImpl(const InteractConfig& config) : cellType_(config.cellType) {
    const std::int64_t c = config.cnnChannels;
    one_hot_embedding = register_module("one_hot_embedding", torch::nn::Embedding(5, 4));
    {
        // True one-hot by default (N = zeros). The released code overwrote this table with a frozen
        // random one, so imported checkpoints bring their own; it is never trained.
        torch::NoGradGuard noGrad;
        one_hot_embedding->weight.zero_();
        one_hot_embedding->weight.narrow(0, 1, 4).copy_(torch::eye(4));
        one_hot_embedding->weight.set_requires_grad(false);
    }
    const auto conv = [&](std::int64_t in, std::int64_t padding) {
        return torch::nn::Conv1d(torch::nn::Conv1dOptions(in, c, config.kernel).padding(padding));
    };
    conv1 = register_module("conv1", conv(4, kPadding[0]));
    conv2 = register_module("conv2", conv(c, kPadding[1]));
    conv3 = register_module("conv3", conv(c, kPadding[2]));
    const auto norm = [&](int layer) {
        return torch::nn::LayerNorm(torch::nn::LayerNormOptions({c, config.convLength(layer)}).eps(1e-5));
    };
    layer_batch1 = register_module("layer_batch1", norm(1));
    layer_batch2 = register_module("layer_batch2", norm(2));
    layer_batch3 = register_module("layer_batch3", norm(3));
    batch = register_module("batch", torch::nn::BatchNorm1d(c));
    dropout = register_module("dropout", torch::nn::Dropout(config.cnnDropout));
}

torch::Tensor InteractCnnImpl::embedTokens(const torch::Tensor& tokens) {
    return one_hot_embedding->forward(tokens).transpose(1, 2);
}

torch::Tensor InteractCnnImpl::embedOneHot(const torch::Tensor& oneHot) {
    const torch::Tensor& table = one_hot_embedding->weight;  // (5, 4)
    const torch::Tensor bases = table.narrow(0, 1, 4);       // rows A, T, C, G
    const torch::Tensor nWeight = 1.0 - oneHot.sum(1, /*keepdim=*/true);  // (B, 1, L): 1 where N
    return torch::einsum("bkl,kc->bcl", {oneHot, bases}) + nWeight * table[0].view({1, 4, 1});
}

InteractCnnImpl::Output InteractCnnImpl::forward(const torch::Tensor& embedded) {
    if (!is_training() && !torch::GradMode::is_enabled() && embedded.device().is_cpu()) {
        // A few windows at a time keep the 3 MB-per-window activations in cache; the transformer
        // after this gets the whole batch (there larger batches make better GEMMs).
        constexpr std::int64_t chunk = 4;  // 2, 4 and 8 measured alike at batch 32; all beat 32 at once
        if (embedded.size(0) <= chunk) {
            return forwardChannelsLast(embedded);
        }
        std::vector<torch::Tensor> tokens, pools;
        for (const torch::Tensor& part : embedded.split(chunk)) {
            Output piece = forwardChannelsLast(part);
            tokens.push_back(piece.tokens);
            if (piece.globalPool.defined()) {
                pools.push_back(piece.globalPool);
            }
        }
        Output output;
        output.tokens = torch::cat(tokens);
        if (!pools.empty()) {
            output.globalPool = torch::cat(pools);
        }
        return output;
    }
    torch::Tensor x = layer_batch1->forward(torch::relu(conv1->forward(embedded)));
    x = layer_batch2->forward(torch::relu(conv2->forward(x)));
    x = layer_batch3->forward(torch::relu(conv3->forward(x)));
    Output output;
    if (cellType_) {
        output.globalPool = dropout->forward(std::get<0>(x.max(2)));
    }
    x = torch::max_pool1d(x, kPool, kPool);
    x = dropout->forward(batch->forward(x));
    output.tokens = x.transpose(1, 2);
    return output;
}

}  // namespace locuscope
