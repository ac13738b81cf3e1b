#include "services/startup/GuidelineService.h"

#include "domain/startup/StartupValidator.h"
#include "services/access/AccessPolicy.h"
#include "storage/GuidelineRepository.h"

#include <algorithm>

namespace medsafe::services {

using namespace medsafe::domain;

namespace {

Status ownGuideline(storage::Database& db, const Guideline& guideline) {
    auto stored = storage::GuidelineRepository(db).guidelines(guideline.botilbudId);
    if (!stored) return stored.error();
    if (std::none_of(stored->cbegin(), stored->cend(),
                     [&](const Guideline& g) { return g.id == guideline.id; }))
        return Error::forUser(QStringLiteral("guideline %1 not in botilbud %2")
                                  .arg(guideline.id.value)
                                  .arg(guideline.botilbudId.value),
                              GuidelineService::tr("The guideline is not one of this botilbud's."));
    return success();
}

} // namespace

Result<QList<Guideline>> GuidelineService::guidelines(BotilbudId botilbud) const {
    return storage::GuidelineRepository(m_db).guidelines(botilbud);
}

ValidationIssues GuidelineService::check(const Guideline& guideline, const QDate& today) {
    return StartupValidator::validate(guideline, today);
}

Result<GuidelineId> GuidelineService::save(const Guideline& guideline, const QDate& today) const {
    if (auto allowed = AccessPolicy::require(m_db, AccessAction::EditStartupWork, guideline.botilbudId);
        !allowed)
        return allowed.error();
    if (const auto issues = check(guideline, today); !issues.isEmpty())
        return toError(QStringLiteral("guideline"), issues);
    storage::GuidelineRepository repository(m_db);
    if (!guideline.id.isValid()) return repository.add(guideline);
    if (auto ours = ownGuideline(m_db, guideline); !ours) return ours.error();
    if (auto updated = repository.update(guideline); !updated) return updated.error();
    return guideline.id;
}

Status GuidelineService::remove(const Guideline& guideline) const {
    if (auto allowed = AccessPolicy::require(m_db, AccessAction::EditStartupWork, guideline.botilbudId);
        !allowed)
        return allowed;
    if (auto ours = ownGuideline(m_db, guideline); !ours) return ours;
    return storage::GuidelineRepository(m_db).remove(guideline.id);
}

Result<QList<Guideline>> GuidelineService::overdue(BotilbudId botilbud, const QDate& today) const {
    auto all = guidelines(botilbud);
    if (!all) return all.error();
    QList<Guideline> list;
    for (const Guideline& g : *all)
        if (g.isReviewOverdue(today)) list << g;
    std::stable_sort(list.begin(), list.end(),
                     [](const Guideline& a, const Guideline& b) { return a.nextReviewOn < b.nextReviewOn; });
    return list;
}

} // namespace medsafe::services
