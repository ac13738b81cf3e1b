#include "storage/StorageLog.h"

#include <spdlog/spdlog.h>

namespace medsafe::storage {

std::shared_ptr<spdlog::logger> storageLog() {
    if (auto logger = spdlog::get("storage")) return logger;
    return spdlog::default_logger();
}

} // namespace medsafe::storage
