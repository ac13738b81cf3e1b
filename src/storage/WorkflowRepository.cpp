#include "storage/WorkflowRepository.h"

#include "storage/Database.h"
#include "storage/RepositorySupport.h"
#include "storage/Transaction.h"

#include <QHash>
#include <algorithm>

namespace medsafe::storage {

using namespace medsafe::domain;

namespace {

void bindStep(Statement& s, const WorkflowStep& step) {
    s.bind(QStringLiteral(":stage"), step.stage);
    s.bind(QStringLiteral(":by"), step.performedBy);
    s.bind(QStringLiteral(":how"), step.how);
    s.bind(QStringLiteral(":risks"), step.risks);
    s.bind(QStringLiteral(":level"), step.riskLevel);
}

bool sameHeader(const WorkflowAnalysis& a, const WorkflowAnalysis& b) {
    return a.botilbudId == b.botilbudId && a.kind == b.kind && a.analysedOn == b.analysedOn &&
           a.participants == b.participants && a.note == b.note;
}

} // namespace

WorkflowRepository::WorkflowRepository(Database& db) : m_db(db) {}

Result<QList<WorkflowAnalysis>> WorkflowRepository::analyses(BotilbudId botilbud) const {
    Statement s(m_db.connection());
    MEDSAFE_TRY(s.prepare(QStringLiteral(
        "SELECT a.id, a.botilbud_id, a.kind, a.analysed_on, a.participants, a.note, a.row_version,"
        " st.id, st.stage, st.performed_by, st.how, st.risks, st.risk_level, st.row_version"
        " FROM workflow_analysis a LEFT JOIN workflow_step st ON st.analysis_id = a.id"
        " WHERE a.botilbud_id = :b ORDER BY a.kind, a.id, st.id")));
    s.bind(QStringLiteral(":b"), botilbud);
    MEDSAFE_TRY(s.exec());
    QList<WorkflowAnalysis> list;
    while (s.next()) {
        const auto id = s.id<WorkflowAnalysisId>(0);
        if (list.isEmpty() || list.constLast().id != id) {
            WorkflowAnalysis a;
            a.id = id;
            a.botilbudId = s.id<BotilbudId>(1);
            a.kind = s.code(2, AnalysisKind::Before);
            a.analysedOn = s.date(3);
            a.participants = s.text(4);
            a.note = s.text(5);
            a.rowVersion.value = s.integer(6);
            list << a;
        }
        if (s.isNull(7)) continue;
        WorkflowStep step;
        step.id = s.id<WorkflowStepId>(7);
        step.analysisId = id;
        step.stage = s.code(8, ProcessStage::Other);
        step.performedBy = s.text(9);
        step.how = s.text(10);
        step.risks = s.text(11);
        step.riskLevel = s.code(12, RiskLevel::NotAssessed);
        step.rowVersion.value = s.integer(13);
        list.last().steps << step;
    }
    // 'after' < 'before' as text: the analysis made first is listed first.
    std::stable_sort(list.begin(), list.end(), [](const WorkflowAnalysis& a, const WorkflowAnalysis& b) {
        return static_cast<int>(a.kind) < static_cast<int>(b.kind);
    });
    return list;
}

Result<WorkflowAnalysisId> WorkflowRepository::addAnalysis(const WorkflowAnalysis& analysis) {
    Transaction tx(m_db);
    Statement s(m_db.connection());
    MEDSAFE_TRY(s.prepareInsert(
        QStringLiteral("INSERT INTO workflow_analysis (botilbud_id, kind, analysed_on, participants, note)"
                       " VALUES (:b, :kind, :on, :participants, :note)")));
    s.bind(QStringLiteral(":b"), analysis.botilbudId);
    s.bind(QStringLiteral(":kind"), analysis.kind);
    s.bind(QStringLiteral(":on"), analysis.analysedOn);
    s.bind(QStringLiteral(":participants"), analysis.participants);
    s.bind(QStringLiteral(":note"), analysis.note);
    MEDSAFE_TRY(s.exec());
    const WorkflowAnalysisId id{s.lastInsertId()};
    for (const WorkflowStep& step : analysis.steps)
        MEDSAFE_TRY(addStep(id, step));
    MEDSAFE_TRY(tx.commit());
    return id;
}

Status WorkflowRepository::addStep(WorkflowAnalysisId analysis, const WorkflowStep& step) {
    Statement s(m_db.connection());
    MEDSAFE_TRY(s.prepare(
        QStringLiteral("INSERT INTO workflow_step (analysis_id, stage, performed_by, how, risks, risk_level)"
                       " VALUES (:a, :stage, :by, :how, :risks, :level)")));
    s.bind(QStringLiteral(":a"), analysis);
    bindStep(s, step);
    return s.exec();
}

Status WorkflowRepository::updateStep(const WorkflowStep& step) {
    Statement s(m_db.connection());
    MEDSAFE_TRY(
        s.prepare(QStringLiteral("UPDATE workflow_step SET stage = :stage, performed_by = :by, how = :how,"
                                 " risks = :risks, risk_level = :level, row_version = row_version + 1"
                                 " WHERE id = :id%1")
                      .arg(detail::versionCondition(step.rowVersion.value))));
    bindStep(s, step);
    s.bind(QStringLiteral(":id"), step.id);
    if (step.rowVersion.value > 0) s.bind(QStringLiteral(":version"), step.rowVersion.value);
    MEDSAFE_TRY(s.exec());
    return detail::versionedUpdateResult(m_db, s, QStringLiteral("workflow_step"), step.id.value);
}

Status WorkflowRepository::updateAnalysis(const WorkflowAnalysis& analysis) {
    Transaction tx(m_db);
    auto all = analyses(analysis.botilbudId);
    if (!all) return all.error();
    const WorkflowAnalysis* stored = nullptr;
    for (const WorkflowAnalysis& a : *all)
        if (a.id == analysis.id) stored = &a;
    if (!stored) return detail::notFound(QStringLiteral("workflow analysis"), analysis.id.value);
    if (!sameHeader(*stored, analysis)) {
        Statement s(m_db.connection());
        MEDSAFE_TRY(s.prepare(QStringLiteral("UPDATE workflow_analysis SET kind = :kind, analysed_on = :on,"
                                             " participants = :participants, note = :note,"
                                             " row_version = row_version + 1 WHERE id = :id%1")
                                  .arg(detail::versionCondition(analysis.rowVersion.value))));
        s.bind(QStringLiteral(":kind"), analysis.kind);
        s.bind(QStringLiteral(":on"), analysis.analysedOn);
        s.bind(QStringLiteral(":participants"), analysis.participants);
        s.bind(QStringLiteral(":note"), analysis.note);
        s.bind(QStringLiteral(":id"), analysis.id);
        if (analysis.rowVersion.value > 0) s.bind(QStringLiteral(":version"), analysis.rowVersion.value);
        MEDSAFE_TRY(s.exec());
        MEDSAFE_TRY(
            detail::versionedUpdateResult(m_db, s, QStringLiteral("workflow_analysis"), analysis.id.value));
    }
    QHash<qint64, WorkflowStep> storedSteps;
    for (const WorkflowStep& step : stored->steps)
        storedSteps.insert(step.id.value, step);
    for (const WorkflowStep& step : analysis.steps) {
        if (!step.id.isValid()) {
            MEDSAFE_TRY(addStep(analysis.id, step));
            continue;
        }
        const auto found = storedSteps.constFind(step.id.value);
        if (found == storedSteps.cend())
            return detail::notFound(QStringLiteral("workflow step"), step.id.value);
        // Unchanged (whatever version was read): nothing to write, and nobody's save is overwritten.
        if (*found == step) continue;
        MEDSAFE_TRY(updateStep(step));
    }
    return tx.commit();
}

Status WorkflowRepository::removeAnalysis(WorkflowAnalysisId id) {
    return detail::removeById(m_db, QStringLiteral("workflow_analysis"), id.value);
}

Result<QList<WorkflowFinding>> WorkflowRepository::findings(BotilbudId botilbud) const {
    Statement s(m_db.connection());
    MEDSAFE_TRY(s.prepare(QStringLiteral(
        "SELECT f.id, f.step_id, f.finding, f.change_idea_id, f.row_version FROM workflow_finding f"
        " JOIN workflow_step st ON st.id = f.step_id JOIN workflow_analysis a ON a.id = st.analysis_id"
        " WHERE a.botilbud_id = :b ORDER BY f.id")));
    s.bind(QStringLiteral(":b"), botilbud);
    MEDSAFE_TRY(s.exec());
    QList<WorkflowFinding> list;
    while (s.next()) {
        WorkflowFinding f;
        f.id = s.id<WorkflowFindingId>(0);
        f.stepId = s.id<WorkflowStepId>(1);
        f.finding = s.text(2);
        f.changeIdeaId = s.optId<ChangeIdeaId>(3);
        f.rowVersion.value = s.integer(4);
        list << f;
    }
    return list;
}

Result<WorkflowFindingId> WorkflowRepository::addFinding(const WorkflowFinding& finding) {
    Transaction tx(m_db);
    Statement s(m_db.connection());
    MEDSAFE_TRY(s.prepareInsert(QStringLiteral(
        "INSERT INTO workflow_finding (step_id, finding, change_idea_id) VALUES (:step, :finding, :idea)")));
    s.bind(QStringLiteral(":step"), finding.stepId);
    s.bind(QStringLiteral(":finding"), finding.finding);
    s.bind(QStringLiteral(":idea"), finding.changeIdeaId);
    MEDSAFE_TRY(s.exec());
    const WorkflowFindingId id{s.lastInsertId()};
    MEDSAFE_TRY(tx.commit());
    return id;
}

Status WorkflowRepository::updateFinding(const WorkflowFinding& finding) {
    Transaction tx(m_db);
    Statement s(m_db.connection());
    MEDSAFE_TRY(s.prepare(QStringLiteral("UPDATE workflow_finding SET step_id = :step, finding = :finding,"
                                         " change_idea_id = :idea, row_version = row_version + 1"
                                         " WHERE id = :id%1")
                              .arg(detail::versionCondition(finding.rowVersion.value))));
    s.bind(QStringLiteral(":step"), finding.stepId);
    s.bind(QStringLiteral(":finding"), finding.finding);
    s.bind(QStringLiteral(":idea"), finding.changeIdeaId);
    s.bind(QStringLiteral(":id"), finding.id);
    if (finding.rowVersion.value > 0) s.bind(QStringLiteral(":version"), finding.rowVersion.value);
    MEDSAFE_TRY(s.exec());
    MEDSAFE_TRY(detail::versionedUpdateResult(m_db, s, QStringLiteral("workflow_finding"), finding.id.value));
    return tx.commit();
}

Status WorkflowRepository::removeFinding(WorkflowFindingId id) {
    return detail::removeById(m_db, QStringLiteral("workflow_finding"), id.value);
}

} // namespace medsafe::storage
