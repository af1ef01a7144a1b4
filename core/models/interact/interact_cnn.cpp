#include "core/models/interact/interact_cnn.h"

namespace locuscope {
namespace {

constexpr std::int64_t kPadding[3] = {4, 4, 5};
constexpr std::int64_t kPool = 20;

}  // namespace

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
