#pragma once

#include <functional>
#include <string>
#include <string_view>

namespace locuscope {

enum class LogLevel { Debug = 0, Info = 1, Warning = 2, Error = 3 };

const char* toString(LogLevel level);
// Accepts debug|info|warning|error (case-insensitive); throws InputError otherwise.
LogLevel parseLogLevel(std::string_view text);

// Process-wide log with one replaceable sink. The CLI sends it to stderr, the GUI relays it to the
// log dock by a queued signal. Thread-safe: pipelines log from the worker thread.
class Logger {
public:
    using Sink = std::function<void(LogLevel, std::string_view)>;

    static void setSink(Sink sink);       // an empty sink restores the default (stderr)
    static void setThreshold(LogLevel level);
    static LogLevel threshold();
    static void write(LogLevel level, std::string_view message);
};

inline void logDebug(std::string_view message) { Logger::write(LogLevel::Debug, message); }
inline void logInfo(std::string_view message) { Logger::write(LogLevel::Info, message); }
inline void logWarning(std::string_view message) { Logger::write(LogLevel::Warning, message); }
inline void logError(std::string_view message) { Logger::write(LogLevel::Error, message); }

}  // namespace locuscope
