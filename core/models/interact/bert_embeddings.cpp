#include "core/models/interact/bert_embeddings.h"

namespace locuscope {

BertEmbeddingsImpl::BertEmbeddingsImpl(const InteractConfig& config) {
    word_embeddings = register_module(
        "word_embeddings",
        torch::nn::Linear(torch::nn::LinearOptions(config.cnnChannels, config.hidden).bias(false)));
    position_embeddings =
        register_module("position_embeddings", torch::nn::Embedding(config.maxPositions, config.hidden));
    token_type_embeddings =
        register_module("token_type_embeddings", torch::nn::Embedding(config.tokenTypes, config.hidden));
    LayerNorm = register_module("LayerNorm",
                                torch::nn::LayerNorm(torch::nn::LayerNormOptions({config.hidden}).eps(1e-12)));
    dropout = register_module("dropout", torch::nn::Dropout(config.hiddenDropout));
    // BERT's initialisation (specs/interact.md §2): N(0, 0.02^2) for projections and tables.
    torch::NoGradGuard noGrad;
    for (torch::Tensor* weight :
         {&word_embeddings->weight, &position_embeddings->weight, &token_type_embeddings->weight}) {
        weight->normal_(0.0, 0.02);
    }
}

torch::Tensor BertEmbeddingsImpl::forward(const torch::Tensor& cnnTokens) {
    const std::int64_t length = cnnTokens.size(1);
    const torch::Tensor positions = position_embeddings->weight.narrow(0, 0, length);  // ids 0..S-1
    return dropout->forward(LayerNorm->forward(word_embeddings->forward(cnnTokens) + positions));
}

}  // namespace locuscope
