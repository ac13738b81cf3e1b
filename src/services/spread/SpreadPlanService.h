#pragma once

#include "domain/Result.h"
#include "domain/ValidationIssue.h"
#include "domain/spread/SpreadPlanEntry.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

namespace medsafe::storage {
class Database;
}

namespace medsafe::services {

// The spread plan agreed with PS!: which botilbud takes which change next, and when. Kept in
// the consultant's database; every write needs EditSpreadPlan. A stale save is a conflict.
// Borrows the database; its thread.
class SpreadPlanService {
    Q_DECLARE_TR_FUNCTIONS(SpreadPlanService)

public:
    static constexpr int kMaxNote = 1000;
    static constexpr int kMaxTitle = 200;
    static constexpr int kMaxYearsAhead = 5;

    explicit SpreadPlanService(storage::Database& db) : m_db(db) {}

    Result<QList<domain::SpreadPlanEntry>> entries() const;
    // Field by field, in Danish: a target botilbud, a change (key and title), a planned month
    // within kMaxYearsAhead years of `today`, a note without residents' identities.
    static domain::ValidationIssues check(const domain::SpreadPlanEntry& entry, const QDate& today);
    // Adds (id 0) or updates; returns the entry as stored. One entry per change and botilbud:
    // saving a second one for the same pair is refused.
    Result<domain::SpreadPlanEntry> save(const domain::SpreadPlanEntry& entry, const QDate& today = {}) const;
    Status remove(const domain::SpreadPlanEntry& entry) const;

private:
    storage::Database& m_db;
};

} // namespace medsafe::services
