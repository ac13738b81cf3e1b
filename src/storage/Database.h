#pragma once

#include "domain/Result.h"
#include "storage/CheckReport.h"
#include "storage/SqlDialect.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <memory>

namespace medsafe::storage {

// One open Medicinsikker database: owns a uniquely named QSqlDatabase connection, checks an
// existing file before writing to it (see DatabaseFileCheck), configures WAL, foreign keys and
// busy timeout, and migrates the schema to the newest version. Repositories borrow it.
// A Database and everything using it live on the thread that opened it (QtSql's rule).
class Database {
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    // Written by migration 1 into the SQLite header: "MSKR". Never change it.
    static constexpr qint32 kApplicationId = 0x4D534B52;

    // Opens (creating if missing) and migrates a database file. Refuses, leaving the file
    // byte-identical: non-SQLite files, other programs' databases, newer schemas, damaged files.
    static Result<std::unique_ptr<Database>> open(const QString& path);
    // A fresh, migrated database in memory (tests, previews).
    static Result<std::unique_ptr<Database>> openInMemory();

    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // For repositories in this library only; nothing above storage runs SQL.
    QSqlDatabase connection() const;
    const SqlDialect& dialect() const { return m_dialect; }
    QString path() const { return m_path; }
    bool isInMemory() const { return m_inMemory; }

    Result<int> schemaVersion() const;
    static int supportedSchemaVersion();

    // Versions, integrity check and row counts (for `medicinsikker-cli check`).
    Result<CheckReport> checkReport() const;
    // A consistent copy to a new file (VACUUM INTO); refuses to overwrite an existing file.
    Status backupTo(const QString& targetPath) const;

private:
    friend class Transaction;

    Database(QString path, bool inMemory);
    Status openConnection();
    Status migrate();

    QString m_connectionName;
    QString m_path;
    bool m_inMemory = false;
    SqlDialect m_dialect;
    int m_transactionDepth = 0;
    bool m_rollbackOnly = false;
};

} // namespace medsafe::storage
