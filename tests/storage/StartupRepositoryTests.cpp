#include "StorageTestSupport.h"
#include "storage/DelegationRepository.h"
#include "storage/GuidelineRepository.h"
#include "storage/ImprovementRepository.h"
#include "storage/PersonRepository.h"
#include "storage/WorkflowRepository.h"

using namespace medsafe::storage;
using namespace medsafe::storage::test;
using namespace medsafe::domain;

// Runs on SQLite here and on the scratch PostgreSQL server in storage_tests_postgres.

namespace {

PersonId addPerson(Database& db, BotilbudId botilbud, const QString& name) {
    return PersonRepository(db)
        .add(Person{{}, botilbud, name, PersonRole::Staff, true, {}, true, {}, {}})
        .value();
}

} // namespace

TEST_CASE("A workflow analysis round trips with its steps and findings; stale saves are conflicts",
          "[repository][startup]") {
    auto db = memoryDb();
    const auto botilbud = addBotilbud(*db);
    WorkflowRepository repo(*db);

    WorkflowAnalysis before;
    before.botilbudId = botilbud;
    before.kind = AnalysisKind::Before;
    before.analysedOn = QDate(2025, 2, 3);
    before.participants = QStringLiteral("Tovholder, leder og to medarbejdere");
    before.note = QStringLiteral("Gennemgået på personalemøde");
    for (ProcessStage stage : WorkflowAnalysis::defaultStages()) {
        WorkflowStep step;
        step.stage = stage;
        before.steps << step;
    }
    before.steps[4].performedBy = QStringLiteral("Dagvagten");
    before.steps[4].how = QStringLiteral("Doseringsæsker fyldes hver fredag");
    before.steps[4].risks = QStringLiteral("Afbrydelser under dispenseringen");
    before.steps[4].riskLevel = RiskLevel::High;
    before.id = repo.addAnalysis(before).value();

    auto stored = repo.analyses(botilbud).value();
    REQUIRE(stored.size() == 1);
    CHECK(stored.first().id == before.id);
    CHECK(stored.first().analysedOn == before.analysedOn);
    CHECK(stored.first().participants == before.participants);
    REQUIRE(stored.first().steps.size() == 8);
    CHECK(stored.first().step(ProcessStage::Dispensing)->riskLevel == RiskLevel::High);
    CHECK(stored.first().step(ProcessStage::Dispensing)->how == before.steps[4].how);
    CHECK(stored.first().rowVersion.value == 1);

    // Two people describe two different steps: both saves go through.
    WorkflowAnalysis mine = stored.first();
    WorkflowAnalysis theirs = stored.first();
    theirs.steps[0].performedBy = QStringLiteral("Egen læge");
    theirs.steps[0].how = QStringLiteral("Ordination i FMK");
    REQUIRE(repo.updateAnalysis(theirs).ok());
    mine.steps[1].performedBy = QStringLiteral("Medicinansvarlig");
    mine.steps[1].how = QStringLiteral("Bestiller via apotekets app");
    // The whole list as read would carry the old text of step 0 over theirs: a conflict.
    CHECK(repo.updateAnalysis(mine).error().conflict);
    // Only the steps this person changed are sent: goes through.
    mine.steps = {mine.steps[1]};
    REQUIRE(repo.updateAnalysis(mine).ok());
    stored = repo.analyses(botilbud).value();
    CHECK(stored.first().steps[0].how == QStringLiteral("Ordination i FMK"));
    CHECK(stored.first().steps[1].how == QStringLiteral("Bestiller via apotekets app"));

    // The same step twice: the second is a conflict and theirs stays.
    WorkflowAnalysis stale = stored.first();
    stale.steps[0].rowVersion.value = 1;
    stale.steps[0].how = QStringLiteral("Mundtligt");
    const auto conflict = repo.updateAnalysis(stale);
    REQUIRE_FALSE(conflict.ok());
    CHECK(conflict.error().conflict);
    CHECK(repo.analyses(botilbud).value().first().steps[0].how == QStringLiteral("Ordination i FMK"));

    // The header is versioned too.
    WorkflowAnalysis header = repo.analyses(botilbud).value().first();
    WorkflowAnalysis oldHeader = header;
    header.note = QStringLiteral("Revideret");
    REQUIRE(repo.updateAnalysis(header).ok());
    oldHeader.participants = QStringLiteral("Alle");
    CHECK(repo.updateAnalysis(oldHeader).error().conflict);

    // Findings, with a change idea linked.
    const WorkflowStepId dispensing =
        repo.analyses(botilbud).value().first().step(ProcessStage::Dispensing)->id;
    WorkflowFinding finding;
    finding.stepId = dispensing;
    finding.finding = QStringLiteral("Ingen forstyrrelsesfri zone ved dispensering");
    finding.id = repo.addFinding(finding).value();
    auto findings = repo.findings(botilbud).value();
    REQUIRE(findings.size() == 1);
    CHECK(findings.first() == finding);
    CHECK(findings.first().rowVersion.value == 1);
    ChangeIdea idea;
    idea.botilbudId = botilbud;
    idea.title = QStringLiteral("Forstyrrelsesfri dispensering");
    const ChangeIdeaId ideaId = ImprovementRepository(*db).addChangeIdea(idea).value();
    WorkflowFinding linked = findings.first();
    linked.changeIdeaId = ideaId;
    REQUIRE(repo.updateFinding(linked).ok());
    CHECK(repo.findings(botilbud).value().first().changeIdeaId == ideaId);
    WorkflowFinding staleFinding = findings.first();
    staleFinding.finding = QStringLiteral("Noget andet");
    CHECK(repo.updateFinding(staleFinding).error().conflict);

    // The after analysis sits beside it; removing one takes its steps and findings along.
    WorkflowAnalysis after = before;
    after.id = {};
    after.kind = AnalysisKind::After;
    after.analysedOn = QDate(2026, 9, 1);
    after.id = repo.addAnalysis(after).value();
    stored = repo.analyses(botilbud).value();
    REQUIRE(stored.size() == 2);
    CHECK(stored[0].kind == AnalysisKind::Before);
    CHECK(stored[1].kind == AnalysisKind::After);
    REQUIRE(repo.removeAnalysis(before.id).ok());
    CHECK(repo.analyses(botilbud).value().size() == 1);
    CHECK(repo.findings(botilbud).value().isEmpty());
}

TEST_CASE("Guidelines and delegations round trip, and a stale save is a conflict", "[repository][startup]") {
    auto db = memoryDb();
    const auto botilbud = addBotilbud(*db);
    const PersonId karen = addPerson(*db, botilbud, QStringLiteral("Karen"));

    GuidelineRepository guidelines(*db);
    Guideline g;
    g.botilbudId = botilbud;
    g.title = QStringLiteral("Instruks for PN-medicin");
    g.version = QStringLiteral("2.1");
    g.issuedOn = QDate(2024, 5, 1);
    g.ownerId = karen;
    g.nextReviewOn = QDate(2025, 5, 1);
    g.status = GuidelineStatus::NeedsRevision;
    g.reviewedOn = QDate(2025, 1, 10);
    g.finding = QStringLiteral("Mangler maks. døgndosis");
    g.id = guidelines.add(g).value();
    Guideline bare;
    bare.botilbudId = botilbud;
    bare.title = QStringLiteral("Akut medicin");
    bare.id = guidelines.add(bare).value();
    auto stored = guidelines.guidelines(botilbud).value();
    CHECK(stored == QList<Guideline>{bare, g}); // by title
    CHECK_FALSE(stored[0].ownerId.has_value());
    CHECK_FALSE(stored[0].issuedOn.isValid());
    Guideline mine = stored[1];
    Guideline theirs = stored[1];
    theirs.status = GuidelineStatus::UnderRevision;
    REQUIRE(guidelines.update(theirs).ok());
    mine.version = QStringLiteral("3");
    CHECK(guidelines.update(mine).error().conflict);
    CHECK(guidelines.guidelines(botilbud).value()[1].status == GuidelineStatus::UnderRevision);
    REQUIRE(guidelines.remove(bare.id).ok());
    CHECK(guidelines.guidelines(botilbud).value().size() == 1);

    DelegationRepository delegations(*db);
    Delegation d;
    d.botilbudId = botilbud;
    d.personId = karen;
    d.delegatedRight = QStringLiteral("Insulin / injektion");
    d.doctor = QStringLiteral("Læge Jens Holm");
    d.validFrom = QDate(2025, 1, 1);
    d.note = QStringLiteral("Efter oplæring");
    d.id = delegations.add(d).value();
    Delegation limited = d;
    limited.id = {};
    limited.delegatedRight = QStringLiteral("PN-medicin");
    limited.validFrom = QDate(2025, 3, 1);
    limited.validTo = QDate(2026, 2, 28);
    limited.id = delegations.add(limited).value();
    auto list = delegations.delegations(botilbud).value();
    CHECK(list == QList<Delegation>{d, limited});
    CHECK_FALSE(list[0].validTo.isValid());
    Delegation stale = list[1];
    Delegation fresh = list[1];
    fresh.validTo = QDate(2026, 6, 30);
    REQUIRE(delegations.update(fresh).ok());
    stale.doctor = QStringLiteral("Anden læge");
    CHECK(delegations.update(stale).error().conflict);
    CHECK(delegations.delegations(botilbud).value()[1].validTo == QDate(2026, 6, 30));
    REQUIRE(delegations.remove(d.id).ok());
    CHECK(delegations.delegations(botilbud).value().size() == 1);
}
