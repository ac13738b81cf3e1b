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
