#include "services/pdsa/PdsaService.h"

#include "domain/PdsaValidator.h"
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

Result<domain::PdsaCycleId> PdsaService::save(const domain::PdsaCycle& cycle) const {
    if (const auto issues = check(cycle); !issues.isEmpty()) return domain::toError(QStringLiteral("PDSA cycle"), issues);
    storage::PdsaRepository repository(m_db);
    if (!cycle.id.isValid()) return repository.add(cycle);
    if (auto updated = repository.update(cycle); !updated) return updated.error();
    return cycle.id;
}

Status PdsaService::remove(domain::PdsaCycleId id) const {
    return storage::PdsaRepository(m_db).remove(id);
}

} // namespace medsafe::services
