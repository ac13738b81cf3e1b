// Schema version 6: sign-in accounts and the hash-chained audit trail (issue 14).
// RELEASED once shipped — never edit; append a new migration instead.
//
// - account: one per person who may sign in. On a file the password is an Argon2id hash
//   (libsodium's crypto_pwhash_str); on a server the login is a PostgreSQL role and the server
//   checks the password, so password_hash stays NULL. failed_attempts and locked_until carry the
//   lock-out after repeated wrong passwords.
// - audit_entry: who changed which row when (UTC), old and new values as JSON text, and a
//   SHA-256 chain over the entries (AuditChain). changed_at is text on both engines because
//   the hash covers it exactly as stored. Written only by triggers (AuditTriggers), in the
//   transaction of the change.
// - PostgreSQL: row-level security and grants (AuditTriggers::postgresRowSecurityStatements).
#include "storage/AuditTriggers.h"
#include "storage/AuditedTables.h"
#include "storage/Database.h"
#include "storage/Migration.h"

namespace medsafe::storage {

namespace {

QStringList accountsAndAudit(const SqlDialect& dialect) {
    const QString id = dialect.idColumn();
    QStringList statements = dialect.typed({
        QStringLiteral("CREATE TABLE account ("
                       " person_id BIGINT PRIMARY KEY REFERENCES person(id) ON DELETE CASCADE,"
                       " login TEXT NOT NULL, password_hash TEXT, failed_attempts INTEGER NOT NULL DEFAULT 0,"
                       " locked_until {timestamp}, must_change_password {boolean} NOT NULL,"
                       " created_at {timestamp} NOT NULL, CONSTRAINT account_unique_login UNIQUE (login))"),
        QStringLiteral(
            "CREATE TABLE audit_entry (%1, changed_at TEXT NOT NULL, actor TEXT NOT NULL,"
            " table_name TEXT NOT NULL, row_key TEXT NOT NULL, botilbud_id BIGINT, action TEXT NOT NULL,"
            " old_values TEXT, new_values TEXT, prev_hash TEXT NOT NULL, entry_hash TEXT NOT NULL)")
            .arg(id),
        QStringLiteral("CREATE INDEX audit_entry_botilbud ON audit_entry (botilbud_id, id)"),
        QStringLiteral("CREATE INDEX audit_entry_row ON audit_entry (table_name, row_key)"),
        // The Historik view's person filter: who changed this botilbud's data.
        QStringLiteral("CREATE INDEX audit_entry_actor ON audit_entry (botilbud_id, actor)"),
    });
    if (dialect.isPostgres()) {
        statements << QStringLiteral(
            "CREATE TRIGGER account_counts_change AFTER INSERT OR UPDATE OR DELETE ON account"
            " FOR EACH STATEMENT EXECUTE FUNCTION medicinsikker_count_change()");
        statements << AuditTriggers::postgresStatements(6) << AuditTriggers::postgresRowSecurityStatements(6);
    }
    return statements;
}

// SQLite's triggers name every column, so they are written from the tables as they are now.
Status sqliteTriggers(Database& db) {
    if (db.dialect().isPostgres()) return success();
    for (const AuditedTable& table : AuditedTables::addedIn(6)) {
        if (auto status = AuditTriggers::recreateSqlite(db, table); !status) return status;
    }
    return success();
}

} // namespace

Migration migration006AccountsAndAudit() {
    return Migration{6, QStringLiteral("accounts and audit trail"), &accountsAndAudit, &sqliteTriggers};
}

} // namespace medsafe::storage
