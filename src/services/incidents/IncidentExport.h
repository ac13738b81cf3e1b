#pragma once

#include "domain/Botilbud.h"
#include "domain/Incident.h"
#include "domain/Result.h"
#include "services/incidents/CsvWriter.h"

#include <QByteArray>
#include <QList>

namespace medsafe::storage {
class Database;
}

namespace medsafe::services {

// Writes incidents as CSV in IncidentCsvFormat: every field, description included, Danish
// column headers, oldest first. The reporter is never written. Lives on the database's thread.
class IncidentExport {
public:
    static QByteArray toCsv(const QList<domain::Incident>& incidents, const QString& botilbudName,
                            const CsvDialect& dialect);
    // Every incident of the given botilbud (all botilbud when `only` is empty), oldest first.
    static Result<QByteArray> fromDatabase(storage::Database& db, const QList<domain::Botilbud>& only,
                                           const CsvDialect& dialect, int* rowCount = nullptr);
};

} // namespace medsafe::services
