#pragma once

#include "domain/EnumCodes.h"
#include "domain/Ids.h"
#include "domain/Result.h"

#include <QDate>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QTime>
#include <QVariant>
#include <optional>

namespace medsafe::storage {

// A prepared statement with typed binding and reading, so repositories never format SQL with
// values and map every type the same way: dates as 'YYYY-MM-DD', times as 'HH:MM[:SS]',
// booleans as 0/1 (true/false on PostgreSQL), enums as their stable codes, a missing optional as NULL. A
// QString binds as text even when null (QtSql would bind a null QString as SQL NULL). Lives on the thread of
// its connection.
class Statement {
public:
    explicit Statement(const QSqlDatabase& db);

    // Prepares once; the statement may then be bound and executed many times (bulk inserts).
    Status prepare(const QString& sql);
    // Prepares an INSERT into a table with an `id` key whose new id lastInsertId() gives.
    // PostgreSQL's driver knows no last insert id, so there the statement ends RETURNING id.
    Status prepareInsert(const QString& sql);

    void bind(const QString& name, const QString& text);
    void bind(const QString& name, const char* text) = delete; // say QStringLiteral
    void bind(const QString& name, const QDate& date);
    void bind(const QString& name, const QTime& time);
    void bind(const QString& name, bool value);
    void bind(const QString& name, int value);
    void bind(const QString& name, qint64 value);
    void bind(const QString& name, double value);
    void bindNull(const QString& name);

    template <typename Tag> void bind(const QString& name, domain::Id<Tag> id) { bind(name, id.value); }
    template <domain::CodedEnum E> void bind(const QString& name, E value) {
        bind(name, domain::toCode(value));
    }
    template <typename T> void bind(const QString& name, const std::optional<T>& value) {
        if (value)
            bind(name, *value);
        else
            bindNull(name);
    }

    Status exec();
    bool next() { return m_query.next(); }
    // Releases the result set; needed before COMMIT when rows were left unread.
    void finish() { m_query.finish(); }
    qint64 lastInsertId() const { return m_returning ? m_returnedId : m_query.lastInsertId().toLongLong(); }
    int rowsAffected() const { return m_query.numRowsAffected(); }

    bool isNull(int column) const { return m_query.isNull(column); }
    // The raw value (timestamps: text on SQLite, a QDateTime from PostgreSQL).
    QVariant value(int column) const { return m_query.value(column); }
    QString text(int column) const;
    QDate date(int column) const;
    QTime time(int column) const;
    bool boolean(int column) const { return m_query.value(column).toBool(); }
    int integer(int column) const { return m_query.value(column).toInt(); }
    qint64 int64(int column) const { return m_query.value(column).toLongLong(); }
    double real(int column) const { return m_query.value(column).toDouble(); }
    std::optional<int> optInteger(int column) const;
    std::optional<double> optReal(int column) const;

    template <typename IdType> IdType id(int column) const { return IdType{int64(column)}; }
    template <typename IdType> std::optional<IdType> optId(int column) const {
        if (isNull(column)) return std::nullopt;
        return IdType{int64(column)};
    }
    // Unknown codes (from a newer app) fall back to `fallback` rather than failing the read.
    template <domain::CodedEnum E> E code(int column, E fallback) const {
        return domain::fromCode<E>(text(column)).value_or(fallback);
    }
    template <domain::CodedEnum E> std::optional<E> optCode(int column) const {
        if (isNull(column)) return std::nullopt;
        return domain::fromCode<E>(text(column));
    }

    QString sql() const { return m_sql; }

private:
    QSqlQuery m_query;
    QString m_sql;
    bool m_postgres = false;
    bool m_returning = false;
    qint64 m_returnedId = 0;
};

// The current time as stored in updated_at columns: UTC ISO-8601 ("2021-03-04T12:00:00Z").
QString nowUtcText();

} // namespace medsafe::storage
