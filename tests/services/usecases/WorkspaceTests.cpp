// The session object: it owns the database, knows the current botilbud, announces changes and
// hands out services that work on the database open now (also after it was replaced).
#include "../../common/ScratchDatabase.h"
#include "services/workspace/Workspace.h"
#include "storage/BotilbudRepository.h"
#include "storage/Database.h"

#include <QSignalSpy>
#include <catch2/catch.hpp>

using namespace medsafe;

namespace {

std::unique_ptr<storage::Database> databaseWith(const QString& botilbudName) {
    auto db = testing::openScratchDatabase();
    REQUIRE(db.ok());
    domain::Botilbud b;
    b.name = botilbudName;
    b.municipality = QStringLiteral("Fjordby Kommune");
    b.residentCount = 8;
    b.createdDate = QDate(2025, 1, 1);
    REQUIRE(storage::BotilbudRepository(**db).createWithDefaults(b, QDate(2025, 1, 1)).ok());
    return std::move(db).value();
}

} // namespace

TEST_CASE("Workspace: the current botilbud is announced each time it is set", "[workspace]") {
    services::Workspace workspace(databaseWith(QStringLiteral("Åbo")));
    QSignalSpy changed(&workspace, &services::Workspace::currentBotilbudChanged);
    auto all = workspace.organisation().allBotilbud();
    REQUIRE(all.ok());
    REQUIRE(all->size() == 1);
    workspace.setCurrentBotilbud(all->first().id);
    CHECK(workspace.currentBotilbud() == all->first().id);
    // The same id again: after an import the views must read again, so it is announced again.
    workspace.setCurrentBotilbud(all->first().id);
    REQUIRE(changed.size() == 2);
    CHECK(changed.at(1).at(0).value<domain::BotilbudId>() == all->first().id);
}

TEST_CASE("Workspace: services follow a replaced database", "[workspace]") {
    services::Workspace workspace(databaseWith(QStringLiteral("Første")));
    auto first = workspace.organisation().allBotilbud();
    REQUIRE(first.ok());
    workspace.setCurrentBotilbud(first->first().id);

    QSignalSpy replaced(&workspace, &services::Workspace::databaseReplaced);
    workspace.replaceDatabase(databaseWith(QStringLiteral("Anden")));
    CHECK(replaced.size() == 1);
    CHECK_FALSE(workspace.currentBotilbud().isValid()); // the old id means nothing in the new file
    auto second = workspace.organisation().allBotilbud();
    REQUIRE(second.ok());
    REQUIRE(second->size() == 1);
    CHECK(second->first().name == QStringLiteral("Anden"));
}

TEST_CASE("Workspace: saves and new botilbud are announced for the window", "[workspace]") {
    services::Workspace workspace(databaseWith(QStringLiteral("Åbo")));
    QSignalSpy saved(&workspace, &services::Workspace::saved);
    QSignalSpy listChanged(&workspace, &services::Workspace::botilbudListChanged);
    workspace.noteSaved();
    workspace.noteBotilbudListChanged();
    CHECK(saved.size() == 1);
    CHECK(listChanged.size() == 1);
}

TEST_CASE("OrganisationService: finds a botilbud by its exact name, or nothing", "[organisation]") {
    services::Workspace workspace(databaseWith(QStringLiteral("Solsikken")));
    auto found = workspace.organisation().botilbudNamed(QStringLiteral("Solsikken"));
    REQUIRE(found.ok());
    REQUIRE(found->has_value());
    CHECK(found->value().residentCount == 8);
    auto missing = workspace.organisation().botilbudNamed(QStringLiteral("solsikken"));
    REQUIRE(missing.ok());
    CHECK_FALSE(missing->has_value());
}
