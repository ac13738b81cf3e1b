#pragma once

#include "domain/Person.h"
#include "domain/Result.h"
#include "domain/ValidationIssue.h"
#include "domain/startup/Delegation.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

namespace medsafe::storage {
class Database;
}

namespace medsafe::services {

// The delegation register: which staff member holds which delegated right from which doctor,
// and for how long; which delegations run out soon or have run out, and which staff handle
// medicine without a current delegation. Every write needs EditStartupWork. Borrows the
// database; its thread.
class DelegationService {
    Q_DECLARE_TR_FUNCTIONS(DelegationService)

public:
    explicit DelegationService(storage::Database& db) : m_db(db) {}

    // By the day they start.
    Result<QList<domain::Delegation>> delegations(domain::BotilbudId botilbud) const;
    static domain::ValidationIssues check(const domain::Delegation& delegation);
    // Adds (no id) or replaces the delegation; the person must be one of the botilbud's staff. A
    // stale one is a conflict.
    Result<domain::DelegationId> save(const domain::Delegation& delegation) const;
    Status remove(const domain::Delegation& delegation) const;

    // Still valid but ending within `days` days, soonest first.
    Result<QList<domain::Delegation>> expiringSoon(domain::BotilbudId botilbud, const QDate& today,
                                                   int days = domain::Delegation::kSoonDays) const;
    // Ended, held by active staff who have no current delegation of the same right (a renewed
    // delegation settles the old one), most recently ended first.
    Result<QList<domain::Delegation>> expiredUnrenewed(domain::BotilbudId botilbud, const QDate& today) const;
    // Active staff who handle medicine and hold no current delegation.
    Result<QList<domain::Person>> staffWithoutDelegation(domain::BotilbudId botilbud,
                                                         const QDate& today) const;

private:
    storage::Database& m_db;
};

} // namespace medsafe::services
