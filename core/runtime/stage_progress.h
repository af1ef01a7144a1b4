#pragma once

#include <string>

#include "core/runtime/progress.h"

namespace locuscope {

// Maps one stage of a longer job onto the parent's scale: the stage reports 0..stageTotal, the
// parent sees offset + done * span / stageTotal of overallTotal, with the message prefixed
// ("replicate 3/25: epoch 12 ..."). Cancel requests pass straight through.
class StageProgress : public Progress {
public:
    StageProgress(Progress& parent, double offset, double span, std::int64_t overallTotal, std::string prefix)
        : parent_(parent), offset_(offset), span_(span), overallTotal_(overallTotal), prefix_(std::move(prefix)) {}

    void report(std::int64_t done, std::int64_t total, std::string_view message) override {
        const double fraction = total > 0 ? static_cast<double>(done) / static_cast<double>(total) : 0.0;
        const auto overall = static_cast<std::int64_t>(offset_ + fraction * span_);
        parent_.report(overall, overallTotal_, prefix_ + std::string(message));
    }
    bool cancelled() const override { return parent_.cancelled(); }

private:
    Progress& parent_;
    double offset_;
    double span_;
    std::int64_t overallTotal_;
    std::string prefix_;
};

}  // namespace locuscope
