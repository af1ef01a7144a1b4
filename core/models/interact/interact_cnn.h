#pragma once

#include <torch/torch.h>

#include "core/models/interact/interact_config.h"

namespace locuscope {

// The convolutional front of INTERACT (specs/interact.md §2 steps 1-10), named as the original's
// `cnn.*` state dict: the 5x4 token table, three Conv1d(k10) + ReLU + LayerNorm over (C, L) with a
// full (C, L) affine, a 20-bp max-pool, BatchNorm and dropout, giving one token per 20-bp bin.
struct InteractCnnImpl : torch::nn::Module {
    explicit InteractCnnImpl(const InteractConfig& config);

    // Tokens (B, L) int64 N=0 A=1 T=2 C=3 G=4 -> table rows, as (B, 4, L).
    torch::Tensor embedTokens(const torch::Tensor& tokens);
    // One-hot (B, 4, L) in A,T,C,G order, N = all zeros -> the same table rows, differentiably
    // (an all-zero column takes row 0, the N row): what attributions take gradients against.
    torch::Tensor embedOneHot(const torch::Tensor& oneHot);

    struct Output {
        torch::Tensor tokens;      // (B, tokens, C) after pooling, BatchNorm and dropout
        torch::Tensor globalPool;  // (B, C), Cell-type-INTERACT only: max over all positions
    };
    Output forward(const torch::Tensor& embedded);

    torch::nn::Embedding one_hot_embedding{nullptr};
    torch::nn::Conv1d conv1{nullptr}, conv2{nullptr}, conv3{nullptr};
    torch::nn::LayerNorm layer_batch1{nullptr}, layer_batch2{nullptr}, layer_batch3{nullptr};
    torch::nn::BatchNorm1d batch{nullptr};
    torch::nn::Dropout dropout{nullptr};

private:
    // Inference-only (eval, no gradients, CPU) route through the same arithmetic in channels-last
    // layout, where conv2/conv3 become plain GEMMs; training and attributions use forward's ATen path.
    Output forwardChannelsLast(const torch::Tensor& embedded);

    bool cellType_;
};
TORCH_MODULE(InteractCnn);

}  // namespace locuscope
