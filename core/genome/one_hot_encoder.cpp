#include "core/genome/one_hot_encoder.h"

#include <algorithm>
#include <cctype>
#include <cstring>

#include "core/genome/dna_sequence.h"
#include "core/runtime/input_error.h"

namespace locuscope {
namespace {

constexpr std::string_view ambiguityCodes = "NRYSWKMBDHV-";

}  // namespace

OneHotEncoder::OneHotEncoder(std::string_view channelOrder) {
    for (char c : channelOrder) {
        order_ += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    }
    std::string sorted = order_;
    std::sort(sorted.begin(), sorted.end());
    if (sorted != "ACGT") {
        throw InputError("channel order '" + std::string(channelOrder) +
                         "' must be the four bases A, C, G, T in some order");
    }
    channel_.fill(-2);
    for (const char code : ambiguityCodes) {
        channel_[static_cast<unsigned char>(code)] = -1;
        channel_[static_cast<unsigned char>(std::tolower(static_cast<unsigned char>(code)))] = -1;
    }
    for (int c = 0; c < 4; ++c) {
        channel_[static_cast<unsigned char>(order_[c])] = static_cast<signed char>(c);
        channel_[static_cast<unsigned char>(std::tolower(static_cast<unsigned char>(order_[c])))] =
            static_cast<signed char>(c);
    }
    for (int c = 0; c < 4; ++c) {
        complementChannel_[static_cast<std::size_t>(c)] =
            channel_[static_cast<unsigned char>(complementBase(order_[c]))];
    }
}

int OneHotEncoder::channelOf(char base) const {
    const int channel = channel_[static_cast<unsigned char>(base)];
    return channel == -2 ? -1 : channel;
}

void OneHotEncoder::encodeInto(std::string_view sequence, float* out) const {
    const std::size_t length = sequence.size();
    std::memset(out, 0, 4 * length * sizeof(float));
    for (std::size_t i = 0; i < length; ++i) {
        const int channel = channel_[static_cast<unsigned char>(sequence[i])];
        if (channel >= 0) {
            out[static_cast<std::size_t>(channel) * length + i] = 1.0F;
        } else if (channel == -2) {
            throw InputError("sequence has " + describeCharacter(sequence[i]) + " at position " +
                             std::to_string(i + 1) + ", which is neither a base nor an IUPAC code");
        }
    }
}

torch::Tensor OneHotEncoder::encode(std::string_view sequence) const {
    torch::Tensor encoded = torch::empty({4, static_cast<std::int64_t>(sequence.size())}, torch::kFloat32);
    encodeInto(sequence, encoded.data_ptr<float>());
    return encoded;
}

torch::Tensor OneHotEncoder::encodeBatch(const std::vector<std::string>& sequences) const {
    const std::int64_t length = sequences.empty() ? 0 : static_cast<std::int64_t>(sequences.front().size());
    torch::Tensor encoded =
        torch::empty({static_cast<std::int64_t>(sequences.size()), 4, length}, torch::kFloat32);
    float* out = encoded.data_ptr<float>();
    for (std::size_t n = 0; n < sequences.size(); ++n) {
        if (static_cast<std::int64_t>(sequences[n].size()) != length) {
            throw InputError("sequence " + std::to_string(n + 1) + " of the batch has " +
                             std::to_string(sequences[n].size()) + " bases, the first has " +
                             std::to_string(length));
        }
        encodeInto(sequences[n], out + n * 4 * static_cast<std::size_t>(length));
    }
    return encoded;
}

torch::Tensor OneHotEncoder::reverseComplement(const torch::Tensor& encoded) const {
    if (encoded.dim() < 2 || encoded.size(-2) != 4) {
        throw InputError("reverse complement needs an encoding shaped (..., 4, L)");
    }
    const torch::Tensor permutation =
        torch::tensor(std::vector<std::int64_t>(complementChannel_.begin(), complementChannel_.end()),
                      torch::kLong)
            .to(encoded.device());
    return encoded.index_select(-2, permutation).flip({-1});
}

}  // namespace locuscope
