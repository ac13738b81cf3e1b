#pragma once

#include "domain/Result.h"

#include <QSqlDatabase>
#include <QString>

namespace medsafe::storage {

// Everything that differs between SQLite and PostgreSQL, in one place. Repositories and
// migrations write portable SQL and ask the dialect for the rest. Only SQLite is implemented
// today; the PostgreSQL branches document what the QPSQL port needs.
class SqlDialect {
public:
    enum class Kind { Sqlite, Postgres };

    static SqlDialect forDriver(const QString& driverName);
    Kind kind() const { return m_kind; }

    // Column definition of a surrogate key: "id INTEGER PRIMARY KEY" / "id BIGSERIAL PRIMARY KEY".
    QString idColumn() const;

    // Schema version: PRAGMA user_version on SQLite, a one-row table on PostgreSQL.
    medsafe::Result<int> schemaVersion(const QSqlDatabase& db) const;
    // Returns the statement that records `version`; run it inside the migration transaction.
    QString setSchemaVersionSql(int version) const;
    // Marks the file as Medicinsikker's (SQLite application_id); empty where not applicable.
    QString setApplicationIdSql(qint32 applicationId) const;
    medsafe::Result<qint64> applicationId(const QSqlDatabase& db) const;

    // Connection settings applied right after opening (outside any transaction).
    medsafe::Status configureConnection(const QSqlDatabase& db, bool inMemory) const;

    // Full integrity check for `medicinsikker-cli check`: "ok" or the problems found.
    medsafe::Result<QString> integrityCheck(const QSqlDatabase& db) const;
    // Copies the whole database to a new file (VACUUM INTO on SQLite).
    medsafe::Status backupTo(const QSqlDatabase& db, const QString& path) const;

private:
    explicit SqlDialect(Kind kind) : m_kind(kind) {}
    Kind m_kind;
};

} // namespace medsafe::storage
