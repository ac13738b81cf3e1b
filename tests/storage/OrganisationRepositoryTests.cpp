#include "StorageTestSupport.h"
#include "storage/CompetenceRepository.h"
#include "storage/MeasureRepository.h"
#include "storage/PersonRepository.h"
#include "storage/ProgrammeRepository.h"

#include <QUuid>

using namespace medsafe::storage;
using namespace medsafe::storage::test;
using namespace medsafe::domain;

TEST_CASE("Botilbud round trip, update and remove", "[repository][botilbud]") {
    auto db = memoryDb();
    BotilbudRepository repo(*db);
    Botilbud b{{}, QStringLiteral("Bostedet Lærkehøj"), QStringLiteral("Aarhus"), 14, QDate(2019, 11, 5)};
    auto id = repo.add(b);
    REQUIRE(id.ok());
    b.id = *id;
    // add() gives a botilbud without a package key a fresh UUID; update() never changes it.
    const QString key = repo.get(*id).value().packageKey;
    CHECK(QUuid::fromString(key).isNull() == false);
    CHECK_FALSE(key.startsWith(u'{'));
    b.packageKey = key;
    CHECK(repo.get(*id).value() == b);

    b.name = QStringLiteral("Lærkehøj");
    b.residentCount = 15;
    REQUIRE(repo.update(b).ok());
    CHECK(repo.get(*id).value() == b);
    CHECK(repo.all().value() == QList<Botilbud>{b});

    REQUIRE(repo.remove(*id).ok());
    CHECK_FALSE(repo.get(*id).ok());
    CHECK_FALSE(repo.remove(*id).ok());
}

TEST_CASE("An invalid botilbud is refused with the translated issues", "[repository][botilbud]") {
    auto db = memoryDb();
    auto id = BotilbudRepository(*db).add(Botilbud{{}, QString(), QString(), -1, QDate()});
    REQUIRE_FALSE(id.ok());
    CHECK_FALSE(id.error().userMessage.isEmpty());
    CHECK(BotilbudRepository(*db).all().value().isEmpty());
}

TEST_CASE("createWithDefaults sets up programme, checklist, measures and topics", "[repository][botilbud]") {
    auto db = memoryDb();
    auto id = BotilbudRepository(*db).createWithDefaults(
        Botilbud{{}, QStringLiteral("Solsikken"), QStringLiteral("Odense"), 8, QDate(2020, 1, 1)},
        QDate(2020, 3, 1));
    REQUIRE(id.ok());
    auto programme = ProgrammeRepository(*db).programme(*id);
    REQUIRE(programme.ok());
    REQUIRE(programme->has_value());
    CHECK((*programme)->phases == Programme::defaultPhases(QDate(2020, 3, 1)));
    CHECK(ProgrammeRepository(*db).checklist(*id).value().size() == 5);
    CHECK(MeasureRepository(*db).forBotilbud(*id).value().size() == 9);
    CHECK(CompetenceRepository(*db).topics(*id).value().size() == 5);
}

TEST_CASE("Person round trip with roles", "[repository][person]") {
    auto db = memoryDb();
    const auto botilbud = addBotilbud(*db);
    PersonRepository repo(*db);
    Person p{{},
             botilbud,
             QStringLiteral("Mette Hansen"),
             PersonRole::Tovholder | PersonRole::WorkingGroupMember,
             true,
             QStringLiteral("mette@example.dk"),
             true,
             {},
             {}};
    auto id = repo.add(p);
    REQUIRE(id.ok());
    p.id = *id;
    CHECK(repo.get(*id).value() == p);

    p.roles = PersonRole::PsConsultant;
    p.email.clear();
    p.active = false;
    p.handlesMedicine = false;
    REQUIRE(repo.update(p).ok());
    CHECK(repo.get(*id).value() == p);
    CHECK(repo.forBotilbud(botilbud).value() == QList<Person>{p});
    CHECK(repo.forBotilbud(botilbud, true).value().isEmpty());
}

TEST_CASE("People are added in bulk", "[repository][person]") {
    auto db = memoryDb();
    const auto botilbud = addBotilbud(*db);
    QList<Person> people;
    for (int i = 0; i < 20; ++i)
        people << Person{{},
                         botilbud,
                         QStringLiteral("Medarbejder %1").arg(i, 2, 10, QLatin1Char('0')),
                         PersonRole::Staff,
                         true,
                         {},
                         true,
                         {},
                         {}};
    auto ids = PersonRepository(*db).addMany(people);
    REQUIRE(ids.ok());
    CHECK(ids->size() == 20);
    const auto stored = PersonRepository(*db).forBotilbud(botilbud).value();
    REQUIRE(stored.size() == 20);
    CHECK(stored.first().roles == PersonRoles(PersonRole::Staff));
}
