#pragma once

#include "domain/Result.h"
#include "domain/ValidationIssue.h"
#include "domain/sustain/SustainPlan.h"
#include "services/sustain/SustainedChanges.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

namespace medsafe::storage {
class Database;
}

namespace medsafe::services {

// Sustaining adopted changes: the adopted changes with their frozen control charts and
// slip-back reading, and the fastholdelsesplan of each. Every write checks EditImprovement
// for the row's botilbud first; a save over a row someone else changed meanwhile is a
// conflict. Borrows the database; its thread.
class SustainService {
    Q_DECLARE_TR_FUNCTIONS(SustainService)

public:
    explicit SustainService(storage::Database& db) : m_db(db) {}

    // The botilbud's adopted changes (newest adoption first), without charts.
    Result<QList<ChangeAdoption>> adoptedChanges(domain::BotilbudId botilbud) const;
    // Every adopted change with each active measure's run chart, frozen control chart (centre
    // line and limits), status and slip-back sentence, as of `asOf` (default today). The
    // sustain view and the final evaluation read this.
    Result<QList<SustainedChange>> overview(domain::BotilbudId botilbud, const QDate& asOf = {}) const;

    // The botilbud's plan rows, by change idea; or those of one change.
    Result<QList<domain::SustainPlanRow>> plan(domain::BotilbudId botilbud) const;
    Result<QList<domain::SustainPlanRow>> plan(domain::BotilbudId botilbud,
                                               domain::ChangeIdeaId change) const;
    // The domain's rules (texts, dates, privacy), field by field, for a form.
    static domain::ValidationIssues check(const domain::SustainPlanRow& row, const QDate& today);
    // Adds a row without an id or replaces the stored one; returns its id. Also refuses a
    // change, person or measure of another botilbud.
    Result<domain::SustainPlanId> saveRow(const domain::SustainPlanRow& row, const QDate& today) const;
    // "Kontrolleret i dag": sets the last check to `today` on the row as it was read.
    Status markChecked(const domain::SustainPlanRow& row, const QDate& today) const;
    Status removeRow(const domain::SustainPlanRow& row) const;

private:
    Status checkOwnership(const domain::SustainPlanRow& row) const;

    storage::Database& m_db;
};

} // namespace medsafe::services
