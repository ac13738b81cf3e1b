#include "domain/CprDetector.h"

#include <catch2/catch.hpp>

using namespace medsafe::domain;

TEST_CASE("CPR-shaped numbers are found with or without the dash", "[privacy]") {
    CHECK(CprDetector::containsCpr(u"Borger 010203-1234 fik dobbeltdosis"));
    CHECK(CprDetector::containsCpr(u"cpr 3112991234"));
    CHECK(CprDetector::check(QStringLiteral("note"), QStringLiteral("0102031234")).has_value());
}

TEST_CASE("Other numbers are not CPR numbers", "[privacy]") {
    CHECK_FALSE(CprDetector::containsCpr(u"Tlf. 12345678"));
    CHECK_FALSE(CprDetector::containsCpr(u"999999-1234")); // day 99
    CHECK_FALSE(CprDetector::containsCpr(u"011303-1234")); // month 13
    CHECK_FALSE(CprDetector::containsCpr(u"12010203-12345"));
    CHECK_FALSE(CprDetector::containsCpr(u"2 x 500 mg kl. 08:00"));
}
