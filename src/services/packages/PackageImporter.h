#pragma once

#include "domain/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace medsafe::storage {
class Database;
}

namespace medsafe::services {

struct PackageEnvelope;

// What importing one package did, for the message to the person.
struct PackageImportOutcome {
    enum class Kind { MonthlyReport, Feedback };
    Kind kind = Kind::MonthlyReport;
    QString botilbudName;
    QDate month;
    bool createdBotilbud = false; // a monthly report from a botilbud not seen before
    bool replaced = false;        // an earlier package (or feedback) for the month was replaced
    bool unchanged = false;       // the same package was imported before; nothing was written
};

// Merges one data package into a database, all or nothing (one transaction; any refusal leaves
// the database as it was):
//  - a monthly report into the consultant's database: the botilbud is found by its package key
//    or created (origin "package"); the package is kept in received_package, replacing an
//    older one for the month; the month's report row gets the narrative, status sent — but
//    feedback the consultant already wrote here is kept. The same package again changes nothing.
//  - feedback into the botilbud's own database: the botilbud (by key, origin "local") and its
//    report for the month must exist; the report gets the feedback and status
//    feedback_received. The same feedback again changes nothing.
// Borrows the database; runs on the thread that opened it.
class PackageImporter {
    Q_DECLARE_TR_FUNCTIONS(PackageImporter)

public:
    explicit PackageImporter(storage::Database& db, const QDate& today = {});

    Result<PackageImportOutcome> importBytes(const QByteArray& bytes) const;
    // Reads the file (at most the size limit and one byte more) and imports it.
    Result<PackageImportOutcome> importFile(const QString& path) const;

private:
    Result<PackageImportOutcome> importReport(const PackageEnvelope& envelope, const QByteArray& bytes) const;
    Result<PackageImportOutcome> importFeedback(const PackageEnvelope& envelope) const;

    storage::Database& m_db;
    QDate m_today;
};

} // namespace medsafe::services
