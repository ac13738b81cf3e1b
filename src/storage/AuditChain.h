#pragma once

#include <QString>

namespace medsafe::storage {

// One audit entry as stored (audit_entry, schema 6).
struct AuditEntry {
    qint64 id = 0;
    QString changedAt; // UTC, ISO-8601 with milliseconds, as text (hashed as stored)
    QString actor;     // the login that made the change ("anonym" for an anonymous report)
    QString table;
    QString rowKey;
    qint64 botilbudId = 0; // 0: the row belongs to no botilbud
    QString action;        // insert, update, delete
    QString oldValues;     // JSON object as text; empty for an insert
    QString newValues;     // JSON object as text; empty for a delete
    QString previousHash;  // the entry before's hash; empty for the first entry
    QString entryHash;
};

// The hash chain of the audit trail: each entry's hash is SHA-256 over the previous entry's
// hash and the entry's own fields, so changing or removing an entry breaks every hash after it.
// The one definition of the hashed text: the SQLite triggers call it through a registered SQL
// function, the PostgreSQL trigger spells the same in SQL, and `check` recomputes it here.
class AuditChain {
public:
    // Lower-case hex SHA-256 of the fields joined by U+001F (unit separator), in this order:
    // previous hash, changed at, actor, table, row key, botilbud (decimal, empty for none),
    // action, old values, new values.
    static QString entryHash(const AuditEntry& entry);
    static QString entryHash(const QString& previousHash, const QString& changedAt, const QString& actor,
                             const QString& table, const QString& rowKey, const QString& botilbud,
                             const QString& action, const QString& oldValues, const QString& newValues);
};

} // namespace medsafe::storage
