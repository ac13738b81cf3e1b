#include "services/incidents/IncidentService.h"

#include "domain/IncidentValidator.h"
#include "services/access/AccessPolicy.h"
#include "services/incidents/IncidentExport.h"
#include "services/incidents/StaffNameGuard.h"
#include "storage/Database.h"
#include "storage/IncidentRepository.h"
#include "storage/Transaction.h"

namespace medsafe::services {

Result<QList<domain::Incident>> IncidentService::incidents(domain::BotilbudId botilbud) const {
    return storage::IncidentRepository(m_db).forBotilbud(botilbud);
}

Result<QList<QDate>> IncidentService::errorDates(domain::BotilbudId botilbud, const QDate& until) const {
    return storage::IncidentRepository(m_db).eventDates(botilbud, domain::IncidentFilter{}, {}, until);
}

domain::ValidationIssues IncidentService::check(const domain::Incident& incident, const QDate& today) {
    return domain::IncidentValidator::validate(incident, today);
}

QStringList IncidentService::staffNamesIn(const domain::Incident& incident,
                                          const QList<domain::Person>& staff) {
    QStringList names;
    for (const QString& text : {incident.description, incident.immediateAction, incident.learning})
        names << StaffNameGuard::namesIn(text, staff);
    names.removeDuplicates();
    return names;
}

Result<domain::Incident> IncidentService::save(const domain::Incident& incident) const {
    if (auto allowed = AccessPolicy::require(
            m_db, incident.id.isValid() ? AccessAction::FollowUpIncident : AccessAction::RegisterIncident,
            incident.botilbudId);
        !allowed)
        return allowed.error();
    if (const auto issues = check(incident); !issues.isEmpty())
        return domain::toError(QStringLiteral("incident"), issues);
    storage::IncidentRepository repository(m_db);
    domain::Incident stored = incident;
    if (!incident.id.isValid()) {
        // A report without a reporter is anonymous (DPSD allows it): the audit trail then
        // names no login for it either, or the trail would tell what the report leaves out.
        const bool anonymous = !incident.reporterId.has_value();
        storage::Transaction tx(m_db);
        if (anonymous) {
            if (auto status = m_db.setAnonymousIncident(true); !status) return status.error();
        }
        auto id = repository.add(incident);
        if (anonymous) (void)m_db.setAnonymousIncident(false);
        if (!id) return id.error();
        if (auto committed = tx.commit(); !committed) return committed.error();
        stored.id = id.value();
        stored.rowVersion.value = 1;
        return stored;
    }
    if (auto updated = repository.update(incident); !updated) return updated.error();
    if (stored.rowVersion.value > 0) ++stored.rowVersion.value;
    return stored;
}

Result<domain::Incident> IncidentService::current(domain::IncidentId id) const {
    return storage::IncidentRepository(m_db).get(id);
}

Status IncidentService::remove(domain::IncidentId id) const {
    if (auto allowed = AccessPolicy::require(m_db, AccessAction::FollowUpIncident); !allowed) return allowed;
    return storage::IncidentRepository(m_db).remove(id);
}

Status IncidentService::markDuplicates(domain::BotilbudId botilbud, IncidentImportPreview& preview) const {
    return IncidentImport::markDuplicates(m_db, botilbud, preview);
}

Result<IncidentImportSummary> IncidentService::importRows(domain::BotilbudId botilbud,
                                                          const IncidentImportPreview& preview) const {
    if (auto allowed = AccessPolicy::require(m_db, AccessAction::ImportIncidents, botilbud); !allowed)
        return allowed.error();
    return IncidentImport::commit(m_db, botilbud, preview);
}

Result<QByteArray> IncidentService::exportCsv(const domain::Botilbud& botilbud, const CsvDialect& dialect,
                                              int* rowCount) const {
    return IncidentExport::fromDatabase(m_db, {botilbud}, dialect, rowCount);
}

} // namespace medsafe::services
