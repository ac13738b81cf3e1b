#pragma once

#include "domain/Botilbud.h"
#include "domain/Incident.h"
#include "domain/Person.h"
#include "domain/Result.h"
#include "domain/ValidationIssue.h"
#include "services/incidents/CsvWriter.h"
#include "services/incidents/IncidentImport.h"

#include <QDate>
#include <QList>
#include <QStringList>

namespace medsafe::storage {
class Database;
}

namespace medsafe::services {

// Registering and reading medication-error incidents (utilsigtede hændelser). Saving checks
// the incident by the domain's rules (dates, the CPR guard on every free-text field, the
// taxonomy) and refuses it whole; the names of staff in the texts are a warning the form asks
// about (staffNamesIn), never a refusal. Borrows the database; its thread.
class IncidentService {
public:
    explicit IncidentService(storage::Database& db) : m_db(db) {}

    // Newest first.
    Result<QList<domain::Incident>> incidents(domain::BotilbudId botilbud) const;
    // The dates of every incident up to `until` (inclusive), ascending: days since the last error.
    Result<QList<QDate>> errorDates(domain::BotilbudId botilbud, const QDate& until) const;

    static domain::ValidationIssues check(const domain::Incident& incident, const QDate& today = QDate::currentDate());
    // Names of `staff` that stand in the incident's description, immediate action or learning.
    static QStringList staffNamesIn(const domain::Incident& incident, const QList<domain::Person>& staff);
    // Adds an incident without an id or replaces the stored one; returns it as stored (its id
    // and row version). One someone else saved since it was read is not written: the error has
    // `conflict` set, and current() gives their version.
    Result<domain::Incident> save(const domain::Incident& incident) const;
    Result<domain::Incident> current(domain::IncidentId id) const;
    // Counts and derived charts change with it.
    Status remove(domain::IncidentId id) const;

    // CSV import, after IncidentImport::parse: flags rows already stored, then adds every
    // other row in one transaction, or nothing.
    Status markDuplicates(domain::BotilbudId botilbud, IncidentImportPreview& preview) const;
    Result<IncidentImportSummary> importRows(domain::BotilbudId botilbud, const IncidentImportPreview& preview) const;
    // The botilbud's incidents as CSV (IncidentExport's columns), oldest first.
    Result<QByteArray> exportCsv(const domain::Botilbud& botilbud, const CsvDialect& dialect, int* rowCount) const;

private:
    storage::Database& m_db;
};

} // namespace medsafe::services
