#pragma once

#include "domain/Ids.h"
#include "domain/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace medsafe::storage {
class Database;
}

namespace medsafe::services {

// What an export wrote, for the message to the person.
struct PackageExportOutcome {
    QString botilbudName;
    QDate month;
    QString path;
    qint64 bytes = 0;
    bool markedSent = false; // the report was a draft and is now sent
};

// Writes data packages to a file:
//  - the month's report of a botilbud, from the botilbud's own database: the content is
//    collected and anonymised (ReportContentCollector::collectForSharing), written, read back
//    with the package reader (a package this program would refuse is never written), and
//    exporting counts as sending: a draft report becomes sent today. The tovholder must have
//    written the month's report first.
//  - PS!'s feedback on a report, from the consultant's database (a botilbud that came in a
//    package, whose report for the month has feedback).
// The file is written before the database commits and removed again if the commit fails, so
// the status never says "sent" without a file. Borrows the database; its thread.
class PackageExporter {
    Q_DECLARE_TR_FUNCTIONS(PackageExporter)

public:
    explicit PackageExporter(storage::Database& db, const QDate& today = {});

    Result<PackageExportOutcome> exportMonthlyReport(domain::BotilbudId botilbud, const QDate& month,
                                                     const QString& path) const;
    Result<PackageExportOutcome> exportFeedback(domain::BotilbudId botilbud, const QDate& month,
                                                const QString& path) const;

private:
    static Status writeFile(const QString& path, const QByteArray& bytes);

    storage::Database& m_db;
    QDate m_today;
};

} // namespace medsafe::services
