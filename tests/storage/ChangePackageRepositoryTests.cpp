#include "StorageTestSupport.h"
#include "storage/AuditRepository.h"
#include "storage/ChangePackageRepository.h"
#include "storage/ImprovementRepository.h"
#include "storage/SpreadPlanRepository.h"

using namespace medsafe::storage;
using namespace medsafe::storage::test;
using namespace medsafe::domain;

// Runs on SQLite here and on the scratch PostgreSQL server in storage_tests_postgres.

TEST_CASE("A received change package round trips, once per botilbud and spread key, and keeps its origin "
          "when the idea goes",
          "[repository][spread]") {
    auto db = memoryDb();
    const auto botilbud = addBotilbud(*db);
    const QString key = QStringLiteral("6f1c2a3b-4d5e-4f60-8a71-92b3c4d5e6f7");
    ImprovementRepository improvement(*db);
    const auto idea = improvement.addChangeIdea(
        ChangeIdea{{}, botilbud, std::nullopt, QStringLiteral("Dobbelttjek"), {}, key});
    REQUIRE(idea.ok());
    CHECK(improvement.changeIdeas(botilbud).value().constFirst().spreadKey == key);

    ChangePackageRepository repo(*db);
    ReceivedChangePackage package;
    package.botilbudId = botilbud;
    package.spreadKey = key;
    package.changeIdeaId = *idea;
    package.originBotilbud = QStringLiteral("Bostedet Lærkehøj");
    package.originKommune = QStringLiteral("Aarhus");
    package.sha256 = QStringLiteral("ab12");
    package.payload = QByteArrayLiteral("{\"kind\": \"change\", \"title\": \"Dobbelttjek æøå\"}");
    package.receivedOn = QDate(2021, 11, 2);
    package.id = repo.add(package).value();
    auto found = repo.find(botilbud, key);
    REQUIRE(found.ok());
    REQUIRE(found->has_value());
    CHECK(**found == package);
    CHECK_FALSE(repo.find(botilbud, QStringLiteral("other")).value().has_value());

    const auto entries = AuditRepository(*db).verifyChain().value().entries;
    ReceivedChangePackage twice = package;
    twice.id = {};
    CHECK_FALSE(repo.add(twice).ok()); // UNIQUE (botilbud, spread key)
    CHECK(AuditRepository(*db).verifyChain().value().entries == entries);
    CHECK(repo.forBotilbud(botilbud).value().size() == 1);

    // The idea may be deleted by the botilbud; the received package and its origin stay.
    REQUIRE(improvement.removeChangeIdea(*idea).ok());
    const auto kept = repo.forBotilbud(botilbud).value();
    REQUIRE(kept.size() == 1);
    CHECK_FALSE(kept[0].changeIdeaId.has_value());
    CHECK(kept[0].originBotilbud == QStringLiteral("Bostedet Lærkehøj"));
}

TEST_CASE("Spread plan entries round trip, by month, and a stale save is a conflict",
          "[repository][spread]") {
    auto db = memoryDb();
    const auto botilbud = addBotilbud(*db);
    SpreadPlanRepository repo(*db);
    SpreadPlanEntry later{{},
                          botilbud,
                          QStringLiteral("k1"),
                          QStringLiteral("Dobbelttjek"),
                          QDate(2027, 5, 1),
                          QStringLiteral("Efter sommerferien"),
                          {}};
    SpreadPlanEntry sooner{{}, botilbud, QStringLiteral("k2"), QStringLiteral("Tavlemøde"), QDate(2027, 3, 1),
                           {}, {}};
    later.id = repo.add(later).value();
    sooner.id = repo.add(sooner).value();
    auto all = repo.all().value();
    REQUIRE(all.size() == 2);
    CHECK(all[0] == sooner);
    CHECK(all[1] == later);
    CHECK(all[1].rowVersion.value == 1);

    SpreadPlanEntry mine = all[1];
    SpreadPlanEntry theirs = all[1];
    theirs.plannedMonth = QDate(2027, 6, 1);
    REQUIRE(repo.update(theirs).ok());
    mine.note = QStringLiteral("Ændret");
    const auto conflict = repo.update(mine);
    REQUIRE_FALSE(conflict.ok());
    CHECK(conflict.error().conflict);
    CHECK(repo.all().value()[1].plannedMonth == QDate(2027, 6, 1));
    REQUIRE(repo.remove(sooner.id).ok());
    CHECK(repo.all().value().size() == 1);
}
