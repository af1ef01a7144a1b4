#pragma once

#include <torch/torch.h>

#include "core/models/interact/interact_config.h"

namespace locuscope {

// One post-LN BERT layer as INTERACT uses it: 8-head self-attention without a mask, residual +
// LayerNorm(1e-12), feed-forward with exact (erf) GELU, residual + LayerNorm. Parameters are
// registered under the original's nested names (attention.self.query, attention.output.dense,
// intermediate.dense, output.LayerNorm, ...) so state dicts load by name.
struct BertEncoderLayerImpl : torch::nn::Module {
    BertEncoderLayerImpl(const InteractConfig& config);

    // (B, S, H) -> (B, S, H). With firstTokenOnly the keys and values still come from every
    // token, but only token 0 is queried and carried on: all the pooler reads from the last layer.
    torch::Tensor forward(const torch::Tensor& x, bool firstTokenOnly = false);

    torch::nn::Linear query{nullptr}, key{nullptr}, value{nullptr};
    torch::nn::Linear attentionDense{nullptr}, intermediateDense{nullptr}, outputDense{nullptr};
    torch::nn::LayerNorm attentionNorm{nullptr}, outputNorm{nullptr};
    torch::nn::Dropout attentionDropout{nullptr}, hiddenDropout{nullptr};

private:
    std::int64_t heads_;
};
TORCH_MODULE(BertEncoderLayer);

}  // namespace locuscope
