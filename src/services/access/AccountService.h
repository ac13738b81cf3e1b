#pragma once

#include "domain/Account.h"
#include "domain/Ids.h"
#include "domain/Result.h"
#include "storage/SessionIdentity.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <optional>

namespace medsafe::storage {
class Database;
}

namespace medsafe::services {

// Signing in and the accounts behind it. On a file: Argon2id password hashes in the database,
// a lock-out after repeated wrong passwords, the tovholder's first account, password changes
// and resets. On a server the person's PostgreSQL login is the account: the server checks the
// password when the connection opens, and identifyServerLogin() finds the person behind it.
// Signing in sets the Database's session, which every service's access check and the audit
// trail read.
class AccountService {
    Q_DECLARE_TR_FUNCTIONS(AccountService)

public:
    static constexpr int kMaxFailedAttempts = 5;
    static constexpr int kLockMinutes = 15;

    explicit AccountService(storage::Database& db) : m_db(db) {}

    // True for a database without any account: the first start creates the tovholder's.
    Result<bool> needsFirstAccount() const;

    struct FirstAccount {
        domain::BotilbudId botilbud;
        domain::PersonId person; // an existing tovholder, or 0 to add `name` as the tovholder
        QString name;
        QString login;
        QString password;
    };
    // Only while needsFirstAccount(); signs the tovholder in.
    Result<storage::SessionIdentity> createFirstAccount(const FirstAccount& first) const;

    // Checks the password (Argon2id) and signs in. A wrong login and a wrong password get the
    // same message; the 5th wrong password in a row locks the account for 15 minutes.
    Result<storage::SessionIdentity> signIn(const QString& login, const QString& password,
                                            const QDateTime& now = QDateTime::currentDateTimeUtc()) const;
    // On a server: the person whose account has the connection's login, signed in; the
    // database's owner (no account) works unrestricted, as the CLI on a file does.
    Result<storage::SessionIdentity> identifyServerLogin() const;
    void signOut() const;

    // The signed-in person's own password.
    Status changePassword(const QString& currentPassword, const QString& newPassword) const;
    // The tovholder's tasks: an account with a temporary password the person must change at
    // the first sign-in; a reset (also lifts a lock-out); closing an account.
    Status createAccount(domain::PersonId person, const QString& login,
                         const QString& temporaryPassword) const;
    Status resetPassword(domain::PersonId person, const QString& temporaryPassword) const;
    Status removeAccount(domain::PersonId person) const;

    Result<std::optional<domain::Account>> accountOf(domain::PersonId person) const;
    Result<QList<domain::Account>> accounts() const;

private:
    Result<storage::SessionIdentity> identityOf(const domain::Account& account) const;
    Status recordFailure(domain::Account account, const QDateTime& now) const;

    storage::Database& m_db;
};

} // namespace medsafe::services
