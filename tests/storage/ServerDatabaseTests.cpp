// A Medicinsikker database on a PostgreSQL server: what opening one refuses and says, read-only
// sessions, and several clients setting up one database at once. Needs the scratch server, so
// tagged [server]: these run in storage_tests_postgres (tests/postgres), not in the SQLite run.
#include "StorageTestSupport.h"

#include "storage/BotilbudRepository.h"
#include "storage/Migrator.h"

#include <thread>

using namespace medsafe;
using namespace medsafe::storage;

namespace {

ServerAddress scratchSchema() {
    REQUIRE(testing::scratchIsServer());
    auto address = testing::newScratchSchema();
    INFO((address.ok() ? QString() : address.error().message).toStdString());
    REQUIRE(address.ok());
    return address.value();
}

QString messageOf(const Result<std::unique_ptr<Database>>& opened) {
    REQUIRE_FALSE(opened.ok());
    return opened.error().userMessage;
}

} // namespace

TEST_CASE("an empty server database is set up by CreateOrMigrate and refused by OpenExisting", "[server]") {
    const ServerAddress address = scratchSchema();
    const QString message = messageOf(Database::openServer(address, OpenMode::OpenExisting));
    CHECK(message.contains(QStringLiteral("empty")));
    CHECK(message.contains(address.display()));

    auto created = Database::openServer(address, OpenMode::CreateOrMigrate);
    REQUIRE(created.ok());
    CHECK(created.value()->isServer());
    CHECK(created.value()->path() == address.display());
    CHECK(created.value()->schemaVersion().value() == Migrator::latestVersion());
    auto report = created.value()->checkReport();
    REQUIRE(report.ok());
    CHECK(report->integrityOk);
    CHECK(report->applicationId == Database::kApplicationId);
    CHECK(report->tables.size() >= 20);
    created.value().reset();

    CHECK(Database::openServer(address, OpenMode::OpenExisting).ok()); // now it is ours
}

TEST_CASE("another program's server database is refused and left as it was", "[server]") {
    const ServerAddress address = scratchSchema();
    REQUIRE(testing::runOnScratch(address, {QStringLiteral("CREATE TABLE invoices (id INTEGER)"),
                                            QStringLiteral("INSERT INTO invoices VALUES (7)")})
                .ok());
    for (OpenMode mode : {OpenMode::CreateOrMigrate, OpenMode::OpenExisting, OpenMode::ReadOnly}) {
        const QString message = messageOf(Database::openServer(address, mode));
        CHECK(message.contains(QStringLiteral("another program")));
    }
    // Nothing was added beside the foreign table.
    REQUIRE(testing::runOnScratch(address, {QStringLiteral("DO $$ BEGIN IF (SELECT COUNT(*) FROM "
                                                           "information_schema.tables WHERE table_schema = "
                                                           "current_schema()) <> 1 THEN RAISE 'changed'; END IF; END $$")})
                .ok());
}

TEST_CASE("a server database from a newer version is refused, not migrated", "[server]") {
    const ServerAddress address = scratchSchema();
    REQUIRE(Database::openServer(address, OpenMode::CreateOrMigrate).ok());
    REQUIRE(testing::runOnScratch(address, {QStringLiteral("UPDATE medicinsikker_schema SET version = 999")}).ok());
    const QString message = messageOf(Database::openServer(address, OpenMode::OpenExisting));
    CHECK(message.contains(QStringLiteral("newer version")));
}

TEST_CASE("a wrong password, a missing database and a server that does not answer each get their own message",
          "[server]") {
    ServerAddress address = scratchSchema();
    ServerAddress wrongPassword = address;
    wrongPassword.password = QStringLiteral("not-the-password");
    CHECK(messageOf(Database::openServer(wrongPassword, OpenMode::OpenExisting))
              .contains(QStringLiteral("did not accept the user name or password")));

    ServerAddress missing = address;
    missing.databaseName = QStringLiteral("no_such_database");
    CHECK(messageOf(Database::openServer(missing, OpenMode::OpenExisting)).contains(QStringLiteral("does not exist")));

    ServerAddress down = address;
    down.port = 1; // nothing listens there
    const QString message = messageOf(Database::openServer(down, OpenMode::OpenExisting));
    CHECK(message.contains(QStringLiteral("does not answer")));
    CHECK_FALSE(message.contains(address.password)); // the password never appears in a message
}

TEST_CASE("a read-only server session reads but cannot write", "[server]") {
    const ServerAddress address = scratchSchema();
    {
        auto db = Database::openServer(address, OpenMode::CreateOrMigrate);
        REQUIRE(db.ok());
        test::addBotilbud(*db.value());
    }
    auto readOnly = Database::openServer(address, OpenMode::ReadOnly);
    REQUIRE(readOnly.ok());
    CHECK(readOnly.value()->isReadOnly());
    auto all = BotilbudRepository(*readOnly.value()).all();
    REQUIRE(all.ok());
    CHECK(all->size() == 1);
    auto added = BotilbudRepository(*readOnly.value())
                     .add(domain::Botilbud{{}, QStringLiteral("Bostedet Kilden"), QStringLiteral("Aarhus"), 9,
                                           QDate(2025, 1, 1)});
    CHECK_FALSE(added.ok());
}

TEST_CASE("several clients opening a new server database at once set it up exactly once", "[server]") {
    const ServerAddress address = scratchSchema();
    constexpr int kClients = 4;
    std::atomic<int> opened{0};
    std::vector<std::thread> clients;
    for (int i = 0; i < kClients; ++i) {
        // Each client on its own thread with its own connection, as separate PCs would be.
        clients.emplace_back([&] {
            auto db = Database::openServer(address, OpenMode::CreateOrMigrate);
            if (!db.ok()) return;
            auto version = db.value()->schemaVersion();
            if (version.ok() && version.value() == Migrator::latestVersion()) ++opened;
        });
    }
    for (auto& client : clients) client.join();
    CHECK(opened == kClients);
    auto db = Database::openServer(address, OpenMode::OpenExisting);
    REQUIRE(db.ok());
    auto report = db.value()->checkReport();
    REQUIRE(report.ok());
    CHECK(report->integrityOk); // one row in medicinsikker_schema, not one per client
}
