#include "services/access/AccountService.h"

#include "services/access/AccessPolicy.h"
#include "services/access/PasswordHashing.h"
#include "services/access/PasswordRules.h"
#include "storage/AccountRepository.h"
#include "storage/Database.h"
#include "storage/PersonRepository.h"
#include "storage/Transaction.h"

#include <QLocale>

namespace medsafe::services {

namespace {

using domain::Account;
using storage::SessionIdentity;

Error wrongLogin() {
    return Error::forUser(QStringLiteral("sign-in refused: wrong login or password"),
                          AccountService::tr("The login or the password is wrong."));
}

Error invalidField(const QString& what, const QString& problem) {
    return Error::forUser(QStringLiteral("%1 refused: %2").arg(what, problem), problem);
}

// Verifying against a fixed hash when the login is unknown takes as long as a real check, so
// the time of the answer does not tell which logins exist.
void spendVerificationTime(const QString& password) {
    static const QString decoy = [] {
        auto hash = PasswordHashing::hash(QStringLiteral("decoy-password-never-used"));
        return hash ? *hash : QString();
    }();
    (void)PasswordHashing::verify(decoy, password);
}

} // namespace

Result<bool> AccountService::needsFirstAccount() const {
    if (m_db.isServer()) return false;
    auto count = storage::AccountRepository(m_db).count();
    if (!count) return count.error();
    return *count == 0;
}

Result<SessionIdentity> AccountService::createFirstAccount(const FirstAccount& first) const {
    auto needed = needsFirstAccount();
    if (!needed) return needed.error();
    if (!*needed)
        return Error::forUser(QStringLiteral("first account refused: accounts exist"),
                              tr("This database already has accounts. Sign in, or ask the tovholder."));
    if (const QString problem = PasswordRules::loginProblem(first.login); !problem.isEmpty())
        return invalidField(QStringLiteral("login"), problem);
    storage::PersonRepository people(m_db);
    domain::Person person;
    if (first.person.isValid()) {
        auto stored = people.get(first.person);
        if (!stored) return stored.error();
        person = *stored;
    } else {
        if (first.name.trimmed().isEmpty())
            return invalidField(QStringLiteral("name"), tr("Write the tovholder's name."));
        person.botilbudId = first.botilbud;
        person.name = first.name.trimmed();
        person.handlesMedicine = true;
        person.startDate = QDate::currentDate();
    }
    if (const QString problem = PasswordRules::problem(first.password, first.login, person.name);
        !problem.isEmpty())
        return invalidField(QStringLiteral("password"), problem);
    auto hash = PasswordHashing::hash(first.password);
    if (!hash) return hash.error();

    storage::Transaction tx(m_db);
    person.roles |= domain::PersonRole::Tovholder;
    if (person.id.isValid()) {
        if (auto status = people.update(person); !status) return status.error();
    } else {
        auto id = people.add(person);
        if (!id) return id.error();
        person.id = *id;
    }
    Account account;
    account.personId = person.id;
    account.login = first.login;
    account.passwordHash = *hash;
    account.createdAt = QDateTime::currentDateTimeUtc();
    if (auto status = storage::AccountRepository(m_db).add(account); !status) return status.error();
    if (auto status = tx.commit(); !status) return status.error();
    return signIn(first.login, first.password);
}

Result<SessionIdentity> AccountService::signIn(const QString& login, const QString& password,
                                               const QDateTime& now) const {
    storage::AccountRepository accounts(m_db);
    auto found = accounts.byLogin(login.trimmed().toLower());
    if (!found) return found.error();
    if (!found->has_value()) {
        spendVerificationTime(password);
        return wrongLogin();
    }
    Account account = **found;
    if (account.lockedUntil.isValid() && account.lockedUntil > now) {
        const QString until =
            QLocale().toString(account.lockedUntil.toLocalTime().time(), QLocale::ShortFormat);
        return Error::forUser(
            QStringLiteral("sign-in refused: %1 is locked").arg(account.login),
            tr("The account is locked after %1 wrong passwords. Try again at %2, or ask the "
               "tovholder to reset the password.")
                .arg(kMaxFailedAttempts)
                .arg(until));
    }
    if (!PasswordHashing::verify(account.passwordHash, password)) {
        if (auto status = recordFailure(account, now); !status) return status.error();
        return wrongLogin();
    }
    auto identity = identityOf(account);
    if (!identity) return identity.error();
    const bool rehash = PasswordHashing::needsRehash(account.passwordHash);
    if (account.failedAttempts > 0 || account.lockedUntil.isValid() || rehash) {
        account.failedAttempts = 0;
        account.lockedUntil = {};
        if (rehash) {
            if (auto rehashed = PasswordHashing::hash(password)) account.passwordHash = *rehashed;
        }
        if (auto status = accounts.update(account); !status) return status.error();
    }
    m_db.setSession(*identity);
    return identity;
}

Status AccountService::recordFailure(Account account, const QDateTime& now) const {
    account.failedAttempts += 1;
    if (account.failedAttempts >= kMaxFailedAttempts) {
        account.lockedUntil = now.addSecs(kLockMinutes * 60);
        account.failedAttempts = 0;
    }
    return storage::AccountRepository(m_db).update(account);
}

Result<SessionIdentity> AccountService::identityOf(const Account& account) const {
    auto person = storage::PersonRepository(m_db).get(account.personId);
    if (!person) return person.error();
    if (!person->active)
        return Error::forUser(
            QStringLiteral("sign-in refused: %1 is retired").arg(account.login),
            tr("%1 has left the botilbud's work, so the account is closed.").arg(person->name));
    SessionIdentity identity;
    identity.signedIn = true;
    identity.person = person->id;
    identity.botilbud = person->botilbudId;
    identity.roles = person->roles;
    identity.login = account.login;
    identity.name = person->name;
    identity.mustChangePassword = account.mustChangePassword;
    return identity;
}

Result<SessionIdentity> AccountService::identifyServerLogin() const {
    if (!m_db.isServer()) return Error::technical(QStringLiteral("identifyServerLogin on a file"));
    auto found = storage::AccountRepository(m_db).byLogin(m_db.server()->user);
    if (!found) return found.error();
    if (!found->has_value()) {
        m_db.setSession({});
        return SessionIdentity{};
    }
    auto identity = identityOf(**found);
    if (!identity) return identity.error();
    m_db.setSession(*identity);
    return identity;
}

void AccountService::signOut() const {
    m_db.setSession({});
}

Status AccountService::changePassword(const QString& currentPassword, const QString& newPassword) const {
    const SessionIdentity& who = m_db.session();
    if (!who.signedIn) return Error::technical(QStringLiteral("changePassword without a signed-in person"));
    if (const QString problem = PasswordRules::problem(newPassword, who.login, who.name); !problem.isEmpty())
        return invalidField(QStringLiteral("password"), problem);
    storage::AccountRepository accounts(m_db);
    if (m_db.isServer()) return accounts.setOwnServerPassword(newPassword);
    auto found = accounts.byLogin(who.login);
    if (!found) return found.error();
    if (!found->has_value()) return Error::technical(QStringLiteral("no account %1").arg(who.login));
    Account account = **found;
    if (!PasswordHashing::verify(account.passwordHash, currentPassword))
        return Error::forUser(QStringLiteral("password change refused: wrong current password"),
                              tr("The current password is wrong."));
    if (currentPassword == newPassword)
        return invalidField(QStringLiteral("password"), tr("Choose a new password, not the current one."));
    auto hash = PasswordHashing::hash(newPassword);
    if (!hash) return hash.error();
    account.passwordHash = *hash;
    account.mustChangePassword = false;
    if (auto status = accounts.update(account); !status) return status;
    SessionIdentity updated = who;
    updated.mustChangePassword = false;
    m_db.setSession(updated);
    return success();
}

Status AccountService::createAccount(domain::PersonId personId, const QString& login,
                                     const QString& temporaryPassword) const {
    auto person = storage::PersonRepository(m_db).get(personId);
    if (!person) return person.error();
    if (auto allowed = AccessPolicy::require(m_db, AccessAction::ManageAccounts, person->botilbudId);
        !allowed)
        return allowed;
    const QString normalised = login.trimmed().toLower();
    if (const QString problem = PasswordRules::loginProblem(normalised); !problem.isEmpty())
        return invalidField(QStringLiteral("login"), problem);
    if (const QString problem = PasswordRules::problem(temporaryPassword, normalised, person->name);
        !problem.isEmpty())
        return invalidField(QStringLiteral("password"), problem);
    storage::AccountRepository accounts(m_db);
    auto taken = accounts.byLogin(normalised);
    if (!taken) return taken.error();
    if (taken->has_value())
        return invalidField(QStringLiteral("login"),
                            tr("The login %1 is taken. Choose another.").arg(normalised));
    auto existing = accounts.byPerson(personId);
    if (!existing) return existing.error();
    if (existing->has_value())
        return invalidField(QStringLiteral("account"), tr("%1 already has an account.").arg(person->name));

    Account account;
    account.personId = personId;
    account.login = normalised;
    account.mustChangePassword = true;
    account.createdAt = QDateTime::currentDateTimeUtc();
    storage::Transaction tx(m_db);
    if (m_db.isServer()) {
        if (auto status = accounts.createServerLogin(normalised, temporaryPassword); !status)
            return Error::forUser(
                status.error().message,
                tr("The server refused to create the login %1. The kommune's database administrator "
                   "must allow it (CREATEROLE) or create the login.")
                    .arg(normalised));
    } else {
        auto hash = PasswordHashing::hash(temporaryPassword);
        if (!hash) return hash.error();
        account.passwordHash = *hash;
    }
    if (auto status = accounts.add(account); !status) return status;
    return tx.commit();
}

Status AccountService::resetPassword(domain::PersonId personId, const QString& temporaryPassword) const {
    auto person = storage::PersonRepository(m_db).get(personId);
    if (!person) return person.error();
    if (auto allowed = AccessPolicy::require(m_db, AccessAction::ManageAccounts, person->botilbudId);
        !allowed)
        return allowed;
    storage::AccountRepository accounts(m_db);
    auto found = accounts.byPerson(personId);
    if (!found) return found.error();
    if (!found->has_value())
        return invalidField(QStringLiteral("account"), tr("%1 has no account.").arg(person->name));
    Account account = **found;
    if (const QString problem = PasswordRules::problem(temporaryPassword, account.login, person->name);
        !problem.isEmpty())
        return invalidField(QStringLiteral("password"), problem);
    account.failedAttempts = 0;
    account.lockedUntil = {};
    account.mustChangePassword = true;
    storage::Transaction tx(m_db);
    if (m_db.isServer()) {
        if (auto status = accounts.setServerPassword(account.login, temporaryPassword); !status)
            return status;
    } else {
        auto hash = PasswordHashing::hash(temporaryPassword);
        if (!hash) return hash.error();
        account.passwordHash = *hash;
    }
    if (auto status = accounts.update(account); !status) return status;
    return tx.commit();
}

Status AccountService::removeAccount(domain::PersonId personId) const {
    auto person = storage::PersonRepository(m_db).get(personId);
    if (!person) return person.error();
    if (auto allowed = AccessPolicy::require(m_db, AccessAction::ManageAccounts, person->botilbudId);
        !allowed)
        return allowed;
    if (m_db.session().signedIn && m_db.session().person == personId)
        return invalidField(QStringLiteral("account"), tr("You cannot close your own account."));
    return storage::AccountRepository(m_db).remove(personId);
}

Result<std::optional<domain::Account>> AccountService::accountOf(domain::PersonId person) const {
    return storage::AccountRepository(m_db).byPerson(person);
}

Result<QList<domain::Account>> AccountService::accounts() const {
    return storage::AccountRepository(m_db).all();
}

} // namespace medsafe::services
