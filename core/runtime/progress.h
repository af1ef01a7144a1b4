#pragma once

#include <cstdint>
#include <string_view>

namespace locuscope {

// What a pipeline knows about its caller: where to report how far it got, and whether to stop.
// The CLI adapts it to a terminal progress bar, the GUI to queued signals of a job. Pipelines
// poll cancelled() between units of work and throw OperationCancelled (see throwIfCancelled).
class Progress {
public:
    virtual ~Progress() = default;
    virtual void report(std::int64_t done, std::int64_t total, std::string_view message) = 0;
    virtual bool cancelled() const = 0;
};

// Throws OperationCancelled when the caller asked to stop.
void throwIfCancelled(const Progress& progress);

}  // namespace locuscope
