#pragma once

#include "domain/Result.h"
#include "domain/ValidationIssue.h"
#include "domain/startup/Guideline.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

namespace medsafe::storage {
class Database;
}

namespace medsafe::services {

// The botilbud's local guidelines for medication handling and their reviews: who owns each,
// when it is to be reviewed next, and what the last review found. Every write needs
// EditStartupWork. Borrows the database; its thread.
class GuidelineService {
    Q_DECLARE_TR_FUNCTIONS(GuidelineService)

public:
    explicit GuidelineService(storage::Database& db) : m_db(db) {}

    // By title.
    Result<QList<domain::Guideline>> guidelines(domain::BotilbudId botilbud) const;
    static domain::ValidationIssues check(const domain::Guideline& guideline, const QDate& today);
    // Adds (no id) or replaces the guideline; a stale one is a conflict.
    Result<domain::GuidelineId> save(const domain::Guideline& guideline, const QDate& today) const;
    Status remove(const domain::Guideline& guideline) const;
    // Guidelines in use past their review date, the most overdue first.
    Result<QList<domain::Guideline>> overdue(domain::BotilbudId botilbud, const QDate& today) const;

private:
    storage::Database& m_db;
};

} // namespace medsafe::services
