#include "services/pdsa/PdsaService.h"

#include "domain/PdsaValidator.h"
#include "services/access/AccessPolicy.h"
#include "storage/PdsaRepository.h"

namespace medsafe::services {

Result<QList<domain::PdsaCycle>> PdsaService::cycles(domain::BotilbudId botilbud) const {
    return storage::PdsaRepository(m_db).forBotilbud(botilbud);
}

Result<int> PdsaService::nextNumber(domain::BotilbudId botilbud) const {
    return storage::PdsaRepository(m_db).nextNumber(botilbud);
}

domain::ValidationIssues PdsaService::check(const domain::PdsaCycle& cycle) {
    return domain::PdsaValidator::validate(cycle);
}

Result<domain::PdsaCycle> PdsaService::save(const domain::PdsaCycle& cycle) const {
    if (auto allowed = AccessPolicy::require(m_db, AccessAction::EditPdsa, cycle.botilbudId); !allowed)
        return allowed.error();
    if (const auto issues = check(cycle); !issues.isEmpty())
        return domain::toError(QStringLiteral("PDSA cycle"), issues);
    storage::PdsaRepository repository(m_db);
    domain::PdsaCycle stored = cycle;
    if (!cycle.id.isValid()) {
        auto id = repository.add(cycle);
        if (!id) return id.error();
        stored.id = id.value();
        stored.rowVersion.value = 1;
        return stored;
    }
    if (auto updated = repository.update(cycle); !updated) return updated.error();
    // The update raised the version by one; a caller that never read it (0) stays unversioned.
    if (stored.rowVersion.value > 0) ++stored.rowVersion.value;
    return stored;
}

Result<domain::PdsaCycle> PdsaService::current(domain::PdsaCycleId id) const {
    return storage::PdsaRepository(m_db).get(id);
}

Status PdsaService::remove(domain::PdsaCycleId id) const {
    if (auto allowed = AccessPolicy::require(m_db, AccessAction::EditPdsa); !allowed) return allowed;
    return storage::PdsaRepository(m_db).remove(id);
}

} // namespace medsafe::services
