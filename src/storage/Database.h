#pragma once

#include "domain/Result.h"
#include "storage/AuditContext.h"
#include "storage/CheckReport.h"
#include "storage/ServerAddress.h"
#include "storage/SessionIdentity.h"
#include "storage/SqlDialect.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <functional>
#include <memory>
#include <optional>

namespace medsafe::storage {

// How a file is opened. The caller says whether it may create a database; nothing else does.
enum class OpenMode {
    // The program's own data file, `init --out`, `demo --out`: a missing or empty (0-byte)
    // file becomes a new database, created 0600; an older schema is migrated.
    CreateOrMigrate,
    // A file the person chose: must already be a Medicinsikker database (a missing file, a
    // 0-byte file and an SQLite file without Medicinsikker tables are refused, byte-identical);
    // an older schema is migrated, as opening it to work in expects.
    OpenExisting,
    // `check`: must already be a Medicinsikker database; opened with SQLite's mode=ro (and
    // immutable when no -wal file exists), never migrated, nothing written, no -wal/-shm left.
    // A damaged file is not refused at the door: checkReport() runs the full integrity check.
    ReadOnly,
};

class Database;

// What the caller of Database::open wants done at the moments only open() knows of.
struct OpenHooks {
    // Called in the writing modes when an existing file is open read-write, still unchanged,
    // and about to be migrated from `fromVersion` (the services make a backup here). An error
    // refuses the open: the file is then not migrated.
    std::function<Status(const Database& db, int fromVersion)> beforeMigration;
};

// One open Medicinsikker database: owns a uniquely named QSqlDatabase connection, checks an
// existing file before opening it (see DatabaseFileCheck), configures WAL, foreign keys,
// busy timeout and synchronous=FULL on files (a save the app reported survives a power cut),
// and migrates the schema to the newest version when the mode allows it.
// Repositories borrow it. A Database and everything using it live on the thread that opened
// it (QtSql's rule). Files and folders it creates are readable by their owner only (0600/0700);
// SQLite gives the -wal/-shm files the main file's permissions.
class Database {
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    // Written by migration 1 into the SQLite header: "MSKR". Never change it.
    static constexpr qint32 kApplicationId = 0x4D534B52;

    // Opens a database file as `mode` says. Refuses, leaving the file byte-identical: non-SQLite
    // files, other programs' databases, newer schemas, damaged files (in the writing modes), and
    // outside CreateOrMigrate anything that is not yet a Medicinsikker database.
    static Result<std::unique_ptr<Database>> open(const QString& path, OpenMode mode);
    static Result<std::unique_ptr<Database>> open(const QString& path, OpenMode mode, const OpenHooks& hooks);
    // open(path, OpenMode::CreateOrMigrate), for the demo writer and the screenshot tool.
    // New code names its mode.
    static Result<std::unique_ptr<Database>> open(const QString& path) {
        return open(path, OpenMode::CreateOrMigrate);
    }
    // A fresh, migrated database in memory (tests, previews).
    static Result<std::unique_ptr<Database>> openInMemory();
    // A database on a PostgreSQL server (QPSQL). The same modes as files: CreateOrMigrate may
    // set up an empty database; OpenExisting wants a Medicinsikker database there; ReadOnly
    // opens read-only transactions and never migrates. A database holding other tables, a newer
    // schema, a server that does not answer and a refused login get a clear message each.
    static Result<std::unique_ptr<Database>> openServer(const ServerAddress& address, OpenMode mode);
    // True for openServer's refusal of an empty database in OpenExisting (the caller may offer
    // to set it up with CreateOrMigrate).
    static bool isEmptyServerDatabase(const Error& error);

    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // For repositories in this library only; nothing above storage runs SQL.
    QSqlDatabase connection() const;
    const SqlDialect& dialect() const { return m_dialect; }
    // The file, or for a server database its address (user@host:port/dbname, no password).
    QString path() const { return m_path; }
    bool isServer() const { return m_server.has_value(); }
    const std::optional<ServerAddress>& server() const { return m_server; }
    bool isInMemory() const { return m_inMemory; }
    bool isReadOnly() const { return m_readOnly; }

    Result<int> schemaVersion() const;
    // Changes when someone else (another PC, the CLI) committed a change; cheap enough to poll
    // every few seconds. On a server it also counts this connection's own writes.
    Result<qint64> dataVersion() const;
    static int supportedSchemaVersion();

    // Versions, integrity check and row counts (for `medicinsikker-cli check`).
    Result<CheckReport> checkReport() const;
    // A consistent copy to a new file (VACUUM INTO, created 0600); refuses to overwrite an
    // existing file.
    Status backupTo(const QString& targetPath) const;

    // Closes the connection (SQLite checkpoints and removes the -wal file), so the file may be
    // replaced on disk, as a restore does. Every later query fails; open the file again.
    void close();
    bool isOpen() const;

    // Who the audit trail names for this connection's changes. On a file: the signed-in
    // login, or "os:<user name>" before anyone signs in (the CLI). On a server the trail always
    // names the PostgreSQL login (session_user), whatever is set here.
    void setAuditActor(const QString& login);
    // The person signed in on this connection (also the audit trail's actor on a file).
    void setSession(const SessionIdentity& identity);
    const SessionIdentity& session() const { return m_session; }
    QString auditActor() const { return m_audit->actor; }
    // Inside a transaction: the next incident inserts are anonymous reports, recorded as
    // "anonym" (DPSD allows a report without the reporter's name). Ends with the transaction on
    // a server; call again with false on a file.
    Status setAnonymousIncident(bool anonymous);
    // Inside a transaction: rows written are copies that already carry their audit entries
    // (DatabaseCopier). On a server only the database's owner may; others stay recorded.
    Status pauseAuditTrail(bool paused);

    // Creates `path` and any missing parents readable by the owner only (0700), and narrows an
    // existing folder to 0700. For the program's own data folder, never a folder the person chose.
    static Status ensurePrivateFolder(const QString& path);

private:
    friend class Transaction;

    Database(QString path, bool inMemory, bool readOnly = false);
    Status openConnection();
    Status openServerConnection();
    Status checkServerContents(OpenMode mode);
    Status migrate();
    Status setServerAuditSetting(const char* name, bool on);
    // "os:<user name>": the audit actor when nobody is signed in.
    static QString ownerActor();

    QString m_connectionName;
    QString m_path;
    bool m_inMemory = false;
    bool m_readOnly = false;
    SqlDialect m_dialect;
    std::optional<ServerAddress> m_server;
    std::unique_ptr<AuditContext> m_audit;
    SessionIdentity m_session;
    int m_transactionDepth = 0;
    bool m_rollbackOnly = false;
};

} // namespace medsafe::storage
