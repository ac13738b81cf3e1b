#pragma once

#include "domain/Result.h"

#include <QString>

namespace medsafe::app {

// Makes sure a demo database exists at `path`: leaves an existing file alone, otherwise
// generates the fictional demo botilbud there (the same data as `medicinsikker-cli demo`).
Status ensureDemoDatabase(const QString& path);

} // namespace medsafe::app
