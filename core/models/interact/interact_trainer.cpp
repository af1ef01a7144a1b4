#include "core/models/interact/interact_trainer.h"

#include <cmath>

#include "core/pipelines/interact_train_pipeline.h"
#include "core/runtime/input_error.h"

namespace locuscope {

bool interactParameterDecays(const std::string& name) {
    for (const char* excluded : {"bias", "gamma", "beta", "LayerNorm"}) {
        if (name.find(excluded) != std::string::npos) {
            return false;
        }
    }
    return true;
}

InteractParameterGroups interactParameterGroups(const InteractNetworkImpl& network) {
    InteractParameterGroups groups;
    for (const auto& parameter : network.named_parameters()) {
        if (!parameter.value().requires_grad()) {
            groups.frozen.push_back(parameter.key());
        } else if (interactParameterDecays(parameter.key())) {
            groups.decay.push_back(parameter.key());
        } else {
            groups.noDecay.push_back(parameter.key());
        }
    }
    return groups;
}

InteractTrainer::InteractTrainer(InteractNetwork network, const InteractTrainerOptions& options,
                                 torch::Device device)
    : network_(std::move(network)), options_(options), device_(device) {
    network_->to(device_);
    network_->train();
    for (const auto& parameter : network_->named_parameters()) {
        if (!parameter.value().requires_grad()) {
            continue;
        }
        slots_.push_back({parameter.key(), parameter.value(), torch::zeros_like(parameter.value()),
                          torch::zeros_like(parameter.value()), interactParameterDecays(parameter.key())});
    }
}

double InteractTrainer::currentRate() const {
    return warmupLinearRate(options_.learningRate, step_, options_.warmupSteps, options_.totalSteps);
}

double InteractTrainer::trainStep(const torch::Tensor& tokens, const torch::Tensor& targets) {
    network_->train();
    const torch::Tensor predicted = network_->forward(tokens.to(device_));
    const torch::Tensor loss = torch::mse_loss(predicted, targets.to(device_, torch::kFloat32));
    for (auto& slot : slots_) {
        slot.parameter.mutable_grad() = torch::Tensor();
    }
    loss.backward();
    std::vector<torch::Tensor> parameters;
    parameters.reserve(slots_.size());
    for (const auto& slot : slots_) {
        parameters.push_back(slot.parameter);
    }
    torch::nn::utils::clip_grad_norm_(parameters, options_.maxGradNorm);

    const double rate = currentRate();
    ++step_;
    const double correction1 = 1.0 - std::pow(options_.beta1, double(step_));
    const double correction2 = 1.0 - std::pow(options_.beta2, double(step_));
    const double stepSize = rate * std::sqrt(correction2) / correction1;
    torch::NoGradGuard noGrad;
    for (auto& slot : slots_) {
        const torch::Tensor& gradient = slot.parameter.grad();
        if (!gradient.defined()) {
            continue;
        }
        slot.firstMoment.mul_(options_.beta1).add_(gradient, 1.0 - options_.beta1);
        slot.secondMoment.mul_(options_.beta2).addcmul_(gradient, gradient, 1.0 - options_.beta2);
        const torch::Tensor denominator = slot.secondMoment.sqrt().add_(options_.epsilon);
        slot.parameter.addcdiv_(slot.firstMoment, denominator, -stepSize);
        if (slot.decays && options_.weightDecay > 0) {
            slot.parameter.add_(slot.parameter, -rate * options_.weightDecay);
        }
    }
    return loss.item<double>();
}

torch::Tensor InteractTrainer::predict(const torch::Tensor& tokens) {
    torch::NoGradGuard noGrad;
    network_->eval();
    torch::Tensor predicted = network_->forward(tokens.to(device_)).to(torch::kCPU);
    network_->train();
    return predicted;
}

std::map<std::string, torch::Tensor> InteractTrainer::modelState() const {
    std::map<std::string, torch::Tensor> state;
    for (const auto& parameter : network_->named_parameters()) {
        state[parameter.key()] = parameter.value().detach().to(torch::kCPU).clone();
    }
    for (const auto& buffer : network_->named_buffers()) {
        state[buffer.key()] = buffer.value().to(torch::kCPU).clone();
    }
    return state;
}

void InteractTrainer::loadModelState(const std::map<std::string, torch::Tensor>& state) {
    torch::NoGradGuard noGrad;
    const auto copyInto = [&state](const std::string& name, torch::Tensor& target) {
        const auto found = state.find(name);
        if (found == state.end() || !found->second.sizes().equals(target.sizes())) {
            throw InputError("training state lacks tensor '" + name + "' or has it in another shape");
        }
        target.copy_(found->second);
    };
    for (auto& parameter : network_->named_parameters()) {
        copyInto(parameter.key(), parameter.value());
    }
    for (auto& buffer : network_->named_buffers()) {
        copyInto(buffer.key(), buffer.value());
    }
}

std::map<std::string, torch::Tensor> InteractTrainer::optimizerState() const {
    std::map<std::string, torch::Tensor> state;
    for (const auto& slot : slots_) {
        state["m/" + slot.name] = slot.firstMoment.to(torch::kCPU).clone();
        state["v/" + slot.name] = slot.secondMoment.to(torch::kCPU).clone();
    }
    return state;
}

void InteractTrainer::loadOptimizerState(const std::map<std::string, torch::Tensor>& state,
                                         std::int64_t step) {
    torch::NoGradGuard noGrad;
    for (auto& slot : slots_) {
        for (auto* target : {&slot.firstMoment, &slot.secondMoment}) {
            const std::string name = (target == &slot.firstMoment ? "m/" : "v/") + slot.name;
            const auto found = state.find(name);
            if (found == state.end() || !found->second.sizes().equals(target->sizes())) {
                throw InputError("optimizer state lacks '" + name + "' or has it in another shape");
            }
            target->copy_(found->second);
        }
    }
    step_ = step;
}

}  // namespace locuscope
