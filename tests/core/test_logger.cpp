#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "core/runtime/input_error.h"
#include "core/runtime/logger.h"

using namespace locuscope;

TEST(Logger, SinkReceivesMessagesAtOrAboveTheThreshold) {
    std::vector<std::string> lines;
    Logger::setSink([&](LogLevel level, std::string_view message) {
        lines.push_back(std::string(toString(level)) + ":" + std::string(message));
    });
    Logger::setThreshold(LogLevel::Info);
    logDebug("hidden");
    logInfo("shown");
    logError("bad");
    Logger::setSink({});
    ASSERT_EQ(lines.size(), 2u);
    EXPECT_EQ(lines[0], "info:shown");
    EXPECT_EQ(lines[1], "error:bad");
}

TEST(Logger, ParsesLevelsAndRejectsUnknownOnes) {
    EXPECT_EQ(parseLogLevel("WARNING"), LogLevel::Warning);
    EXPECT_EQ(parseLogLevel("debug"), LogLevel::Debug);
    EXPECT_THROW(parseLogLevel("loud"), InputError);
}
