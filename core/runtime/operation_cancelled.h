#pragma once

#include <stdexcept>

namespace locuscope {

// Thrown by a pipeline that stopped because its Progress reported cancelled(). Callers treat it as
// a clean stop, not a failure; the pipeline guarantees that it wrote no output file.
class OperationCancelled : public std::runtime_error {
public:
    OperationCancelled() : std::runtime_error("cancelled") {}
};

}  // namespace locuscope
