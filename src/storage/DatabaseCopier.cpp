#include "storage/DatabaseCopier.h"

#include "storage/Database.h"
#include "storage/Schema.h"
#include "storage/StorageLog.h"
#include "storage/Transaction.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <algorithm>

namespace medsafe::storage {

namespace {

// What a column holds, which decides how a value is converted and compared.
enum class ColumnKind { Text, Integer, Numeric, Boolean, Date, Time, Timestamp };

// Columns pointing at a row of their own table: copied as NULL first and set once every row of
// the table exists, so a parent with a higher id than its child cannot break the foreign key.
const QHash<QString, QString> kSelfReferences{
    {QStringLiteral("driver"), QStringLiteral("parent_id")},
    {QStringLiteral("pdsa_cycle"), QStringLiteral("parent_id")},
};

ColumnKind kindOfPostgresType(const QString& dataType) {
    if (dataType == QLatin1String("boolean")) return ColumnKind::Boolean;
    if (dataType == QLatin1String("date")) return ColumnKind::Date;
    if (dataType.startsWith(QLatin1String("time without"))) return ColumnKind::Time;
    if (dataType.startsWith(QLatin1String("timestamp"))) return ColumnKind::Timestamp;
    if (dataType == QLatin1String("numeric") || dataType == QLatin1String("double precision"))
        return ColumnKind::Numeric;
    if (dataType == QLatin1String("bigint") || dataType == QLatin1String("integer"))
        return ColumnKind::Integer;
    return ColumnKind::Text;
}

Error sqlError(const QString& what, const QSqlQuery& q) {
    const QString message = QStringLiteral("%1: %2").arg(what, q.lastError().text());
    storageLog()->error("copy: {}", message.toStdString());
    return Error::technical(message);
}

// Column kinds of `table`, told by whichever side is PostgreSQL. Between two SQLite files the
// values are the same text and integers on both sides, and every column is compared as stored.
Result<QHash<QString, ColumnKind>> columnKinds(const Database& a, const Database& b, const QString& table) {
    QHash<QString, ColumnKind> kinds;
    const Database* postgres = a.dialect().isPostgres() ? &a : (b.dialect().isPostgres() ? &b : nullptr);
    if (!postgres) return kinds;
    QSqlQuery q(postgres->connection());
    q.prepare(QStringLiteral("SELECT column_name, data_type FROM information_schema.columns"
                             " WHERE table_schema = current_schema() AND table_name = ?"));
    q.addBindValue(table);
    if (!q.exec()) return sqlError(QStringLiteral("column types of %1").arg(table), q);
    while (q.next())
        kinds.insert(q.value(0).toString(), kindOfPostgresType(q.value(1).toString()));
    return kinds;
}

Result<QStringList> columnsOf(const Database& db, const QString& table) {
    QSqlQuery q(db.connection());
    // Table names come from Schema's constant list, never from input.
    if (!q.exec(QStringLiteral("SELECT * FROM %1 WHERE 1 = 0").arg(table))) return sqlError(table, q);
    QStringList columns;
    const QSqlRecord record = q.record();
    for (int i = 0; i < record.count(); ++i)
        columns << record.fieldName(i);
    return columns;
}

QDateTime toUtc(const QVariant& value) {
    QDateTime time = value.metaType().id() == QMetaType::QDateTime
                         ? value.toDateTime()
                         : QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return time.toUTC();
}

QTime toTime(const QVariant& value) {
    return value.metaType().id() == QMetaType::QTime ? value.toTime()
                                                     : QTime::fromString(value.toString(), Qt::ISODateWithMs);
}

QDate toDate(const QVariant& value) {
    return value.metaType().id() == QMetaType::QDate ? value.toDate()
                                                     : QDate::fromString(value.toString(), Qt::ISODate);
}

// One value in a form that is the same whichever engine it was read from.
QString canonical(const QVariant& value, bool isNull, ColumnKind kind) {
    if (isNull) return QStringLiteral("\\N");
    switch (kind) {
    case ColumnKind::Boolean:
        return value.toBool() ? QStringLiteral("t") : QStringLiteral("f");
    case ColumnKind::Date:
        return toDate(value).toString(Qt::ISODate);
    case ColumnKind::Time:
        return toTime(value).toString(QStringLiteral("HH:mm:ss.zzz"));
    case ColumnKind::Timestamp:
        return toUtc(value).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
    case ColumnKind::Numeric:
        return QString::number(value.toDouble(), 'g', 15);
    case ColumnKind::Integer:
        return QString::number(value.toLongLong());
    case ColumnKind::Text:
        break;
    }
    return value.toString();
}

// A value as the target engine stores it (see the conventions in Migration001_InitialSchema.cpp).
// A value that is not what its column says (a date that is no date) is refused, never stored
// as NULL or as something else.
Result<QVariant> forTarget(const QVariant& value, bool isNull, ColumnKind kind, bool targetIsPostgres) {
    if (isNull) return QVariant();
    const auto invalid = [&](const char* what) {
        return Error::technical(
            QStringLiteral("'%1' is not a %2").arg(value.toString(), QLatin1String(what)));
    };
    switch (kind) {
    case ColumnKind::Boolean:
        return targetIsPostgres ? QVariant(value.toBool()) : QVariant(value.toBool() ? 1 : 0);
    case ColumnKind::Date: {
        const QDate date = toDate(value);
        if (!date.isValid()) return invalid("date");
        return targetIsPostgres ? QVariant(date) : QVariant(date.toString(Qt::ISODate));
    }
    case ColumnKind::Time: {
        const QTime time = toTime(value);
        if (!time.isValid()) return invalid("time");
        if (targetIsPostgres) return QVariant(time);
        return QVariant(
            time.toString(time.second() == 0 ? QStringLiteral("HH:mm") : QStringLiteral("HH:mm:ss")));
    }
    case ColumnKind::Timestamp: {
        const QDateTime time = toUtc(value);
        if (!time.isValid()) return invalid("timestamp");
        if (targetIsPostgres) return QVariant(time);
        return QVariant(time.toString(time.time().msec() == 0 ? Qt::ISODate : Qt::ISODateWithMs));
    }
    case ColumnKind::Numeric: {
        bool ok = false;
        const double number = value.toDouble(&ok);
        if (!ok) return invalid("number");
        // SQLite keeps whole numbers as integers, as the repositories write them.
        if (!targetIsPostgres && number == static_cast<double>(static_cast<qint64>(number)))
            return QVariant(static_cast<qint64>(number));
        return QVariant(number);
    }
    case ColumnKind::Integer: {
        bool ok = false;
        const qint64 number = value.toLongLong(&ok);
        if (!ok) return invalid("whole number");
        return QVariant(number);
    }
    case ColumnKind::Text:
        break;
    }
    QString text = value.toString();
    if (text.isNull()) text = QStringLiteral(""); // an empty NOT NULL text must not bind as NULL
    return QVariant(text);
}

Result<qint64> rowCount(const Database& db, const QString& table) {
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table)) || !q.next()) return sqlError(table, q);
    return q.value(0).toLongLong();
}

// The rows of `table`, each as its canonical text; SHA-256 over the sorted row hashes, so the
// order an engine returns rows in (collations differ) does not matter.
Result<std::pair<qint64, QString>> checksum(const Database& db, const QString& table,
                                            const QHash<QString, ColumnKind>& kinds) {
    auto columns = columnsOf(db, table);
    if (!columns) return columns.error();
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT %1 FROM %2").arg(columns->join(QStringLiteral(", ")), table)))
        return sqlError(table, q);
    QList<QByteArray> rowHashes;
    while (q.next()) {
        QStringList values;
        for (int i = 0; i < columns->size(); ++i)
            values << canonical(q.value(i), q.isNull(i), kinds.value(columns->at(i), ColumnKind::Text));
        rowHashes << QCryptographicHash::hash(values.join(QChar(0x1f)).toUtf8(), QCryptographicHash::Sha256);
    }
    std::sort(rowHashes.begin(), rowHashes.end());
    QCryptographicHash all(QCryptographicHash::Sha256);
    for (const QByteArray& hash : rowHashes)
        all.addData(hash);
    return std::make_pair(static_cast<qint64>(rowHashes.size()), QString::fromLatin1(all.result().toHex()));
}

Status copyTable(Database& source, Database& target, const QString& table,
                 const DatabaseCopier::Progress& progress, qint64& done, qint64 total) {
    auto columns = columnsOf(source, table);
    if (!columns) return columns.error();
    auto kinds = columnKinds(source, target, table);
    if (!kinds) return kinds.error();
    const bool toPostgres = target.dialect().isPostgres();
    const QString selfReference = kSelfReferences.value(table);
    const int selfColumn = selfReference.isEmpty() ? -1 : static_cast<int>(columns->indexOf(selfReference));

    QSqlQuery read(source.connection());
    read.setForwardOnly(true);
    if (!read.exec(QStringLiteral("SELECT %1 FROM %2").arg(columns->join(QStringLiteral(", ")), table)))
        return sqlError(table, read);
    QStringList marks;
    for (qsizetype i = 0; i < columns->size(); ++i)
        marks << QStringLiteral("?");
    QSqlQuery write(target.connection());
    if (!write.prepare(
            QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                .arg(table, columns->join(QStringLiteral(", ")), marks.join(QStringLiteral(", ")))))
        return sqlError(table, write);
    QList<std::pair<QVariant, QVariant>> links; // (id, parent) set after all rows exist
    const int idColumn = static_cast<int>(columns->indexOf(QStringLiteral("id")));
    while (read.next()) {
        for (int i = 0; i < columns->size(); ++i) {
            const ColumnKind kind = kinds->value(columns->at(i), ColumnKind::Text);
            if (i == selfColumn && !read.isNull(i)) {
                links.append({read.value(idColumn), read.value(i)});
                write.addBindValue(QVariant());
                continue;
            }
            auto converted = forTarget(read.value(i), read.isNull(i), kind, toPostgres);
            if (!converted)
                return Error::technical(QStringLiteral("%1.%2 (row %3): %4")
                                            .arg(table, columns->at(i),
                                                 read.value(std::max(idColumn, 0)).toString(),
                                                 converted.error().message));
            write.addBindValue(converted.value());
        }
        if (!write.exec()) return sqlError(QStringLiteral("INSERT INTO %1").arg(table), write);
        ++done;
        if (progress && done % 500 == 0) progress(table, done, total);
    }
    if (!links.isEmpty()) {
        QSqlQuery link(target.connection());
        if (!link.prepare(QStringLiteral("UPDATE %1 SET %2 = ? WHERE id = ?").arg(table, selfReference)))
            return sqlError(table, link);
        for (const auto& [id, parent] : links) {
            link.addBindValue(parent.toLongLong());
            link.addBindValue(id.toLongLong());
            if (!link.exec()) return sqlError(QStringLiteral("UPDATE %1").arg(table), link);
        }
    }
    // A PostgreSQL identity hands out the next id after the copied ones.
    if (toPostgres && idColumn >= 0) {
        QSqlQuery sequence(target.connection());
        if (!sequence.exec(QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'),"
                                          " (SELECT COALESCE(MAX(id), 0) + 1 FROM %1), false)")
                               .arg(table)))
            return sqlError(QStringLiteral("identity of %1").arg(table), sequence);
    }
    if (progress) progress(table, done, total);
    return success();
}

} // namespace

Result<QList<DatabaseCopier::TableSummary>> DatabaseCopier::copy(const Progress& progress) {
    auto sourceVersion = m_source.schemaVersion();
    if (!sourceVersion) return sourceVersion.error();
    auto targetVersion = m_target.schemaVersion();
    if (!targetVersion) return targetVersion.error();
    if (*sourceVersion != *targetVersion)
        return Error::technical(QStringLiteral("schema versions differ: source %1, target %2")
                                    .arg(*sourceVersion)
                                    .arg(*targetVersion));
    qint64 total = 0;
    for (const QString& table : Schema::tableNames()) {
        auto target = rowCount(m_target, table);
        if (!target) return target.error();
        if (*target > 0)
            return Error::technical(
                QStringLiteral("the target already holds rows (%1 in %2)").arg(*target).arg(table));
        auto source = rowCount(m_source, table);
        if (!source) return source.error();
        total += *source;
    }
    // The source is read as one snapshot, so a copy taken while others work is consistent.
    Transaction reading(m_source);
    if (m_source.dialect().isPostgres()) {
        QSqlQuery q(m_source.connection());
        if (!q.exec(QStringLiteral("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")))
            return sqlError(QStringLiteral("snapshot"), q);
    }
    Transaction writing(m_target);
    if (!writing.isActive()) return Error::technical(QStringLiteral("copy: BEGIN on the target failed"));
    // The rows arrive with their audit entries (audit_entry is copied like any table), so the
    // target's triggers must not record them a second time and break the copied chain.
    if (auto status = m_target.pauseAuditTrail(true); !status) return status.error();
    struct ResumeAudit {
        Database& db;
        ~ResumeAudit() { (void)db.pauseAuditTrail(false); }
    } resume{m_target};
    qint64 done = 0;
    for (const QString& table : Schema::tableNames()) {
        if (auto status = copyTable(m_source, m_target, table, progress, done, total); !status)
            return status.error();
    }
    // Compared before the commit, inside both transactions: a copy that differs is rolled back.
    auto summary = compare();
    if (!summary) return summary.error();
    for (const TableSummary& table : *summary) {
        if (!table.matches())
            return Error::technical(
                QStringLiteral("the copy differs from the source in %1").arg(table.table));
    }
    if (auto status = writing.commit(); !status) return status.error();
    storageLog()->info("copied {} rows from {} to {}", done, m_source.path().toStdString(),
                       m_target.path().toStdString());
    if (auto status = reading.commit(); !status) return status.error();
    return summary;
}

Result<QList<DatabaseCopier::TableSummary>> DatabaseCopier::compare() const {
    QList<TableSummary> summaries;
    for (const QString& table : Schema::tableNames()) {
        auto kinds = columnKinds(m_source, m_target, table);
        if (!kinds) return kinds.error();
        auto source = checksum(m_source, table, *kinds);
        if (!source) return source.error();
        auto target = checksum(m_target, table, *kinds);
        if (!target) return target.error();
        summaries.append({table, source->first, target->first, source->second, target->second});
    }
    return summaries;
}

} // namespace medsafe::storage
