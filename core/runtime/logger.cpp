#include "core/runtime/logger.h"

#include <algorithm>
#include <atomic>
#include <cctype>
#include <iostream>
#include <mutex>

#include "core/runtime/input_error.h"

namespace locuscope {
namespace {

std::mutex& sinkMutex() {
    static std::mutex mutex;
    return mutex;
}

Logger::Sink& currentSink() {
    static Logger::Sink sink;
    return sink;
}

std::atomic<int>& thresholdValue() {
    static std::atomic<int> value{static_cast<int>(LogLevel::Info)};
    return value;
}

}  // namespace

const char* toString(LogLevel level) {
    switch (level) {
        case LogLevel::Debug: return "debug";
        case LogLevel::Info: return "info";
        case LogLevel::Warning: return "warning";
        case LogLevel::Error: return "error";
    }
    return "info";
}

LogLevel parseLogLevel(std::string_view text) {
    std::string lower(text);
    std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return std::tolower(c); });
    for (LogLevel level : {LogLevel::Debug, LogLevel::Info, LogLevel::Warning, LogLevel::Error}) {
        if (lower == toString(level)) {
            return level;
        }
    }
    throw InputError("unknown log level '" + std::string(text) + "' (use debug, info, warning or error)");
}

void Logger::setSink(Sink sink) {
    std::lock_guard<std::mutex> lock(sinkMutex());
    currentSink() = std::move(sink);
}

void Logger::setThreshold(LogLevel level) { thresholdValue().store(static_cast<int>(level)); }

LogLevel Logger::threshold() { return static_cast<LogLevel>(thresholdValue().load()); }

void Logger::write(LogLevel level, std::string_view message) {
    if (static_cast<int>(level) < thresholdValue().load()) {
        return;
    }
    std::lock_guard<std::mutex> lock(sinkMutex());
    if (currentSink()) {
        currentSink()(level, message);
    } else {
        std::cerr << "[" << toString(level) << "] " << message << '\n';
    }
}

}  // namespace locuscope
