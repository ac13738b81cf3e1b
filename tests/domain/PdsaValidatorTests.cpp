#include "TestValues.h"
#include "domain/PdsaValidator.h"

#include <catch2/catch.hpp>

using namespace medsafe::domain;
using namespace medsafe::domain::test;

TEST_CASE("A planned cycle without prediction passes", "[validation][pdsa]") {
    CHECK(PdsaValidator::validate(validCycle()).isEmpty());
}

TEST_CASE("PDSA cycle needs a title", "[validation][pdsa]") {
    auto c = validCycle();
    c.title.clear();
    CHECK(hasIssue(PdsaValidator::validate(c), QStringLiteral("title")));
}

TEST_CASE("PDSA cycle number is 1 or more", "[validation][pdsa]") {
    auto c = validCycle();
    c.number = 0;
    CHECK(hasIssue(PdsaValidator::validate(c), QStringLiteral("number")));
}

TEST_CASE("A prediction is required before Do", "[validation][pdsa]") {
    auto c = validCycle();
    for (PdsaStatus status : {PdsaStatus::Doing, PdsaStatus::Studying, PdsaStatus::Completed}) {
        c.status = status;
        CHECK(hasIssue(PdsaValidator::validate(c), QStringLiteral("prediction")));
    }
    c.status = PdsaStatus::Doing;
    c.prediction = QStringLiteral("Færre glemte doser");
    CHECK(PdsaValidator::validate(c).isEmpty());
}

TEST_CASE("A decision is required to complete", "[validation][pdsa]") {
    auto c = validCycle();
    c.prediction = QStringLiteral("Færre glemte doser");
    c.status = PdsaStatus::Completed;
    CHECK(hasIssue(PdsaValidator::validate(c), QStringLiteral("decision")));
    c.decision = ActDecision::Adapt;
    CHECK(PdsaValidator::validate(c).isEmpty());
}

TEST_CASE("An abandoned cycle needs no decision", "[validation][pdsa]") {
    auto c = validCycle();
    c.status = PdsaStatus::Abandoned;
    CHECK(PdsaValidator::validate(c).isEmpty());
}

TEST_CASE("PDSA end date cannot be before the start", "[validation][pdsa]") {
    auto c = validCycle();
    c.endDate = c.startDate.addDays(-1);
    CHECK(hasIssue(PdsaValidator::validate(c), QStringLiteral("endDate")));
}

TEST_CASE("A cycle cannot be its own parent", "[validation][pdsa]") {
    auto c = validCycle();
    c.id = PdsaCycleId{3};
    c.parentId = PdsaCycleId{3};
    CHECK(hasIssue(PdsaValidator::validate(c), QStringLiteral("parentId")));
}
