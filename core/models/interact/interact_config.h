#pragma once

// Sizes and switches of an INTERACT network (specs/interact.md §2, §7). Torch-free, so pipelines
// and the GUI can describe a model without LibTorch. The defaults are the published INTERACT v1
// brain model; Cell-type-INTERACT differs in channels, dropouts, the global max-pool and the head.

#include <cstdint>
#include <filesystem>
#include <map>
#include <string>

namespace locuscope {

struct InteractConfig {
    std::int64_t cnnChannels = 400;
    std::int64_t kernel = 10;
    std::int64_t window = 2001;  // bp; the CpG's C sits at index window / 2
    std::int64_t hidden = 512;
    std::int64_t heads = 8;
    std::int64_t intermediate = 2048;
    std::int64_t layers = 8;
    std::int64_t maxPositions = 1024;
    std::int64_t tokenTypes = 1;  // present in the state dict, never added
    std::int64_t headHidden = 512;
    std::int64_t outputs = 21;
    // Cell-type-INTERACT: a global max-pool of the CNN output is concatenated to the pooled token,
    // the head takes 2 x hidden inputs, and windows of minus-strand CpGs are reverse-complemented.
    bool cellType = false;
    double cnnDropout = 0.5;
    double hiddenDropout = 0.1;
    double attentionDropout = 0.1;
    double headDropout = 0.1;

    // Length after conv1/conv2/conv3 and the number of 20-bp tokens.
    std::int64_t convLength(int layer) const;
    std::int64_t tokens() const { return convLength(3) / 20; }
    std::int64_t headInputs() const { return cellType ? hidden + cnnChannels : hidden; }
    std::int64_t centre() const { return window / 2; }

    static InteractConfig interactV1(std::int64_t outputs = 21);
    static InteractConfig cellTypeInteract();

    // Throws InputError (naming `source`) when sizes are inconsistent: heads not dividing hidden,
    // a window too short for the CNN, more tokens than positions, a global max-pool width that
    // does not match the hidden size...
    void validate(const std::filesystem::path& source = {}) const;

    // Round trip through a weight file's __metadata__ ("cnn_channels" -> "400", ...).
    std::map<std::string, std::string> toMetadata() const;
    static InteractConfig fromMetadata(const std::filesystem::path& file,
                                       const std::map<std::string, std::string>& metadata);
};

inline constexpr const char* kInteractModelKind = "interact";

}  // namespace locuscope
