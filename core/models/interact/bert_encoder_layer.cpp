#include "core/models/interact/bert_encoder_layer.h"

#include <cmath>

namespace locuscope {
namespace {

torch::nn::Linear bertLinear(std::int64_t in, std::int64_t out) {
    torch::nn::Linear linear(in, out);
    torch::NoGradGuard noGrad;
    linear->weight.normal_(0.0, 0.02);  // BERT's initialisation; biases start at zero
    linear->bias.zero_();
    return linear;
}

torch::nn::LayerNorm bertNorm(std::int64_t hidden) {
    return torch::nn::LayerNorm(torch::nn::LayerNormOptions({hidden}).eps(1e-12));
}

// An empty module that only gives its children a name prefix ("attention", "self", ...).
std::shared_ptr<torch::nn::Module> group(torch::nn::Module& parent, const std::string& name) {
    return parent.register_module(name, std::make_shared<torch::nn::Module>());
}

}  // namespace

BertEncoderLayerImpl::BertEncoderLayerImpl(const InteractConfig& config) : heads_(config.heads) {
    const std::int64_t h = config.hidden;
    auto attention = group(*this, "attention");
    auto self = group(*attention, "self");
    query = self->register_module("query", bertLinear(h, h));
    key = self->register_module("key", bertLinear(h, h));
    value = self->register_module("value", bertLinear(h, h));
    auto attentionOutput = group(*attention, "output");
    attentionDense = attentionOutput->register_module("dense", bertLinear(h, h));
    attentionNorm = attentionOutput->register_module("LayerNorm", bertNorm(h));
    intermediateDense = group(*this, "intermediate")->register_module("dense", bertLinear(h, config.intermediate));
    auto output = group(*this, "output");
    outputDense = output->register_module("dense", bertLinear(config.intermediate, h));
    outputNorm = output->register_module("LayerNorm", bertNorm(h));
    attentionDropout = register_module("attention_dropout", torch::nn::Dropout(config.attentionDropout));
    hiddenDropout = register_module("hidden_dropout", torch::nn::Dropout(config.hiddenDropout));
}

torch::Tensor BertEncoderLayerImpl::forward(const torch::Tensor& x, bool firstTokenOnly) {
    const std::int64_t batch = x.size(0), length = x.size(1), hidden = x.size(2);
    const std::int64_t headSize = hidden / heads_;
    const torch::Tensor queried = firstTokenOnly ? x.narrow(1, 0, 1) : x;
    const std::int64_t queries = queried.size(1);
    const auto split = [&](const torch::Tensor& t, std::int64_t rows) {  // (B, S, H) -> (B, heads, S, d)
        return t.view({batch, rows, heads_, headSize}).transpose(1, 2);
    };
    // The 1/sqrt(d) scale is applied to the queries: fewer elements than the scores.
    const torch::Tensor q = split(query->forward(queried), queries) * (1.0 / std::sqrt(double(headSize)));
    const torch::Tensor k = split(key->forward(x), length);
    const torch::Tensor v = split(value->forward(x), length);
    const torch::Tensor probabilities = attentionDropout->forward(torch::softmax(torch::matmul(q, k.transpose(2, 3)), -1));
    const torch::Tensor context = torch::matmul(probabilities, v).transpose(1, 2).reshape({batch, queries, hidden});
    const torch::Tensor attended =
        attentionNorm->forward(hiddenDropout->forward(attentionDense->forward(context)) + queried);
    const torch::Tensor expanded = torch::gelu(intermediateDense->forward(attended));  // exact erf form
    return outputNorm->forward(hiddenDropout->forward(outputDense->forward(expanded)) + attended);
}

}  // namespace locuscope
