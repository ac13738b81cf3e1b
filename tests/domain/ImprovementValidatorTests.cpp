#include "TestValues.h"
#include "domain/ImprovementValidator.h"

#include <catch2/catch.hpp>

using namespace medsafe::domain;

namespace {

Aim validAim() {
    return Aim{AimId{},
               BotilbudId{1},
               QStringLiteral("50 % færre medicinfejl inden 1. marts 2022"),
               QStringLiteral("Færre medicinfejl"),
               QStringLiteral("Antal medicinfejl pr. måned"),
               QStringLiteral("Dobbeltkontrol"),
               QDate(2022, 3, 1)};
}

} // namespace

TEST_CASE("A valid aim passes", "[validation][improvement]") {
    CHECK(ImprovementValidator::validate(validAim()).isEmpty());
}

TEST_CASE("Aim needs a statement", "[validation][improvement]") {
    auto a = validAim();
    a.statement.clear();
    CHECK(hasIssue(ImprovementValidator::validate(a), QStringLiteral("statement")));
}

TEST_CASE("Aim needs a target date", "[validation][improvement]") {
    auto a = validAim();
    a.targetDate = {};
    CHECK(hasIssue(ImprovementValidator::validate(a), QStringLiteral("targetDate")));
}

TEST_CASE("Driver needs text", "[validation][improvement]") {
    Driver d{DriverId{}, BotilbudId{1}, {}, DriverLevel::Primary, {}, QString(), 0};
    CHECK(hasIssue(ImprovementValidator::validate(d), QStringLiteral("text")));
}

TEST_CASE("Secondary driver needs a parent, primary must not have one", "[validation][improvement]") {
    Driver d{DriverId{2}, BotilbudId{1}, {}, DriverLevel::Secondary, {}, QStringLiteral("Faste rutiner"), 0};
    CHECK(hasIssue(ImprovementValidator::validate(d), QStringLiteral("parentId")));
    d.parentId = DriverId{1};
    CHECK(ImprovementValidator::validate(d).isEmpty());
    d.level = DriverLevel::Primary;
    CHECK(hasIssue(ImprovementValidator::validate(d), QStringLiteral("parentId")));
}

TEST_CASE("Driver cannot be its own parent", "[validation][improvement]") {
    Driver d{
        DriverId{2}, BotilbudId{1}, {}, DriverLevel::Secondary, DriverId{2}, QStringLiteral("Rutiner"), 0};
    CHECK(hasIssue(ImprovementValidator::validate(d), QStringLiteral("parentId")));
}

TEST_CASE("Change idea needs a title", "[validation][improvement]") {
    ChangeIdea c{ChangeIdeaId{}, BotilbudId{1}, DriverId{1}, QString(), QStringLiteral("x"), {}};
    CHECK(hasIssue(ImprovementValidator::validate(c), QStringLiteral("title")));
    c.title = QStringLiteral("Forstyr mig ikke-vest");
    CHECK(ImprovementValidator::validate(c).isEmpty());
}
