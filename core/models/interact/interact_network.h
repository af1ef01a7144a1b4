#pragma once

#include <torch/torch.h>

#include <vector>

#include "core/models/interact/bert_embeddings.h"
#include "core/models/interact/bert_encoder_layer.h"
#include "core/models/interact/interact_cnn.h"
#include "core/models/interact/interact_config.h"
#include "core/models/interact/weight_normed_linear.h"

namespace locuscope {

// INTERACT (specs/interact.md §2) and Cell-type-INTERACT (§7): CNN -> 100 tokens of 20 bp ->
// 8-layer post-LN BERT -> token 0 -> tanh pooler [++ global CNN max-pool] -> weight-normed MLP ->
// sigmoid, one predicted beta value per output. Parameter names are the original state dict's
// (cnn.*, bert.*, mlm.classifier.main.{0,3}.*), so imported checkpoints load by name.
struct InteractNetworkImpl : torch::nn::Module {
    explicit InteractNetworkImpl(const InteractConfig& config);

    // Tokens (B, window) int64, N=0 A=1 T=2 C=3 G=4 -> (B, outputs) in (0, 1).
    torch::Tensor forward(const torch::Tensor& tokens);
    // One-hot (B, 4, window) float in A,T,C,G order (N = zero column): the differentiable entry
    // point for saliency and integrated gradients.
    torch::Tensor forwardOneHot(const torch::Tensor& oneHot);
    // The shared trunk, from the table-embedded input (B, 4, window).
    torch::Tensor forwardEmbedded(const torch::Tensor& embedded);

    const InteractConfig& config() const { return config_; }

    InteractCnn cnn{nullptr};
    BertEmbeddings embeddings{nullptr};
    std::vector<BertEncoderLayer> layers;
    torch::nn::Linear pooler{nullptr};
    WeightNormedLinear headHidden{nullptr}, headOutput{nullptr};
    torch::nn::Dropout headDropout{nullptr};

private:
    InteractConfig config_;
};
TORCH_MODULE(InteractNetwork);

}  // namespace locuscope
