// The services behind the editing views: each adds a value without an id, replaces a stored
// one, and refuses what its domain validator refuses, without writing anything.
#include "../measures/MeasureFixture.h"
#include "services/improvement/ImprovementService.h"
#include "services/measures/MeasureService.h"
#include "services/pdsa/PdsaService.h"
#include "services/programme/CompetenceService.h"
#include "services/programme/ProgrammeService.h"
#include "services/report/MonthlyReportService.h"
#include "storage/CompetenceRepository.h"
#include "storage/PersonRepository.h"

#include <catch2/catch.hpp>

using namespace medsafe;
using namespace medsafe::services;
using medsafe::services::test::MeasureFixture;

TEST_CASE("PdsaService: numbers follow on, a cycle under way needs its prediction", "[pdsa]") {
    MeasureFixture f;
    PdsaService pdsa(*f.db);
    REQUIRE(pdsa.nextNumber(f.home).ok());
    CHECK(*pdsa.nextNumber(f.home) == 1);

    domain::PdsaCycle cycle;
    cycle.botilbudId = f.home;
    cycle.number = 1;
    cycle.title = QStringLiteral("Huskeseddel ved medicinskabet");
    cycle.startDate = QDate(2024, 2, 1);
    auto id = pdsa.save(cycle);
    REQUIRE(id.ok());
    CHECK(*pdsa.nextNumber(f.home) == 2);

    cycle = *id; // with its id and row version
    cycle.status = domain::PdsaStatus::Doing; // started without a prediction
    CHECK(domain::hasIssue(PdsaService::check(cycle), QStringLiteral("prediction")));
    REQUIRE_FALSE(pdsa.save(cycle).ok());
    auto stored = pdsa.cycles(f.home);
    REQUIRE(stored.ok());
    REQUIRE(stored->size() == 1);
    CHECK(stored->first().status == domain::PdsaStatus::Planned);

    cycle.prediction = QStringLiteral("Færre glemte doser om aftenen.");
    REQUIRE(pdsa.save(cycle).ok());
    CHECK(pdsa.cycles(f.home)->first().status == domain::PdsaStatus::Doing);
}

TEST_CASE("ProgrammeService: an event is added, changed and removed; a læringstræf 8 is refused", "[programme]") {
    MeasureFixture f;
    ProgrammeService programme(*f.db);
    domain::ProgrammeEvent event;
    event.botilbudId = f.home;
    event.kind = domain::EventKind::LearningSession;
    event.number = 1;
    event.date = QDate(2024, 2, 6);
    event.title = QStringLiteral("Læringstræf 1");
    auto id = programme.saveEvent(event);
    REQUIRE(id.ok());

    event.id = *id;
    event.done = true;
    REQUIRE(programme.saveEvent(event).ok());
    REQUIRE(programme.events(f.home)->size() == 1);
    CHECK(programme.events(f.home)->first().done);

    domain::ProgrammeEvent eighth = event;
    eighth.id = {};
    eighth.number = 8;
    CHECK(domain::hasIssue(ProgrammeService::check(eighth), QStringLiteral("number")));
    REQUIRE_FALSE(programme.saveEvent(eighth).ok());
    CHECK(programme.events(f.home)->size() == 1);

    REQUIRE(programme.removeEvent(*id).ok());
    CHECK(programme.events(f.home)->isEmpty());
}

TEST_CASE("CompetenceService: a course is saved for a person; one in the future is refused", "[competence]") {
    MeasureFixture f;
    domain::Person person;
    person.botilbudId = f.home;
    person.name = QStringLiteral("Karen Dahl");
    person.handlesMedicine = true;
    auto personId = storage::PersonRepository(*f.db).add(person);
    REQUIRE(personId.ok());

    CompetenceService competence(*f.db);
    const QDate today(2024, 6, 1);
    domain::TrainingRecord record;
    record.personId = *personId;
    record.course = QStringLiteral("Apotekets undervisning i dosisdispensering");
    record.provider = domain::TrainingProvider::Pharmacy;
    record.completedDate = QDate(2024, 5, 14);
    auto id = competence.saveTraining(record, today);
    REQUIRE(id.ok());
    record.id = *id;
    record.refresherDue = QDate(2025, 5, 14);
    REQUIRE(competence.saveTraining(record, today).ok());
    auto log = competence.training(f.home);
    REQUIRE(log.ok());
    REQUIRE(log->size() == 1);
    CHECK(log->first().refresherDue == QDate(2025, 5, 14));

    domain::TrainingRecord future = record;
    future.id = {};
    future.completedDate = QDate(2024, 7, 1);
    REQUIRE_FALSE(competence.saveTraining(future, today).ok());
    CHECK(competence.training(f.home)->size() == 1);

    REQUIRE(competence.removeTraining(*id).ok());
    CHECK(competence.training(f.home)->isEmpty());
}

TEST_CASE("CompetenceService: survey rounds come oldest first, whatever order they were typed in", "[competence]") {
    MeasureFixture f;
    storage::CompetenceRepository repository(*f.db);
    REQUIRE(repository.addRound({{}, f.home, QStringLiteral("Opfølgning"), QDate(2025, 6, 1)}).ok());
    REQUIRE(repository.addRound({{}, f.home, QStringLiteral("Start"), QDate(2024, 1, 15)}).ok());
    auto rounds = CompetenceService(*f.db).rounds(f.home);
    REQUIRE(rounds.ok());
    REQUIRE(rounds->size() == 2);
    CHECK(rounds->at(0).name == QStringLiteral("Start"));
    CHECK(rounds->at(1).name == QStringLiteral("Opfølgning"));
}

TEST_CASE("ImprovementService: the aim, a driver and a change idea are saved; empty ones refused", "[improvement]") {
    MeasureFixture f;
    ImprovementService improvement(*f.db);
    domain::Aim aim;
    aim.botilbudId = f.home;
    aim.statement = QStringLiteral("Halvere medicinfejl inden december 2025.");
    aim.targetDate = QDate(2025, 12, 31);
    auto aimId = improvement.saveAim(aim);
    REQUIRE(aimId.ok());
    aim.id = *aimId;
    aim.whatChanges = QStringLiteral("Dobbeltkontrol, huskesedler.");
    REQUIRE(improvement.saveAim(aim).ok());
    REQUIRE(improvement.aims(f.home)->size() == 1);
    CHECK(improvement.aims(f.home)->first().whatChanges == aim.whatChanges);

    domain::Driver driver;
    driver.botilbudId = f.home;
    driver.level = domain::DriverLevel::Primary;
    driver.aimId = *aimId;
    driver.text = QStringLiteral("Sikker dispensering");
    auto driverId = improvement.saveDriver(driver);
    REQUIRE(driverId.ok());

    domain::ChangeIdea idea;
    idea.botilbudId = f.home;
    idea.title = QStringLiteral("Ro ved medicinskabet");
    idea.driverId = *driverId;
    REQUIRE(improvement.saveChangeIdea(idea).ok());

    domain::ChangeIdea empty = idea;
    empty.title = QStringLiteral("  ");
    REQUIRE_FALSE(improvement.saveChangeIdea(empty).ok());
    CHECK(improvement.changeIdeas(f.home)->size() == 1);

    REQUIRE(improvement.removeDriver(*driverId).ok());
    CHECK(improvement.drivers(f.home)->isEmpty());
    CHECK(improvement.changeIdeas(f.home)->size() == 1); // the idea stays, without a driver
}

TEST_CASE("MonthlyReportService: one report per month, a score of 6 is refused", "[reports]") {
    MeasureFixture f;
    MonthlyReportService reports(*f.db);
    domain::MonthlyReport report;
    report.botilbudId = f.home;
    report.month = QDate(2024, 3, 1);
    report.wentWell = QStringLiteral("Alle i arbejdsgruppen var med.");
    report.selfScore = 3;
    auto id = reports.save(report);
    REQUIRE(id.ok());
    report.id = *id;
    report.selfScore = 6;
    CHECK(domain::hasIssue(MonthlyReportService::check(report), QStringLiteral("selfScore")));
    REQUIRE_FALSE(reports.save(report).ok());
    auto stored = reports.forMonth(f.home, QDate(2024, 3, 1));
    REQUIRE(stored.ok());
    REQUIRE(stored->has_value());
    CHECK(stored->value().selfScore == 3);
    CHECK(reports.reports(f.home)->size() == 1);
}

TEST_CASE("MeasureService: a measure's chart settings and definition are saved; no name is refused", "[measures]") {
    MeasureFixture f;
    MeasureService measures(*f.db);
    domain::ChartSettings settings = f.proportion.chartSettings;
    settings.freezeEnd = QDate(2024, 3, 1);
    REQUIRE(measures.saveChartSettings(f.proportion.id, settings).ok());

    domain::Measure renamed = f.proportion;
    renamed.chartSettings = settings;
    renamed.name = QStringLiteral("Andel korrekt dispenserede dosisæsker");
    REQUIRE(measures.update(renamed).ok());

    domain::Measure nameless = renamed;
    nameless.name.clear();
    REQUIRE_FALSE(measures.update(nameless).ok());

    auto all = measures.measures(f.home);
    REQUIRE(all.ok());
    const auto stored = std::find_if(all->cbegin(), all->cend(), [&](const auto& m) { return m.id == f.proportion.id; });
    REQUIRE(stored != all->cend());
    CHECK(stored->name == renamed.name);
    CHECK(stored->chartSettings.freezeEnd == QDate(2024, 3, 1));
}
