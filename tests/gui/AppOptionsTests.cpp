#include <catch2/catch.hpp>

#include "app/AppOptions.h"

using medsafe::app::parseAppOptions;

TEST_CASE("app options: database, language and demo are read") {
    QString error;
    auto options = parseAppOptions({"medicinsikker", "--database", "/tmp/x.db", "--lang", "en"}, error);
    REQUIRE(options);
    CHECK(options->databasePath == "/tmp/x.db");
    CHECK(options->languageCode == "en");
    CHECK_FALSE(options->demo);

    options = parseAppOptions({"medicinsikker", "--demo", "--verbose"}, error);
    REQUIRE(options);
    CHECK(options->demo);
    CHECK(options->verbose);
}

TEST_CASE("app options: mistakes are explained") {
    QString error;
    CHECK_FALSE(parseAppOptions({"medicinsikker", "--lang", "de"}, error));
    CHECK(error.contains("'da' or 'en'"));
    CHECK_FALSE(parseAppOptions({"medicinsikker", "--database"}, error));
    CHECK(error.contains("needs a value"));
    CHECK_FALSE(parseAppOptions({"medicinsikker", "--demo", "--database", "a.db"}, error));
    CHECK_FALSE(parseAppOptions({"medicinsikker", "--bogus"}, error));
    CHECK(error.contains("--bogus"));
}

TEST_CASE("app options: --server takes a connection string and excludes --database and --demo") {
    QString error;
    auto options = parseAppOptions({"medicinsikker", "--server", "host=db dbname=medicinsikker user=lis"}, error);
    REQUIRE(options);
    CHECK(options->server == "host=db dbname=medicinsikker user=lis");
    CHECK(options->databasePath.isEmpty());
    CHECK_FALSE(parseAppOptions({"medicinsikker", "--server", "dbname=x", "--database", "a.db"}, error));
    CHECK(error.contains("cannot be combined"));
    CHECK_FALSE(parseAppOptions({"medicinsikker", "--server", "dbname=x", "--demo"}, error));
    CHECK_FALSE(parseAppOptions({"medicinsikker", "--server"}, error));
    CHECK(error.contains("needs a value"));
}
