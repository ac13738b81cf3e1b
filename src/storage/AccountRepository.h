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

private:
    Result<QList<domain::Account>> select(const QString& where, const QVariant& key) const;

    Database& m_db;
};

} // namespace medsafe::storage
