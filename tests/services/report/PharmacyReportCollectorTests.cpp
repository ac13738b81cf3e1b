// The pharmacy section of the monthly report and the final evaluation (issue 15 item 7),
// collected from hand-made data (PharmacyReportFixture); every expected number is counted
// from the fixture's table, not taken from a run.
#include "PharmacyReportFixture.h"
#include "services/crypto/PackageSigning.h"
#include "services/packages/ReportPackageWriter.h"
#include "services/report/FinalEvaluationCollector.h"
#include "services/report/PharmacyReportCollector.h"
#include "services/report/ReportAnonymiser.h"
#include "services/report/ReportContentCollector.h"

#include <catch2/catch.hpp>

using namespace medsafe;
using namespace medsafe::services;
using namespace medsafe::domain;
using test::PharmacyReportFixture;

namespace {

// Counts in the category order Interaction, SideEffect, Dosing, Storage, CrushingSplitting, Other;
// also checks the list has every category in that order.
QList<int> byCategory(const QList<QuestionCategoryCount>& counts) {
    REQUIRE(counts.size() == allValues<QuestionCategory>().size());
    QList<int> out;
    for (qsizetype i = 0; i < counts.size(); ++i) {
        CHECK(counts[i].category == allValues<QuestionCategory>()[i]);
        out << counts[i].count;
    }
    return out;
}

PharmacySummary monthOf(PharmacyReportFixture& f, const QDate& month) {
    auto content = ReportContentCollector(f.db).collect(f.home, month);
    INFO((content.ok() ? QString() : content.error().message).toStdString());
    REQUIRE(content.ok());
    REQUIRE(content->pharmacy.has_value());
    return *content->pharmacy;
}

} // namespace

TEST_CASE("The monthly report counts the pharmacy's work as it stood at the month's end",
          "[report][collector][pharmacy]") {
    PharmacyReportFixture f;
    const PharmacySummary s = monthOf(f, QDate(2024, 4, 1));

    // Both agreements ran in April; the one that started last is shown, without its contact.
    REQUIRE(s.agreement.has_value());
    CHECK(s.agreement->pharmacyName == QStringLiteral("Løve Apotek"));
    CHECK(s.agreement->visitsPerYear == 4);

    // V2 (8 April) is the month's only visit and the latest; V3 in June is not seen yet.
    CHECK(s.visitsInMonth == 1);
    REQUIRE(s.latestVisit.has_value());
    CHECK(s.latestVisit->date == QDate(2024, 4, 8));
    CHECK(s.latestVisit->overall == ComplianceCount{3, 1, 0, 1});
    CHECK(s.latestVisit->overall.share() == Approx(0.75));
    REQUIRE(s.latestVisit->byArea.size() == 4); // areas without items are left out
    CHECK(s.latestVisit->byArea[0] == AreaCompliance{QaArea::Storage, {2, 0, 0, 0}});
    CHECK(s.latestVisit->byArea[1] == AreaCompliance{QaArea::Documentation, {0, 1, 0, 0}});
    CHECK(s.latestVisit->byArea[2] == AreaCompliance{QaArea::PnMedicine, {1, 0, 0, 0}});
    CHECK(s.latestVisit->byArea[3] == AreaCompliance{QaArea::Disposal, {0, 0, 0, 1}});

    // Open on 30 April: P1 (closed only on 15 May, so still open then, due 13 March: overdue)
    // and D1 (in progress, due 8 May). S2 was closed 20 March; V3's finding is later.
    REQUIRE(s.openFindings.size() == 2);
    const ReportFinding& p1 = s.openFindings[0];
    CHECK(p1.area == QaArea::PnMedicine);
    CHECK(p1.item == f.checklist.items[3].text);
    CHECK(p1.severity == FindingSeverity::High);
    CHECK(p1.visitDate == QDate(2024, 2, 12));
    CHECK(p1.dueDate == QDate(2024, 3, 13));
    CHECK(p1.status == FindingStatus::Open);
    const ReportFinding& d1 = s.openFindings[1];
    CHECK(d1.area == QaArea::Documentation);
    CHECK(d1.item == QStringLiteral("Medicinlisten stemmer med FMK"));
    CHECK(d1.severity == FindingSeverity::Low);
    CHECK(d1.dueDate == QDate(2024, 5, 8));
    CHECK(d1.status == FindingStatus::InProgress);
    CHECK(s.overdueOn(QDate(2024, 4, 30)) == 1);

    // April: dosing 2 April and 15 April, side effect 30 April (the last day counts); 1 May not.
    CHECK(byCategory(s.questionsInMonth) == QList<int>{0, 1, 2, 0, 0, 0});
    // So far from the programme's start (1 January): the December question is left out.
    CHECK(byCategory(s.questionsSoFar) == QList<int>{1, 1, 2, 1, 0, 0});
    CHECK(s.procedureChangesInMonth == 1);
    CHECK(s.procedureChangesSoFar == 2);
    CHECK_FALSE(s.isEmpty());
}

TEST_CASE("Earlier months show the older agreement, the visit before them and findings not yet closed",
          "[report][collector][pharmacy]") {
    PharmacyReportFixture f;

    const PharmacySummary march = monthOf(f, QDate(2024, 3, 1));
    REQUIRE(march.agreement.has_value());
    CHECK(march.agreement->pharmacyName == QStringLiteral("Apoteket Trøjborg"));
    CHECK(march.agreement->visitsPerYear == 2);
    CHECK(march.visitsInMonth == 0);
    REQUIRE(march.latestVisit.has_value());
    CHECK(march.latestVisit->date == QDate(2024, 2, 12));
    CHECK(march.latestVisit->overall == ComplianceCount{2, 2, 1, 0}); // X1 not applicable
    CHECK(march.latestVisit->overall.share() == Approx(0.5));
    // S2 closed on 20 March; P1 still open on the 31st and past its deadline of 13 March.
    REQUIRE(march.openFindings.size() == 1);
    CHECK(march.openFindings[0].area == QaArea::PnMedicine);
    CHECK(march.overdueOn(QDate(2024, 3, 31)) == 1);
    CHECK(byCategory(march.questionsInMonth) == QList<int>{0, 0, 0, 1, 0, 0});
    CHECK(byCategory(march.questionsSoFar) == QList<int>{1, 0, 0, 1, 0, 0});
    CHECK(march.procedureChangesInMonth == 0);
    CHECK(march.procedureChangesSoFar == 1);

    // February: the finding is not yet due on the 29th (due 13 March).
    const PharmacySummary february = monthOf(f, QDate(2024, 2, 1));
    CHECK(february.visitsInMonth == 1);
    CHECK(february.openFindings.size() == 2);
    CHECK(february.overdueOn(QDate(2024, 2, 29)) == 0);

    // January: no visit yet; the one question of the month, none from before the programme.
    const PharmacySummary january = monthOf(f, QDate(2024, 1, 1));
    CHECK_FALSE(january.latestVisit.has_value());
    CHECK(january.openFindings.isEmpty());
    CHECK(byCategory(january.questionsInMonth) == QList<int>{1, 0, 0, 0, 0, 0});
    CHECK(byCategory(january.questionsSoFar) == QList<int>{1, 0, 0, 0, 0, 0});
    CHECK_FALSE(january.isEmpty());

    // Before the programme, "so far" starts with the month itself: December's own question.
    const PharmacySummary december = monthOf(f, QDate(2023, 12, 1));
    CHECK(byCategory(december.questionsSoFar) == QList<int>{0, 0, 1, 0, 0, 0});
}

TEST_CASE("A botilbud without pharmacy data gets an empty section", "[report][collector][pharmacy]") {
    test::MeasureFixture f;
    auto content = ReportContentCollector(*f.db).collect(f.home, QDate(2024, 4, 1));
    REQUIRE(content.ok());
    REQUIRE(content->pharmacy.has_value());
    CHECK(content->pharmacy->isEmpty());
    CHECK_FALSE(content->pharmacy->agreement.has_value());
    CHECK(content->pharmacy->visitsInMonth == 0);
    CHECK(byCategory(content->pharmacy->questionsInMonth) == QList<int>{0, 0, 0, 0, 0, 0});

    // An agreement that ended before the month is no agreement of the month.
    PharmacyAgreement old;
    old.pharmacyName = QStringLiteral("Apoteket");
    old.startsOn = QDate(2020, 1, 1);
    old.endsOn = QDate(2024, 3, 31);
    CHECK_FALSE(PharmacyReportCollector::agreementDuring({old}, QDate(2024, 4, 1), QDate(2024, 4, 30)));
    CHECK(PharmacyReportCollector::agreementDuring({old}, QDate(2024, 3, 1), QDate(2024, 3, 31)));
}

TEST_CASE("Shared content keeps the pharmacy's figures, redacts names in item texts and sends no contact, "
          "action or question",
          "[report][collector][pharmacy][privacy]") {
    PharmacyReportFixture f;
    const QDate april(2024, 4, 1);
    auto exact = ReportContentCollector(f.db).collect(f.home, april);
    auto shared = ReportContentCollector(f.db).collectForSharing(f.home, april);
    REQUIRE(exact.ok());
    REQUIRE(shared.ok());
    REQUIRE(shared->pharmacy.has_value());
    const PharmacySummary& s = *shared->pharmacy;
    REQUIRE(s.openFindings.size() == 2);
    REQUIRE(exact->pharmacy->openFindings.size() == 2);
    // The tovholder's surname in P1's wording is replaced; nothing else changes.
    CHECK(s.openFindings[0].item == QStringLiteral("PN-skema kontrolleres af %1 ved vagtskifte")
                                        .arg(ReportAnonymiser::namePlaceholder()));
    CHECK(s.openFindings[1].item == exact->pharmacy->openFindings[1].item);
    CHECK(s.agreement == exact->pharmacy->agreement);
    CHECK(s.latestVisit == exact->pharmacy->latestVisit);
    CHECK(s.questionsSoFar == exact->pharmacy->questionsSoFar);

    auto key = PackageSigning::generate();
    REQUIRE(key.ok());
    const QString package = QString::fromUtf8(ReportPackageWriter::write(*shared, *key));
    CHECK(package.contains(QStringLiteral("Løve Apotek")));
    CHECK(package.contains(QStringLiteral("Medicinlisten stemmer med FMK")));
    for (const QString& secret : PharmacyReportFixture::secrets()) {
        INFO(secret.toStdString());
        CHECK_FALSE(package.contains(secret));
    }
}

TEST_CASE("The final evaluation counts the pharmacy's work over the programme",
          "[report][collector][pharmacy]") {
    PharmacyReportFixture f;
    // Made on 15 July 2024: the programme runs on, so the evaluation ends on 30 June.
    auto content = FinalEvaluationCollector(f.db).collect(f.home, QDate(2024, 7, 15));
    INFO((content.ok() ? QString() : content.error().message).toStdString());
    REQUIRE(content.ok());
    REQUIRE(content->to == QDate(2024, 6, 30));
    const PharmacyProgrammeSummary& s = content->pharmacy;

    REQUIRE(s.agreement.has_value());
    CHECK(s.agreement->pharmacyName == QStringLiteral("Løve Apotek"));
    REQUIRE(s.visits.size() == 3);
    CHECK(s.visits[0].date == QDate(2024, 2, 12));
    CHECK(s.visits[0].overall == ComplianceCount{2, 2, 1, 0});
    CHECK(s.visits[1].date == QDate(2024, 4, 8));
    CHECK(s.visits[1].overall == ComplianceCount{3, 1, 0, 1});
    CHECK(s.visits[2].date == QDate(2024, 6, 20));
    CHECK(s.visits[2].overall == ComplianceCount{4, 1, 0, 0});

    // Four findings; S2 and P1 closed by 30 June; D1 (due 8 May) overdue, S1 (due 20 July) not.
    CHECK(s.findingsOpened == 4);
    CHECK(s.findingsClosed == 2);
    CHECK(s.findingsStillOpen() == 2);
    CHECK(s.findingsOverdue == 1);

    // 1 January – 30 June: every question but December's.
    CHECK(byCategory(s.questions) == QList<int>{1, 1, 2, 1, 0, 1});
    CHECK(s.procedureChanges == 2);
    CHECK_FALSE(s.isEmpty());

    // Made on 15 March instead: only V1, and neither of its findings closed by 29 February.
    auto early = FinalEvaluationCollector(f.db).collect(f.home, QDate(2024, 3, 15));
    REQUIRE(early.ok());
    CHECK(early->pharmacy.visits.size() == 1);
    CHECK(early->pharmacy.findingsOpened == 2);
    CHECK(early->pharmacy.findingsClosed == 0);
    CHECK(early->pharmacy.findingsOverdue == 0); // both due 13 March
    CHECK(early->pharmacy.agreement->pharmacyName == QStringLiteral("Apoteket Trøjborg"));
}
