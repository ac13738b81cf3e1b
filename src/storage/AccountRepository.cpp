#include "storage/AccountRepository.h"

#include "storage/Database.h"
#include "storage/RepositorySupport.h"
#include "storage/Statement.h"

#include <QSqlError>
#include <QSqlQuery>

namespace medsafe::storage {

namespace {

const QString kColumns = QStringLiteral(
    "person_id, login, password_hash, failed_attempts, locked_until, must_change_password, created_at");

QString timestampText(const QDateTime& time) {
    return time.toUTC().toString(Qt::ISODateWithMs);
}

void bindAccount(Statement& statement, const domain::Account& account) {
    statement.bind(QStringLiteral(":person"), account.personId);
    statement.bind(QStringLiteral(":login"), account.login);
    if (account.passwordHash.isEmpty())
        statement.bindNull(QStringLiteral(":hash"));
    else
        statement.bind(QStringLiteral(":hash"), account.passwordHash);
    statement.bind(QStringLiteral(":failed"), account.failedAttempts);
    if (account.lockedUntil.isValid())
        statement.bind(QStringLiteral(":locked"), timestampText(account.lockedUntil));
    else
        statement.bindNull(QStringLiteral(":locked"));
    statement.bind(QStringLiteral(":must"), account.mustChangePassword);
    statement.bind(QStringLiteral(":created"), timestampText(account.createdAt));
}

QDateTime timestampOf(const QVariant& value) {
    if (value.isNull()) return {};
    if (value.metaType().id() == QMetaType::QDateTime) return value.toDateTime().toUTC();
    QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    if (!time.isValid()) time = QDateTime::fromString(value.toString(), Qt::ISODate);
    return time.toUTC();
}

// A string literal for role DDL, which takes no parameters (standard_conforming_strings is on
// by default since PostgreSQL 9.1, so only the quote needs doubling).
QString quoted(const QString& text) {
    QString escaped = text;
    escaped.replace(QLatin1Char('\''), QStringLiteral("''"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

// Runs role DDL without logging it: the statement carries a password.
Status runRoleStatement(Database& db, const QString& sql, const QString& what) {
    QSqlQuery role(db.connection());
    if (!role.exec(sql))
        return Error::technical(what + QStringLiteral(": ") + role.lastError().databaseText());
    return success();
}

} // namespace

Status AccountRepository::createServerLogin(const QString& login, const QString& password) {
    return runRoleStatement(
        m_db, QStringLiteral("CREATE ROLE \"%1\" LOGIN PASSWORD %2").arg(login, quoted(password)),
        QStringLiteral("creating login %1").arg(login));
}

Status AccountRepository::setServerPassword(const QString& login, const QString& password) {
    return runRoleStatement(m_db,
                            QStringLiteral("ALTER ROLE \"%1\" PASSWORD %2").arg(login, quoted(password)),
                            QStringLiteral("password of login %1").arg(login));
}

Status AccountRepository::setOwnServerPassword(const QString& password) {
    return runRoleStatement(m_db, QStringLiteral("ALTER ROLE CURRENT_USER PASSWORD %1").arg(quoted(password)),
                            QStringLiteral("own password"));
}

Status AccountRepository::add(const domain::Account& account) {
    Statement insert(m_db.connection());
    MEDSAFE_TRY(
        insert.prepare(QStringLiteral("INSERT INTO account (%1) VALUES (:person, :login, :hash, :failed,"
                                      " :locked, :must, :created)")
                           .arg(kColumns)));
    bindAccount(insert, account);
    return insert.exec();
}

Status AccountRepository::update(const domain::Account& account) {
    Statement update(m_db.connection());
    MEDSAFE_TRY(update.prepare(
        QStringLiteral("UPDATE account SET login = :login, password_hash = :hash, failed_attempts = :failed,"
                       " locked_until = :locked, must_change_password = :must, created_at = :created WHERE "
                       "person_id = :person")));
    bindAccount(update, account);
    MEDSAFE_TRY(update.exec());
    return detail::expectRow(update, QStringLiteral("account of person"), account.personId.value);
}

Status AccountRepository::remove(domain::PersonId person) {
    Statement remove(m_db.connection());
    MEDSAFE_TRY(remove.prepare(QStringLiteral("DELETE FROM account WHERE person_id = :person")));
    remove.bind(QStringLiteral(":person"), person);
    return remove.exec();
}

Result<std::optional<domain::Account>> AccountRepository::byLogin(const QString& login) const {
    auto found = select(QStringLiteral("login = :key"), login);
    if (!found) return found.error();
    if (found->isEmpty()) return std::optional<domain::Account>{};
    return std::optional<domain::Account>{found->first()};
}

Result<std::optional<domain::Account>> AccountRepository::byPerson(domain::PersonId person) const {
    auto found = select(QStringLiteral("person_id = :key"), person.value);
    if (!found) return found.error();
    if (found->isEmpty()) return std::optional<domain::Account>{};
    return std::optional<domain::Account>{found->first()};
}

Result<QList<domain::Account>> AccountRepository::all() const {
    return select(QString(), {});
}

Result<int> AccountRepository::count() const {
    Statement statement(m_db.connection());
    MEDSAFE_TRY(statement.prepare(QStringLiteral("SELECT COUNT(*) FROM account")));
    MEDSAFE_TRY(statement.exec());
    if (!statement.next()) return Error::technical(QStringLiteral("counting accounts gave no row"));
    return statement.integer(0);
}

Result<QList<domain::Account>> AccountRepository::select(const QString& where, const QVariant& key) const {
    Statement statement(m_db.connection());
    // On a server only the owner may read password_hash (a server checks its own logins).
    QString columns = kColumns;
    if (m_db.isServer()) columns.replace(QStringLiteral("password_hash"), QStringLiteral("NULL AS password_hash"));
    QString sql = QStringLiteral("SELECT %1 FROM account").arg(columns);
    if (!where.isEmpty()) sql += QStringLiteral(" WHERE ") + where;
    MEDSAFE_TRY(statement.prepare(sql + QStringLiteral(" ORDER BY login")));
    if (!where.isEmpty()) {
        if (key.metaType().id() == QMetaType::QString)
            statement.bind(QStringLiteral(":key"), key.toString());
        else
            statement.bind(QStringLiteral(":key"), key.toLongLong());
    }
    MEDSAFE_TRY(statement.exec());
    QList<domain::Account> accounts;
    while (statement.next()) {
        domain::Account account;
        account.personId = statement.id<domain::PersonId>(0);
        account.login = statement.text(1);
        account.passwordHash = statement.isNull(2) ? QString() : statement.text(2);
        account.failedAttempts = statement.integer(3);
        account.lockedUntil = timestampOf(statement.value(4));
        account.mustChangePassword = statement.boolean(5);
        account.createdAt = timestampOf(statement.value(6));
        accounts.append(account);
    }
    return accounts;
}

} // namespace medsafe::storage
