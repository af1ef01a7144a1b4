#include "ui/jobs/epoch_relay.h"

namespace locuscope {

std::shared_ptr<EpochRelay> makeEpochRelay() {
    return std::shared_ptr<EpochRelay>(new EpochRelay, [](EpochRelay* relay) { relay->deleteLater(); });
}

}  // namespace locuscope
