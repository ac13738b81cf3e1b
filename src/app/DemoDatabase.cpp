#include "app/DemoDatabase.h"

#include "demo/DemoGenerator.h"
#include "demo/DemoWriter.h"

#include <QDir>
#include <QFileInfo>

namespace medsafe::app {

Status ensureDemoDatabase(const QString& path) {
    // An existing demo database may hold the person's own trials: never regenerate over it.
    if (QFileInfo::exists(path)) return success();
    QDir().mkpath(QFileInfo(path).absolutePath());
    return demo::DemoWriter::writeFile(demo::DemoGenerator(demo::DemoOptions{}).generate(), path, false);
}

} // namespace medsafe::app
