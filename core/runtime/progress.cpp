#include "core/runtime/progress.h"

#include "core/runtime/operation_cancelled.h"

namespace locuscope {

void throwIfCancelled(const Progress& progress) {
    if (progress.cancelled()) {
        throw OperationCancelled();
    }
}

}  // namespace locuscope
