#include "services/programme/ProgrammeService.h"

#include "domain/ProgrammeValidator.h"
#include "services/access/AccessPolicy.h"
#include "services/startup/StartupChecklist.h"
#include "storage/ProgrammeRepository.h"
#include "storage/Transaction.h"

namespace medsafe::services {

Result<std::optional<domain::Programme>> ProgrammeService::programme(domain::BotilbudId botilbud) const {
    return storage::ProgrammeRepository(m_db).programme(botilbud);
}

Result<QList<domain::ProgrammeEvent>> ProgrammeService::events(domain::BotilbudId botilbud) const {
    return storage::ProgrammeRepository(m_db).events(botilbud);
}

domain::ValidationIssues ProgrammeService::check(const domain::ProgrammeEvent& event) {
    return domain::ProgrammeValidator::validate(event);
}

Result<domain::ProgrammeEventId> ProgrammeService::saveEvent(const domain::ProgrammeEvent& event) const {
    if (auto allowed = AccessPolicy::require(m_db, AccessAction::EditProgramme, event.botilbudId); !allowed)
        return allowed.error();
    if (const auto issues = check(event); !issues.isEmpty())
        return domain::toError(QStringLiteral("programme event"), issues);
    storage::ProgrammeRepository repository(m_db);
    storage::Transaction tx(m_db);
    domain::ProgrammeEventId id = event.id;
    if (id.isValid()) {
        if (auto updated = repository.updateEvent(event); !updated) return updated.error();
    } else {
        auto added = repository.addEvent(event);
        if (!added) return added.error();
        id = added.value();
    }
    if (auto committed = tx.commit(); !committed) return committed.error();
    return id;
}

Status ProgrammeService::removeEvent(domain::ProgrammeEventId id) const {
    if (auto allowed = AccessPolicy::require(m_db, AccessAction::EditProgramme); !allowed) return allowed;
    return storage::ProgrammeRepository(m_db).removeEvent(id);
}

Result<QList<domain::ChecklistItem>> ProgrammeService::checklist(domain::BotilbudId botilbud,
                                                                  const QDate& today) const {
    auto rows = StartupChecklist(m_db).rows(botilbud, today);
    if (!rows) return rows.error();
    QList<domain::ChecklistItem> items;
    for (const ChecklistRow& row : *rows)
        items << row.item;
    return items;
}

Status ProgrammeService::saveChecklistItem(const domain::ChecklistItem& item) const {
    if (auto allowed = AccessPolicy::require(m_db, AccessAction::EditProgramme, item.botilbudId); !allowed)
        return allowed;
    return storage::ProgrammeRepository(m_db).saveChecklistItem(item);
}

} // namespace medsafe::services
