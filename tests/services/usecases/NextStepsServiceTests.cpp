// Næste skridt on Oversigt: what is due, read from the programme's own data (issue 11, item 6).
#include "../measures/MeasureFixture.h"
#include "services/pdsa/PdsaService.h"
#include "services/programme/CompetenceService.h"
#include "services/programme/NextStepsService.h"
#include "services/programme/ProgrammeService.h"
#include "services/report/MonthlyReportService.h"
#include "services/organisation/OrganisationService.h"
#include "storage/PersonRepository.h"

#include <catch2/catch.hpp>

using namespace medsafe;
using namespace medsafe::services;
using medsafe::services::test::MeasureFixture;

namespace {

// The fixture's programme runs January 2024 to December 2025; its one typed measure has values
// for January, March and April 2024. Added here: a læringstræf not marked held (1 March), the
// next one (2 April), a PDSA cycle still running after its end (10 March) and two refreshers.
void addWorkingGroup(MeasureFixture& f) {
    const std::pair<const char*, domain::PersonRoles> members[] = {
        {"Jens Holm", domain::PersonRole::Leader | domain::PersonRole::WorkingGroupMember},
        {"Ida Lund", domain::PersonRoles(domain::PersonRole::WorkingGroupMember)},
        {"Ali Noor", domain::PersonRoles(domain::PersonRole::WorkingGroupMember)},
        {"Eva Berg", domain::PersonRoles(domain::PersonRole::WorkingGroupMember)},
    };
    for (const auto& [name, roles] : members) {
        domain::Person p;
        p.botilbudId = f.home;
        p.name = QString::fromUtf8(name);
        p.roles = roles;
        REQUIRE(storage::PersonRepository(*f.db).add(p).ok());
    }
}

void addDueThings(MeasureFixture& f) {
    ProgrammeService programme(*f.db);
    domain::ProgrammeEvent held;
    held.botilbudId = f.home;
    held.kind = domain::EventKind::LearningSession;
    held.number = 1;
    held.date = QDate(2024, 3, 1);
    held.title = QStringLiteral("Læringstræf 1");
    REQUIRE(programme.saveEvent(held).ok());
    domain::ProgrammeEvent next = held;
    next.number = 2;
    next.date = QDate(2024, 4, 2);
    next.title = QStringLiteral("Læringstræf 2");
    REQUIRE(programme.saveEvent(next).ok());

    domain::PdsaCycle cycle;
    cycle.botilbudId = f.home;
    cycle.number = 1;
    cycle.title = QStringLiteral("Huskeseddel ved medicinskabet");
    cycle.status = domain::PdsaStatus::Doing;
    cycle.prediction = QStringLiteral("Færre glemte doser.");
    cycle.startDate = QDate(2024, 2, 20);
    cycle.endDate = QDate(2024, 3, 10);
    REQUIRE(PdsaService(*f.db).save(cycle).ok());

    // The working group as the programme asks for it, so it adds no step of its own.
    domain::Person person;
    person.botilbudId = f.home;
    person.name = QStringLiteral("Karen Dahl");
    person.roles = domain::PersonRole::Tovholder | domain::PersonRole::WorkingGroupMember;
    auto personId = storage::PersonRepository(*f.db).add(person);
    REQUIRE(personId.ok());
    addWorkingGroup(f);
    CompetenceService competence(*f.db);
    for (const QDate& due : {QDate(2024, 3, 1), QDate(2024, 4, 1)}) {
        domain::TrainingRecord record;
        record.personId = *personId;
        record.course = QStringLiteral("Dosisdispensering");
        record.completedDate = QDate(2023, 3, 1);
        record.refresherDue = due;
        REQUIRE(competence.saveTraining(record, QDate(2024, 1, 1)).ok());
    }
}

QList<NextStepPlace> placesOf(const QList<NextStep>& steps) {
    QList<NextStepPlace> places;
    for (const NextStep& step : steps) places << step.place;
    return places;
}

} // namespace

TEST_CASE("Next steps: overdue first by date, then what is coming", "[nextsteps]") {
    MeasureFixture f;
    addDueThings(f);
    const auto steps = NextStepsService(*f.db).forBotilbud(f.home, QDate(2024, 3, 15));
    REQUIRE(steps.ok());
    const QList<NextStepPlace> expected{
        NextStepPlace::Programme,     // 1 March: læringstræf 1 not marked held
        NextStepPlace::Training,      // 1 March: a refresher overdue
        NextStepPlace::Pdsa,          // 10 March: cycle 1 past its end
        NextStepPlace::Measurements,  // 10 March: February's value missing
        NextStepPlace::MonthlyReport, // 10 March: February's report not sent
        NextStepPlace::Overview,      // the start-up checklist, phase 1 runs
        NextStepPlace::Programme,     // 2 April: the next læringstræf
        NextStepPlace::Training,      // a refresher due within a month
    };
    CHECK(placesOf(*steps) == expected);
    for (int i = 0; i < 5; ++i) CHECK((*steps)[i].overdue);
    for (int i = 5; i < 8; ++i) CHECK_FALSE((*steps)[i].overdue);
    CHECK((*steps)[3].text.contains(QStringLiteral("1 of 1")));
    CHECK((*steps)[6].text.contains(QStringLiteral("Læringstræf 2")));
    CHECK((*steps)[6].text.contains(QStringLiteral("18")));
}

TEST_CASE("Next steps: done things drop out; before the 10th the month is not overdue", "[nextsteps]") {
    MeasureFixture f;
    addDueThings(f);
    const QDate early(2024, 3, 5);
    auto steps = NextStepsService(*f.db).forBotilbud(f.home, early);
    REQUIRE(steps.ok());
    for (const NextStep& step : *steps)
        if (step.place == NextStepPlace::Measurements || step.place == NextStepPlace::MonthlyReport)
            CHECK_FALSE(step.overdue);

    // February's value typed and its report sent: both steps are gone.
    domain::Measurement february;
    february.measureId = f.proportion.id;
    february.period = QDate(2024, 2, 1);
    february.numerator = 9;
    february.denominator = 10;
    REQUIRE(storage::MeasureRepository(*f.db).addMeasurement(february).ok());
    domain::MonthlyReport report;
    report.botilbudId = f.home;
    report.month = QDate(2024, 2, 1);
    report.status = domain::ReportStatus::Sent;
    report.selfScore = 3;
    report.sentDate = QDate(2024, 3, 4);
    REQUIRE(MonthlyReportService(*f.db).save(report).ok());
    steps = NextStepsService(*f.db).forBotilbud(f.home, early);
    REQUIRE(steps.ok());
    CHECK_FALSE(placesOf(*steps).contains(NextStepPlace::Measurements));
    CHECK_FALSE(placesOf(*steps).contains(NextStepPlace::MonthlyReport));
}

TEST_CASE("Next steps: after the programme only the final evaluation; without one nothing", "[nextsteps]") {
    MeasureFixture f;
    addDueThings(f);
    const auto after = NextStepsService(*f.db).forBotilbud(f.home, QDate(2026, 3, 15));
    REQUIRE(after.ok());
    REQUIRE(after->size() == 1);
    CHECK(after->first().place == NextStepPlace::MonthlyReport);

    auto other = storage::BotilbudRepository(*f.db).add(
        domain::Botilbud{{}, QStringLiteral("Uden forløb"), QStringLiteral("Fjordby"), 8, QDate(2024, 1, 1)});
    REQUIRE(other.ok());
    const auto none = NextStepsService(*f.db).forBotilbud(*other, QDate(2024, 3, 15));
    REQUIRE(none.ok());
    CHECK(none->isEmpty());
}

TEST_CASE("Next steps: an unfinished start-up checklist is overdue once phase 1 has ended", "[nextsteps]") {
    MeasureFixture f; // phase 1 of the fixture's programme ends before the autumn of 2024
    const auto during = NextStepsService(*f.db).forBotilbud(f.home, QDate(2024, 2, 5));
    const auto after = NextStepsService(*f.db).forBotilbud(f.home, QDate(2024, 11, 5));
    REQUIRE(during.ok());
    REQUIRE(after.ok());
    const auto checklistStep = [](const QList<NextStep>& steps) {
        for (const NextStep& step : steps)
            if (step.place == NextStepPlace::Overview) return std::optional<NextStep>(step);
        return std::optional<NextStep>();
    };
    REQUIRE(checklistStep(*during));
    CHECK_FALSE(checklistStep(*during)->overdue);
    REQUIRE(checklistStep(*after));
    CHECK(checklistStep(*after)->overdue);
}

TEST_CASE("Next steps: a working group short of members, or without tovholder or leader, is named", "[nextsteps]") {
    MeasureFixture f;
    addDueThings(f);
    auto people = storage::PersonRepository(*f.db).forBotilbud(f.home);
    REQUIRE(people.ok());
    // Two of the three members leave, and the leader too.
    int retired = 0;
    for (const domain::Person& p : *people) {
        if (p.name == QStringLiteral("Ida Lund") || p.name == QStringLiteral("Ali Noor") ||
            p.name == QStringLiteral("Jens Holm")) {
            REQUIRE(services::OrganisationService(*f.db).retirePerson(p.id, QDate(2024, 3, 1)).ok());
            ++retired;
        }
    }
    REQUIRE(retired == 3);
    const auto steps = NextStepsService(*f.db).forBotilbud(f.home, QDate(2024, 3, 15));
    REQUIRE(steps.ok());
    QStringList texts;
    for (const NextStep& step : *steps)
        if (step.place == NextStepPlace::People) texts << step.text;
    REQUIRE(texts.size() == 2);
    CHECK(texts.at(0).contains(QStringLiteral("no leader")));
    CHECK(texts.at(1).contains(QStringLiteral("1 member")));
    // Retired, not deleted: the names stay for history.
    auto after = storage::PersonRepository(*f.db).forBotilbud(f.home);
    REQUIRE(after.ok());
    CHECK(after->size() == people->size());
}
