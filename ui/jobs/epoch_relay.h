#pragma once

#include <QObject>
#include <memory>

namespace locuscope {

// Carries training epochs from the worker thread to the GUI: the job's callback emits, receivers on
// the GUI thread get the signal queued. Held by shared_ptr in the job's callback, so it outlives
// every emit; make it with makeEpochRelay so the last owner deletes it on its own (GUI) thread.
class EpochRelay : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;

signals:
    void epochFinished(int replicate, int epoch, double trainLoss, double monitoredLoss, double learningRate);
};

std::shared_ptr<EpochRelay> makeEpochRelay();

}  // namespace locuscope
