#include "StorageTestSupport.h"
#include "domain/pharmacy/DefaultQaChecklist.h"
#include "storage/AuditRepository.h"
#include "storage/PersonRepository.h"
#include "storage/PharmacyRepository.h"
#include "storage/QaVisitRepository.h"

using namespace medsafe::storage;
using namespace medsafe::storage::test;
using namespace medsafe::domain;

// Runs on SQLite here and on the scratch PostgreSQL server in storage_tests_postgres.

TEST_CASE("Pharmacy agreements and questions round trip, and a stale save is a conflict",
          "[repository][pharmacy]") {
    auto db = memoryDb();
    const auto botilbud = addBotilbud(*db);
    PharmacyRepository repo(*db);

    PharmacyAgreement agreement;
    agreement.botilbudId = botilbud;
    agreement.pharmacyName = QStringLiteral("Apoteket Trøjborg");
    agreement.contactPerson = QStringLiteral("Farmaceut Lise Holm");
    agreement.contactDetails = QStringLiteral("86 12 34 56");
    agreement.teaching = true;
    agreement.qualityAssurance = true;
    agreement.visitsPerYear = 2;
    agreement.teachingPerYear = 1;
    agreement.startsOn = QDate(2024, 1, 1);
    agreement.note = QStringLiteral("Undervisning i PN-medicin hvert forår");
    agreement.id = repo.addAgreement(agreement).value();
    auto stored = repo.agreements(botilbud).value();
    REQUIRE(stored.size() == 1);
    CHECK(stored.first() == agreement);
    CHECK(stored.first().rowVersion.value == 1);
    CHECK(stored.first().covers(QDate(2030, 5, 1)));
    CHECK_FALSE(stored.first().covers(QDate(2023, 12, 31)));

    PharmacyAgreement mine = stored.first();
    PharmacyAgreement theirs = stored.first();
    theirs.visitsPerYear = 4;
    REQUIRE(repo.updateAgreement(theirs).ok());
    mine.endsOn = QDate(2025, 12, 31);
    const auto conflict = repo.updateAgreement(mine);
    REQUIRE_FALSE(conflict.ok());
    CHECK(conflict.error().conflict);
    CHECK(repo.agreements(botilbud).value().first().visitsPerYear == 4);

    const auto person =
        PersonRepository(*db)
            .add(Person{{}, botilbud, QStringLiteral("Karen"), PersonRole::Staff, true, {}, true, {}, {}})
            .value();
    PharmacyQuestion asked;
    asked.botilbudId = botilbud;
    asked.askedOn = QDate(2024, 3, 4);
    asked.askedBy = person;
    asked.category = QuestionCategory::CrushingSplitting;
    asked.question = QStringLiteral("Må Furix knuses?");
    PharmacyQuestion answered = asked;
    answered.askedOn = QDate(2024, 3, 10);
    answered.askedBy.reset();
    answered.category = QuestionCategory::Interaction;
    answered.question = QStringLiteral("Kan Marevan gives med Ibumetin?");
    answered.answer = QStringLiteral("Nej, øget blødningsrisiko. Kontakt lægen.");
    answered.answeredOn = QDate(2024, 3, 11);
    answered.ledToProcedureChange = true;
    answered.goodToKnow = true;
    const auto ids = repo.addQuestions({asked, answered}).value();
    asked.id = ids[0];
    answered.id = ids[1];
    CHECK(repo.questions(botilbud).value() == QList<PharmacyQuestion>{answered, asked}); // newest first

    asked.answer = QStringLiteral("Ja, med vand.");
    asked.answeredOn = QDate(2024, 3, 5);
    asked.rowVersion.value = 1;
    REQUIRE(repo.updateQuestion(asked).ok());
    CHECK(repo.questions(botilbud).value().last() == asked);
    REQUIRE(repo.removeQuestion(answered.id).ok());
    CHECK(repo.questions(botilbud).value().size() == 1);
}

TEST_CASE("Checklist versions are numbered per botilbud and keep their items in order",
          "[repository][pharmacy]") {
    auto db = memoryDb();
    const auto botilbud = addBotilbud(*db);
    const auto other = addBotilbud(*db, QStringLiteral("Solsikken"));
    PharmacyRepository repo(*db);

    QaChecklist first{{}, botilbud, 0, QDate(2024, 1, 2), DefaultQaChecklist::items()};
    const auto firstId = repo.addChecklistVersion(first).value();
    QList<QaChecklistItem> edited = DefaultQaChecklist::items();
    edited.removeLast();
    edited << QaChecklistItem{{}, QaArea::Disposal, QStringLiteral("Kassation sker i lukket beholder")};
    const auto secondId =
        repo.addChecklistVersion(QaChecklist{{}, botilbud, 0, QDate(2024, 6, 1), edited}).value();
    REQUIRE(repo.addChecklistVersion(QaChecklist{{}, other, 0, QDate(2024, 6, 1), edited}).ok());

    const auto versions = repo.checklists(botilbud).value();
    REQUIRE(versions.size() == 2);
    CHECK(versions[0].id == firstId);
    CHECK(versions[0].versionNumber == 1);
    CHECK(versions[1].id == secondId);
    CHECK(versions[1].versionNumber == 2);
    CHECK(repo.checklists(other).value().first().versionNumber == 1);
    REQUIRE(versions[0].items.size() == DefaultQaChecklist::items().size());
    CHECK(versions[0].items.last().text == DefaultQaChecklist::items().last().text);
    CHECK(versions[1].items.last().text == QStringLiteral("Kassation sker i lukket beholder"));
    CHECK(versions[0].items.first().id != versions[1].items.first().id); // a version owns its items
    CHECK(repo.checklist(secondId).value() == versions[1]);
}

TEST_CASE("A visit's answers are written as they change, and findings follow it", "[repository][pharmacy]") {
    auto db = memoryDb();
    const auto botilbud = addBotilbud(*db);
    PharmacyRepository pharmacy(*db);
    const auto checklist =
        pharmacy
            .checklist(
                pharmacy
                    .addChecklistVersion({{}, botilbud, 0, QDate(2024, 1, 2), DefaultQaChecklist::items()})
                    .value())
            .value();
    QaVisitRepository repo(*db);

    QaVisit visit;
    visit.botilbudId = botilbud;
    visit.visitDate = QDate(2024, 2, 1);
    visit.auditor = QStringLiteral("Lise Holm, Apoteket Trøjborg");
    visit.checklistId = checklist.id;
    visit.answers = {{checklist.items[0].id, QaResult::Compliant, {}},
                     {checklist.items[1].id, QaResult::NotCompliant, QStringLiteral("Ingen log i januar")},
                     {checklist.items[2].id, QaResult::NotApplicable, {}}};
    visit.id = repo.addVisit(visit).value();
    auto visits = repo.visits(botilbud).value();
    REQUIRE(visits.size() == 1);
    CHECK(visits.first() == visit);

    // Only the changed answer is written: one audit entry for qa_answer, an update.
    const auto before = AuditRepository(*db).verifyChain().value().entries;
    QaVisit edited = visits.first();
    edited.answers[1].result = QaResult::Compliant;
    edited.answers.removeLast();
    REQUIRE(repo.updateVisit(edited).ok());
    AuditQuery query;
    query.tables = {QStringLiteral("qa_answer")};
    const auto answerEntries = AuditRepository(*db).entries(query).value();
    CHECK(AuditRepository(*db).verifyChain().value().entries ==
          before + 3); // visit update, answer update, delete
    CHECK(std::count_if(answerEntries.cbegin(), answerEntries.cend(),
                        [](const auto& e) { return e.action == QStringLiteral("update"); }) == 1);
    CHECK(repo.visits(botilbud).value().first().answers == edited.answers);

    QaFinding finding;
    finding.visitId = visit.id;
    finding.itemId = checklist.items[1].id;
    finding.dueDate = QDate(2024, 3, 1);
    finding.id = repo.addFinding(finding).value();
    QaFinding duplicate = finding;
    CHECK_FALSE(repo.addFinding(duplicate).ok()); // one finding per visit and item
    finding.action = QStringLiteral("Termometer med log");
    finding.status = FindingStatus::Closed;
    finding.closedOn = QDate(2024, 2, 20);
    finding.rowVersion.value = 1;
    REQUIRE(repo.updateFinding(finding).ok());
    const auto findings = repo.findings(botilbud).value();
    REQUIRE(findings.size() == 1);
    CHECK(findings.first() == finding);
    CHECK(findings.first().rowVersion.value == 2);

    REQUIRE(repo.removeVisit(visit.id).ok());
    CHECK(repo.visits(botilbud).value().isEmpty());
    CHECK(repo.findings(botilbud).value().isEmpty()); // the visit's findings go with it
}
