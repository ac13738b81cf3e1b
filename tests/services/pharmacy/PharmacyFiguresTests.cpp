#include "services/pharmacy/PharmacyFigures.h"
#include "services/pharmacy/RefresherPlan.h"

#include <catch2/catch.hpp>

using namespace medsafe::domain;
using namespace medsafe::services;

namespace {

QaChecklist checklist() {
    QaChecklist c;
    c.id = QaChecklistId{1};
    c.items = {{QaChecklistItemId{10}, QaArea::Storage, QStringLiteral("Låst")},
               {QaChecklistItemId{11}, QaArea::Storage, QStringLiteral("Temperatur")},
               {QaChecklistItemId{12}, QaArea::Dispensing, QStringLiteral("Dobbeltkontrol")},
               {QaChecklistItemId{13}, QaArea::PnMedicine, QStringLiteral("Indikation")}};
    return c;
}

QaVisit visit(const QDate& day, QList<QaResult> results) {
    QaVisit v;
    v.id = QaVisitId{day.toJulianDay()};
    v.visitDate = day;
    v.checklistId = QaChecklistId{1};
    for (int i = 0; i < results.size(); ++i)
        v.answers << QaAnswer{QaChecklistItemId{10 + i}, results[i], {}};
    return v;
}

} // namespace

TEST_CASE("Compliance counts compliant among the items that applied, overall and per area",
          "[pharmacy][figures]") {
    // Storage: compliant, not compliant; dispensing: not applicable; PN: unanswered.
    const QaVisit v =
        visit(QDate(2024, 2, 1), {QaResult::Compliant, QaResult::NotCompliant, QaResult::NotApplicable});
    const ComplianceCount all = PharmacyFigures::compliance(v, checklist());
    CHECK(all == ComplianceCount{1, 1, 1, 1});
    CHECK(*all.share() == Approx(0.5));
    const auto areas = PharmacyFigures::complianceByArea(v, checklist());
    REQUIRE(areas.size() == 3);
    CHECK(areas[0].area == QaArea::Storage);
    CHECK(areas[0].count.applicable() == 2);
    CHECK(areas[1].area == QaArea::Dispensing);
    CHECK_FALSE(areas[1].count.share()); // nothing applied
    CHECK(areas[2].count.unanswered == 1);
}

TEST_CASE("The compliance series has one point per visit; the question series one per month, zeros included",
          "[pharmacy][figures]") {
    const QList<QaVisit> visits{
        visit(QDate(2024, 2, 1),
              {QaResult::Compliant, QaResult::NotCompliant, QaResult::Compliant, QaResult::Compliant}),
        visit(QDate(2024, 8, 1), {QaResult::NotApplicable, QaResult::NotApplicable, QaResult::NotApplicable}),
        visit(QDate(2025, 2, 3),
              {QaResult::Compliant, QaResult::Compliant, QaResult::Compliant, QaResult::Compliant})};
    const MeasureSeries series = PharmacyFigures::complianceSeries(visits, {checklist()});
    REQUIRE(series.points.size() == 2); // the August visit had nothing that applied
    CHECK(series.kind == MeasureKind::Proportion);
    CHECK(series.points[0].date == QDate(2024, 2, 1));
    CHECK(*series.points[0].numerator == 3);
    CHECK(*series.points[0].denominator == 4);
    CHECK(*series.points[1].numerator == 4);
    const MeasureSeries storage = PharmacyFigures::complianceSeries(visits, {checklist()}, QaArea::Storage);
    CHECK(*storage.points[0].numerator == 1);
    CHECK(*storage.points[0].denominator == 2);

    QList<PharmacyQuestion> questions;
    for (const auto& [day, category] : {std::pair{QDate(2024, 1, 5), QuestionCategory::Dosing},
                                        std::pair{QDate(2024, 1, 20), QuestionCategory::Interaction},
                                        std::pair{QDate(2024, 3, 2), QuestionCategory::Dosing}}) {
        PharmacyQuestion q;
        q.askedOn = day;
        q.category = category;
        questions << q;
    }
    const MeasureSeries perMonth =
        PharmacyFigures::questionSeries(questions, QDate(2024, 1, 1), QDate(2024, 4, 1));
    REQUIRE(perMonth.points.size() == 4);
    CHECK(*perMonth.points[0].numerator == 2);
    CHECK(*perMonth.points[1].numerator == 0);
    CHECK(*perMonth.points[2].numerator == 1);
    CHECK(*perMonth.points[3].numerator == 0);
    const MeasureSeries dosing = PharmacyFigures::questionSeries(questions, QDate(2024, 1, 1),
                                                                 QDate(2024, 4, 1), QuestionCategory::Dosing);
    CHECK(*dosing.points[0].numerator == 1);
    const auto byCategory =
        PharmacyFigures::questionsByCategory(questions, QDate(2024, 1, 1), QDate(2024, 1, 31));
    REQUIRE(byCategory.size() == 6);
    CHECK(byCategory[0].category == QuestionCategory::Interaction);
    CHECK(byCategory[0].count == 1);
    CHECK(byCategory[2].count == 1); // dosing, January only
}

TEST_CASE("Refreshers per topic: last course plus the interval; never trained is overdue",
          "[pharmacy][refresher]") {
    CompetenceTopic pn{CompetenceTopicId{1}, BotilbudId{1}, {}, QStringLiteral("PN-medicin"), 1, 24};
    CompetenceTopic noInterval{CompetenceTopicId{2}, BotilbudId{1}, {}, QStringLiteral("Epilepsi"), 2,
                               std::nullopt};
    Person anna{PersonId{1}, BotilbudId{1}, QStringLiteral("Anna"), PersonRole::Staff, true, {}, true, {},
                {}};
    Person bo{PersonId{2}, BotilbudId{1}, QStringLiteral("Bo"), PersonRole::Staff, true, {}, true, {}, {}};
    Person carl{PersonId{3}, BotilbudId{1}, QStringLiteral("Carl"), PersonRole::Staff, true, {}, true, {},
                {}};
    Person office{
        PersonId{4}, BotilbudId{1}, QStringLiteral("Kontor"), PersonRole::Leader, false, {}, true, {}, {}};
    TrainingRecord annaOld{
        {},           anna.id, QStringLiteral("PN"), TrainingProvider::Pharmacy, QDate(2021, 1, 1), {}, {},
        std::nullopt, pn.id};
    TrainingRecord annaNew = annaOld;
    annaNew.completedDate = QDate(2023, 3, 1);
    TrainingRecord boCourse{
        {},           bo.id, QStringLiteral("PN"), TrainingProvider::Pharmacy, QDate(2022, 1, 10), {}, {},
        std::nullopt, pn.id};

    const auto plans = RefresherPlan::plan({pn, noInterval}, {anna, bo, carl, office},
                                           {annaOld, annaNew, boCourse}, QDate(2024, 6, 1));
    REQUIRE(plans.size() == 1); // only topics with an interval
    const TopicRefreshers& plan = plans.first();
    REQUIRE(plan.people.size() == 3); // the leader does not handle medicine
    CHECK(plan.overdueCount() == 2);
    CHECK(plan.people[0].person.name == QStringLiteral("Carl")); // never trained first
    CHECK_FALSE(plan.people[0].lastCompleted.isValid());
    CHECK(plan.people[1].person.name == QStringLiteral("Bo"));
    CHECK(plan.people[1].due == QDate(2024, 1, 10));
    CHECK(plan.people[2].person.name == QStringLiteral("Anna"));
    CHECK(plan.people[2].due == QDate(2025, 3, 1));
    CHECK_FALSE(plan.people[2].overdue);
    CHECK(RefresherPlan::dueAfter(boCourse, {pn}) == QDate(2024, 1, 10));
}
