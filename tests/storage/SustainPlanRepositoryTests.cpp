#include "StorageTestSupport.h"
#include "domain/ChangeIdea.h"
#include "storage/ImprovementRepository.h"
#include "storage/PersonRepository.h"
#include "storage/SustainPlanRepository.h"

using namespace medsafe::storage;
using namespace medsafe::storage::test;
using namespace medsafe::domain;

// Runs on SQLite here and on the scratch PostgreSQL server in storage_tests_postgres.

TEST_CASE("Sustain plan rows round trip, and a stale save is a conflict", "[repository][sustain]") {
    auto db = memoryDb();
    const auto botilbud = addBotilbud(*db);
    ChangeIdea idea;
    idea.botilbudId = botilbud;
    idea.title = QStringLiteral("Dobbeltkontrol ved dispensering");
    const auto ideaId = ImprovementRepository(*db).addChangeIdea(idea).value();
    const auto person =
        PersonRepository(*db)
            .add(Person{{}, botilbud, QStringLiteral("Karen"), PersonRole::Staff, true, {}, true, {}, {}})
            .value();
    SustainPlanRepository repo(*db);

    SustainPlanRow checked;
    checked.botilbudId = botilbud;
    checked.changeIdeaId = ideaId;
    checked.whatChecked = QStringLiteral("Stikprøve af 10 doseringsæsker");
    checked.responsibleId = person;
    checked.frequency = CheckFrequency::HalfYearly;
    checked.lastCheckedOn = QDate(2026, 2, 3);
    checked.note = QStringLiteral("Kvitteringer på tavlen");
    checked.id = repo.add(checked).value();
    SustainPlanRow bare;
    bare.botilbudId = botilbud;
    bare.changeIdeaId = ideaId;
    bare.whatChecked = QStringLiteral("Gennemgang på personalemøde");
    bare.frequency = CheckFrequency::Fortnightly;
    bare.id = repo.add(bare).value();

    auto stored = repo.forBotilbud(botilbud).value();
    REQUIRE(stored.size() == 2);
    CHECK(stored[0] == checked);
    CHECK(stored[1] == bare);
    CHECK_FALSE(stored[1].responsibleId);
    CHECK_FALSE(stored[1].measureId);
    CHECK_FALSE(stored[1].lastCheckedOn.isValid());
    CHECK(stored[0].rowVersion.value == 1);
    CHECK(repo.get(checked.id).value() == checked);

    SustainPlanRow mine = stored[0];
    SustainPlanRow theirs = stored[0];
    theirs.lastCheckedOn = QDate(2026, 3, 1);
    REQUIRE(repo.update(theirs).ok());
    mine.note = QStringLiteral("Min ændring");
    const auto conflict = repo.update(mine);
    REQUIRE_FALSE(conflict.ok());
    CHECK(conflict.error().conflict);
    CHECK(repo.get(checked.id).value().lastCheckedOn == QDate(2026, 3, 1));

    REQUIRE(repo.remove(bare.id).ok());
    CHECK(repo.forBotilbud(botilbud).value().size() == 1);
    CHECK_FALSE(repo.get(bare.id).ok());
}
