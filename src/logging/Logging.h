#pragma once

#include <QString>

#include <spdlog/logger.h>

#include <memory>
#include <string>

namespace medsafe::logging {

// Configures spdlog once, from main(): a rotating log file in `logDirectory` and, with
// `verbose`, the console too. Creates the named loggers of every area ("app", "cli",
// "storage", "analysis", "charts", "report") on the same sinks and routes Qt's own
// messages (qDebug, qWarning, ...) into them. Safe to call again (replaces the set-up).
// The caller makes `logDirectory` private first (0700); the log file is made 0600 here.
void setup(const QString& logDirectory, bool verbose);

// Console-only set-up for tests and tools that must not write files.
void setupConsoleOnly(bool verbose);

// The named logger of an area. Never null: before setup() it is a logger that discards.
std::shared_ptr<spdlog::logger> get(const std::string& area);

// Full path of the current log file, empty before setup() or when console-only.
QString logFilePath();

} // namespace medsafe::logging
