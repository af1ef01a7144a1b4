#include "core/nn/beluga_weight_names.h"

#include <string>

#include "core/runtime/input_error.h"

namespace locuscope {
namespace {

constexpr const char* kKind = "beluga";

std::string weightOf(const BelugaLayerName& layer) {
    return std::string(layer.source) + ".weight";
}

}  // namespace

std::int64_t belugaPositions(std::int64_t length, std::int64_t kernel) {
    const std::int64_t shrink = kernel - 1;  // valid (unpadded) convolution
    length = (length - 2 * shrink) / kBelugaPool;
    length = (length - 2 * shrink) / kBelugaPool;
    return length - 2 * shrink;
}

BelugaHyperparameters inferBelugaHyperparameters(const std::filesystem::path& file,
                                                 const std::vector<TensorRecord>& tensors) {
    BelugaHyperparameters sizes;
    sizes.channels[0] = 4;  // one-hot A, G, C, T; a checkpoint with other inputs fails the shape check
    for (std::size_t i = 0; i < 6; ++i) {
        const std::string name = weightOf(kBelugaLayerNames[i]);
        const TensorRecord& conv = requireTensor(
            file, kKind, tensors, name, 4, std::string("the channels of ") + kBelugaLayerNames[i].target);
        if (i == 0) {
            sizes.kernel = conv.shape[3];
        }
        sizes.channels[i + 1] = conv.shape[0];
    }
    const std::int64_t positions = belugaPositions(kBelugaInputLength, sizes.kernel);
    if (positions < 1) {
        throw InputError(file, std::string(kKind) + ": kernel " + std::to_string(sizes.kernel) +
                                   " leaves nothing of a 2000-bp input");
    }
    sizes.positions = positions;
    const TensorRecord& fc1 =
        requireTensor(file, kKind, tensors, weightOf(kBelugaLayerNames[6]), 2, "fc1's size");
    sizes.hidden = fc1.shape[0];
    const std::int64_t flattened = sizes.channels[6] * positions;
    if (fc1.shape[1] != flattened) {
        throw InputError(file, std::string(kKind) + ": fc1 ('model.1.2.1.weight' " +
                                   shapeToString(fc1.shape) + ") takes " + std::to_string(fc1.shape[1]) +
                                   " inputs, but conv6's " + std::to_string(sizes.channels[6]) +
                                   " channels x " + std::to_string(positions) +
                                   " positions of a 2000-bp input give " + std::to_string(flattened));
    }
    sizes.outputs =
        requireTensor(file, kKind, tensors, weightOf(kBelugaLayerNames[7]), 2, "the number of features")
            .shape[0];
    return sizes;
}

std::vector<ExpectedTensor> belugaTensors(const BelugaHyperparameters& s) {
    std::vector<ExpectedTensor> list;
    auto add = [&list](const BelugaLayerName& layer, std::vector<std::int64_t> weight, std::int64_t out) {
        list.push_back({std::string(layer.source) + ".weight", std::string(layer.target) + ".weight",
                        std::move(weight)});
        list.push_back({std::string(layer.source) + ".bias", std::string(layer.target) + ".bias", {out}});
    };
    for (std::size_t i = 0; i < 6; ++i) {
        add(kBelugaLayerNames[i], {s.channels[i + 1], s.channels[i], 1, s.kernel}, s.channels[i + 1]);
    }
    add(kBelugaLayerNames[6], {s.hidden, s.channels[6] * s.positions}, s.hidden);
    add(kBelugaLayerNames[7], {s.outputs, s.hidden}, s.outputs);
    return list;
}

KindMapping belugaMapping(const std::filesystem::path& file, const std::vector<TensorRecord>& tensors) {
    const BelugaHyperparameters s = inferBelugaHyperparameters(file, tensors);
    KindMapping mapping;
    mapping.expected = belugaTensors(s);
    mapping.hyperparameters = {{"input_length", kBelugaInputLength},
                               {"conv1_channels", s.channels[1]},
                               {"conv2_channels", s.channels[2]},
                               {"conv3_channels", s.channels[3]},
                               {"conv4_channels", s.channels[4]},
                               {"conv5_channels", s.channels[5]},
                               {"conv6_channels", s.channels[6]},
                               {"kernel", s.kernel},
                               {"positions", s.positions},
                               {"hidden", s.hidden},
                               {"outputs", s.outputs}};
    mapping.facts = {{"architecture", "DeepSEA Beluga"},
                     {"genome_build", "hg19"},
                     {"input_encoding", "one-hot, channels A, G, C, T; input shape (N, 4, 1, 2000)"}};
    return mapping;
}

}  // namespace locuscope
