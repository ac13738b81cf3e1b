#include "TestValues.h"
#include "domain/OrganisationValidator.h"

#include <catch2/catch.hpp>

using namespace medsafe::domain;
using namespace medsafe::domain::test;

TEST_CASE("A valid botilbud and person pass", "[validation][organisation]") {
    CHECK(OrganisationValidator::validate(validBotilbud()).isEmpty());
    CHECK(OrganisationValidator::validate(validPerson()).isEmpty());
}

TEST_CASE("Botilbud needs a name", "[validation][organisation]") {
    auto b = validBotilbud();
    b.name = QStringLiteral("  ");
    CHECK(hasIssue(OrganisationValidator::validate(b), QStringLiteral("name")));
}

TEST_CASE("Botilbud resident count cannot be negative", "[validation][organisation]") {
    auto b = validBotilbud();
    b.residentCount = -1;
    CHECK(hasIssue(OrganisationValidator::validate(b), QStringLiteral("residentCount")));
}

TEST_CASE("Botilbud needs a created date", "[validation][organisation]") {
    auto b = validBotilbud();
    b.createdDate = {};
    CHECK(hasIssue(OrganisationValidator::validate(b), QStringLiteral("createdDate")));
}

TEST_CASE("Person needs a botilbud", "[validation][organisation]") {
    auto p = validPerson();
    p.botilbudId = {};
    CHECK(hasIssue(OrganisationValidator::validate(p), QStringLiteral("botilbudId")));
}

TEST_CASE("Person needs a name", "[validation][organisation]") {
    auto p = validPerson();
    p.name.clear();
    CHECK(hasIssue(OrganisationValidator::validate(p), QStringLiteral("name")));
}

TEST_CASE("Person e-mail is optional but must look like one", "[validation][organisation]") {
    auto p = validPerson();
    p.email.clear();
    CHECK(OrganisationValidator::validate(p).isEmpty());
    p.email = QStringLiteral("not an address");
    CHECK(hasIssue(OrganisationValidator::validate(p), QStringLiteral("email")));
}

TEST_CASE("Role sets survive their codes", "[domain][person]") {
    const PersonRoles roles = PersonRole::Leader | PersonRole::PharmacyContact;
    CHECK(roleCodes(roles) == QStringList{QStringLiteral("leader"), QStringLiteral("pharmacy_contact")});
    CHECK(rolesFromCodes(roleCodes(roles)) == roles);
    CHECK(rolesFromCodes({QStringLiteral("unknown"), QStringLiteral("staff")}) ==
          PersonRoles(PersonRole::Staff));
}
