#pragma once

#include <torch/torch.h>

#include "core/models/interact/interact_config.h"

namespace locuscope {

// INTERACT's token embeddings (`bert.embeddings.*`): a bias-free projection of each 20-bp CNN
// token plus a learned absolute position, LayerNorm (eps 1e-12), dropout. The state dict also holds
// a token-type table that the original never adds; it is kept for round trips only.
struct BertEmbeddingsImpl : torch::nn::Module {
    explicit BertEmbeddingsImpl(const InteractConfig& config);

    torch::Tensor forward(const torch::Tensor& cnnTokens);  // (B, S, C) -> (B, S, H)

    torch::nn::Linear word_embeddings{nullptr};
    torch::nn::Embedding position_embeddings{nullptr}, token_type_embeddings{nullptr};
    torch::nn::LayerNorm LayerNorm{nullptr};
    torch::nn::Dropout dropout{nullptr};
};
TORCH_MODULE(BertEmbeddings);

}  // namespace locuscope
