#include "storage/SqlDialect.h"

#include "storage/StorageLog.h"

#include <QSqlError>
#include <QSqlQuery>

namespace medsafe::storage {

namespace {

medsafe::Result<QVariant> scalar(const QSqlDatabase& db, const QString& sql) {
    QSqlQuery q(db);
    if (!q.exec(sql)) return Error::technical(QStringLiteral("%1 failed: %2").arg(sql, q.lastError().text()));
    if (!q.next()) return Error::technical(QStringLiteral("%1 returned no row").arg(sql));
    return q.value(0);
}

} // namespace

SqlDialect SqlDialect::forDriver(const QString& driverName) {
    return SqlDialect(driverName == QLatin1String("QPSQL") ? Kind::Postgres : Kind::Sqlite);
}

QString SqlDialect::idColumn() const {
    return m_kind == Kind::Sqlite ? QStringLiteral("id INTEGER PRIMARY KEY")
                                  : QStringLiteral("id BIGSERIAL PRIMARY KEY");
}

medsafe::Result<int> SqlDialect::schemaVersion(const QSqlDatabase& db) const {
    if (m_kind == Kind::Postgres) {
        // The PostgreSQL port keeps the version in a table created by migration 1.
        return Error::technical(QStringLiteral("schema version on PostgreSQL is not implemented yet"));
    }
    auto value = scalar(db, QStringLiteral("PRAGMA user_version"));
    if (!value) return value.error();
    return value->toInt();
}

QString SqlDialect::setSchemaVersionSql(int version) const {
    if (m_kind == Kind::Postgres)
        return QStringLiteral("UPDATE schema_version SET version = %1").arg(version);
    return QStringLiteral("PRAGMA user_version = %1").arg(version);
}

QString SqlDialect::setApplicationIdSql(qint32 applicationId) const {
    if (m_kind == Kind::Postgres) return {};
    return QStringLiteral("PRAGMA application_id = %1").arg(applicationId);
}

medsafe::Result<qint64> SqlDialect::applicationId(const QSqlDatabase& db) const {
    if (m_kind == Kind::Postgres) return qint64{0};
    auto value = scalar(db, QStringLiteral("PRAGMA application_id"));
    if (!value) return value.error();
    return value->toLongLong();
}

medsafe::Status SqlDialect::configureConnection(const QSqlDatabase& db, bool inMemory) const {
    if (m_kind == Kind::Postgres) return success();
    QStringList pragmas{QStringLiteral("PRAGMA foreign_keys = ON"),
                        QStringLiteral("PRAGMA busy_timeout = 5000")};
    if (!inMemory) {
        // WAL lets the GUI read while the CLI writes; NORMAL sync is safe with WAL.
        pragmas << QStringLiteral("PRAGMA journal_mode = WAL")
                << QStringLiteral("PRAGMA synchronous = NORMAL");
    }
    for (const QString& pragma : pragmas) {
        QSqlQuery q(db);
        if (!q.exec(pragma))
            return Error::technical(QStringLiteral("%1 failed: %2").arg(pragma, q.lastError().text()));
        if (pragma.contains(QLatin1String("journal_mode")) && q.next() &&
            q.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
            storageLog()->warn("journal_mode WAL not accepted, running in {}",
                               q.value(0).toString().toStdString());
    }
    auto fk = scalar(db, QStringLiteral("PRAGMA foreign_keys"));
    if (!fk || fk->toInt() != 1) return Error::technical(QStringLiteral("could not enable foreign keys"));
    return success();
}

medsafe::Result<QString> SqlDialect::integrityCheck(const QSqlDatabase& db) const {
    if (m_kind == Kind::Postgres) return QStringLiteral("ok");
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA integrity_check")))
        return Error::technical(QStringLiteral("integrity_check failed: %1").arg(q.lastError().text()));
    QStringList lines;
    while (q.next())
        lines << q.value(0).toString();
    return lines.join(u'\n');
}

medsafe::Status SqlDialect::backupTo(const QSqlDatabase& db, const QString& path) const {
    if (m_kind == Kind::Postgres)
        return Error::technical(QStringLiteral("backup of a PostgreSQL database is done with pg_dump"));
    QSqlQuery q(db);
    if (!q.prepare(QStringLiteral("VACUUM INTO ?")))
        return Error::technical(QStringLiteral("VACUUM INTO prepare failed: %1").arg(q.lastError().text()));
    q.addBindValue(path);
    if (!q.exec())
        return Error::technical(QStringLiteral("VACUUM INTO %1 failed: %2").arg(path, q.lastError().text()));
    return success();
}

} // namespace medsafe::storage
