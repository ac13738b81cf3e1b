#pragma once

#include <memory>
#include <spdlog/logger.h>

namespace medsafe::storage {

// The "storage" logger. main() normally registers it; tests and tools that skip the set-up
// get spdlog's default logger instead, so logging never dereferences null.
std::shared_ptr<spdlog::logger> storageLog();

} // namespace medsafe::storage
