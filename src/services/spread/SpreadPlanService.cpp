#include "services/spread/SpreadPlanService.h"

#include "domain/pharmacy/ResidentTextGuard.h"
#include "services/access/AccessPolicy.h"
#include "storage/BotilbudRepository.h"
#include "storage/Database.h"
#include "storage/SpreadPlanRepository.h"
#include "storage/Transaction.h"

namespace medsafe::services {

using namespace medsafe::domain;

Result<QList<SpreadPlanEntry>> SpreadPlanService::entries() const {
    return storage::SpreadPlanRepository(m_db).all();
}

ValidationIssues SpreadPlanService::check(const SpreadPlanEntry& entry, const QDate& todayIn) {
    const QDate today = todayIn.isValid() ? todayIn : QDate::currentDate();
    ValidationIssues issues;
    if (!entry.botilbudId.isValid())
        issues.append(
            {QStringLiteral("botilbudId"), tr("Choose the botilbud that is to take up the change.")});
    if (entry.spreadKey.trimmed().isEmpty())
        issues.append({QStringLiteral("spreadKey"), tr("Choose the change the plan is for.")});
    if (entry.changeTitle.trimmed().isEmpty())
        issues.append({QStringLiteral("changeTitle"), tr("The change needs a title.")});
    else if (entry.changeTitle.size() > kMaxTitle)
        issues.append({QStringLiteral("changeTitle"),
                       tr("Shorten the title to at most %1 characters.").arg(kMaxTitle)});
    if (!entry.plannedMonth.isValid()) {
        issues.append(
            {QStringLiteral("plannedMonth"), tr("Choose the month the botilbud is to start, for example "
                                                "March 2027.")});
    } else if (entry.plannedMonth > today.addYears(kMaxYearsAhead)) {
        issues.append({QStringLiteral("plannedMonth"),
                       tr("The planned month is more than %1 years ahead. Choose a month before %2.")
                           .arg(kMaxYearsAhead)
                           .arg(today.addYears(kMaxYearsAhead).toString(QStringLiteral("MM.yyyy")))});
    } else if (entry.plannedMonth < QDate(2000, 1, 1)) {
        issues.append({QStringLiteral("plannedMonth"), tr("Choose a month from the year 2000 on.")});
    }
    if (entry.note.size() > kMaxNote)
        issues.append(
            {QStringLiteral("note"), tr("Shorten the note to at most %1 characters.").arg(kMaxNote)});
    else if (const QString problem = ResidentTextGuard::problemIn(entry.note); !problem.isEmpty())
        issues.append({QStringLiteral("note"), problem});
    return issues;
}

Result<SpreadPlanEntry> SpreadPlanService::save(const SpreadPlanEntry& entryIn, const QDate& today) const {
    if (auto allowed = AccessPolicy::require(m_db, AccessAction::EditSpreadPlan, entryIn.botilbudId);
        !allowed)
        return allowed.error();
    if (const ValidationIssues issues = check(entryIn, today); !issues.isEmpty())
        return toError(QStringLiteral("spread plan"), issues);
    SpreadPlanEntry entry = entryIn;
    entry.plannedMonth = QDate(entry.plannedMonth.year(), entry.plannedMonth.month(), 1);
    entry.spreadKey = entry.spreadKey.trimmed().toLower();
    entry.changeTitle = entry.changeTitle.trimmed();
    entry.note = entry.note.trimmed();
    storage::Transaction tx(m_db);
    auto botilbud = storage::BotilbudRepository(m_db).get(entry.botilbudId);
    if (!botilbud) return botilbud.error();
    storage::SpreadPlanRepository repo(m_db);
    auto all = repo.all();
    if (!all) return all.error();
    for (const SpreadPlanEntry& other : *all) {
        if (other.id == entry.id || other.botilbudId != entry.botilbudId ||
            other.spreadKey != entry.spreadKey)
            continue;
        return toError(QStringLiteral("spread plan"),
                       {{QStringLiteral("plannedMonth"),
                         tr("\"%1\" already has a planned month for \"%2\". Change that one instead.")
                             .arg(botilbud->name, entry.changeTitle)}});
    }
    if (entry.id.isValid()) {
        if (auto status = repo.update(entry); !status) return status.error();
        entry.rowVersion.value = entry.rowVersion.value > 0 ? entry.rowVersion.value + 1 : 0;
    } else {
        auto id = repo.add(entry);
        if (!id) return id.error();
        entry.id = *id;
        entry.rowVersion.value = 1;
    }
    if (auto status = tx.commit(); !status) return status.error();
    return entry;
}

Status SpreadPlanService::remove(const SpreadPlanEntry& entry) const {
    if (auto allowed = AccessPolicy::require(m_db, AccessAction::EditSpreadPlan, entry.botilbudId); !allowed)
        return allowed.error();
    return storage::SpreadPlanRepository(m_db).remove(entry.id);
}

} // namespace medsafe::services
