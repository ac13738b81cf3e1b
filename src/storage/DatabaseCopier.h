#pragma once

#include "domain/Result.h"

#include <QString>
#include <QList>
#include <functional>

namespace medsafe::storage {

class Database;

// Copies every row of one Medicinsikker database into another of the same schema version,
// between SQLite and PostgreSQL in either direction, keeping the ids (so links, package keys
// and signatures stay valid), and compares the two afterwards table by table.
//
// The copy is one transaction on the target: all rows or none. The target must hold no rows
// yet. Before the commit both sides are compared table by table (compare()); a copy that
// differs anywhere is rolled back. Values are converted by the column's meaning, which the PostgreSQL side's declared
// types tell (boolean, date, time, timestamp, numeric): SQLite gets the 0/1 and ISO text it
// always stores, PostgreSQL its typed values. Identity sequences continue after the copied ids.
class DatabaseCopier {
public:
    struct TableSummary {
        QString table;
        qint64 sourceRows = 0;
        qint64 targetRows = 0;
        QString sourceChecksum; // SHA-256 of the rows in key order, each value in a canonical form
        QString targetChecksum;
        bool matches() const { return sourceRows == targetRows && sourceChecksum == targetChecksum; }
    };
    // Called after each table with the rows copied so far and in all.
    using Progress = std::function<void(const QString& table, qint64 rowsDone, qint64 rowsTotal)>;

    DatabaseCopier(Database& source, Database& target) : m_source(source), m_target(target) {}

    // Refuses a target with rows in it or another schema version; copies, compares, commits.
    // Returns the comparison of every table (all matching).
    Result<QList<TableSummary>> copy(const Progress& progress = {});
    // Counts and checksums of every table on both sides, read afresh from each database.
    Result<QList<TableSummary>> compare() const;

private:
    Database& m_source;
    Database& m_target;
};

} // namespace medsafe::storage
