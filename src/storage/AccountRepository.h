#pragma once

#include "domain/Account.h"
#include "domain/Result.h"

#include <QList>
#include <optional>

namespace medsafe::storage {

class Database;

// Reads and writes sign-in accounts (account, schema 6). Checks nothing about passwords: the
// services hash and compare them.
class AccountRepository {
public:
    explicit AccountRepository(Database& db) : m_db(db) {}

    Status add(const domain::Account& account);
    // Replaces the stored account of account.personId.
    Status update(const domain::Account& account);
    Status remove(domain::PersonId person);
    Result<std::optional<domain::Account>> byLogin(const QString& login) const;
    Result<std::optional<domain::Account>> byPerson(domain::PersonId person) const;
    Result<QList<domain::Account>> all() const;
    Result<int> count() const;
    // On a server: creates the PostgreSQL login role for `login` (the connection's role needs
    // CREATEROLE), or sets its password. The server stores only its SCRAM-SHA-256 verifier.
    // `login` must already be checked as a plain role name (PasswordRules::loginProblem).
    Status createServerLogin(const QString& login, const QString& password);
    Status setServerPassword(const QString& login, const QString& password);
    Status setOwnServerPassword(const QString& password);

private:
    Result<QList<domain::Account>> select(const QString& where, const QVariant& key) const;

    Database& m_db;
};

} // namespace medsafe::storage
