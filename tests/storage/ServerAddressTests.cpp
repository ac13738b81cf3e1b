#include "storage/ServerAddress.h"

#include <catch2/catch.hpp>

using namespace medsafe::storage;

TEST_CASE("a libpq connection string is read into its parts", "[storage][server-address]") {
    auto address = ServerAddress::parse(
        QStringLiteral("host=db.fjordby.dk port=6543 dbname=medicinsikker user=tovholder sslmode=require"));
    REQUIRE(address.ok());
    CHECK(address->host == QStringLiteral("db.fjordby.dk"));
    CHECK(address->port == 6543);
    CHECK(address->databaseName == QStringLiteral("medicinsikker"));
    CHECK(address->user == QStringLiteral("tovholder"));
    CHECK(address->password.isEmpty());
    CHECK(address->otherOptions == QStringList{QStringLiteral("sslmode=require")});
    CHECK(address->display() == QStringLiteral("tovholder@db.fjordby.dk:6543/medicinsikker"));
}

TEST_CASE("quoted values keep their spaces and quotes, and the password never shows", "[storage][server-address]") {
    auto address = ServerAddress::parse(
        QStringLiteral("dbname='botilbud data' user=lis password='hemm\\'elig ord' options='-c search_path=a'"));
    REQUIRE(address.ok());
    CHECK(address->databaseName == QStringLiteral("botilbud data"));
    CHECK(address->password == QStringLiteral("hemm'elig ord"));
    CHECK(address->host == QStringLiteral("localhost"));
    CHECK(address->port == ServerAddress::kDefaultPort);
    CHECK_FALSE(address->display().contains(QStringLiteral("hemm")));
    CHECK_FALSE(address->toConnInfo().contains(QStringLiteral("hemm")));
    // Written out and read again, the address is the same.
    auto again = ServerAddress::parse(address->toConnInfo(true));
    REQUIRE(again.ok());
    CHECK(again->databaseName == address->databaseName);
    CHECK(again->password == address->password);
    CHECK(again->otherOptions == address->otherOptions);
}

TEST_CASE("a malformed connection string is refused with a message that says why", "[storage][server-address]") {
    for (const QString& bad : {QString(), QStringLiteral("host=x port=abc dbname=d"), QStringLiteral("host=x dbname"),
                               QStringLiteral("dbname='open"), QStringLiteral("host=x user=y"),
                               QStringLiteral("port=70000 dbname=d")}) {
        INFO(bad.toStdString());
        auto address = ServerAddress::parse(bad);
        REQUIRE_FALSE(address.ok());
        CHECK_FALSE(address.error().userMessage.isEmpty());
    }
}
