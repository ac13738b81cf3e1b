// The demo's pharmacy work (issue 15, item 8): two visits a year whose compliance rises,
// findings that close over time, about sixty questions, texts that name nobody, and the cut at
// "today" of a programme in progress.
#include "demo/DemoGenerator.h"
#include "demo/DemoWriter.h"
#include "domain/pharmacy/PharmacyValidator.h"
#include "domain/pharmacy/ResidentTextGuard.h"
#include "services/pharmacy/PharmacyFigures.h"
#include "services/pharmacy/PharmacyService.h"
#include "services/pharmacy/QaVisitService.h"
#include "storage/Database.h"

#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace medsafe;
using namespace medsafe::demo;
using namespace medsafe::domain;

namespace {

DemoBotilbud finished(std::uint64_t seed = DemoOptions::kDefaultSeed) {
    DemoOptions options;
    options.seed = seed;
    return DemoGenerator(options).generate().botilbud.at(0);
}

double shareAt(const DemoBotilbud& home, int visit) {
    return *services::PharmacyFigures::compliance(home.qaVisits.at(visit), home.qaChecklist).share();
}

} // namespace

TEST_CASE("the demo pharmacy visits twice a year and compliance rises as the changes are adopted",
          "[demo][pharmacy]") {
    for (std::uint64_t seed : {DemoOptions::kDefaultSeed, std::uint64_t{7}, std::uint64_t{2024}}) {
        const DemoBotilbud home = finished(seed);
        REQUIRE(home.pharmacyAgreements.size() == 1);
        CHECK(PharmacyValidator::validate(home.pharmacyAgreements.first()).isEmpty());
        REQUIRE(home.qaVisits.size() == 4); // months 1, 7, 13 and 19 of 24
        for (int i = 1; i < home.qaVisits.size(); ++i) {
            const int days = int(home.qaVisits[i - 1].visitDate.daysTo(home.qaVisits[i].visitDate));
            CHECK(days > 150);
            CHECK(days < 215);
        }
        INFO("seed " << seed);
        CHECK(shareAt(home, 0) < 0.85);
        CHECK(shareAt(home, 3) > shareAt(home, 0));
        CHECK(shareAt(home, 3) >= 0.8);
        for (const QaVisit& visit : home.qaVisits)
            CHECK(PharmacyValidator::validate(visit, home.qaChecklist, home.programme.endDate().addDays(1))
                      .isEmpty());
    }
}

TEST_CASE("every not-compliant item has one finding with an action, a responsible person and a deadline",
          "[demo][pharmacy]") {
    const DemoBotilbud home = finished();
    int notCompliant = 0;
    for (const QaVisit& visit : home.qaVisits) {
        for (const QaAnswer& answer : visit.answers) {
            if (answer.result != QaResult::NotCompliant) continue;
            ++notCompliant;
            const auto matches =
                std::count_if(home.qaFindings.cbegin(), home.qaFindings.cend(), [&](const QaFinding& f) {
                    return f.visitId == visit.id && f.itemId == answer.itemId;
                });
            CHECK(matches == 1);
        }
    }
    CHECK(notCompliant == home.qaFindings.size());
    CHECK(notCompliant >= 4);
    int late = 0;
    for (const QaFinding& f : home.qaFindings) {
        CHECK_FALSE(f.action.isEmpty());
        CHECK(f.responsible);
        CHECK(f.dueDate.isValid());
        if (f.closedOn > f.dueDate) ++late;
    }
    CHECK(late >= 1); // not everything goes to plan
    const auto linked = std::count_if(home.qaFindings.cbegin(), home.qaFindings.cend(),
                                      [](const QaFinding& f) { return f.changeIdeaId.has_value(); });
    CHECK(linked == 1);
}

TEST_CASE("about sixty questions to the pharmacy, in every category, naming nobody",
          "[demo][pharmacy][privacy]") {
    const DemoBotilbud home = finished();
    CHECK(home.pharmacyQuestions.size() >= 45);
    CHECK(home.pharmacyQuestions.size() <= 75);
    QSet<QuestionCategory> categories;
    for (const PharmacyQuestion& q : home.pharmacyQuestions) {
        categories.insert(q.category);
        CHECK(PharmacyValidator::validate(q, home.programme.endDate().addDays(10)).isEmpty());
        for (const Person& person : home.people) {
            CHECK_FALSE(q.question.contains(person.name));
            CHECK_FALSE(q.answer.contains(person.name));
        }
    }
    CHECK(categories.size() == 6);
    for (const QaFinding& f : home.qaFindings)
        CHECK(ResidentTextGuard::problemIn(f.action).isEmpty());
}

TEST_CASE("the demo in progress has no visit or question after today, and open findings on it",
          "[demo][pharmacy][progress]") {
    DemoOptions options;
    options.asOf = QDate(2026, 12, 6);
    const DemoBotilbud home = DemoGenerator(options).generate().botilbud.at(0);
    const QDate today = options.asOf;
    REQUIRE(home.qaVisits.size() == 3); // months 1, 7 and 13; today is early in the 14th
    for (const QaVisit& v : home.qaVisits)
        CHECK(v.visitDate <= today);
    for (const PharmacyQuestion& q : home.pharmacyQuestions) {
        CHECK(q.askedOn <= today);
        CHECK((!q.answeredOn.isValid() || q.answeredOn <= today));
    }
    for (const QaFinding& f : home.qaFindings)
        CHECK((!f.closedOn.isValid() || f.closedOn <= today));
    const auto open = std::count_if(home.qaFindings.cbegin(), home.qaFindings.cend(),
                                    [](const QaFinding& f) { return f.status != FindingStatus::Closed; });
    CHECK(open >= 1);

    // Written whole, and read back through the services as the app does.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.db"));
    REQUIRE(DemoWriter::writeFile(DemoGenerator(options).generate(), path, false).ok());
    auto db = storage::Database::open(path);
    REQUIRE(db.ok());
    services::QaVisitService visits(**db);
    services::PharmacyService pharmacy(**db);
    const BotilbudId first{1};
    CHECK(visits.visits(first).value().size() == 3);
    CHECK(visits.findings(first).value().size() == home.qaFindings.size());
    CHECK(pharmacy.questions(first).value().size() == home.pharmacyQuestions.size());
    CHECK(pharmacy.checklists(first).value().size() == 1);
}
