#pragma once

#include "domain/Ids.h"
#include "domain/Person.h"

#include <QString>

namespace medsafe::storage {

// Who works on a connection. Nobody signed in means the database's owner at work: the CLI on
// a file (whoever holds the file holds all of it), or the server's owner role; the services
// then refuse nothing. A signed-in person is a person of one botilbud with their roles; the
// services gate every write by them (services/access/AccessPolicy), and on a server the
// database gates rows by the login as well.
struct SessionIdentity {
    bool signedIn = false;
    domain::PersonId person;
    domain::BotilbudId botilbud;
    domain::PersonRoles roles;
    QString login;
    QString name;
    // Signed in with a temporary password: the app asks for a new one first.
    bool mustChangePassword = false;
};

} // namespace medsafe::storage
