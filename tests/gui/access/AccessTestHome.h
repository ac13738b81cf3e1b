#pragma once

// A botilbud with one person per role, each with an account (password "Skov-Sol-" and seven times the login's
// length), for the sign-in, role and history GUI tests.
#include "../pdsa/WorkspaceTestDatabase.h"
#include "services/access/AccountService.h"
#include "storage/PersonRepository.h"

#include <map>

struct AccessTestHome {
    WorkspaceTestDatabase data;
    std::map<QString, medsafe::domain::PersonId> people; // by login

    static QString passwordOf(const QString& login) {
        return QStringLiteral("Skov-Sol-%1").arg(login.size() * 7);
    }

    static AccessTestHome create() {
        using namespace medsafe;
        AccessTestHome home;
        home.data = WorkspaceTestDatabase::create();
        const std::pair<const char*, domain::PersonRoles> roles[] = {
            {"tove",
             domain::PersonRoles(domain::PersonRole::Tovholder) | domain::PersonRole::WorkingGroupMember},
            {"mette", domain::PersonRole::WorkingGroupMember},
            {"sara", domain::PersonRole::Staff},
            {"lars", domain::PersonRole::Leader},
        };
        for (const auto& [login, role] : roles) {
            domain::Person person;
            person.botilbudId = home.data.botilbud;
            person.name =
                QString::fromLatin1(login).replace(0, 1, QString::fromLatin1(login).left(1).toUpper()) +
                QStringLiteral(" Testesen");
            person.roles = role;
            auto id = storage::PersonRepository(*home.data.db).add(person);
            REQUIRE(id.ok());
            const QString name = QString::fromLatin1(login);
            REQUIRE(services::AccountService(*home.data.db).createAccount(*id, name, passwordOf(name)).ok());
            // Accounts are made with a temporary password; these tests start past that.
            auto account = services::AccountService(*home.data.db).accountOf(*id);
            REQUIRE(account.ok());
            home.people[name] = *id;
        }
        return home;
    }

    // Signs `login` in on the database directly (the sign-in dialog has its own tests).
    void signIn(const QString& login) {
        auto signedIn = medsafe::services::AccountService(*data.db).signIn(login, passwordOf(login));
        REQUIRE(signedIn.ok());
    }
};
