#include "services/incidents/IncidentExport.h"

#include "services/incidents/IncidentCsvFormat.h"
#include "storage/BotilbudRepository.h"
#include "storage/IncidentRepository.h"

#include <algorithm>

namespace medsafe::services {

using namespace medsafe::domain;

namespace {

void appendRecords(QList<QStringList>& records, QList<Incident> incidents, const QString& botilbudName) {
    // The repository returns newest first; a file reads naturally oldest first.
    std::stable_sort(incidents.begin(), incidents.end(), [](const Incident& a, const Incident& b) {
        if (a.occurredDate != b.occurredDate) return a.occurredDate < b.occurredDate;
        if (a.occurredTime != b.occurredTime) return a.occurredTime < b.occurredTime;
        return a.id.value < b.id.value;
    });
    for (const Incident& incident : incidents)
        records.append(IncidentCsvFormat::toRecord(incident, botilbudName));
}

} // namespace

QByteArray IncidentExport::toCsv(const QList<Incident>& incidents, const QString& botilbudName,
                                 const CsvDialect& dialect) {
    QList<QStringList> records{IncidentCsvFormat::headers()};
    appendRecords(records, incidents, botilbudName);
    return CsvWriter::write(records, dialect);
}

Result<QByteArray> IncidentExport::fromDatabase(storage::Database& db, const QList<Botilbud>& only,
                                                const CsvDialect& dialect, int* rowCount) {
    QList<Botilbud> homes = only;
    if (homes.isEmpty()) {
        auto all = storage::BotilbudRepository(db).all();
        if (!all) return all.error();
        homes = *all;
    }
    QList<QStringList> records{IncidentCsvFormat::headers()};
    storage::IncidentRepository repository(db);
    for (const Botilbud& home : homes) {
        auto incidents = repository.forBotilbud(home.id);
        if (!incidents) return incidents.error();
        appendRecords(records, *incidents, home.name);
    }
    if (rowCount) *rowCount = int(records.size() - 1);
    return CsvWriter::write(records, dialect);
}

} // namespace medsafe::services
