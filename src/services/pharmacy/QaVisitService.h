#pragma once

#include "domain/Result.h"
#include "domain/ValidationIssue.h"
#include "domain/pharmacy/QaChecklist.h"
#include "domain/pharmacy/QaFinding.h"
#include "domain/pharmacy/QaVisit.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <optional>

namespace medsafe::storage {
class Database;
}

namespace medsafe::services {

// A finding with what it is about: the visit's day and the checklist item (as worded in the
// version the visit used).
struct FindingRow {
    domain::QaFinding finding;
    QDate visitDate;
    domain::QaChecklistItem item;
};

// The pharmacy's quality-assurance visits and the follow-up of what they found. Saving a
// visit keeps its findings in step with its answers: each item answered "not compliant" gets
// a finding (medium severity, due 30 days after the visit, open) unless it has one; a finding
// whose item is no longer "not compliant" is removed while nobody has worked on it (open, no
// action, no change idea), else kept. Borrows the database; its thread.
class QaVisitService {
    Q_DECLARE_TR_FUNCTIONS(QaVisitService)

public:
    static constexpr int kDefaultDueDays = 30;

    explicit QaVisitService(storage::Database& db) : m_db(db) {}

    // Oldest first, with their answers.
    Result<QList<domain::QaVisit>> visits(domain::BotilbudId botilbud) const;
    static domain::ValidationIssues check(const domain::QaVisit& visit, const domain::QaChecklist& checklist,
                                          const QDate& today);
    // Adds or replaces the visit and brings its findings in step, in one transaction. A new
    // visit without a checklist is audited against the current version (made from the
    // default checklist when the botilbud has none).
    Result<domain::QaVisitId> saveVisit(const domain::QaVisit& visit, const QDate& today) const;
    // The visit, its answers and findings (change ideas made from them stay).
    Status removeVisit(const domain::QaVisit& visit) const;

    Result<QList<FindingRow>> findings(domain::BotilbudId botilbud) const;
    // The same from the botilbud's visits and checklist versions the caller has read already.
    Result<QList<FindingRow>> findings(domain::BotilbudId botilbud, const QList<domain::QaVisit>& visits,
                                       const QList<domain::QaChecklist>& checklists) const;
    // Not closed and past their due date, most overdue first.
    Result<QList<FindingRow>> overdueFindings(domain::BotilbudId botilbud, const QDate& today) const;
    static domain::ValidationIssues check(const domain::QaFinding& finding, const QDate& visitDate,
                                          const QDate& today);
    Status saveFinding(domain::BotilbudId botilbud, const domain::QaFinding& finding,
                       const QDate& today) const;
    // Takes the finding into the driver diagram: a change idea under `driver` (none: not yet
    // placed), titled from the finding, linked from the finding. Refused when already linked.
    Result<domain::ChangeIdeaId> makeChangeIdea(domain::BotilbudId botilbud, domain::QaFindingId finding,
                                                std::optional<domain::DriverId> driver) const;

private:
    Status syncFindings(const domain::QaVisit& visit) const;

    storage::Database& m_db;
};

} // namespace medsafe::services
