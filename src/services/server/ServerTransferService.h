#pragma once

#include "domain/Result.h"
#include "storage/DatabaseCopier.h"
#include "storage/ServerAddress.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace medsafe::services {

// Moving a botilbud's database between the embedded SQLite file and a PostgreSQL server:
// push copies a whole file into an empty server database, pull makes a new local file from a
// server database (a laptop for a PS! visit). Both are all or nothing and compare every table
// row by row afterwards (counts and checksums, DatabaseCopier::compare); a copy whose tables
// differ is reported as failed. Runs on the calling thread; `progress` is called as rows go.
class ServerTransferService {
    Q_DECLARE_TR_FUNCTIONS(ServerTransferService)

public:
    using Summary = QList<storage::DatabaseCopier::TableSummary>;

    // The file is opened as the app opens it (an older schema is backed up, then migrated); the
    // server database must be empty (it is set up here when it has no tables yet).
    static Result<Summary> push(const QString& filePath, const storage::ServerAddress& server,
                                const storage::DatabaseCopier::Progress& progress = {});
    // Writes `filePath` (which must not exist) from the server database, read as one snapshot.
    // A failed pull leaves no file behind.
    static Result<Summary> pull(const storage::ServerAddress& server, const QString& filePath,
                                const storage::DatabaseCopier::Progress& progress = {});

    static bool allMatch(const Summary& summary);
};

} // namespace medsafe::services
