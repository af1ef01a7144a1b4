#pragma once

// One-hot DNA for the sequence models. Includes torch: core/ only.

#include <torch/torch.h>

#include <array>
#include <string>
#include <string_view>
#include <vector>

namespace locuscope {

// Bases to 4 channels in a model's own order: "ATCG" for INTERACT (interact.md §1), "AGCT" for
// DeepSEA Beluga / Seal (seal.md §1.4). Case-insensitive; N, the other IUPAC ambiguity codes and
// '-' become all-zero columns; anything else is an InputError naming the character and position.
class OneHotEncoder {
public:
    static constexpr const char* interactOrder = "ATCG";
    static constexpr const char* belugaOrder = "AGCT";

    explicit OneHotEncoder(std::string_view channelOrder = interactOrder);  // a permutation of ACGT

    torch::Tensor encode(std::string_view sequence) const;                       // (4, L) float32
    torch::Tensor encodeBatch(const std::vector<std::string>& sequences) const;  // (N, 4, L), equal lengths
    // Writes 4·L floats, channel-major (channel c of base i at out[c·L + i]).
    void encodeInto(std::string_view sequence, float* out) const;

    // The encoding of the reverse complement, from an encoding (…, 4, L): positions reversed and
    // channels permuted base -> complement. Reversing the channel axis is that permutation only for
    // orders like AGCT; for ATCG it is not (A would become G), hence the explicit permutation.
    torch::Tensor reverseComplement(const torch::Tensor& encoded) const;

    const std::string& channelOrder() const { return order_; }
    int channelOf(char base) const;  // 0-3, or -1 for a zero column (N, ambiguity codes)

private:
    std::string order_;
    std::array<signed char, 256> channel_{};  // -1 zero column, -2 invalid
    std::array<std::int64_t, 4> complementChannel_{};
};

}  // namespace locuscope
