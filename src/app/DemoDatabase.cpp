#include "app/DemoDatabase.h"

#include <QFileInfo>

namespace medsafe::app {

// Temporary until the demo generator lands: an existing demo file is used as it is.
Status ensureDemoDatabase(const QString& path) {
    if (QFileInfo::exists(path)) return success();
    return Error::technical(QStringLiteral("the demo generator is not built into this version"));
}

} // namespace medsafe::app
