#include "../measures/MeasureFixture.h"
#include "StartupTestSupport.h"
#include "services/programme/NextStepsService.h"
#include "services/programme/ProgrammeService.h"
#include "services/startup/DelegationService.h"
#include "services/startup/GuidelineService.h"
#include "services/startup/StartupChecklist.h"
#include "storage/CompetenceRepository.h"

#include <algorithm>
#include <catch2/catch.hpp>

using namespace medsafe;
using namespace medsafe::services;
using namespace medsafe::domain;

namespace {

const QDate kToday(2024, 6, 1); // phase 2 of the fixture's programme (January 2024 on)

Guideline guideline(BotilbudId home, const QString& title, const QDate& next) {
    Guideline g;
    g.botilbudId = home;
    g.title = title;
    g.version = QStringLiteral("1.0");
    g.issuedOn = QDate(2023, 3, 1);
    g.nextReviewOn = next;
    return g;
}

Delegation delegation(BotilbudId home, PersonId person, const QString& right, const QDate& from,
                      const QDate& to) {
    Delegation d;
    d.botilbudId = home;
    d.personId = person;
    d.delegatedRight = right;
    d.doctor = QStringLiteral("Læge Jens Holm, Lægehuset Fjordby");
    d.validFrom = from;
    d.validTo = to;
    return d;
}

QList<NextStep> stepsAt(storage::Database& db, BotilbudId home, NextStepPlace place) {
    QList<NextStep> found;
    const QList<NextStep> all = NextStepsService(db).forBotilbud(home, kToday).value();
    for (const NextStep& step : all)
        if (step.place == place) found << step;
    return found;
}

} // namespace

TEST_CASE("Guidelines: reviews tick the checklist, overdue ones are next steps, bad input changes nothing",
          "[startup][guidelines]") {
    test::MeasureFixture f;
    storage::Database& db = *f.db;
    const PersonId tove = test::startup::signInAs(db, f.home, PersonRole::Tovholder, QStringLiteral("Tove"));
    const GuidelineService service(db);

    Guideline pn = guideline(f.home, QStringLiteral("Instruks for PN-medicin"), QDate(2024, 9, 1));
    pn.ownerId = tove;
    pn.id = service.save(pn, kToday).value();
    Guideline old = guideline(f.home, QStringLiteral("Opbevaring af medicin"), QDate(2024, 3, 1));
    old.id = service.save(old, kToday).value();
    Guideline retired = guideline(f.home, QStringLiteral("Gammel dosisdispensering"), {});
    retired.status = GuidelineStatus::Retired;
    retired.id = service.save(retired, kToday).value();

    // Not every guideline in use is reviewed: no automatic tick; one past its review date.
    CHECK_FALSE(StartupChecklist(db).rows(f.home, kToday).value()[1].item.isDone());
    const auto overdue = service.overdue(f.home, kToday).value();
    REQUIRE(overdue.size() == 1);
    CHECK(overdue.first().id == old.id);
    const auto steps = stepsAt(db, f.home, NextStepPlace::StartupGuidelines);
    REQUIRE(steps.size() == 1);
    CHECK(steps.first().overdue);
    CHECK(steps.first().date == QDate(2024, 3, 1));

    // Reviewed: the review moves the next date on and the checklist ticks itself with the latest review.
    pn = service.guidelines(f.home).value()[1];
    REQUIRE(pn.title == QStringLiteral("Instruks for PN-medicin"));
    pn.reviewedOn = QDate(2024, 2, 10);
    pn.finding = QStringLiteral("Mangler maks. døgndosis; tilføjet");
    REQUIRE(service.save(pn, kToday).ok());
    old = service.guidelines(f.home).value()[2];
    old.reviewedOn = QDate(2024, 4, 20);
    old.nextReviewOn = QDate(2025, 4, 20);
    REQUIRE(service.save(old, kToday).ok());
    const auto rows = StartupChecklist(db).rows(f.home, kToday).value();
    CHECK(rows[1].item.kind == ChecklistKind::GuidelinesReviewed);
    CHECK(rows[1].automatic);
    CHECK(rows[1].item.doneDate == QDate(2024, 4, 20));
    CHECK(stepsAt(db, f.home, NextStepPlace::StartupGuidelines).isEmpty());

    // Refused whole with a message per field; nothing changes.
    const auto before = service.guidelines(f.home).value();
    Guideline bad = before[0];
    bad.title.clear();
    bad.finding = QStringLiteral("Talt med borger Hansen om det");
    bad.reviewedOn = QDate(2024, 1, 1);
    const auto issues = GuidelineService::check(bad, kToday);
    CHECK(hasIssue(issues, QStringLiteral("title")));
    CHECK(hasIssue(issues, QStringLiteral("finding")));
    Guideline noDate = before[1];
    noDate.nextReviewOn = {};
    CHECK(hasIssue(GuidelineService::check(noDate, kToday), QStringLiteral("nextReviewOn")));
    Guideline backwards = before[1];
    backwards.reviewedOn = QDate(2022, 1, 1);
    CHECK(hasIssue(GuidelineService::check(backwards, kToday), QStringLiteral("reviewedOn")));
    CHECK_FALSE(service.save(bad, kToday).ok());
    CHECK_FALSE(service.save(noDate, kToday).ok());
    CHECK(service.guidelines(f.home).value() == before);

    // A stale save is a conflict.
    Guideline stale = before[1];
    Guideline fresh = before[1];
    fresh.version = QStringLiteral("2.0");
    REQUIRE(service.save(fresh, kToday).ok());
    stale.status = GuidelineStatus::UnderRevision;
    CHECK(service.save(stale, kToday).error().conflict);

    // Staff may read but not write.
    test::startup::signInAs(db, f.home, PersonRole::Staff, QStringLiteral("Sofie"));
    CHECK_FALSE(service.save(guideline(f.home, QStringLiteral("Ny"), QDate(2025, 1, 1)), kToday).ok());
    CHECK_FALSE(service.remove(before[0]).ok());
    CHECK(service.guidelines(f.home).value().size() == 3);
}

TEST_CASE("Delegations: expiring and expired ones are next steps, staff without one are listed, and the "
          "checklist ticks when everyone handling medicine holds one",
          "[startup][delegations]") {
    test::MeasureFixture f;
    storage::Database& db = *f.db;
    test::startup::signInAs(db, f.home, PersonRole::Tovholder, QStringLiteral("Tove"));
    const PersonId anna = test::startup::addStaff(db, f.home, QStringLiteral("Anna"), true);
    const PersonId bo = test::startup::addStaff(db, f.home, QStringLiteral("Bo"), true);
    const PersonId carl = test::startup::addStaff(db, f.home, QStringLiteral("Carl"), true);
    test::startup::addStaff(db, f.home, QStringLiteral("Dorte"), false); // no medicine
    const PersonId left =
        test::startup::addStaff(db, f.home, QStringLiteral("Erik"), true, false); // has left
    const DelegationService service(db);

    CHECK(service.staffWithoutDelegation(f.home, kToday).value().size() == 3);
    CHECK_FALSE(StartupChecklist(db).rows(f.home, kToday).value()[3].item.isDone());

    service.save(delegation(f.home, anna, QStringLiteral("Dispensering"), QDate(2024, 1, 15), {})).value();
    service
        .save(delegation(f.home, bo, QStringLiteral("Insulin / injektion"), QDate(2023, 6, 1),
                         QDate(2024, 6, 20)))
        .value();
    service.save(delegation(f.home, carl, QStringLiteral("PN-medicin"), QDate(2023, 6, 1), QDate(2024, 5, 1)))
        .value();
    service.save(delegation(f.home, left, QStringLiteral("PN-medicin"), QDate(2023, 1, 1), QDate(2024, 1, 1)))
        .value();

    // Bo's runs out within 30 days; Carl's has run out (Erik has left, so his is no step).
    const auto soon = service.expiringSoon(f.home, kToday).value();
    REQUIRE(soon.size() == 1);
    CHECK(soon.first().personId == bo);
    const auto expired = service.expiredUnrenewed(f.home, kToday).value();
    REQUIRE(expired.size() == 1);
    CHECK(expired.first().personId == carl);
    auto steps = stepsAt(db, f.home, NextStepPlace::StartupDelegations);
    REQUIRE(steps.size() == 2);
    const auto soonStep =
        std::find_if(steps.cbegin(), steps.cend(), [](const NextStep& s) { return !s.overdue; });
    REQUIRE(soonStep != steps.cend());
    CHECK(soonStep->date == QDate(2024, 6, 20));
    CHECK(soonStep->text.contains(QStringLiteral("30")));
    const auto without = service.staffWithoutDelegation(f.home, kToday).value();
    REQUIRE(without.size() == 1);
    CHECK(without.first().id == carl);
    CHECK_FALSE(StartupChecklist(db).rows(f.home, kToday).value()[3].item.isDone());

    // Carl's renewed: no longer expired; everyone holds one, so the checklist ticks with the latest start.
    service
        .save(delegation(f.home, carl, QStringLiteral("PN-medicin"), QDate(2024, 5, 10), QDate(2025, 5, 9)))
        .value();
    CHECK(service.expiredUnrenewed(f.home, kToday).value().isEmpty());
    CHECK(service.staffWithoutDelegation(f.home, kToday).value().isEmpty());
    const auto rows = StartupChecklist(db).rows(f.home, kToday).value();
    CHECK(rows[3].item.kind == ChecklistKind::DelegatedRightsReviewed);
    CHECK(rows[3].automatic);
    CHECK(rows[3].item.doneDate == QDate(2024, 5, 10));
    steps = stepsAt(db, f.home, NextStepPlace::StartupDelegations);
    REQUIRE(steps.size() == 1);
    CHECK_FALSE(steps.first().overdue);

    // A manual tick still counts and is not marked automatic.
    ChecklistItem manual = rows[4].item;
    manual.doneDate = QDate(2024, 5, 31);
    REQUIRE(ProgrammeService(db).saveChecklistItem(manual).ok());
    CHECK(StartupChecklist(db).rows(f.home, kToday).value()[4].item.doneDate == QDate(2024, 5, 31));
    CHECK_FALSE(StartupChecklist(db).rows(f.home, kToday).value()[4].automatic);

    // Bad input: nothing stored; dates in order, a person of the botilbud, required texts.
    const auto stored = service.delegations(f.home).value();
    Delegation bad = delegation(f.home, anna, QString(), QDate(2024, 5, 1), QDate(2024, 4, 1));
    bad.doctor.clear();
    const auto issues = DelegationService::check(bad);
    CHECK(hasIssue(issues, QStringLiteral("delegatedRight")));
    CHECK(hasIssue(issues, QStringLiteral("doctor")));
    CHECK(hasIssue(issues, QStringLiteral("validTo")));
    CHECK_FALSE(service.save(bad).ok());
    CHECK_FALSE(
        service.save(delegation(f.home, PersonId{9999}, QStringLiteral("PN"), QDate(2024, 1, 1), {})).ok());
    CHECK(service.delegations(f.home).value() == stored);

    // Stale save: conflict.
    Delegation stale = stored.first();
    Delegation fresh = stored.first();
    fresh.note = QStringLiteral("Fornyet efter samtale");
    REQUIRE(service.save(fresh).ok());
    stale.doctor = QStringLiteral("Anden læge");
    CHECK(service.save(stale).error().conflict);

    // A leader may write; staff may not.
    test::startup::signInAs(db, f.home, PersonRole::Staff, QStringLiteral("Sofie"));
    CHECK_FALSE(
        service.save(delegation(f.home, anna, QStringLiteral("Øjendråber"), QDate(2024, 5, 1), {})).ok());
    CHECK_FALSE(service.remove(stored.first()).ok());
    test::startup::signInAs(db, f.home, PersonRole::Leader, QStringLiteral("Lene"));
    CHECK(service.save(delegation(f.home, anna, QStringLiteral("Øjendråber"), QDate(2024, 5, 1), {})).ok());
}

TEST_CASE("A competence survey round with answers ticks the competence item", "[startup][checklist]") {
    test::MeasureFixture f;
    storage::Database& db = *f.db;
    CHECK_FALSE(StartupChecklist(db).rows(f.home, kToday).value()[2].item.isDone());
    CHECK(StartupChecklist::placeOf(ChecklistKind::CompetencesReviewed) == NextStepPlace::Competences);
    storage::CompetenceRepository repository(db);
    CompetenceTopic topic;
    topic.botilbudId = f.home;
    topic.name = QStringLiteral("Bivirkninger");
    const auto topicId = repository.addTopic(topic).value();
    const auto round =
        repository.addRound(SurveyRound{{}, f.home, QStringLiteral("Start"), QDate(2024, 2, 1)}).value();
    CHECK_FALSE(
        StartupChecklist(db).rows(f.home, kToday).value()[2].item.isDone()); // a round without answers
    const PersonId anna = test::startup::addStaff(db, f.home, QStringLiteral("Anna"), true);
    REQUIRE(repository.saveAnswer(CompetenceAnswer{round, anna, topicId, 2, true}).ok());
    const auto rows = StartupChecklist(db).rows(f.home, kToday).value();
    CHECK(rows[2].item.kind == ChecklistKind::CompetencesReviewed);
    CHECK(rows[2].automatic);
    CHECK(rows[2].item.doneDate == QDate(2024, 2, 1));
}
