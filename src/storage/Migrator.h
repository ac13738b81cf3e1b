#pragma once

#include "domain/Result.h"
#include "storage/Migration.h"

#include <QList>

namespace medsafe::storage {

class Database;

// Brings a database from its stored schema version to the newest one, one step per
// transaction, so a failed step leaves the database at the previous version.
class Migrator {
public:
    static QList<Migration> all();
    static int latestVersion();
    // Refuses a database whose version is newer than latestVersion().
    static Status migrate(Database& db);
    // Runs the steps up to and including `targetVersion` only (tests of old versions).
    static Status migrateTo(Database& db, int targetVersion);
};

} // namespace medsafe::storage
