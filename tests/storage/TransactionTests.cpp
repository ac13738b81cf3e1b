#include "StorageTestSupport.h"
#include "storage/IncidentRepository.h"
#include "storage/Migrator.h"
#include "storage/Transaction.h"

#include <QSqlQuery>

using namespace medsafe::storage;
using namespace medsafe::storage::test;
using namespace medsafe::domain;

namespace {

qint64 botilbudRows(Database& db) {
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(QStringLiteral("SELECT COUNT(*) FROM botilbud")));
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

} // namespace

TEST_CASE("A guard destroyed without commit rolls back", "[transaction]") {
    auto db = memoryDb();
    {
        Transaction tx(*db);
        REQUIRE(tx.isActive());
        addBotilbud(*db);
        CHECK(botilbudRows(*db) == 1);
    }
    CHECK(botilbudRows(*db) == 0);
}

TEST_CASE("Committed work stays", "[transaction]") {
    auto db = memoryDb();
    Transaction tx(*db);
    addBotilbud(*db);
    REQUIRE(tx.commit().ok());
    CHECK(botilbudRows(*db) == 1);
}

TEST_CASE("A failed inner step makes the outer commit fail and roll back", "[transaction]") {
    auto db = memoryDb();
    Transaction outer(*db);
    addBotilbud(*db);
    {
        Transaction inner(*db);
        addBotilbud(*db, QStringLiteral("Indre"));
        // inner is abandoned without commit
    }
    CHECK_FALSE(outer.commit().ok());
    CHECK(botilbudRows(*db) == 0);
}

TEST_CASE("A batch that fails half-way writes nothing", "[transaction][incident]") {
    auto db = memoryDb();
    const auto botilbud = addBotilbud(*db);
    QList<Incident> batch;
    for (int i = 0; i < 50; ++i) {
        Incident incident;
        incident.botilbudId = i == 30 ? BotilbudId{4242} : botilbud; // foreign key fails at row 30
        incident.occurredDate = QDate(2021, 1, 1).addDays(i);
        incident.description = QStringLiteral("Hændelse %1").arg(i);
        batch << incident;
    }
    auto ids = IncidentRepository(*db).addMany(batch);
    REQUIRE_FALSE(ids.ok());
    CHECK(IncidentRepository(*db).count(botilbud).value() == 0);
}

TEST_CASE("A batch with one invalid incident is refused before writing", "[transaction][incident]") {
    auto db = memoryDb();
    const auto botilbud = addBotilbud(*db);
    Incident good;
    good.botilbudId = botilbud;
    good.occurredDate = QDate(2021, 1, 1);
    good.description = QStringLiteral("ok");
    Incident bad = good;
    bad.description.clear();
    auto ids = IncidentRepository(*db).addMany({good, bad, good});
    REQUIRE_FALSE(ids.ok());
    CHECK_FALSE(ids.error().userMessage.isEmpty());
    CHECK(IncidentRepository(*db).count(botilbud).value() == 0);
}

TEST_CASE("Migrations are listed in order from version 1", "[migration]") {
    const auto steps = Migrator::all();
    REQUIRE_FALSE(steps.isEmpty());
    for (qsizetype i = 0; i < steps.size(); ++i)
        CHECK(steps[i].version == i + 1);
    CHECK(Migrator::latestVersion() == Database::supportedSchemaVersion());
}
