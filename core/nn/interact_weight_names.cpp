#include "core/nn/interact_weight_names.h"

#include <algorithm>
#include <cstdlib>
#include <tuple>

#include "core/runtime/input_error.h"

namespace locuscope {
namespace {

constexpr const char* kKind = "interact";

// Conv1d output length.
std::int64_t convolved(std::int64_t length, std::int64_t kernel, std::int64_t padding) {
    return length + 2 * padding - kernel + 1;
}

void add(std::vector<ExpectedTensor>& list, const std::string& name, std::vector<std::int64_t> shape,
         bool integer = false, bool optional = false) {
    list.push_back({name, name, std::move(shape), integer, optional});
}

void addLinear(std::vector<ExpectedTensor>& list, const std::string& prefix, std::int64_t out,
               std::int64_t in) {
    add(list, prefix + ".weight", {out, in});
    add(list, prefix + ".bias", {out});
}

void addNorm(std::vector<ExpectedTensor>& list, const std::string& prefix, std::vector<std::int64_t> shape) {
    add(list, prefix + ".weight", shape);
    add(list, prefix + ".bias", std::move(shape));
}

// The number of bert.encoder.layer.N blocks: one more than the highest N present.
std::int64_t countLayers(const std::vector<TensorRecord>& tensors) {
    const std::string prefix = "bert.encoder.layer.";
    std::int64_t layers = 0;
    for (const TensorRecord& tensor : tensors) {
        if (tensor.name.rfind(prefix, 0) != 0) {
            continue;
        }
        const std::string rest = tensor.name.substr(prefix.size());
        const std::size_t dot = rest.find('.');
        const std::string number = rest.substr(0, dot);
        if (number.empty() || number.size() > 6 ||
            !std::all_of(number.begin(), number.end(), [](char c) { return c >= '0' && c <= '9'; })) {
            continue;  // reported as unexpected by the key map
        }
        layers = std::max(layers, std::int64_t{std::atoi(number.c_str())} + 1);
    }
    return layers;
}

}  // namespace

InteractHyperparameters inferInteractHyperparameters(const std::filesystem::path& file,
                                                     const std::vector<TensorRecord>& tensors) {
    InteractHyperparameters sizes;
    const TensorRecord& conv1 =
        requireTensor(file, kKind, tensors, "cnn.conv1.weight", 3, "the CNN channels");
    sizes.cnnChannels = conv1.shape[0];
    sizes.kernel = conv1.shape[2];
    const TensorRecord& norm1 =
        requireTensor(file, kKind, tensors, "cnn.layer_batch1.weight", 2, "the input window length");
    const std::int64_t length1 = norm1.shape[1];
    sizes.window = length1 - 2 * kInteractPadding[0] + sizes.kernel - 1;
    const std::int64_t length3 =
        convolved(convolved(length1, sizes.kernel, kInteractPadding[1]), sizes.kernel, kInteractPadding[2]);
    sizes.tokens = length3 / kInteractPool;
    if (sizes.window < sizes.kernel || sizes.tokens < 1) {
        throw InputError(file,
                         std::string(kKind) + ": 'cnn.layer_batch1.weight' " + shapeToString(norm1.shape) +
                             " gives a window too short for the CNN (kernel " + std::to_string(sizes.kernel) +
                             ", pool " + std::to_string(kInteractPool) + ")");
    }

    const TensorRecord& words =
        requireTensor(file, kKind, tensors, "bert.embeddings.word_embeddings.weight", 2, "the hidden size");
    sizes.hidden = words.shape[0];
    sizes.maxPositions = requireTensor(file, kKind, tensors, "bert.embeddings.position_embeddings.weight", 2,
                                       "the position count")
                             .shape[0];
    sizes.tokenTypes = requireTensor(file, kKind, tensors, "bert.embeddings.token_type_embeddings.weight", 2,
                                     "the token type count")
                           .shape[0];
    if (sizes.tokens > sizes.maxPositions) {
        throw InputError(file, std::string(kKind) + ": the CNN yields " + std::to_string(sizes.tokens) +
                                   " tokens but the position table has only " +
                                   std::to_string(sizes.maxPositions) + " rows");
    }
    sizes.layers = countLayers(tensors);
    if (sizes.layers < 1) {
        throw InputError(
            file, std::string(kKind) + ": no 'bert.encoder.layer.N' tensors; not an INTERACT checkpoint?");
    }
    sizes.intermediate = requireTensor(file, kKind, tensors, "bert.encoder.layer.0.intermediate.dense.weight",
                                       2, "the feed-forward size")
                             .shape[0];
    const TensorRecord& head0 =
        requireTensor(file, kKind, tensors, "mlm.classifier.main.0.weight_v", 2, "the head's hidden size");
    sizes.headHidden = head0.shape[0];
    sizes.headInputs = head0.shape[1];
    if (sizes.headInputs != sizes.hidden && sizes.headInputs != 2 * sizes.hidden) {
        throw InputError(file, std::string(kKind) + ": 'mlm.classifier.main.0.weight_v' " +
                                   shapeToString(head0.shape) + " takes " + std::to_string(sizes.headInputs) +
                                   " inputs; expected the hidden size " + std::to_string(sizes.hidden) +
                                   " (INTERACT) or twice it (Cell-type-INTERACT)");
    }
    sizes.outputs =
        requireTensor(file, kKind, tensors, "mlm.classifier.main.3.weight_v", 2, "the number of outputs")
            .shape[0];
    return sizes;
}

std::vector<ExpectedTensor> interactTensors(const InteractHyperparameters& s) {
    const std::int64_t c = s.cnnChannels;
    const std::int64_t length1 = convolved(s.window, s.kernel, kInteractPadding[0]);
    const std::int64_t length2 = convolved(length1, s.kernel, kInteractPadding[1]);
    const std::int64_t length3 = convolved(length2, s.kernel, kInteractPadding[2]);
    std::vector<ExpectedTensor> list;
    add(list, "cnn.one_hot_embedding.weight", {5, 4});
    add(list, "cnn.conv1.weight", {c, 4, s.kernel});
    add(list, "cnn.conv1.bias", {c});
    addNorm(list, "cnn.layer_batch1", {c, length1});
    add(list, "cnn.conv2.weight", {c, c, s.kernel});
    add(list, "cnn.conv2.bias", {c});
    addNorm(list, "cnn.layer_batch2", {c, length2});
    add(list, "cnn.conv3.weight", {c, c, s.kernel});
    add(list, "cnn.conv3.bias", {c});
    addNorm(list, "cnn.layer_batch3", {c, length3});
    addNorm(list, "cnn.batch", {c});
    add(list, "cnn.batch.running_mean", {c});
    add(list, "cnn.batch.running_var", {c});
    add(list, "cnn.batch.num_batches_tracked", {}, /*integer=*/true, /*optional=*/true);

    const std::int64_t h = s.hidden;
    add(list, "bert.embeddings.word_embeddings.weight", {h, c});
    add(list, "bert.embeddings.position_embeddings.weight", {s.maxPositions, h});
    add(list, "bert.embeddings.token_type_embeddings.weight", {s.tokenTypes, h});
    addNorm(list, "bert.embeddings.LayerNorm", {h});
    for (std::int64_t i = 0; i < s.layers; ++i) {
        const std::string layer = "bert.encoder.layer." + std::to_string(i);
        addLinear(list, layer + ".attention.self.query", h, h);
        addLinear(list, layer + ".attention.self.key", h, h);
        addLinear(list, layer + ".attention.self.value", h, h);
        addLinear(list, layer + ".attention.output.dense", h, h);
        addNorm(list, layer + ".attention.output.LayerNorm", {h});
        addLinear(list, layer + ".intermediate.dense", s.intermediate, h);
        addLinear(list, layer + ".output.dense", h, s.intermediate);
        addNorm(list, layer + ".output.LayerNorm", {h});
    }
    addLinear(list, "bert.pooler.dense", h, h);
    for (const auto& [index, out, in] :
         {std::tuple<const char*, std::int64_t, std::int64_t>{"0", s.headHidden, s.headInputs},
          {"3", s.outputs, s.headHidden}}) {
        const std::string prefix = std::string("mlm.classifier.main.") + index;
        add(list, prefix + ".bias", {out});  // weight_norm re-registers the weight after the bias
        add(list, prefix + ".weight_g", {});
        add(list, prefix + ".weight_v", {out, in});
    }
    return list;
}

KindMapping interactMapping(const std::filesystem::path& file, const std::vector<TensorRecord>& tensors) {
    const InteractHyperparameters s = inferInteractHyperparameters(file, tensors);
    KindMapping mapping;
    mapping.expected = interactTensors(s);
    mapping.hyperparameters = {
        {"cnn_channels", s.cnnChannels},
        {"kernel", s.kernel},
        {"window", s.window},
        {"tokens", s.tokens},
        {"hidden", s.hidden},
        {"intermediate", s.intermediate},
        {"layers", s.layers},
        {"max_positions", s.maxPositions},
        {"token_types", s.tokenTypes},
        {"head_inputs", s.headInputs},
        {"head_hidden", s.headHidden},
        {"outputs", s.outputs},
    };
    mapping.facts = {
        {"architecture", s.headInputs == s.hidden ? "INTERACT v1" : "Cell-type-INTERACT"},
        {"genome_build", "hg19"},
        {"input_encoding", "tokens N=0 A=1 T=2 C=3 G=4 through the 5x4 table cnn.one_hot_embedding.weight"},
    };
    return mapping;
}

}  // namespace locuscope
