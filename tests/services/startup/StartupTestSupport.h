#pragma once

#include "domain/Person.h"
#include "storage/Database.h"
#include "storage/PersonRepository.h"
#include "storage/SessionIdentity.h"

#include <catch2/catch.hpp>

namespace medsafe::services::test::startup {

// Adds a person to `home` and signs them in with `roles`, so the services' role gate applies.
inline domain::PersonId signInAs(storage::Database& db, domain::BotilbudId home, domain::PersonRoles roles,
                                 const QString& name) {
    domain::Person person;
    person.botilbudId = home;
    person.name = name;
    person.roles = roles;
    auto id = storage::PersonRepository(db).add(person);
    REQUIRE(id.ok());
    storage::SessionIdentity who;
    who.signedIn = true;
    who.person = *id;
    who.botilbud = home;
    who.roles = roles;
    who.login = name.toLower();
    who.name = name;
    db.setSession(who);
    return *id;
}

inline domain::PersonId addStaff(storage::Database& db, domain::BotilbudId home, const QString& name,
                                 bool handlesMedicine, bool active = true) {
    domain::Person person;
    person.botilbudId = home;
    person.name = name;
    person.roles = domain::PersonRole::Staff;
    person.handlesMedicine = handlesMedicine;
    person.active = active;
    if (!active) person.endDate = QDate(2024, 6, 30);
    auto id = storage::PersonRepository(db).add(person);
    REQUIRE(id.ok());
    return *id;
}

} // namespace medsafe::services::test::startup
