#pragma once

#include "demo/DemoDataset.h"
#include "domain/Result.h"

#include <QString>

namespace medsafe::storage {
class Database;
}

namespace medsafe::demo {

// Stores a DemoDataset through the storage repositories (their bulk paths where they have
// one), all in one transaction: a failed write leaves nothing behind. Maps the generator's
// provisional ids to the ids the database hands out. Lives on the thread of the Database.
class DemoWriter {
public:
    // Writes into a new database file. Refuses an existing file unless `overwrite`; the data
    // goes to "<path>.partial" first and replaces `path` only when everything was written.
    static Status writeFile(const DemoDataset& dataset, const QString& path, bool overwrite);
    // Writes into an open (e.g. in-memory) database.
    static Status write(const DemoDataset& dataset, storage::Database& db);

private:
    static Status writeBotilbud(const DemoBotilbud& home, storage::Database& db);
};

} // namespace medsafe::demo
