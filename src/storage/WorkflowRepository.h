#pragma once

#include "domain/Result.h"
#include "domain/startup/WorkflowAnalysis.h"

#include <QList>

namespace medsafe::storage {

class Database;

// Reads and writes the workflow analyses (arbejdsgangsanalyse) of a botilbud with their steps,
// and the findings of the steps. Only what changed is written, each row with its own version,
// so two people describing different steps at once do not collide; a stale row is a conflict.
// Checks are the services' (WorkflowService).
class WorkflowRepository {
public:
    explicit WorkflowRepository(Database& db);

    // "before" first, with their steps in the order they were added.
    Result<QList<domain::WorkflowAnalysis>> analyses(domain::BotilbudId botilbud) const;
    // The header and its steps, in one transaction.
    Result<domain::WorkflowAnalysisId> addAnalysis(const domain::WorkflowAnalysis& analysis);
    // The header (when changed) and the steps listed: new ones (no id) are added, changed ones
    // updated; steps not listed stay as stored. A form sends only the steps it changed, so a
    // colleague's save of another step is no conflict.
    Status updateAnalysis(const domain::WorkflowAnalysis& analysis);
    Status removeAnalysis(domain::WorkflowAnalysisId id);

    // The findings of all the botilbud's analyses, oldest first.
    Result<QList<domain::WorkflowFinding>> findings(domain::BotilbudId botilbud) const;
    Result<domain::WorkflowFindingId> addFinding(const domain::WorkflowFinding& finding);
    Status updateFinding(const domain::WorkflowFinding& finding);
    Status removeFinding(domain::WorkflowFindingId id);

private:
    Status addStep(domain::WorkflowAnalysisId analysis, const domain::WorkflowStep& step);
    Status updateStep(const domain::WorkflowStep& step);

    Database& m_db;
};

} // namespace medsafe::storage
