#pragma once

#include "domain/Result.h"
#include "domain/ValidationIssue.h"
#include "domain/startup/WorkflowAnalysis.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QMap>
#include <optional>

namespace medsafe::storage {
class Database;
}

namespace medsafe::services {

// One step of the medication process before and after the work, for the final evaluation.
// Empty optionals: that analysis does not exist or has no such step.
struct StageComparison {
    domain::ProcessStage stage = domain::ProcessStage::Other;
    std::optional<domain::RiskLevel> beforeRisk;
    std::optional<domain::RiskLevel> afterRisk;
    std::optional<int> beforeIncidents; // in the 12 months up to the "before" analysis' date
    std::optional<int> afterIncidents;  // in the 12 months up to the "after" analysis' date

    friend bool operator==(const StageComparison&, const StageComparison&) = default;
};

struct WorkflowComparison {
    QDate beforeDate; // null: no "before" analysis
    QDate afterDate;  // null: no "after" analysis
    // The default steps in process order, then any other step either analysis has.
    QList<StageComparison> stages;

    bool hasBefore() const { return beforeDate.isValid(); }
    bool hasAfter() const { return afterDate.isValid(); }
};

// The workflow analysis (arbejdsgangsanalyse): the medication process step by step as the
// botilbud does it, once before the work ("before", phase 1) and again when sustaining
// ("after", phase 3). Beside each step the incidents of its stage in the twelve months up to
// the analysis' day; the findings of a step can be taken into the driver diagram as change
// ideas. Every write needs EditStartupWork. Borrows the database; its thread.
class WorkflowService {
    Q_DECLARE_TR_FUNCTIONS(WorkflowService)

public:
    static constexpr int kIncidentMonths = 12;

    explicit WorkflowService(storage::Database& db) : m_db(db) {}

    // Both analyses ("before" first), their steps in process order.
    Result<QList<domain::WorkflowAnalysis>> analyses(domain::BotilbudId botilbud) const;
    Result<std::optional<domain::WorkflowAnalysis>> analysis(domain::BotilbudId botilbud,
                                                             domain::AnalysisKind kind) const;
    // A new analysis (not stored) dated `day`, with the eight default steps still to describe.
    static domain::WorkflowAnalysis newAnalysis(domain::BotilbudId botilbud, domain::AnalysisKind kind,
                                                const QDate& day);
    static domain::ValidationIssues check(const domain::WorkflowAnalysis& analysis, const QDate& today);
    // Adds the analysis (no id; one per kind) or writes what changed in the stored one. A row
    // someone else saved since it was read is a conflict and nothing is written.
    Result<domain::WorkflowAnalysisId> save(const domain::WorkflowAnalysis& analysis,
                                            const QDate& today) const;
    // The analysis, its steps and findings (change ideas made from them stay).
    Status remove(const domain::WorkflowAnalysis& analysis) const;

    // The first day of the incident window ending on `until`: twelve months inclusive.
    static QDate incidentWindowStart(const QDate& until) {
        return until.addMonths(-kIncidentMonths).addDays(1);
    }
    // Incidents per process stage that occurred in the twelve months up to `until`.
    Result<QMap<domain::ProcessStage, int>> incidentsByStage(domain::BotilbudId botilbud,
                                                             const QDate& until) const;

    // The findings of all the botilbud's analyses, oldest first.
    Result<QList<domain::WorkflowFinding>> findings(domain::BotilbudId botilbud) const;
    static domain::ValidationIssues check(const domain::WorkflowFinding& finding);
    // Adds (no id) or replaces a finding of one of the botilbud's steps.
    Result<domain::WorkflowFindingId> saveFinding(domain::BotilbudId botilbud,
                                                  const domain::WorkflowFinding& finding) const;
    Status removeFinding(domain::BotilbudId botilbud, domain::WorkflowFindingId finding) const;
    // Takes the finding into the driver diagram: a change idea under `driver` (none: not yet
    // placed), titled from the finding, linked from it. Refused when already linked.
    Result<domain::ChangeIdeaId> makeChangeIdea(domain::BotilbudId botilbud,
                                                domain::WorkflowFindingId finding,
                                                std::optional<domain::DriverId> driver) const;

    // Before against after per step: risk level and incident count (for the final evaluation).
    Result<WorkflowComparison> compare(domain::BotilbudId botilbud) const;

private:
    storage::Database& m_db;
};

} // namespace medsafe::services
