#include "../../common/ScratchDatabase.h"
#include "demo/DemoGenerator.h"
#include "demo/DemoReceivedPackages.h"
#include "demo/DemoWriter.h"
#include "services/organisation/OrganisationService.h"
#include "services/organisation/ProgrammeSetup.h"
#include "services/server/ServerTransferService.h"
#include "storage/Database.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace medsafe;

namespace {

storage::ServerAddress emptyServerDatabase() {
    REQUIRE(testing::scratchIsServer());
    auto address = testing::newScratchSchema();
    REQUIRE(address.ok());
    return address.value();
}

// The demo as the app makes it, with three received botilbud (packages, signatures, trust).
QString writeDemo(const QTemporaryDir& dir, const QString& name = QStringLiteral("demo.db")) {
    const QString path = dir.filePath(name);
    demo::DemoOptions options;
    options.asOf = QDate(2026, 12, 6);
    REQUIRE(demo::DemoWriter::writeFile(demo::DemoGenerator(options).generate(), path, true).ok());
    auto db = storage::Database::open(path, storage::OpenMode::OpenExisting);
    REQUIRE(db.ok());
    REQUIRE(demo::DemoReceivedPackages::add(*db.value(), 3, 12, demo::DemoReceivedPackages::kDefaultSeed,
                                            options.asOf)
                .ok());
    return path;
}

QList<storage::TableCount> tablesOf(storage::Database& db) {
    auto report = db.checkReport();
    REQUIRE(report.ok());
    return report->tables;
}

qint64 rowsIn(const QList<storage::TableCount>& tables) {
    qint64 rows = 0;
    for (const auto& t : tables)
        rows += t.rows;
    return rows;
}

} // namespace

TEST_CASE("push-to-server copies every row of the demo, and pull-from-server brings the same rows back",
          "[server][transfer]") {
    QTemporaryDir dir;
    const QString original = writeDemo(dir);
    const storage::ServerAddress server = emptyServerDatabase();

    auto pushed = services::ServerTransferService::push(original, server);
    INFO((pushed.ok() ? QString() : pushed.error().message).toStdString());
    REQUIRE(pushed.ok());
    CHECK(services::ServerTransferService::allMatch(*pushed));
    CHECK(pushed->size() >= 26);

    auto file = storage::Database::open(original, storage::OpenMode::ReadOnly);
    REQUIRE(file.ok());
    const auto fileTables = tablesOf(*file.value());
    CHECK(rowsIn(fileTables) > 500);
    auto onServer = storage::Database::openServer(server, storage::OpenMode::OpenExisting);
    REQUIRE(onServer.ok());
    const auto serverTables = tablesOf(*onServer.value());
    CHECK(serverTables == fileTables);

    // The server database is a working database: the app's services read it, and a new row gets
    // the next id instead of colliding with a copied one.
    const auto names =
        services::OrganisationService(*onServer.value()).botilbudNamed(QStringLiteral("Bostedet Lærkehøj"));
    REQUIRE(names.ok());
    REQUIRE(names->has_value());
    services::ProgrammeSetup setup;
    setup.botilbudName = QStringLiteral("Bostedet Kilden");
    setup.municipality = QStringLiteral("Fjordby Kommune");
    setup.residents = 10;
    setup.programmeStart = QDate(2026, 11, 1);
    setup.tovholder = QStringLiteral("Karen Dahl");
    setup.leader = QStringLiteral("Jens Holm");
    auto added = services::ProgrammeSetupService(*onServer.value()).create(setup, QDate(2026, 12, 6));
    INFO((added.ok() ? QString() : added.error().message).toStdString());
    REQUIRE(added.ok());
    const auto withNew = tablesOf(*onServer.value());
    CHECK(rowsIn(withNew) > rowsIn(fileTables));
    onServer.value().reset();

    const QString pulledPath = dir.filePath(QStringLiteral("visit.db"));
    auto pulled = services::ServerTransferService::pull(server, pulledPath);
    INFO((pulled.ok() ? QString() : pulled.error().message).toStdString());
    REQUIRE(pulled.ok());
    CHECK(services::ServerTransferService::allMatch(*pulled));
    CHECK_FALSE(QFile::exists(pulledPath + QStringLiteral(".partial")));
    auto pulledDb = storage::Database::open(pulledPath, storage::OpenMode::ReadOnly);
    REQUIRE(pulledDb.ok());
    const auto pulledTables = tablesOf(*pulledDb.value());
    CHECK(pulledTables == withNew);
}

TEST_CASE("push-to-server refuses a server database that already holds data and changes nothing",
          "[server][transfer]") {
    QTemporaryDir dir;
    const QString original = writeDemo(dir);
    const storage::ServerAddress server = emptyServerDatabase();
    REQUIRE(services::ServerTransferService::push(original, server).ok());
    auto before = storage::Database::openServer(server, storage::OpenMode::ReadOnly);
    REQUIRE(before.ok());
    const auto tables = tablesOf(*before.value());
    before.value().reset();

    auto again = services::ServerTransferService::push(original, server);
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().userMessage.contains(QStringLiteral("already holds data")));
    auto after = storage::Database::openServer(server, storage::OpenMode::ReadOnly);
    REQUIRE(after.ok());
    CHECK(tablesOf(*after.value()) == tables);
}

TEST_CASE("a push that fails halfway leaves the server database without a single row", "[server][transfer]") {
    QTemporaryDir dir;
    const QString original = writeDemo(dir);
    {
        // A date no server accepts, in a table copied late (incidents come after 17 others).
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("damage"));
        raw.setDatabaseName(original);
        REQUIRE(raw.open());
        QSqlQuery q(raw);
        // A bare connection has no audit functions; the damage bypasses the trail on purpose.
        REQUIRE(q.exec(QStringLiteral("DROP TRIGGER audit_incident_update")));
        REQUIRE(q.exec(QStringLiteral("UPDATE incident SET occurred_date = '2026-02-30' WHERE id = "
                                      "(SELECT MAX(id) FROM incident)")));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("damage"));
    const storage::ServerAddress server = emptyServerDatabase();
    auto pushed = services::ServerTransferService::push(original, server);
    REQUIRE_FALSE(pushed.ok());
    CHECK(pushed.error().userMessage.contains(QStringLiteral("nothing was copied")));
    auto target = storage::Database::openServer(server, storage::OpenMode::ReadOnly);
    REQUIRE(target.ok());
    CHECK(rowsIn(tablesOf(*target.value())) == 0);
}

TEST_CASE("pull-from-server never replaces a file and leaves nothing behind when it fails",
          "[server][transfer]") {
    QTemporaryDir dir;
    const QString existing = writeDemo(dir);
    QFile file(existing);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    file.close();
    const storage::ServerAddress server = emptyServerDatabase();
    REQUIRE(services::ServerTransferService::push(existing, server).ok());

    auto refused = services::ServerTransferService::pull(server, existing);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().userMessage.contains(QStringLiteral("already exists")));
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll() == bytes);

    storage::ServerAddress wrong = server;
    wrong.password = QStringLiteral("wrong");
    const QString target = dir.filePath(QStringLiteral("never.db"));
    auto failed = services::ServerTransferService::pull(wrong, target);
    REQUIRE_FALSE(failed.ok());
    CHECK_FALSE(QFile::exists(target));
    CHECK_FALSE(QFile::exists(target + QStringLiteral(".partial")));
}
