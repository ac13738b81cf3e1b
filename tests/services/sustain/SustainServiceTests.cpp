// The sustain service on a real database: a change adopted through a PDSA cycle shows its
// measure's frozen chart; the fastholdelsesplan's rows obey the rules, the roles and the row
// versions. Runs on SQLite here and on PostgreSQL in services_tests_postgres.
#include "../measures/MeasureFixture.h"
#include "domain/sustain/SustainPlanValidator.h"
#include "services/sustain/SustainService.h"
#include "storage/ImprovementRepository.h"
#include "storage/PdsaRepository.h"
#include "storage/PersonRepository.h"

#include <catch2/catch.hpp>

using namespace medsafe;
using namespace medsafe::services;
using namespace medsafe::domain;

namespace {

const QDate kToday(2026, 3, 15);

PersonId signIn(storage::Database& db, BotilbudId home, PersonRoles roles, const QString& name) {
    Person person;
    person.botilbudId = home;
    person.name = name;
    person.roles = roles;
    auto id = storage::PersonRepository(db).add(person);
    REQUIRE(id.ok());
    storage::SessionIdentity who;
    who.signedIn = true;
    who.person = *id;
    who.botilbud = home;
    who.roles = roles;
    who.login = name.toLower();
    who.name = name;
    db.setSession(who);
    return *id;
}

// "Dobbeltkontrol" adopted on 20 January 2025 by a cycle measuring the fixture's proportion,
// with 14 monthly values from January 2025 on: 12 around 90 % and then two.
ChangeIdeaId adoptWithValues(test::MeasureFixture& f, const QList<double>& lastTwo) {
    storage::ImprovementRepository improvement(*f.db);
    ChangeIdea idea;
    idea.botilbudId = f.home;
    idea.title = QStringLiteral("Dobbeltkontrol ved dispensering");
    const ChangeIdeaId ideaId = improvement.addChangeIdea(idea).value();
    PdsaCycle cycle;
    cycle.botilbudId = f.home;
    cycle.title = QStringLiteral("Dobbeltkontrol i en uge");
    cycle.prediction = QStringLiteral("Færre fejl ved dispensering");
    cycle.changeIdeaId = ideaId;
    cycle.measureIds = {f.proportion.id};
    cycle.status = PdsaStatus::Completed;
    cycle.startDate = QDate(2024, 12, 1);
    cycle.endDate = QDate(2025, 1, 20);
    cycle.decision = ActDecision::Adopt;
    REQUIRE(storage::PdsaRepository(*f.db).add(cycle).ok());
    QList<Measurement> values;
    const QList<double> baseline{45, 46, 44, 45, 47, 43, 45, 46, 44, 45, 47, 43};
    for (int i = 0; i < 14; ++i) {
        const double numerator = i < 12 ? baseline[i] : lastTwo[i - 12];
        values << Measurement{{}, f.proportion.id, QDate(2025, 1, 1).addMonths(i), numerator, 50.0, false, {},
                              {}};
    }
    REQUIRE(storage::MeasureRepository(*f.db).addMeasurements(values).ok());
    return ideaId;
}

SustainPlanRow planRow(BotilbudId home, ChangeIdeaId idea, PersonId who) {
    SustainPlanRow row;
    row.botilbudId = home;
    row.changeIdeaId = idea;
    row.whatChecked = QStringLiteral("Stikprøve af 10 doseringsæsker: er dobbeltkontrollen kvitteret?");
    row.responsibleId = who;
    row.frequency = CheckFrequency::Monthly;
    return row;
}

} // namespace

TEST_CASE("A change adopted through a PDSA cycle shows its measure's P chart frozen after adoption",
          "[sustain][service]") {
    test::MeasureFixture f;
    const ChangeIdeaId idea = adoptWithValues(f, {45, 46});
    SustainService sustain(*f.db);

    const auto adopted = sustain.adoptedChanges(f.home).value();
    REQUIRE(adopted.size() == 1);
    CHECK(adopted.first().idea.id == idea);
    CHECK(adopted.first().adoptedOn == QDate(2025, 1, 20));

    const auto overview = sustain.overview(f.home, kToday).value();
    REQUIRE(overview.size() == 1);
    REQUIRE(overview.first().measures.size() == 1);
    const SustainedMeasure& m = overview.first().measures.first();
    CHECK(m.frozen.chart.request.chart == ChartType::P);
    CHECK(m.frozen.points == 14);
    CHECK(m.frozen.frozenFrom == QDate(2025, 1, 1));
    CHECK(m.frozen.frozenTo == QDate(2025, 12, 1));
    REQUIRE(m.frozen.centre);
    CHECK(*m.frozen.centre == Approx(90.0)); // 540 of 600, in percent
    CHECK(m.runChart.request.chart == ChartType::Run);
    CHECK(m.status == SustainStatus::Holding);
    CHECK(overview.first().status == SustainStatus::Holding);
}

TEST_CASE("A proportion that falls below its frozen limit after adoption is flagged on the dashboard data",
          "[sustain][service][slipback]") {
    test::MeasureFixture f;
    adoptWithValues(f, {45, 30}); // 60 % in February 2026, far below the frozen lower limit
    const auto data = DashboardService(*f.db).load(f.home, kToday).value();
    const auto flags = SustainedChanges::slipBackSentences(data);
    REQUIRE(flags.size() == 1);
    CHECK(flags.value(f.proportion.id).contains(QStringLiteral("»Dobbeltkontrol ved dispensering«")));
    CHECK(flags.value(f.proportion.id).contains(QStringLiteral("januar 2025")));
    CHECK(flags.value(f.proportion.id)
              .contains(QStringLiteral("februar 2026 lies below the lower control limit")));
    CHECK(SustainService(*f.db).overview(f.home, kToday).value().first().status ==
          SustainStatus::SlippingBack);
}

TEST_CASE("Plan rows: bad input is refused whole, roles without EditImprovement are refused, a stale save "
          "is a conflict",
          "[sustain][plan]") {
    test::MeasureFixture f;
    storage::Database& db = *f.db;
    const ChangeIdeaId idea = adoptWithValues(f, {45, 46});
    SustainService sustain(db);

    // Staff may not write the plan.
    const PersonId staff = signIn(db, f.home, PersonRole::Staff, QStringLiteral("Sofie"));
    const auto refused = sustain.saveRow(planRow(f.home, idea, staff), kToday);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().forbidden);
    CHECK(sustain.plan(f.home).value().isEmpty());

    const PersonId tove = signIn(db, f.home, PersonRole::Tovholder, QStringLiteral("Tove"));
    SustainPlanRow bad = planRow(f.home, idea, tove);
    bad.whatChecked = QStringLiteral("  ");
    bad.note = QStringLiteral("Beboeren Hans glemmer tit");
    bad.lastCheckedOn = kToday.addDays(1);
    bad.responsibleId.reset();
    const auto issues = SustainService::check(bad, kToday);
    CHECK(hasIssue(issues, QStringLiteral("whatChecked")));
    CHECK(hasIssue(issues, QStringLiteral("note")));
    CHECK(hasIssue(issues, QStringLiteral("lastCheckedOn")));
    CHECK(hasIssue(issues, QStringLiteral("responsibleId")));
    const auto badSave = sustain.saveRow(bad, kToday);
    REQUIRE_FALSE(badSave.ok());
    CHECK_FALSE(badSave.error().userMessage.isEmpty());
    CHECK(sustain.plan(f.home).value().isEmpty());

    // Someone from another botilbud cannot be the one who checks.
    auto other = storage::BotilbudRepository(db).add(
        Botilbud{{}, QStringLiteral("Andethjem"), QStringLiteral("Fjordby"), 5, QDate(2023, 1, 1)});
    REQUIRE(other.ok());
    Person stranger;
    stranger.botilbudId = *other;
    stranger.name = QStringLiteral("Fremmed");
    stranger.roles = PersonRole::Staff;
    const PersonId strangerId = storage::PersonRepository(db).add(stranger).value();
    REQUIRE_FALSE(sustain.saveRow(planRow(f.home, idea, strangerId), kToday).ok());
    CHECK(sustain.plan(f.home).value().isEmpty());

    SustainPlanRow row = planRow(f.home, idea, tove);
    row.measureId = f.proportion.id;
    row.id = sustain.saveRow(row, kToday).value();
    auto stored = sustain.plan(f.home, idea).value();
    REQUIRE(stored.size() == 1);
    CHECK(stored.first() == row);
    CHECK(stored.first().overdueOn(kToday)); // never checked
    CHECK_FALSE(stored.first().nextDue().isValid());

    SustainPlanRow mine = stored.first();
    REQUIRE(sustain.markChecked(stored.first(), kToday).ok());
    stored = sustain.plan(f.home).value();
    CHECK(stored.first().lastCheckedOn == kToday);
    CHECK(stored.first().nextDue() == QDate(2026, 4, 15));
    CHECK_FALSE(stored.first().overdueOn(QDate(2026, 4, 15)));
    CHECK(stored.first().overdueOn(QDate(2026, 4, 16)));

    mine.frequency = CheckFrequency::Weekly;
    const auto conflict = sustain.saveRow(mine, kToday);
    REQUIRE_FALSE(conflict.ok());
    CHECK(conflict.error().conflict);
    CHECK(sustain.plan(f.home).value().first().frequency == CheckFrequency::Monthly);

    signIn(db, f.home, PersonRole::Staff, QStringLiteral("Sofie2"));
    CHECK(sustain.removeRow(stored.first()).error().forbidden);
    signIn(db, f.home, PersonRole::WorkingGroupMember, QStringLiteral("Gry"));
    REQUIRE(sustain.removeRow(stored.first()).ok());
    CHECK(sustain.plan(f.home).value().isEmpty());
}

TEST_CASE("The next check falls due by the frequency", "[sustain][plan]") {
    const QDate day(2026, 1, 31);
    CHECK(SustainPlanRow::dueAfter(day, CheckFrequency::Weekly) == QDate(2026, 2, 7));
    CHECK(SustainPlanRow::dueAfter(day, CheckFrequency::Fortnightly) == QDate(2026, 2, 14));
    CHECK(SustainPlanRow::dueAfter(day, CheckFrequency::Monthly) == QDate(2026, 2, 28));
    CHECK(SustainPlanRow::dueAfter(day, CheckFrequency::Quarterly) == QDate(2026, 4, 30));
    CHECK(SustainPlanRow::dueAfter(day, CheckFrequency::HalfYearly) == QDate(2026, 7, 31));
    CHECK(SustainPlanRow::dueAfter(day, CheckFrequency::Yearly) == QDate(2027, 1, 31));
    CHECK(SustainPlanValidator::frequencyLabel(CheckFrequency::Fortnightly) ==
          QStringLiteral("every 14 days"));
}
