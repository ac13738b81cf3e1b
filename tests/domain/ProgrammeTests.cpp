#include "TestValues.h"
#include "domain/ChecklistItem.h"
#include "domain/Programme.h"
#include "domain/ProgrammeValidator.h"

#include <catch2/catch.hpp>

using namespace medsafe::domain;
using namespace medsafe::domain::test;

TEST_CASE("Default phases follow the 24-month plan", "[domain][programme]") {
    const auto phases = Programme::defaultPhases(QDate(2020, 3, 17));
    REQUIRE(phases.size() == 4);
    CHECK(phases[0] == ProgrammePhase{Phase::PreparationAndStart, QDate(2020, 3, 1), QDate(2020, 8, 31)});
    CHECK(phases[1] ==
          ProgrammePhase{Phase::TestingAndImplementation, QDate(2020, 9, 1), QDate(2021, 5, 31)});
    CHECK(phases[2] == ProgrammePhase{Phase::SustainAndSpread, QDate(2021, 6, 1), QDate(2021, 12, 31)});
    CHECK(phases[3] == ProgrammePhase{Phase::Evaluation, QDate(2022, 1, 1), QDate(2022, 2, 28)});
}

TEST_CASE("Current phase for a date", "[domain][programme]") {
    const auto programme = Programme::withDefaultPhases(BotilbudId{1}, QDate(2020, 3, 1));
    CHECK_FALSE(programme.phaseAt(QDate(2020, 2, 29)).has_value());
    CHECK(programme.phaseAt(QDate(2020, 3, 1)) == Phase::PreparationAndStart);
    CHECK(programme.phaseAt(QDate(2020, 9, 1)) == Phase::TestingAndImplementation);
    CHECK(programme.phaseAt(QDate(2021, 12, 31)) == Phase::SustainAndSpread);
    CHECK(programme.phaseAt(QDate(2022, 2, 28)) == Phase::Evaluation);
    CHECK_FALSE(programme.phaseAt(QDate(2022, 3, 1)).has_value());
    CHECK(programme.endDate() == QDate(2022, 2, 28));
}

TEST_CASE("Default programme is valid", "[validation][programme]") {
    CHECK(ProgrammeValidator::validate(Programme::withDefaultPhases(BotilbudId{1}, QDate(2020, 3, 1)))
              .isEmpty());
}

TEST_CASE("Programme needs a start date", "[validation][programme]") {
    auto p = Programme::withDefaultPhases(BotilbudId{1}, QDate(2020, 3, 1));
    p.startDate = {};
    CHECK(hasIssue(ProgrammeValidator::validate(p), QStringLiteral("startDate")));
}

TEST_CASE("Programme needs four phases", "[validation][programme]") {
    auto p = Programme::withDefaultPhases(BotilbudId{1}, QDate(2020, 3, 1));
    p.phases.removeLast();
    CHECK(hasIssue(ProgrammeValidator::validate(p), QStringLiteral("phases")));
}

TEST_CASE("Phases must not overlap", "[validation][programme]") {
    auto p = Programme::withDefaultPhases(BotilbudId{1}, QDate(2020, 3, 1));
    p.phases[1].startDate = p.phases[0].endDate;
    CHECK(hasIssue(ProgrammeValidator::validate(p), QStringLiteral("phases")));
}

TEST_CASE("A phase must end after it starts", "[validation][programme]") {
    auto p = Programme::withDefaultPhases(BotilbudId{1}, QDate(2020, 3, 1));
    p.phases[2].endDate = p.phases[2].startDate.addDays(-1);
    CHECK(hasIssue(ProgrammeValidator::validate(p), QStringLiteral("phases")));
}

TEST_CASE("A valid event passes", "[validation][programme]") {
    CHECK(ProgrammeValidator::validate(validEvent()).isEmpty());
}

TEST_CASE("Læringstræf are numbered 1-7", "[validation][programme]") {
    auto e = validEvent();
    e.number = 8;
    CHECK(hasIssue(ProgrammeValidator::validate(e), QStringLiteral("number")));
    e.number.reset();
    CHECK(hasIssue(ProgrammeValidator::validate(e), QStringLiteral("number")));
}

TEST_CASE("PS! visits are numbered 1-5", "[validation][programme]") {
    auto e = validEvent();
    e.kind = EventKind::PsVisit;
    e.number = 5;
    CHECK(ProgrammeValidator::validate(e).isEmpty());
    e.number = 6;
    CHECK(hasIssue(ProgrammeValidator::validate(e), QStringLiteral("number")));
}

TEST_CASE("Event needs a title and a date", "[validation][programme]") {
    auto e = validEvent();
    e.title.clear();
    e.date = {};
    const auto issues = ProgrammeValidator::validate(e);
    CHECK(hasIssue(issues, QStringLiteral("title")));
    CHECK(hasIssue(issues, QStringLiteral("date")));
}

TEST_CASE("Checklist done date cannot be in the future", "[validation][programme]") {
    ChecklistItem item{BotilbudId{1}, ChecklistKind::BaselineDone, kToday.addDays(1), {}};
    CHECK(hasIssue(ProgrammeValidator::validate(item, kToday), QStringLiteral("doneDate")));
    item.doneDate = kToday;
    CHECK(ProgrammeValidator::validate(item, kToday).isEmpty());
    CHECK(item.isDone());
}
