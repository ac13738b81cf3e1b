#include "services/sustain/SustainService.h"

#include "domain/sustain/SustainPlanValidator.h"
#include "services/access/AccessPolicy.h"
#include "storage/ImprovementRepository.h"
#include "storage/MeasureRepository.h"
#include "storage/PdsaRepository.h"
#include "storage/PersonRepository.h"
#include "storage/SustainPlanRepository.h"

namespace medsafe::services {

using namespace medsafe::domain;

Result<QList<ChangeAdoption>> SustainService::adoptedChanges(BotilbudId botilbud) const {
    auto cycles = storage::PdsaRepository(m_db).forBotilbud(botilbud);
    if (!cycles) return cycles.error();
    storage::ImprovementRepository improvement(m_db);
    auto ideas = improvement.changeIdeas(botilbud);
    if (!ideas) return ideas.error();
    auto drivers = improvement.drivers(botilbud);
    if (!drivers) return drivers.error();
    return ChangeAdoption::derive(*cycles, *ideas, *drivers);
}

Result<QList<SustainedChange>> SustainService::overview(BotilbudId botilbud, const QDate& asOf) const {
    auto data = DashboardService(m_db).load(botilbud, asOf);
    if (!data) return data.error();
    auto drivers = storage::ImprovementRepository(m_db).drivers(botilbud);
    if (!drivers) return drivers.error();
    return SustainedChanges::assess(*data, *drivers);
}

Result<QList<SustainPlanRow>> SustainService::plan(BotilbudId botilbud) const {
    return storage::SustainPlanRepository(m_db).forBotilbud(botilbud);
}

Result<QList<SustainPlanRow>> SustainService::plan(BotilbudId botilbud, ChangeIdeaId change) const {
    auto all = plan(botilbud);
    if (!all) return all.error();
    QList<SustainPlanRow> rows;
    for (const SustainPlanRow& row : *all)
        if (row.changeIdeaId == change) rows << row;
    return rows;
}

ValidationIssues SustainService::check(const SustainPlanRow& row, const QDate& today) {
    return SustainPlanValidator::validate(row, today);
}

Status SustainService::checkOwnership(const SustainPlanRow& row) const {
    auto ideas = storage::ImprovementRepository(m_db).changeIdeas(row.botilbudId);
    if (!ideas) return ideas.error();
    const bool ownIdea = std::any_of(ideas->cbegin(), ideas->cend(),
                                     [&](const ChangeIdea& idea) { return idea.id == row.changeIdeaId; });
    if (!ownIdea)
        return Error::forUser(QStringLiteral("sustain plan: change idea of another botilbud"),
                              tr("The change is not one of this botilbud's."));
    if (row.responsibleId) {
        auto person = storage::PersonRepository(m_db).get(*row.responsibleId);
        if (!person || person->botilbudId != row.botilbudId)
            return Error::forUser(QStringLiteral("sustain plan: responsible person of another botilbud"),
                                  tr("Choose someone from this botilbud to make the check."));
    }
    if (row.measureId) {
        auto measure = storage::MeasureRepository(m_db).get(*row.measureId);
        if (!measure || measure->botilbudId != row.botilbudId)
            return Error::forUser(QStringLiteral("sustain plan: measure of another botilbud"),
                                  tr("Choose one of this botilbud's measures."));
    }
    if (row.id.isValid()) {
        auto stored = storage::SustainPlanRepository(m_db).get(row.id);
        if (!stored) return stored.error();
        if (stored->botilbudId != row.botilbudId)
            return Error::forUser(QStringLiteral("sustain plan: row belongs to another botilbud"),
                                  tr("The check belongs to another botilbud."));
    }
    return success();
}

Result<SustainPlanId> SustainService::saveRow(const SustainPlanRow& row, const QDate& today) const {
    if (auto allowed = AccessPolicy::require(m_db, AccessAction::EditImprovement, row.botilbudId); !allowed)
        return allowed.error();
    if (const auto issues = check(row, today); !issues.isEmpty())
        return toError(QStringLiteral("sustain plan row"), issues);
    if (auto owned = checkOwnership(row); !owned) return owned.error();
    storage::SustainPlanRepository repository(m_db);
    if (!row.id.isValid()) return repository.add(row);
    if (auto updated = repository.update(row); !updated) return updated.error();
    return row.id;
}

Status SustainService::markChecked(const SustainPlanRow& row, const QDate& today) const {
    SustainPlanRow checked = row;
    checked.lastCheckedOn = today;
    auto saved = saveRow(checked, today);
    if (!saved) return saved.error();
    return success();
}

Status SustainService::removeRow(const SustainPlanRow& row) const {
    if (auto allowed = AccessPolicy::require(m_db, AccessAction::EditImprovement, row.botilbudId); !allowed)
        return allowed;
    if (row.id.isValid()) {
        auto stored = storage::SustainPlanRepository(m_db).get(row.id);
        if (!stored) return stored.error();
        if (stored->botilbudId != row.botilbudId)
            return Error::forUser(QStringLiteral("sustain plan: row belongs to another botilbud"),
                                  tr("The check belongs to another botilbud."));
    }
    return storage::SustainPlanRepository(m_db).remove(row.id);
}

} // namespace medsafe::services
