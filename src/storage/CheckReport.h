#pragma once

#include <QList>
#include <QString>

namespace medsafe::storage {

struct TableCount {
    QString table;
    qint64 rows = 0;
};

// What `medicinsikker-cli check` prints: versions, integrity and the size of every table.
struct CheckReport {
    QString path;             // ":memory:" for in-memory databases
    int schemaVersion = 0;    // version stored in the database
    int supportedVersion = 0; // newest version this build knows
    qint64 applicationId = 0;
    bool integrityOk = false;
    QString integrity;        // "ok" or SQLite's list of problems
    QList<TableCount> tables; // in schema order
};

} // namespace medsafe::storage
