#include "../measures/MeasureFixture.h"
#include "domain/pharmacy/DefaultQaChecklist.h"
#include "services/improvement/ImprovementService.h"
#include "services/pharmacy/PharmacyService.h"
#include "services/pharmacy/QaVisitService.h"
#include "storage/AuditRepository.h"
#include "storage/PersonRepository.h"

#include <catch2/catch.hpp>

using namespace medsafe;
using namespace medsafe::services;
using namespace medsafe::domain;

namespace {

const QDate kToday(2024, 6, 1);

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

// A visit against the current checklist: the given items not compliant, the rest compliant.
QaVisit visitWith(const QaChecklist& checklist, BotilbudId home, const QDate& day,
                  const QList<int>& notCompliant) {
    QaVisit visit;
    visit.botilbudId = home;
    visit.visitDate = day;
    visit.auditor = QStringLiteral("Lise Holm");
    visit.checklistId = checklist.id;
    for (int i = 0; i < checklist.items.size(); ++i)
        visit.answers << QaAnswer{checklist.items[i].id,
                                  notCompliant.contains(i) ? QaResult::NotCompliant : QaResult::Compliant,
                                  {}};
    return visit;
}

} // namespace

TEST_CASE(
    "A visit with three not-compliant items gets three open findings due in 30 days; one becomes a change "
    "idea, one is closed, the overdue ones are listed",
    "[pharmacy][visits]") {
    test::MeasureFixture f;
    storage::Database& db = *f.db;
    const PersonId tovholder = signIn(db, f.home, PersonRole::Tovholder, QStringLiteral("Tove"));
    QaVisitService visits(db);
    PharmacyService pharmacy(db);

    // The first visit makes version 1 from the checklist shipped with the app.
    const QaChecklist shown = pharmacy.currentChecklist(f.home).value();
    CHECK_FALSE(shown.id.isValid());
    QaVisit first;
    first.botilbudId = f.home;
    first.visitDate = QDate(2024, 2, 1);
    first.auditor = QStringLiteral("Lise Holm");
    const auto firstId = visits.saveVisit(first, kToday);
    REQUIRE(firstId.ok());
    const QaChecklist checklist = pharmacy.currentChecklist(f.home).value();
    REQUIRE(checklist.id.isValid());
    CHECK(checklist.items.size() == DefaultQaChecklist::items().size());
    CHECK(visits.visits(f.home).value().first().checklistId == checklist.id);

    QaVisit visit = visitWith(checklist, f.home, QDate(2024, 4, 10), {1, 4, 8});
    visit.id = visits.saveVisit(visit, kToday).value();
    auto rows = visits.findings(f.home).value();
    REQUIRE(rows.size() == 3);
    for (const FindingRow& row : rows) {
        CHECK(row.finding.status == FindingStatus::Open);
        CHECK(row.finding.dueDate == QDate(2024, 5, 10));
        CHECK(row.visitDate == QDate(2024, 4, 10));
    }
    CHECK(rows[0].item.text == checklist.items[1].text);
    CHECK(rows[2].item.text == checklist.items[8].text);

    // Saving again changes nothing; a corrected answer removes its untouched finding.
    visit = visits.visits(f.home).value().last();
    REQUIRE(visits.saveVisit(visit, kToday).ok());
    CHECK(visits.findings(f.home).value().size() == 3);

    // One becomes a change idea (linked), one gets an action and is closed.
    auto idea = visits.makeChangeIdea(f.home, rows[0].finding.id, std::nullopt);
    REQUIRE(idea.ok());
    const auto ideas = ImprovementService(db).changeIdeas(f.home).value();
    REQUIRE(ideas.size() == 1);
    CHECK(ideas.first().title == checklist.items[1].text);
    CHECK(ideas.first().description.contains(checklist.items[1].text));
    CHECK(visits.findings(f.home).value()[0].finding.changeIdeaId == *idea);
    CHECK_FALSE(visits.makeChangeIdea(f.home, rows[0].finding.id, std::nullopt).ok()); // once

    QaFinding closing = visits.findings(f.home).value()[1].finding;
    closing.status = FindingStatus::Closed;
    closing.closedOn = QDate(2024, 5, 2);
    auto refused = visits.saveFinding(f.home, closing, kToday);
    REQUIRE_FALSE(refused.ok()); // no action, nobody responsible
    closing.action = QStringLiteral("Ny PN-skabelon med indikation og maks. dosis");
    closing.responsible = tovholder;
    REQUIRE(visits.saveFinding(f.home, closing, kToday).ok());

    // Past 10 May: the two not closed are overdue, the closed one is not.
    const auto overdue = visits.overdueFindings(f.home, QDate(2024, 5, 11)).value();
    REQUIRE(overdue.size() == 2);
    CHECK(overdue[0].finding.id == rows[0].finding.id);
    CHECK(overdue[1].finding.id == rows[2].finding.id);
    CHECK(visits.overdueFindings(f.home, QDate(2024, 5, 10)).value().isEmpty());

    visit = visits.visits(f.home).value().last();
    for (QaAnswer& a : visit.answers)
        a.result = QaResult::Compliant;
    REQUIRE(visits.saveVisit(visit, kToday).ok());
    // The untouched finding went; the linked one and the closed one stay.
    const auto kept = visits.findings(f.home).value();
    REQUIRE(kept.size() == 2);
    CHECK(kept[0].finding.changeIdeaId);
    CHECK(kept[1].finding.status == FindingStatus::Closed);
}

TEST_CASE("Editing the checklist writes a new version; old visits keep theirs", "[pharmacy][checklist]") {
    test::MeasureFixture f;
    storage::Database& db = *f.db;
    signIn(db, f.home, PersonRole::WorkingGroupMember, QStringLiteral("Gry"));
    PharmacyService pharmacy(db);
    QaVisitService visits(db);
    const QaChecklist v1 = pharmacy.currentChecklist(f.home, true).value();
    REQUIRE(visits.saveVisit(visitWith(v1, f.home, QDate(2024, 2, 1), {0}), kToday).ok());

    QList<QaChecklistItem> items = v1.items;
    CHECK(pharmacy.saveChecklist(f.home, items, kToday).value().id == v1.id); // unchanged: no new version
    items << QaChecklistItem{{}, QaArea::Storage, QStringLiteral("Euforiserende stoffer tælles ugentligt")};
    const QaChecklist v2 = pharmacy.saveChecklist(f.home, items, kToday).value();
    CHECK(v2.versionNumber == 2);
    CHECK(v2.items.size() == v1.items.size() + 1);
    CHECK(pharmacy.checklists(f.home).value().size() == 2);
    CHECK(visits.visits(f.home).value().first().checklistId == v1.id);

    items << QaChecklistItem{{}, QaArea::Storage, QStringLiteral("  ")};
    CHECK_FALSE(pharmacy.saveChecklist(f.home, items, kToday).ok());
    CHECK(pharmacy.checklists(f.home).value().size() == 2);

    // An answer to an item of another version is refused whole.
    QaVisit mixed = visitWith(v2, f.home, QDate(2024, 3, 1), {});
    mixed.answers << QaAnswer{v1.items.first().id, QaResult::Compliant, {}};
    CHECK_FALSE(visits.saveVisit(mixed, kToday).ok());
    CHECK(visits.visits(f.home).value().size() == 1);
}

TEST_CASE("Visits refuse bad input and keep the database as it was", "[pharmacy][visits][validation]") {
    test::MeasureFixture f;
    storage::Database& db = *f.db;
    signIn(db, f.home, PersonRole::Tovholder, QStringLiteral("Tove"));
    QaVisitService visits(db);
    const QaChecklist checklist = PharmacyService(db).currentChecklist(f.home, true).value();
    const auto before = storage::AuditRepository(db).verifyChain().value().entries;

    QaVisit future = visitWith(checklist, f.home, kToday.addDays(1), {});
    CHECK_FALSE(visits.saveVisit(future, kToday).ok());
    QaVisit nobody = visitWith(checklist, f.home, QDate(2024, 2, 1), {});
    nobody.auditor = QStringLiteral(" ");
    CHECK_FALSE(visits.saveVisit(nobody, kToday).ok());
    QaVisit cpr = visitWith(checklist, f.home, QDate(2024, 2, 1), {2});
    cpr.answers[2].note = QStringLiteral("Gælder 010203-1234");
    const auto refused = visits.saveVisit(cpr, kToday);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().userMessage.contains(QStringLiteral("CPR")));
    CHECK(storage::AuditRepository(db).verifyChain().value().entries == before);
    CHECK(visits.visits(f.home).value().isEmpty());
}

TEST_CASE("Pharmacy work is the working group's and the pharmacy's; questions are everyone's",
          "[pharmacy][access]") {
    test::MeasureFixture f;
    storage::Database& db = *f.db;
    signIn(db, f.home, PersonRole::Staff, QStringLiteral("Sofie"));
    QaVisitService visits(db);
    PharmacyService pharmacy(db);

    PharmacyAgreement agreement;
    agreement.botilbudId = f.home;
    agreement.pharmacyName = QStringLiteral("Apoteket");
    agreement.qualityAssurance = true;
    agreement.visitsPerYear = 2;
    agreement.startsOn = QDate(2024, 1, 1);
    const auto refused = pharmacy.saveAgreement(agreement);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().forbidden);
    CHECK_FALSE(pharmacy.currentChecklist(f.home, true).ok());

    PharmacyQuestion question;
    question.botilbudId = f.home;
    question.askedOn = QDate(2024, 3, 1);
    question.question = QStringLiteral("Må Furix knuses?");
    CHECK(pharmacy.saveQuestion(question, kToday).ok());

    signIn(db, f.home, PersonRole::PharmacyContact, QStringLiteral("Lise"));
    CHECK(pharmacy.saveAgreement(agreement).ok());
    const QaChecklist checklist = pharmacy.currentChecklist(f.home, true).value();
    CHECK(visits.saveVisit(visitWith(checklist, f.home, QDate(2024, 2, 1), {}), kToday).ok());

    // Another botilbud's pharmacy contact may not write here.
    const auto other = storage::BotilbudRepository(db).add(
        Botilbud{{}, QStringLiteral("Solsikken"), QStringLiteral("Fjordby"), 8, QDate(2023, 1, 1)});
    REQUIRE(other.ok());
    signIn(db, *other, PersonRole::PharmacyContact, QStringLiteral("Lars"));
    CHECK(pharmacy.saveAgreement(agreement).error().forbidden);
}
