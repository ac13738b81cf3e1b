#include "logging/Logging.h"

#include <QDir>
#include <QFile>
#include <QtGlobal>

#include <spdlog/sinks/null_sink.h>
#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include <mutex>
#include <vector>

namespace medsafe::logging {
namespace {

const char* const kAreas[] = {"app", "cli", "storage", "analysis", "charts", "report", "qt"};
constexpr std::size_t kMaxFileBytes = 2 * 1024 * 1024;
constexpr std::size_t kMaxFiles = 3;

std::mutex g_mutex;
QString g_logFile;

void registerAreas(const std::vector<spdlog::sink_ptr>& sinks, spdlog::level::level_enum level) {
    for (const char* area : kAreas) {
        spdlog::drop(area);
        auto logger = std::make_shared<spdlog::logger>(area, sinks.begin(), sinks.end());
        logger->set_level(level);
        logger->flush_on(spdlog::level::warn);
        spdlog::register_logger(logger);
    }
    auto fallback = std::make_shared<spdlog::logger>("default", sinks.begin(), sinks.end());
    fallback->set_level(level);
    spdlog::set_default_logger(fallback);
}

// Qt's messages (from QtSql, platform plugins, ...) go to the same files as ours.
void qtMessageHandler(QtMsgType type, const QMessageLogContext&, const QString& message) {
    auto logger = get("qt");
    const std::string text = message.toStdString();
    switch (type) {
    case QtDebugMsg: logger->debug(text); break;
    case QtInfoMsg: logger->info(text); break;
    case QtWarningMsg: logger->warn(text); break;
    case QtCriticalMsg:
    case QtFatalMsg: logger->error(text); break;
    }
}

constexpr QFileDevice::Permissions kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

} // namespace

void setup(const QString& logDirectory, bool verbose) {
    std::lock_guard lock(g_mutex);
    std::vector<spdlog::sink_ptr> sinks;
    // The programs make the folder owner-only first (storage::Database::ensurePrivateFolder);
    // this only covers a caller that did not.
    QDir().mkpath(logDirectory);
    const QString file = QDir(logDirectory).filePath(QStringLiteral("medicinsikker.log"));
    try {
        sinks.push_back(std::make_shared<spdlog::sinks::rotating_file_sink_mt>(file.toStdString(),
                                                                               kMaxFileBytes, kMaxFiles));
        // Log lines name files and botilbud: readable by this user only, like the folder.
        QFile::setPermissions(file, kOwnerOnly);
        g_logFile = file;
    } catch (const spdlog::spdlog_ex&) {
        // A read-only data folder must not stop the program; the console still gets warnings.
        g_logFile.clear();
    }
    auto console = std::make_shared<spdlog::sinks::stderr_color_sink_mt>();
    console->set_level(verbose ? spdlog::level::debug : spdlog::level::err);
    sinks.push_back(console);
    registerAreas(sinks, spdlog::level::debug);
    spdlog::set_pattern("%Y-%m-%d %H:%M:%S.%e [%n] %l: %v");
    qInstallMessageHandler(qtMessageHandler);
}

void setupConsoleOnly(bool verbose) {
    std::lock_guard lock(g_mutex);
    auto console = std::make_shared<spdlog::sinks::stderr_color_sink_mt>();
    console->set_level(verbose ? spdlog::level::debug : spdlog::level::warn);
    registerAreas({console}, spdlog::level::debug);
    g_logFile.clear();
}

std::shared_ptr<spdlog::logger> get(const std::string& area) {
    if (auto logger = spdlog::get(area)) return logger;
    static const auto discard = std::make_shared<spdlog::logger>(
        "discard", std::make_shared<spdlog::sinks::null_sink_mt>());
    return discard;
}

QString logFilePath() {
    std::lock_guard lock(g_mutex);
    return g_logFile;
}

} // namespace medsafe::logging
