#include "demo/DemoAccounts.h"

#include "services/access/PasswordHashing.h"
#include "storage/AccountRepository.h"
#include "storage/PersonRepository.h"

#include <QDateTime>
#include <QSet>
#include <functional>

namespace medsafe::demo {

using domain::PersonRole;

QString DemoAccounts::loginFor(const QString& name) {
    QString login = name.section(QLatin1Char(' '), 0, 0).toLower();
    login.replace(u'æ', QStringLiteral("ae"))
        .replace(u'ø', QStringLiteral("oe"))
        .replace(u'å', QStringLiteral("aa"));
    login.replace(u'é', u'e')
        .replace(u'ü', u'u')
        .replace(u'ö', QStringLiteral("oe"))
        .replace(u'ä', QStringLiteral("ae"));
    return login;
}

Status DemoAccounts::addFor(storage::Database& db, domain::BotilbudId botilbud) {
    auto people = storage::PersonRepository(db).forBotilbud(botilbud, true);
    if (!people) return people.error();
    // One hash for all: the same published password, and one Argon2id run instead of five.
    auto hash = services::PasswordHashing::hash(QString::fromLatin1(kPassword));
    if (!hash) return hash.error();

    // The first active person who fits each role, in this order, each person once.
    const QList<std::function<bool(domain::PersonRoles)>> wanted{
        [](domain::PersonRoles r) { return r.testFlag(PersonRole::Tovholder); },
        [](domain::PersonRoles r) { return r.testFlag(PersonRole::Leader); },
        [](domain::PersonRoles r) {
            return r.testFlag(PersonRole::WorkingGroupMember) && !r.testFlag(PersonRole::Tovholder) &&
                   !r.testFlag(PersonRole::Leader);
        },
        [](domain::PersonRoles r) { return r == domain::PersonRoles(PersonRole::Staff); },
        [](domain::PersonRoles r) { return r.testFlag(PersonRole::PsConsultant); },
    };
    QSet<qint64> given;
    QSet<QString> logins;
    storage::AccountRepository accounts(db);
    for (const auto& fits : wanted) {
        for (const domain::Person& person : *people) {
            if (given.contains(person.id.value) || !fits(person.roles)) continue;
            QString login = loginFor(person.name);
            for (int n = 2; logins.contains(login); ++n)
                login = loginFor(person.name) + QString::number(n);
            domain::Account account;
            account.personId = person.id;
            account.login = login;
            account.passwordHash = *hash;
            account.createdAt = QDateTime::currentDateTimeUtc();
            if (auto added = accounts.add(account); !added) return added;
            given.insert(person.id.value);
            logins.insert(login);
            break;
        }
    }
    return success();
}

} // namespace medsafe::demo
