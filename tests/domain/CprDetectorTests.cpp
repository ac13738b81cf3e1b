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

// The forms people really type (issue 12): separators between the date parts and before the
// four digits, with text around and at either end of the text.
TEST_CASE("CPR numbers with space, dot, dash and slash separators are found", "[privacy]") {
    for (const char16_t* text : {u"010203-1234", u"010203 1234", u"010203\u00A01234", u"010203\u20131234",
                                 u"01.02.03-1234", u"01.02.03 1234", u"01/02/03-1234", u"01-02-03-1234",
                                 u"01 02 03 1234", u"01.02.031234", u"01/02/03 1234"}) {
        INFO(QString::fromUtf16(text).toStdString());
        CHECK(CprDetector::containsCpr(text));
        CHECK(CprDetector::containsCpr(QStringLiteral("Borger %1 fik dobbeltdosis").arg(QString::fromUtf16(text))));
        CHECK(CprDetector::containsCpr(QStringLiteral("%1 fik dobbeltdosis").arg(QString::fromUtf16(text))));
        CHECK(CprDetector::containsCpr(QStringLiteral("Det gjaldt %1").arg(QString::fromUtf16(text))));
        CHECK(CprDetector::containsCpr(QStringLiteral("(cpr: %1).").arg(QString::fromUtf16(text))));
    }
    // The century rule still decides 29 February: 290200 with 4xxx is 2000 (a leap year).
    CHECK(CprDetector::containsCpr(u"29.02.00-4123"));
    CHECK(CprDetector::containsCpr(u"29 02 00 4123"));
}

TEST_CASE("Separated numbers that are not real dates are not CPR numbers", "[privacy]") {
    CHECK_FALSE(CprDetector::containsCpr(u"31.04.03-1234")); // 31 April
    CHECK_FALSE(CprDetector::containsCpr(u"29 02 01 1234")); // 2001 is no leap year
    CHECK_FALSE(CprDetector::containsCpr(u"01/13/03-1234")); // month 13
    CHECK_FALSE(CprDetector::containsCpr(u"00-02-03-1234")); // day 0
}

TEST_CASE("Phone numbers, date ranges, dates, times and amounts are not CPR numbers", "[privacy]") {
    for (const char16_t* text :
         {u"Ring 12 34 56 78", u"Tlf. +45 12 34 56 78", u"+4512345678", u"Perioden 01.02.24-03.04.24",
          u"fra 01.02.24 - 03.04.24", u"Dato 01.02.2024", u"den 01-02-2024 kl. 12", u"Sagsnr. 12345678",
          u"Vagten 12.30-14.00", u"kl. 12.30 - 14.00", u"Beløb 1.234.567 kr", u"12.500,00 kr",
          u"2 x 500 mg kl. 08:00", u"100 000 kr", u"Tlf. 20 11 95 12", u"01.02.03", u"010203",
          u"1.02.03-1234", u"01.02.03-12345", u"101.02.03-1234", u"01.02-03.1234", u"01.02/03-1234"}) {
        INFO(QString::fromUtf16(text).toStdString());
        CHECK_FALSE(CprDetector::containsCpr(text));
    }
}

TEST_CASE("find gives where each CPR number sits", "[privacy]") {
    const QString text = QStringLiteral("A 01.02.03-1234 og 0102031234, ikke 12 34 56 78.");
    const auto spans = CprDetector::find(text);
    REQUIRE(spans.size() == 2);
    CHECK(text.mid(spans.at(0).start, spans.at(0).length) == QStringLiteral("01.02.03-1234"));
    CHECK(text.mid(spans.at(1).start, spans.at(1).length) == QStringLiteral("0102031234"));
    // A shape that is no date (99) does not hide the real number right after it.
    CHECK(CprDetector::containsCpr(u"99 01 02 03 1234"));
}
