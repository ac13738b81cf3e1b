#include "storage/Statement.h"

#include "storage/StorageLog.h"

#include <QDateTime>
#include <QSqlError>

namespace medsafe::storage {

Statement::Statement(const QSqlDatabase& db)
    : m_query(db), m_postgres(db.driverName() == QLatin1String("QPSQL")) {
    // Forward-only avoids QtSql caching every row of large result sets.
    m_query.setForwardOnly(true);
}

Status Statement::prepare(const QString& sql) {
    m_sql = sql;
    if (!m_query.prepare(sql)) {
        const QString message =
            QStringLiteral("prepare failed: %1 [%2]").arg(m_query.lastError().text(), sql);
        storageLog()->error("{}", message.toStdString());
        return Error::technical(message);
    }
    return success();
}

Status Statement::prepareInsert(const QString& sql) {
    m_returning = m_postgres;
    return prepare(m_returning ? sql + QStringLiteral(" RETURNING id") : sql);
}

void Statement::bind(const QString& name, const QString& text) {
    m_query.bindValue(name, text.isNull() ? QStringLiteral("") : text);
}

void Statement::bind(const QString& name, const QDate& date) {
    if (date.isValid())
        m_query.bindValue(name, date.toString(Qt::ISODate));
    else
        bindNull(name);
}

void Statement::bind(const QString& name, const QTime& time) {
    if (time.isValid())
        m_query.bindValue(
            name, time.toString(time.second() == 0 ? QStringLiteral("HH:mm") : QStringLiteral("HH:mm:ss")));
    else
        bindNull(name);
}

void Statement::bind(const QString& name, bool value) {
    // A BOOLEAN column takes no integer on PostgreSQL; SQLite stores the 0/1 it always had.
    if (m_postgres)
        m_query.bindValue(name, value);
    else
        m_query.bindValue(name, value ? 1 : 0);
}

void Statement::bind(const QString& name, int value) {
    m_query.bindValue(name, value);
}

void Statement::bind(const QString& name, qint64 value) {
    m_query.bindValue(name, value);
}

void Statement::bind(const QString& name, double value) {
    m_query.bindValue(name, value);
}

void Statement::bindNull(const QString& name) {
    m_query.bindValue(name, QVariant());
}

Status Statement::exec() {
    if (!m_query.exec()) {
        const QString message = QStringLiteral("%1 [%2]").arg(m_query.lastError().text(), m_sql);
        storageLog()->error("SQL failed: {}", message.toStdString());
        return Error::technical(message);
    }
    if (m_returning) {
        if (!m_query.next()) return Error::technical(QStringLiteral("INSERT returned no id [%1]").arg(m_sql));
        m_returnedId = m_query.value(0).toLongLong();
        m_query.finish();
    }
    return success();
}

QString Statement::text(int column) const {
    return m_query.value(column).toString();
}

QDate Statement::date(int column) const {
    if (isNull(column)) return {};
    const QVariant value = m_query.value(column);
    if (value.metaType().id() == QMetaType::QDate) return value.toDate(); // a DATE column
    return QDate::fromString(value.toString(), Qt::ISODate);
}

QTime Statement::time(int column) const {
    if (isNull(column)) return {};
    const QVariant value = m_query.value(column);
    if (value.metaType().id() == QMetaType::QTime) return value.toTime(); // a TIME column
    return QTime::fromString(value.toString(), Qt::ISODate);
}

std::optional<int> Statement::optInteger(int column) const {
    if (isNull(column)) return std::nullopt;
    return integer(column);
}

std::optional<double> Statement::optReal(int column) const {
    if (isNull(column)) return std::nullopt;
    return real(column);
}

QString nowUtcText() {
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

} // namespace medsafe::storage
