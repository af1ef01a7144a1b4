#pragma once

#include <atomic>

#include "core/runtime/progress.h"

namespace locuscope {

// A Progress that shows nothing but can still be cancelled (tests, nested steps, library use).
class SilentProgress : public Progress {
public:
    void report(std::int64_t, std::int64_t, std::string_view) override {}
    bool cancelled() const override { return cancelled_.load(std::memory_order_relaxed); }
    void cancel() { cancelled_.store(true, std::memory_order_relaxed); }

private:
    std::atomic<bool> cancelled_{false};
};

}  // namespace locuscope
