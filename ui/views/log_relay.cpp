#include "ui/views/log_relay.h"

#include "core/runtime/logger.h"

namespace locuscope {

LogRelay::LogRelay(QObject* parent) : QObject(parent) {
    Logger::setSink([this](LogLevel level, std::string_view text) {
        // Emitting from a worker thread to receivers on the GUI thread queues the call.
        emit message(static_cast<int>(level), QString::fromUtf8(text.data(), static_cast<int>(text.size())));
    });
}

LogRelay::~LogRelay() { Logger::setSink({}); }

}  // namespace locuscope
