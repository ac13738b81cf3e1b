#include "StorageTestSupport.h"
#include "storage/ImprovementRepository.h"
#include "storage/PersonRepository.h"
#include "storage/ProgrammeRepository.h"

using namespace medsafe::storage;
using namespace medsafe::storage::test;
using namespace medsafe::domain;

TEST_CASE("Programme and phases round trip, and save replaces", "[repository][programme]") {
    auto db = memoryDb();
    const auto botilbud = addBotilbud(*db);
    ProgrammeRepository repo(*db);
    CHECK_FALSE(repo.programme(botilbud).value().has_value());

    auto programme = Programme::withDefaultPhases(botilbud, QDate(2020, 3, 1));
    REQUIRE(repo.save(programme).ok());
    CHECK(repo.programme(botilbud).value() == programme);

    programme.startDate = QDate(2020, 4, 1);
    programme.phases = Programme::defaultPhases(programme.startDate);
    programme.phases[3].endDate = QDate(2022, 4, 30);
    REQUIRE(repo.save(programme).ok());
    CHECK(repo.programme(botilbud).value() == programme);
}

TEST_CASE("Programme events round trip with participants", "[repository][programme]") {
    auto db = memoryDb();
    const auto botilbud = addBotilbud(*db);
    PersonRepository people(*db);
    const auto a =
        people.add(Person{{}, botilbud, QStringLiteral("A"), PersonRole::Staff, true, {}, true, {}, {}})
            .value();
    const auto b =
        people.add(Person{{}, botilbud, QStringLiteral("B"), PersonRole::Leader, false, {}, true, {}, {}})
            .value();

    ProgrammeRepository repo(*db);
    ProgrammeEvent e;
    e.botilbudId = botilbud;
    e.kind = EventKind::PsVisit;
    e.number = 2;
    e.date = QDate(2020, 9, 14);
    e.title = QStringLiteral("Andet besøg");
    e.participants = {a, b};
    e.notes = QStringLiteral("Gennemgang af arbejdsgangsanalysen");
    e.done = true;
    auto id = repo.addEvent(e);
    REQUIRE(id.ok());
    e.id = *id;
    CHECK(repo.event(*id).value() == e);

    e.participants = {b};
    e.kind = EventKind::Other;
    e.number.reset();
    REQUIRE(repo.updateEvent(e).ok());
    CHECK(repo.events(botilbud).value() == QList<ProgrammeEvent>{e});
    REQUIRE(repo.removeEvent(*id).ok());
    CHECK(repo.events(botilbud).value().isEmpty());
}

TEST_CASE("Checklist items are upserted and listed in fixed order", "[repository][programme]") {
    auto db = memoryDb();
    const auto botilbud = addBotilbud(*db);
    ProgrammeRepository repo(*db);
    ChecklistItem item{botilbud, ChecklistKind::GuidelinesReviewed, QDate(2020, 4, 1),
                       QStringLiteral("Instruks opdateret")};
    REQUIRE(repo.saveChecklistItem(item).ok());
    auto list = repo.checklist(botilbud).value();
    REQUIRE(list.size() == 5);
    CHECK(list[1] == item);
    CHECK_FALSE(list[0].isDone());

    item.note = QStringLiteral("Ny note");
    item.doneDate = {};
    REQUIRE(repo.saveChecklistItem(item).ok());
    CHECK(repo.checklist(botilbud).value()[1] == item);
}

TEST_CASE("Aim, drivers and change ideas round trip", "[repository][improvement]") {
    auto db = memoryDb();
    const auto botilbud = addBotilbud(*db);
    ImprovementRepository repo(*db);

    Aim aim{{},
            botilbud,
            QStringLiteral("Halvér medicinfejl inden 1. marts 2022"),
            QStringLiteral("Færre fejl"),
            QStringLiteral("Antal medicinfejl"),
            QStringLiteral("Dobbeltkontrol, forstyr-mig-ikke"),
            QDate(2022, 3, 1)};
    aim.id = repo.addAim(aim).value();
    CHECK(repo.aims(botilbud).value() == QList<Aim>{aim});
    aim.statement = QStringLiteral("Ny formulering");
    REQUIRE(repo.updateAim(aim).ok());
    CHECK(repo.aims(botilbud).value() == QList<Aim>{aim});

    Driver primary{{}, botilbud, aim.id, DriverLevel::Primary, {}, QStringLiteral("Sikre arbejdsgange"), 1};
    primary.id = repo.addDriver(primary).value();
    Driver secondary{
        {}, botilbud, aim.id, DriverLevel::Secondary, primary.id, QStringLiteral("Ro ved dispensering"), 2};
    secondary.id = repo.addDriver(secondary).value();
    CHECK(repo.drivers(botilbud).value() == QList<Driver>{primary, secondary});

    ChangeIdea idea{{},
                    botilbud,
                    secondary.id,
                    QStringLiteral("Forstyr-mig-ikke-vest"),
                    QStringLiteral("Vest under dispensering"),
                    {}};
    idea.id = repo.addChangeIdea(idea).value();
    CHECK(repo.changeIdeas(botilbud).value() == QList<ChangeIdea>{idea});
    idea.driverId.reset();
    REQUIRE(repo.updateChangeIdea(idea).ok());
    CHECK(repo.changeIdeas(botilbud).value() == QList<ChangeIdea>{idea});

    // Removing a primary driver takes its secondaries with it.
    REQUIRE(repo.removeDriver(primary.id).ok());
    CHECK(repo.drivers(botilbud).value().isEmpty());
    REQUIRE(repo.removeAim(aim.id).ok());
    CHECK(repo.aims(botilbud).value().isEmpty());
}
