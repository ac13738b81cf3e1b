#include "services/improvement/ImprovementService.h"

#include "domain/ImprovementValidator.h"
#include "services/access/AccessPolicy.h"
#include "storage/ImprovementRepository.h"

namespace medsafe::services {

using domain::ImprovementValidator;

Result<QList<domain::Aim>> ImprovementService::aims(domain::BotilbudId botilbud) const {
    return storage::ImprovementRepository(m_db).aims(botilbud);
}

domain::ValidationIssues ImprovementService::check(const domain::Aim& aim) {
    return ImprovementValidator::validate(aim);
}

Result<domain::AimId> ImprovementService::saveAim(const domain::Aim& aim) const {
    if (auto allowed = AccessPolicy::require(m_db, AccessAction::EditImprovement, aim.botilbudId); !allowed)
        return allowed.error();
    if (const auto issues = check(aim); !issues.isEmpty())
        return domain::toError(QStringLiteral("aim"), issues);
    storage::ImprovementRepository repository(m_db);
    if (!aim.id.isValid()) return repository.addAim(aim);
    if (auto updated = repository.updateAim(aim); !updated) return updated.error();
    return aim.id;
}

Result<QList<domain::Driver>> ImprovementService::drivers(domain::BotilbudId botilbud) const {
    return storage::ImprovementRepository(m_db).drivers(botilbud);
}

domain::ValidationIssues ImprovementService::check(const domain::Driver& driver) {
    return ImprovementValidator::validate(driver);
}

Result<domain::DriverId> ImprovementService::saveDriver(const domain::Driver& driver) const {
    if (auto allowed = AccessPolicy::require(m_db, AccessAction::EditImprovement, driver.botilbudId);
        !allowed)
        return allowed.error();
    if (const auto issues = check(driver); !issues.isEmpty())
        return domain::toError(QStringLiteral("driver"), issues);
    storage::ImprovementRepository repository(m_db);
    if (!driver.id.isValid()) return repository.addDriver(driver);
    if (auto updated = repository.updateDriver(driver); !updated) return updated.error();
    return driver.id;
}

Status ImprovementService::removeDriver(domain::DriverId id) const {
    if (auto allowed = AccessPolicy::require(m_db, AccessAction::EditImprovement); !allowed) return allowed;
    return storage::ImprovementRepository(m_db).removeDriver(id);
}

Result<QList<domain::ChangeIdea>> ImprovementService::changeIdeas(domain::BotilbudId botilbud) const {
    return storage::ImprovementRepository(m_db).changeIdeas(botilbud);
}

domain::ValidationIssues ImprovementService::check(const domain::ChangeIdea& idea) {
    return ImprovementValidator::validate(idea);
}

Result<domain::ChangeIdeaId> ImprovementService::saveChangeIdea(const domain::ChangeIdea& idea) const {
    if (auto allowed = AccessPolicy::require(m_db, AccessAction::EditImprovement, idea.botilbudId); !allowed)
        return allowed.error();
    if (const auto issues = check(idea); !issues.isEmpty())
        return domain::toError(QStringLiteral("change idea"), issues);
    storage::ImprovementRepository repository(m_db);
    if (!idea.id.isValid()) return repository.addChangeIdea(idea);
    if (auto updated = repository.updateChangeIdea(idea); !updated) return updated.error();
    return idea.id;
}

Status ImprovementService::removeChangeIdea(domain::ChangeIdeaId id) const {
    if (auto allowed = AccessPolicy::require(m_db, AccessAction::EditImprovement); !allowed) return allowed;
    return storage::ImprovementRepository(m_db).removeChangeIdea(id);
}

} // namespace medsafe::services
