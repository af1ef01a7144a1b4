#include "core/models/interact/interact_network.h"

namespace locuscope {
namespace {

std::shared_ptr<torch::nn::Module> group(torch::nn::Module& parent, const std::string& name) {
    return parent.register_module(name, std::make_shared<torch::nn::Module>());
}

}  // namespace

InteractNetworkImpl::InteractNetworkImpl(const InteractConfig& config) : config_(config) {
    config_.validate();
    cnn = register_module("cnn", InteractCnn(config_));
    auto bert = group(*this, "bert");
    embeddings = bert->register_module("embeddings", BertEmbeddings(config_));
    auto encoderLayers = group(*group(*bert, "encoder"), "layer");
    for (std::int64_t i = 0; i < config_.layers; ++i) {
        layers.push_back(encoderLayers->register_module(std::to_string(i), BertEncoderLayer(config_)));
    }
    pooler = group(*bert, "pooler")->register_module("dense", torch::nn::Linear(config_.hidden, config_.hidden));
    {
        torch::NoGradGuard noGrad;
        pooler->weight.normal_(0.0, 0.02);
        pooler->bias.zero_();
    }
    // mlm.classifier.main is a Sequential(WN-Linear, ReLU, Dropout, WN-Linear, Sigmoid) in the
    // original; only entries 0 and 3 hold parameters.
    auto main = group(*group(*group(*this, "mlm"), "classifier"), "main");
    headHidden = main->register_module("0", WeightNormedLinear(config_.headInputs(), config_.headHidden));
    headOutput = main->register_module("3", WeightNormedLinear(config_.headHidden, config_.outputs));
    headDropout = register_module("head_dropout", torch::nn::Dropout(config_.headDropout));
}

torch::Tensor InteractNetworkImpl::forward(const torch::Tensor& tokens) {
    return forwardEmbedded(cnn->embedTokens(tokens));
}

torch::Tensor InteractNetworkImpl::forwardOneHot(const torch::Tensor& oneHot) {
    return forwardEmbedded(cnn->embedOneHot(oneHot));
}

torch::Tensor InteractNetworkImpl::forwardEmbedded(const torch::Tensor& embedded) {
    const InteractCnnImpl::Output features = cnn->forward(embedded);
    torch::Tensor hidden = embeddings->forward(features.tokens);
    for (std::size_t i = 0; i < layers.size(); ++i) {
        hidden = layers[i]->forward(hidden, /*firstTokenOnly=*/i + 1 == layers.size());
    }
    torch::Tensor pooled = torch::tanh(pooler->forward(hidden.select(1, 0)));
    if (config_.cellType) {
        pooled = torch::cat({pooled, features.globalPool}, 1);
    }
    const torch::Tensor h = headDropout->forward(torch::relu(headHidden->forward(pooled)));
    return torch::sigmoid(headOutput->forward(h));
}

}  // namespace locuscope
