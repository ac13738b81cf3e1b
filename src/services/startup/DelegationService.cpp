#include "services/startup/DelegationService.h"

#include "domain/startup/StartupValidator.h"
#include "services/access/AccessPolicy.h"
#include "storage/DelegationRepository.h"
#include "storage/PersonRepository.h"

#include <QSet>
#include <algorithm>

namespace medsafe::services {

using namespace medsafe::domain;

namespace {

Error notOurs(const QString& what, qint64 id, qint64 botilbud, const QString& message) {
    return Error::forUser(QStringLiteral("%1 %2 not in botilbud %3").arg(what).arg(id).arg(botilbud),
                          message);
}

} // namespace

Result<QList<Delegation>> DelegationService::delegations(BotilbudId botilbud) const {
    return storage::DelegationRepository(m_db).delegations(botilbud);
}

ValidationIssues DelegationService::check(const Delegation& delegation) {
    return StartupValidator::validate(delegation);
}

Result<DelegationId> DelegationService::save(const Delegation& delegation) const {
    if (auto allowed = AccessPolicy::require(m_db, AccessAction::EditStartupWork, delegation.botilbudId);
        !allowed)
        return allowed.error();
    if (const auto issues = check(delegation); !issues.isEmpty())
        return toError(QStringLiteral("delegation"), issues);
    auto people = storage::PersonRepository(m_db).forBotilbud(delegation.botilbudId, false);
    if (!people) return people.error();
    if (std::none_of(people->cbegin(), people->cend(),
                     [&](const Person& p) { return p.id == delegation.personId; }))
        return notOurs(QStringLiteral("person"), delegation.personId.value, delegation.botilbudId.value,
                       tr("Choose one of the botilbud's staff."));
    storage::DelegationRepository repository(m_db);
    if (!delegation.id.isValid()) return repository.add(delegation);
    auto stored = repository.delegations(delegation.botilbudId);
    if (!stored) return stored.error();
    if (std::none_of(stored->cbegin(), stored->cend(),
                     [&](const Delegation& d) { return d.id == delegation.id; }))
        return notOurs(QStringLiteral("delegation"), delegation.id.value, delegation.botilbudId.value,
                       tr("The delegation is not one of this botilbud's."));
    if (auto updated = repository.update(delegation); !updated) return updated.error();
    return delegation.id;
}

Status DelegationService::remove(const Delegation& delegation) const {
    if (auto allowed = AccessPolicy::require(m_db, AccessAction::EditStartupWork, delegation.botilbudId);
        !allowed)
        return allowed;
    auto stored = delegations(delegation.botilbudId);
    if (!stored) return stored.error();
    if (std::none_of(stored->cbegin(), stored->cend(),
                     [&](const Delegation& d) { return d.id == delegation.id; }))
        return notOurs(QStringLiteral("delegation"), delegation.id.value, delegation.botilbudId.value,
                       tr("The delegation is not one of this botilbud's."));
    return storage::DelegationRepository(m_db).remove(delegation.id);
}

Result<QList<Delegation>> DelegationService::expiringSoon(BotilbudId botilbud, const QDate& today,
                                                          int days) const {
    auto all = delegations(botilbud);
    if (!all) return all.error();
    auto people = storage::PersonRepository(m_db).forBotilbud(botilbud, true);
    if (!people) return people.error();
    QSet<qint64> active;
    for (const Person& p : *people)
        active.insert(p.id.value);
    QList<Delegation> list;
    for (const Delegation& d : *all) {
        if (!active.contains(d.personId.value) || !d.expiresWithin(today, days)) continue;
        // Already renewed: a later delegation of the same right takes over.
        const bool renewed = std::any_of(all->cbegin(), all->cend(), [&](const Delegation& other) {
            return other.id != d.id && other.personId == d.personId &&
                   other.delegatedRight.compare(d.delegatedRight, Qt::CaseInsensitive) == 0 &&
                   (!other.validTo.isValid() || other.validTo > d.validTo) &&
                   other.validFrom <= d.validTo.addDays(1);
        });
        if (!renewed) list << d;
    }
    std::stable_sort(list.begin(), list.end(),
                     [](const Delegation& a, const Delegation& b) { return a.validTo < b.validTo; });
    return list;
}

Result<QList<Delegation>> DelegationService::expiredUnrenewed(BotilbudId botilbud, const QDate& today) const {
    auto all = delegations(botilbud);
    if (!all) return all.error();
    auto people = storage::PersonRepository(m_db).forBotilbud(botilbud, true);
    if (!people) return people.error();
    QSet<qint64> active;
    for (const Person& p : *people)
        active.insert(p.id.value);
    QList<Delegation> list;
    for (const Delegation& d : *all) {
        if (!active.contains(d.personId.value) || !d.isExpired(today)) continue;
        const bool renewed = std::any_of(all->cbegin(), all->cend(), [&](const Delegation& other) {
            return other.personId == d.personId &&
                   other.delegatedRight.compare(d.delegatedRight, Qt::CaseInsensitive) == 0 &&
                   (other.isCurrent(today) || (other.validFrom.isValid() && other.validFrom > today));
        });
        if (!renewed) list << d;
    }
    std::stable_sort(list.begin(), list.end(),
                     [](const Delegation& a, const Delegation& b) { return a.validTo > b.validTo; });
    return list;
}

Result<QList<Person>> DelegationService::staffWithoutDelegation(BotilbudId botilbud,
                                                                const QDate& today) const {
    auto all = delegations(botilbud);
    if (!all) return all.error();
    auto people = storage::PersonRepository(m_db).forBotilbud(botilbud, true);
    if (!people) return people.error();
    QSet<qint64> covered;
    for (const Delegation& d : *all)
        if (d.isCurrent(today)) covered.insert(d.personId.value);
    QList<Person> list;
    for (const Person& p : *people)
        if (p.active && p.handlesMedicine && !covered.contains(p.id.value)) list << p;
    return list;
}

} // namespace medsafe::services
