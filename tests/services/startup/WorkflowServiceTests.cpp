#include "../measures/MeasureFixture.h"
#include "StartupTestSupport.h"
#include "domain/ChangeIdea.h"
#include "services/improvement/ImprovementService.h"
#include "services/programme/ProgrammeService.h"
#include "services/startup/StartupChecklist.h"
#include "services/startup/WorkflowService.h"
#include "storage/IncidentRepository.h"

#include <catch2/catch.hpp>

using namespace medsafe;
using namespace medsafe::services;
using namespace medsafe::domain;

namespace {

const QDate kToday(2025, 10, 1);

void addIncident(storage::Database& db, BotilbudId home, const QDate& day, ProcessStage stage) {
    Incident incident;
    incident.botilbudId = home;
    incident.occurredDate = day;
    incident.reportedDate = day;
    incident.stage = stage;
    incident.description = QStringLiteral("Aftenmedicin givet for sent.");
    REQUIRE(storage::IncidentRepository(db).add(incident).ok());
}

void describeAll(WorkflowAnalysis& analysis) {
    for (WorkflowStep& step : analysis.steps) {
        step.performedBy = QStringLiteral("Medarbejder i dagvagt");
        step.how = QStringLiteral("Efter instruksen");
    }
}

} // namespace

TEST_CASE("The workflow analysis counts each stage's incidents in the 12 months before it and ticks the "
          "checklist when every step is described",
          "[startup][workflow]") {
    test::MeasureFixture f;
    storage::Database& db = *f.db;
    test::startup::signInAs(db, f.home, PersonRole::Tovholder, QStringLiteral("Tove"));
    const WorkflowService workflow(db);
    addIncident(db, f.home, QDate(2024, 2, 2), ProcessStage::Dispensing); // first day of the window
    addIncident(db, f.home, QDate(2024, 2, 1), ProcessStage::Dispensing); // one day too early
    addIncident(db, f.home, QDate(2024, 9, 9), ProcessStage::Dispensing);
    addIncident(db, f.home, QDate(2025, 2, 1), ProcessStage::Administration); // the analysis' own day
    addIncident(db, f.home, QDate(2025, 2, 2), ProcessStage::Administration); // after it

    WorkflowAnalysis before = WorkflowService::newAnalysis(f.home, AnalysisKind::Before, QDate(2025, 2, 1));
    REQUIRE(before.steps.size() == 8);
    CHECK(before.steps.first().stage == ProcessStage::Ordination);
    CHECK(before.steps.last().stage == ProcessStage::Observation);
    before.participants = QStringLiteral("Tovholder, leder, tre medarbejdere");
    before.id = workflow.save(before, kToday).value();

    const auto counts = workflow.incidentsByStage(f.home, QDate(2025, 2, 1)).value();
    CHECK(counts.value(ProcessStage::Dispensing) == 2);
    CHECK(counts.value(ProcessStage::Administration) == 1);
    CHECK(counts.value(ProcessStage::Other) == 2); // the fixture's two incidents of 10 March 2024
    CHECK(WorkflowService::incidentWindowStart(QDate(2025, 2, 1)) == QDate(2024, 2, 2));

    // Steps in process order; not yet described: the checklist is not ticked.
    auto stored = workflow.analysis(f.home, AnalysisKind::Before).value();
    REQUIRE(stored);
    CHECK(stored->steps[3].stage == ProcessStage::Storage);
    auto rows = StartupChecklist(db).rows(f.home, kToday).value();
    CHECK_FALSE(rows[0].item.isDone());

    // Every step described but one: still not ticked; all of them: ticked with the analysis' date.
    WorkflowAnalysis filled = *stored;
    describeAll(filled);
    filled.steps[7].how.clear();
    REQUIRE(workflow.save(filled, kToday).ok());
    CHECK_FALSE(StartupChecklist(db).rows(f.home, kToday).value()[0].item.isDone());
    filled = *workflow.analysis(f.home, AnalysisKind::Before).value();
    filled.steps[7].how = QStringLiteral("Observationsskema ved ny medicin");
    filled.steps[4].risks = QStringLiteral("Afbrydelser");
    filled.steps[4].riskLevel = RiskLevel::High;
    REQUIRE(workflow.save(filled, kToday).ok());
    rows = StartupChecklist(db).rows(f.home, kToday).value();
    REQUIRE(rows[0].item.kind == ChecklistKind::WorkflowAnalysis);
    CHECK(rows[0].automatic);
    CHECK(rows[0].item.doneDate == QDate(2025, 2, 1));
    CHECK_FALSE(rows[0].automaticReason.isEmpty());
    CHECK(ProgrammeService(db).checklist(f.home, kToday).value()[0].doneDate == QDate(2025, 2, 1));
    CHECK(StartupChecklist::placeOf(ChecklistKind::WorkflowAnalysis) == NextStepPlace::StartupWorkflow);

    // A second "before" analysis is refused; a stale step is a conflict.
    CHECK_FALSE(
        workflow.save(WorkflowService::newAnalysis(f.home, AnalysisKind::Before, kToday), kToday).ok());
    WorkflowAnalysis stale = filled;
    stale.steps[4].how = QStringLiteral("Noget andet");
    const auto conflict = workflow.save(stale, kToday);
    REQUIRE_FALSE(conflict.ok());
    CHECK(conflict.error().conflict);

    // Bad input: a step with a risk level but no risks, a CPR number, a future date. Nothing changes.
    WorkflowAnalysis bad = *workflow.analysis(f.home, AnalysisKind::Before).value();
    const WorkflowAnalysis unchanged = bad;
    bad.steps[0].riskLevel = RiskLevel::Medium;
    bad.steps[1].how = QStringLiteral("Bestilles til 010203-1234");
    bad.analysedOn = kToday.addDays(1);
    const auto issues = WorkflowService::check(bad, kToday);
    CHECK(hasIssue(issues, QStringLiteral("risks")));
    CHECK(hasIssue(issues, QStringLiteral("how")));
    CHECK(hasIssue(issues, QStringLiteral("analysedOn")));
    CHECK_FALSE(workflow.save(bad, kToday).ok());
    CHECK(*workflow.analysis(f.home, AnalysisKind::Before).value() == unchanged);
}

TEST_CASE("A finding of a step becomes a change idea once, and before and after compare per step",
          "[startup][workflow]") {
    test::MeasureFixture f;
    storage::Database& db = *f.db;
    test::startup::signInAs(db, f.home, PersonRole::Tovholder, QStringLiteral("Tove"));
    const WorkflowService workflow(db);
    addIncident(db, f.home, QDate(2024, 6, 1), ProcessStage::Dispensing);
    addIncident(db, f.home, QDate(2024, 7, 1), ProcessStage::Dispensing);
    addIncident(db, f.home, QDate(2025, 8, 1), ProcessStage::Administration);

    WorkflowAnalysis before = WorkflowService::newAnalysis(f.home, AnalysisKind::Before, QDate(2024, 12, 1));
    describeAll(before);
    before.steps[4].risks = QStringLiteral("Afbrydelser");
    before.steps[4].riskLevel = RiskLevel::High;
    before.id = workflow.save(before, kToday).value();
    const WorkflowStep dispensing =
        *workflow.analysis(f.home, AnalysisKind::Before).value()->step(ProcessStage::Dispensing);

    WorkflowFinding finding;
    finding.stepId = dispensing.id;
    finding.finding = QStringLiteral("Dispensering sker i fællesrummet med mange afbrydelser");
    CHECK_FALSE(
        workflow.saveFinding(f.home, WorkflowFinding{{}, dispensing.id, QStringLiteral("  "), {}, {}}).ok());
    finding.id = workflow.saveFinding(f.home, finding).value();
    REQUIRE(workflow.findings(f.home).value().size() == 1);

    const auto idea = workflow.makeChangeIdea(f.home, finding.id, std::nullopt);
    REQUIRE(idea.ok());
    const auto ideas = ImprovementService(db).changeIdeas(f.home).value();
    REQUIRE(ideas.size() == 1);
    CHECK(ideas.first().title == finding.finding);
    CHECK(ideas.first().description.contains(finding.finding));
    CHECK(workflow.findings(f.home).value().first().changeIdeaId == *idea);
    const auto twice = workflow.makeChangeIdea(f.home, finding.id, std::nullopt);
    REQUIRE_FALSE(twice.ok());
    CHECK_FALSE(twice.error().display().isEmpty());
    CHECK(ImprovementService(db).changeIdeas(f.home).value().size() == 1);

    // Only "before" so far: the comparison has no "after" side.
    auto comparison = workflow.compare(f.home).value();
    CHECK(comparison.hasBefore());
    CHECK_FALSE(comparison.hasAfter());
    REQUIRE(comparison.stages.size() == 8);
    CHECK(comparison.stages[4].stage == ProcessStage::Dispensing);
    CHECK(comparison.stages[4].beforeRisk == RiskLevel::High);
    CHECK(comparison.stages[4].beforeIncidents == 2);
    CHECK_FALSE(comparison.stages[4].afterRisk.has_value());

    WorkflowAnalysis after = WorkflowService::newAnalysis(f.home, AnalysisKind::After, QDate(2025, 9, 1));
    describeAll(after);
    after.steps[4].risks = QStringLiteral("Enkelte afbrydelser");
    after.steps[4].riskLevel = RiskLevel::Low;
    WorkflowStep transition;
    transition.stage = ProcessStage::Transition;
    transition.performedBy = QStringLiteral("Kontaktperson");
    transition.how = QStringLiteral("Medicin med på ferie efter tjekliste");
    after.steps << transition;
    REQUIRE(workflow.save(after, kToday).ok());
    comparison = workflow.compare(f.home).value();
    CHECK(comparison.afterDate == QDate(2025, 9, 1));
    REQUIRE(comparison.stages.size() == 9);
    CHECK(comparison.stages[4].afterRisk == RiskLevel::Low);
    CHECK(comparison.stages[4].afterIncidents == 0);
    CHECK(comparison.stages[5].stage == ProcessStage::Administration);
    CHECK(comparison.stages[5].beforeIncidents == 0);
    CHECK(comparison.stages[5].afterIncidents == 1);
    CHECK(comparison.stages[8].stage == ProcessStage::Transition);
    CHECK_FALSE(comparison.stages[8].beforeRisk.has_value());
    CHECK(comparison.stages[8].afterRisk == RiskLevel::NotAssessed);

    // Removing a finding keeps its change idea.
    REQUIRE(workflow.removeFinding(f.home, finding.id).ok());
    CHECK(workflow.findings(f.home).value().isEmpty());
    CHECK(ImprovementService(db).changeIdeas(f.home).value().size() == 1);
}

TEST_CASE("Staff without the start-up role cannot write the workflow analysis",
          "[startup][workflow][access]") {
    test::MeasureFixture f;
    storage::Database& db = *f.db;
    test::startup::signInAs(db, f.home, PersonRole::Tovholder, QStringLiteral("Tove"));
    const WorkflowService workflow(db);
    WorkflowAnalysis before = WorkflowService::newAnalysis(f.home, AnalysisKind::Before, QDate(2025, 2, 1));
    before.id = workflow.save(before, kToday).value();
    const WorkflowStepId step = workflow.analysis(f.home, AnalysisKind::Before).value()->steps.first().id;
    const auto findingId =
        workflow.saveFinding(f.home, WorkflowFinding{{}, step, QStringLiteral("Uklart"), {}, {}}).value();

    test::startup::signInAs(db, f.home, PersonRole::Staff, QStringLiteral("Sofie"));
    WorkflowAnalysis edited = *workflow.analysis(f.home, AnalysisKind::Before).value();
    edited.participants = QStringLiteral("Alle");
    const auto refused = workflow.save(edited, kToday);
    REQUIRE_FALSE(refused.ok());
    CHECK_FALSE(refused.error().display().isEmpty());
    CHECK(workflow.analysis(f.home, AnalysisKind::Before).value()->participants.isEmpty());
    CHECK_FALSE(workflow.saveFinding(f.home, WorkflowFinding{{}, step, QStringLiteral("Nyt"), {}, {}}).ok());
    CHECK_FALSE(workflow.removeFinding(f.home, findingId).ok());
    CHECK_FALSE(workflow.makeChangeIdea(f.home, findingId, std::nullopt).ok());
    CHECK_FALSE(workflow.remove(edited).ok());
    CHECK(workflow.findings(f.home).value().size() == 1);
}
