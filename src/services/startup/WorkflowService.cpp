#include "services/startup/WorkflowService.h"

#include "domain/ChangeIdea.h"
#include "domain/startup/StartupLabels.h"
#include "domain/startup/StartupValidator.h"
#include "services/access/AccessPolicy.h"
#include "storage/ImprovementRepository.h"
#include "storage/IncidentRepository.h"
#include "storage/Transaction.h"
#include "storage/WorkflowRepository.h"

#include <QLocale>
#include <algorithm>

namespace medsafe::services {

using namespace medsafe::domain;

namespace {

// Process order: the default steps as a dose travels, then the other stages as the taxonomy lists them.
int processOrder(ProcessStage stage) {
    const QList<ProcessStage> defaults = WorkflowAnalysis::defaultStages();
    const qsizetype index = defaults.indexOf(stage);
    return index >= 0 ? int(index) : int(defaults.size()) + static_cast<int>(stage);
}

void sortSteps(WorkflowAnalysis& analysis) {
    std::stable_sort(analysis.steps.begin(), analysis.steps.end(),
                     [](const WorkflowStep& a, const WorkflowStep& b) {
                         return processOrder(a.stage) < processOrder(b.stage);
                     });
}

Error notOurs(const QString& what, qint64 id, qint64 botilbud) {
    return Error::forUser(QStringLiteral("%1 %2 not in botilbud %3").arg(what).arg(id).arg(botilbud),
                          WorkflowService::tr("The workflow analysis is not one of this botilbud's."));
}

} // namespace

Result<QList<WorkflowAnalysis>> WorkflowService::analyses(BotilbudId botilbud) const {
    auto list = storage::WorkflowRepository(m_db).analyses(botilbud);
    if (!list) return list.error();
    for (WorkflowAnalysis& a : *list)
        sortSteps(a);
    return list;
}

Result<std::optional<WorkflowAnalysis>> WorkflowService::analysis(BotilbudId botilbud,
                                                                  AnalysisKind kind) const {
    auto list = analyses(botilbud);
    if (!list) return list.error();
    for (const WorkflowAnalysis& a : *list)
        if (a.kind == kind) return std::optional<WorkflowAnalysis>(a);
    return std::optional<WorkflowAnalysis>();
}

WorkflowAnalysis WorkflowService::newAnalysis(BotilbudId botilbud, AnalysisKind kind, const QDate& day) {
    WorkflowAnalysis a;
    a.botilbudId = botilbud;
    a.kind = kind;
    a.analysedOn = day;
    for (ProcessStage stage : WorkflowAnalysis::defaultStages()) {
        WorkflowStep step;
        step.stage = stage;
        a.steps << step;
    }
    return a;
}

ValidationIssues WorkflowService::check(const WorkflowAnalysis& analysis, const QDate& today) {
    return StartupValidator::validate(analysis, today);
}

Result<WorkflowAnalysisId> WorkflowService::save(const WorkflowAnalysis& analysis, const QDate& today) const {
    if (auto allowed = AccessPolicy::require(m_db, AccessAction::EditStartupWork, analysis.botilbudId);
        !allowed)
        return allowed.error();
    if (const auto issues = check(analysis, today); !issues.isEmpty())
        return toError(QStringLiteral("workflow analysis"), issues);
    storage::Transaction tx(m_db);
    storage::WorkflowRepository repository(m_db);
    auto existing = repository.analyses(analysis.botilbudId);
    if (!existing) return existing.error();
    WorkflowAnalysisId id = analysis.id;
    if (id.isValid()) {
        const bool ours = std::any_of(existing->cbegin(), existing->cend(),
                                      [&](const WorkflowAnalysis& a) { return a.id == analysis.id; });
        if (!ours) return notOurs(QStringLiteral("workflow analysis"), id.value, analysis.botilbudId.value);
        for (const WorkflowStep& step : analysis.steps)
            if (step.id.isValid() && step.analysisId.isValid() && step.analysisId != id)
                return notOurs(QStringLiteral("workflow step"), step.id.value, analysis.botilbudId.value);
        if (auto updated = repository.updateAnalysis(analysis); !updated) return updated.error();
    } else {
        for (const WorkflowAnalysis& a : *existing)
            if (a.kind == analysis.kind)
                return Error::forUser(
                    QStringLiteral("workflow analysis %1 exists").arg(toCode(analysis.kind)),
                    tr("The botilbud already has a \"%1\" analysis: open it instead.")
                        .arg(StartupLabels::label(analysis.kind).toLower()));
        auto added = repository.addAnalysis(analysis);
        if (!added) return added.error();
        id = *added;
    }
    if (auto committed = tx.commit(); !committed) return committed.error();
    return id;
}

Status WorkflowService::remove(const WorkflowAnalysis& analysis) const {
    if (auto allowed = AccessPolicy::require(m_db, AccessAction::EditStartupWork, analysis.botilbudId);
        !allowed)
        return allowed;
    auto existing = analyses(analysis.botilbudId);
    if (!existing) return existing.error();
    if (std::none_of(existing->cbegin(), existing->cend(),
                     [&](const WorkflowAnalysis& a) { return a.id == analysis.id; }))
        return notOurs(QStringLiteral("workflow analysis"), analysis.id.value, analysis.botilbudId.value);
    return storage::WorkflowRepository(m_db).removeAnalysis(analysis.id);
}

Result<QMap<ProcessStage, int>> WorkflowService::incidentsByStage(BotilbudId botilbud,
                                                                  const QDate& until) const {
    QMap<ProcessStage, int> counts;
    if (!until.isValid()) return counts;
    auto incidents =
        storage::IncidentRepository(m_db).forBotilbud(botilbud, incidentWindowStart(until), until);
    if (!incidents) return incidents.error();
    for (const Incident& incident : *incidents)
        ++counts[incident.stage];
    return counts;
}

Result<QList<WorkflowFinding>> WorkflowService::findings(BotilbudId botilbud) const {
    return storage::WorkflowRepository(m_db).findings(botilbud);
}

ValidationIssues WorkflowService::check(const WorkflowFinding& finding) {
    return StartupValidator::validate(finding);
}

Result<WorkflowFindingId> WorkflowService::saveFinding(BotilbudId botilbud,
                                                       const WorkflowFinding& finding) const {
    if (auto allowed = AccessPolicy::require(m_db, AccessAction::EditStartupWork, botilbud); !allowed)
        return allowed.error();
    if (const auto issues = check(finding); !issues.isEmpty())
        return toError(QStringLiteral("workflow finding"), issues);
    auto list = analyses(botilbud);
    if (!list) return list.error();
    const bool ourStep = std::any_of(list->cbegin(), list->cend(), [&](const WorkflowAnalysis& a) {
        return std::any_of(a.steps.cbegin(), a.steps.cend(),
                           [&](const WorkflowStep& s) { return s.id == finding.stepId; });
    });
    if (!ourStep) return notOurs(QStringLiteral("workflow step"), finding.stepId.value, botilbud.value);
    storage::WorkflowRepository repository(m_db);
    if (!finding.id.isValid()) return repository.addFinding(finding);
    auto stored = repository.findings(botilbud);
    if (!stored) return stored.error();
    if (std::none_of(stored->cbegin(), stored->cend(),
                     [&](const WorkflowFinding& f) { return f.id == finding.id; }))
        return notOurs(QStringLiteral("workflow finding"), finding.id.value, botilbud.value);
    if (auto updated = repository.updateFinding(finding); !updated) return updated.error();
    return finding.id;
}

Status WorkflowService::removeFinding(BotilbudId botilbud, WorkflowFindingId id) const {
    if (auto allowed = AccessPolicy::require(m_db, AccessAction::EditStartupWork, botilbud); !allowed)
        return allowed;
    auto stored = findings(botilbud);
    if (!stored) return stored.error();
    if (std::none_of(stored->cbegin(), stored->cend(), [&](const WorkflowFinding& f) { return f.id == id; }))
        return notOurs(QStringLiteral("workflow finding"), id.value, botilbud.value);
    return storage::WorkflowRepository(m_db).removeFinding(id);
}

Result<ChangeIdeaId> WorkflowService::makeChangeIdea(BotilbudId botilbud, WorkflowFindingId findingId,
                                                     std::optional<DriverId> driver) const {
    if (auto allowed = AccessPolicy::require(m_db, AccessAction::EditStartupWork, botilbud); !allowed)
        return allowed.error();
    if (auto allowed = AccessPolicy::require(m_db, AccessAction::EditImprovement, botilbud); !allowed)
        return allowed.error();
    auto stored = findings(botilbud);
    if (!stored) return stored.error();
    const auto found = std::find_if(stored->cbegin(), stored->cend(),
                                    [&](const WorkflowFinding& f) { return f.id == findingId; });
    if (found == stored->cend())
        return notOurs(QStringLiteral("workflow finding"), findingId.value, botilbud.value);
    if (found->changeIdeaId)
        return Error::forUser(QStringLiteral("workflow finding %1 already linked").arg(findingId.value),
                              tr("This finding is already a change idea."));
    auto list = analyses(botilbud);
    if (!list) return list.error();
    ProcessStage stage = ProcessStage::Other;
    QDate day;
    for (const WorkflowAnalysis& a : *list)
        for (const WorkflowStep& s : a.steps)
            if (s.id == found->stepId) {
                stage = s.stage;
                day = a.analysedOn;
            }
    ChangeIdea idea;
    idea.botilbudId = botilbud;
    idea.driverId = driver;
    const QString text = found->finding.trimmed();
    // The title is the finding's first line, shortened to what a driver diagram shows.
    idea.title = text.section(QLatin1Char('\n'), 0, 0).left(120);
    idea.description =
        tr("From the workflow analysis on %1, step \"%2\": %3")
            .arg(QLocale().toString(day, QLocale::ShortFormat), StartupLabels::stepLabel(stage), text);
    storage::Transaction tx(m_db);
    auto id = storage::ImprovementRepository(m_db).addChangeIdea(idea);
    if (!id) return id.error();
    WorkflowFinding linked = *found;
    linked.changeIdeaId = *id;
    if (auto updated = storage::WorkflowRepository(m_db).updateFinding(linked); !updated)
        return updated.error();
    if (auto committed = tx.commit(); !committed) return committed.error();
    return *id;
}

Result<WorkflowComparison> WorkflowService::compare(BotilbudId botilbud) const {
    auto list = analyses(botilbud);
    if (!list) return list.error();
    WorkflowComparison comparison;
    const WorkflowAnalysis* before = nullptr;
    const WorkflowAnalysis* after = nullptr;
    for (const WorkflowAnalysis& a : *list)
        (a.kind == AnalysisKind::Before ? before : after) = &a;
    QMap<ProcessStage, int> beforeCounts;
    QMap<ProcessStage, int> afterCounts;
    if (before) {
        comparison.beforeDate = before->analysedOn;
        auto counts = incidentsByStage(botilbud, before->analysedOn);
        if (!counts) return counts.error();
        beforeCounts = *counts;
    }
    if (after) {
        comparison.afterDate = after->analysedOn;
        auto counts = incidentsByStage(botilbud, after->analysedOn);
        if (!counts) return counts.error();
        afterCounts = *counts;
    }
    QList<ProcessStage> stages = WorkflowAnalysis::defaultStages();
    for (const WorkflowAnalysis* a : {before, after})
        if (a)
            for (const WorkflowStep& s : a->steps)
                if (!stages.contains(s.stage)) stages << s.stage;
    std::stable_sort(stages.begin(), stages.end(),
                     [](ProcessStage a, ProcessStage b) { return processOrder(a) < processOrder(b); });
    for (ProcessStage stage : stages) {
        StageComparison row;
        row.stage = stage;
        if (before) {
            if (const WorkflowStep* s = before->step(stage)) row.beforeRisk = s->riskLevel;
            row.beforeIncidents = beforeCounts.value(stage);
        }
        if (after) {
            if (const WorkflowStep* s = after->step(stage)) row.afterRisk = s->riskLevel;
            row.afterIncidents = afterCounts.value(stage);
        }
        comparison.stages << row;
    }
    return comparison;
}

} // namespace medsafe::services
