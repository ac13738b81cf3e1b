#pragma once

#include "domain/Incident.h"
#include "domain/Result.h"
#include "services/incidents/IncidentCsvFormat.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace medsafe::storage {
class Database;
}

namespace medsafe::services {

// A parsed import file: every row with its incident or its errors, and which rows are already
// in the database. Nothing is written until commit(), and commit() writes only a preview with
// no errors at all.
struct IncidentImportPreview {
    QStringList fileErrors;          // header or file-level problems, translated
    int fileErrorLine = 0;           // line of a file-level error, 0 when none
    int fileErrorField = 0;          // field within that line (1-based), 0 when not at one field
    QList<IncidentCsvRow> rows;      // in file order
    QList<bool> duplicate;           // parallel to rows: already in the database or earlier in the file
    QChar separator = u';';

    int errorRowCount() const;
    int duplicateCount() const;
    int newCount() const;
    bool hasErrors() const { return !fileErrors.isEmpty() || errorRowCount() > 0; }
    // Every problem as "Line N: ..." lines, translated, in file order.
    QStringList errorLines() const;
};

struct IncidentImportSummary {
    int imported = 0;
    int skippedDuplicates = 0;
};

// Imports incident CSV files all-or-nothing. parse() needs no database, so a file with a bad
// row is refused before the database is even opened; markDuplicates() and commit() compare
// natural keys (IncidentNaturalKey) with the botilbud's incidents. Lives on the database's thread.
class IncidentImport {
    Q_DECLARE_TR_FUNCTIONS(IncidentImport)

public:
    static IncidentImportPreview parse(const QByteArray& bytes, domain::BotilbudId botilbud,
                                       const QDate& today = QDate::currentDate());
    // Flags rows already stored for the botilbud, and repeats within the file.
    static Status markDuplicates(storage::Database& db, domain::BotilbudId botilbud,
                                 IncidentImportPreview& preview);
    // One transaction: adds every non-duplicate row, or nothing. Refuses a preview with errors.
    static Result<IncidentImportSummary> commit(storage::Database& db, domain::BotilbudId botilbud,
                                                const IncidentImportPreview& preview);
};

} // namespace medsafe::services
