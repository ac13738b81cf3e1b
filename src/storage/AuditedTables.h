#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace medsafe::storage {

// The tables whose every insert, update and delete the audit trail records (schema 6), with
// what the triggers need to describe a row: its key, and the botilbud it belongs to (so the
// trail can be shown, and on a server read, only by that botilbud's people).
struct AuditedTable {
    QString name;
    // The key columns, joined by '/' into the entry's row_key.
    QStringList keyColumns;
    // SQL giving the row's botilbud from the row's values, with `%1` standing for the row
    // (NEW/OLD in a SQLite trigger, ($1) in PostgreSQL's dynamic SQL). Empty: no botilbud.
    QString botilbudOf;
    // Columns left out of the recorded values (password hashes).
    QStringList secretColumns;
    // The schema version that created the table (and its triggers and row security).
    int sinceVersion = 6;
};

class AuditedTables {
public:
    static QList<AuditedTable> all();
    // The tables a migration created, which it gives triggers and row security.
    static QList<AuditedTable> addedIn(int schemaVersion);
    // One table by name (a migration that changes its columns re-makes its SQLite triggers).
    static AuditedTable named(const QString& name);
    // The row key and botilbud expressions for one row reference (`NEW`, `OLD`, `($1)`).
    static QString keyExpression(const AuditedTable& table, const QString& row);
    static QString botilbudExpression(const AuditedTable& table, const QString& row);
};

} // namespace medsafe::storage
