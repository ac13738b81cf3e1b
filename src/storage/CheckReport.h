#pragma once

#include <QList>
#include <QString>

namespace medsafe::storage {

struct TableCount {
    QString table;
    qint64 rows = 0;

    friend bool operator==(const TableCount&, const TableCount&) = default;
};

// What `medicinsikker-cli check` prints: versions, integrity and the size of every table.
struct CheckReport {
    QString path;             // ":memory:" for in-memory databases
    int schemaVersion = 0;    // version stored in the database
    int supportedVersion = 0; // newest version this build knows
    bool wouldMigrate() const { return schemaVersion < supportedVersion; } // when opened to write
    bool readOnly = false;    // opened with OpenMode::ReadOnly: the check wrote nothing
    qint64 applicationId = 0;
    bool integrityOk = false;
    QString integrity;        // "ok" or the problems PRAGMA integrity_check (the full one) found
    QList<TableCount> tables; // in schema order
};

} // namespace medsafe::storage
