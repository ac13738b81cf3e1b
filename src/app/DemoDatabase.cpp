#include "app/DemoDatabase.h"

#include "demo/DemoGenerator.h"
#include "demo/DemoReceivedPackages.h"
#include "demo/DemoWriter.h"
#include "storage/Database.h"

#include <QDir>
#include <QFileInfo>

namespace medsafe::app {

Status ensureDemoDatabase(const QString& path) {
    // An existing demo database may hold the person's own trials: never regenerate over it.
    if (QFileInfo::exists(path)) return success();
    if (auto folder = storage::Database::ensurePrivateFolder(QFileInfo(path).absolutePath()); !folder)
        return folder;
    const Status written = demo::DemoWriter::writeFile(demo::DemoGenerator(demo::DemoOptions{}).generate(), path, false);
    if (!written) return written;
    // Five more botilbud as received data packages, so the consultant's overview has something
    // to compare; they stay out of the tovholder's botilbud selector.
    auto db = storage::Database::open(path, storage::OpenMode::OpenExisting); // just written
    if (!db) return db.error();
    return demo::DemoReceivedPackages::add(**db);
}

} // namespace medsafe::app
