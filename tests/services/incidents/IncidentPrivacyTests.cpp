#include "domain/CprDetector.h"
#include "domain/IncidentValidator.h"
#include "services/incidents/StaffNameGuard.h"

#include <catch2/catch.hpp>

using namespace medsafe::domain;
using namespace medsafe::services;

namespace {

const QDate kToday(2024, 6, 1);

Incident validIncident() {
    Incident i;
    i.botilbudId = BotilbudId{1};
    i.occurredDate = QDate(2024, 5, 2);
    i.reportedDate = QDate(2024, 5, 3);
    i.description = QStringLiteral("Aftenmedicin ikke givet.");
    return i;
}

} // namespace

TEST_CASE("CPR guard: real dates with and without the dash, inside longer text", "[privacy][cpr]") {
    CHECK(CprDetector::containsCpr(u"010203-1234"));
    CHECK(CprDetector::containsCpr(u"0102031234"));
    CHECK(CprDetector::containsCpr(u"Borgeren (010203-1234) fik dobbeltdosis."));
    CHECK(CprDetector::containsCpr(u"cpr:0102031234, se journal"));
    CHECK(CprDetector::containsCpr(u"310199-1234"));          // 31 January
    CHECK(CprDetector::containsCpr(u"290200-4321"));          // 29 Feb 2000 (7th digit 4, yy<=36: 2000, leap)
    CHECK(CprDetector::containsCpr(u"290296-1234"));          // 29 Feb 1996, a leap year
    CHECK(CprDetector::containsCpr(u"Første linje\n150585-2345"));
    CHECK(CprDetector::containsCpr(u"010203\u20131234"));     // Word's en dash
    CHECK(CprDetector::containsCpr(u"2 x 500 mg kl. 08:00, 010203 1234")); // a space (issue 12)
}

TEST_CASE("CPR guard: impossible dates and other numbers pass", "[privacy][cpr]") {
    CHECK_FALSE(CprDetector::containsCpr(u"310499-1234")); // 31 April
    CHECK_FALSE(CprDetector::containsCpr(u"300299-1234")); // 30 February
    CHECK_FALSE(CprDetector::containsCpr(u"290297-1234")); // 29 Feb 1997, not a leap year
    CHECK_FALSE(CprDetector::containsCpr(u"290200-1234")); // 29 Feb 1900 (7th digit 1), not a leap year
    CHECK_FALSE(CprDetector::containsCpr(u"000199-1234")); // day 0
    CHECK_FALSE(CprDetector::containsCpr(u"011399-1234")); // month 13
    CHECK_FALSE(CprDetector::containsCpr(u"Tlf. 12345678"));
    CHECK_FALSE(CprDetector::containsCpr(u"01020312345"));    // eleven digits
    CHECK_FALSE(CprDetector::containsCpr(u"1010203-1234"));   // seven before the dash
    CHECK_FALSE(CprDetector::containsCpr(u"010203-123"));     // three after
    CHECK_FALSE(CprDetector::containsCpr(u"2 x 500 mg kl. 08:00"));
    CHECK_FALSE(CprDetector::containsCpr(u""));
}

TEST_CASE("The birth date follows the CPR century rule", "[privacy][cpr]") {
    CHECK(CprDetector::birthDate(u"0102031234") == QDate(1903, 2, 1));
    CHECK(CprDetector::birthDate(u"0102034234") == QDate(2003, 2, 1));
    CHECK(CprDetector::birthDate(u"0102604234") == QDate(1960, 2, 1));
    CHECK(CprDetector::birthDate(u"0102505234") == QDate(2050, 2, 1));
    CHECK(CprDetector::birthDate(u"0102605234") == QDate(1860, 2, 1));
    CHECK_FALSE(CprDetector::birthDate(u"12345").isValid());
}

TEST_CASE("Every free-text field of an incident refuses a CPR number, saying why", "[privacy][validation]") {
    for (const QString& field : {QStringLiteral("description"), QStringLiteral("immediateAction"), QStringLiteral("learning")}) {
        Incident i = validIncident();
        const QString text = QStringLiteral("Vedr. borger 150585-2345");
        if (field == u"description") i.description = text;
        else if (field == u"immediateAction") i.immediateAction = text;
        else i.learning = text;
        const auto issues = IncidentValidator::validate(i, kToday);
        REQUIRE(issues.size() == 1);
        CHECK(issues[0].field == field);
        CHECK(issues[0].message == IncidentValidator::cprMessage());
        CHECK((issues[0].message.contains(u"CPR")));
    }
}

TEST_CASE("Incident validation rules", "[validation]") {
    CHECK(IncidentValidator::validate(validIncident(), kToday).isEmpty());
    auto check = [](auto change, const char* field) {
        Incident i = validIncident();
        change(i);
        CHECK(hasIssue(IncidentValidator::validate(i, kToday), QString::fromLatin1(field)));
    };
    check([](Incident& i) { i.botilbudId = {}; }, "botilbudId");
    check([](Incident& i) { i.occurredDate = {}; }, "occurredDate");
    check([](Incident& i) { i.occurredDate = kToday.addDays(1); }, "occurredDate");
    check([](Incident& i) { i.reportedDate = QDate(2024, 5, 1); }, "reportedDate");
    check([](Incident& i) { i.reportedDate = kToday.addDays(1); }, "reportedDate");
    check([](Incident& i) { i.description = QStringLiteral("  \n "); }, "description");
    check([](Incident& i) { i.nccMerp = NccMerpCategory::D; i.reachedCitizen = false; }, "nccMerp");
    check([](Incident& i) { i.nccMerp = NccMerpCategory::B; i.reachedCitizen = true; }, "nccMerp");
    Incident ok = validIncident();
    ok.nccMerp = NccMerpCategory::C;
    ok.reachedCitizen = true;
    CHECK(IncidentValidator::validate(ok, kToday).isEmpty());
}

TEST_CASE("The staff-name guard warns on whole-word names", "[privacy]") {
    QList<Person> staff;
    Person a;
    a.name = QStringLiteral("Mette Sørensen");
    Person b;
    b.name = QStringLiteral("Bo Li");
    staff << a << b;
    CHECK(StaffNameGuard::namesIn(QStringLiteral("Mette gav medicinen for sent."), staff) ==
          QStringList{"Mette Sørensen"});
    CHECK(StaffNameGuard::namesIn(QStringLiteral("set af SØRENSEN"), staff) == QStringList{"Mette Sørensen"});
    CHECK(StaffNameGuard::namesIn(QStringLiteral("Mettes kollega"), staff).isEmpty()); // not a whole word
    CHECK(StaffNameGuard::namesIn(QStringLiteral("bo li var der"), staff).isEmpty());  // words under 3 letters
    CHECK(StaffNameGuard::namesIn(QString(), staff).isEmpty());
}
