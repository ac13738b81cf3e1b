#include "storage/DatabaseFileCheck.h"

#include "storage/StorageLog.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QtEndian>

namespace medsafe::storage {

namespace {

constexpr int kHeaderSize = 100;
constexpr char kMagic[] = "SQLite format 3"; // followed by a NUL byte: 16 bytes in all

quint32 be32(const QByteArray& header, int offset) {
    return qFromBigEndian<quint32>(header.constData() + offset);
}

QString checkConnectionName() {
    static QAtomicInteger<int> counter;
    return QStringLiteral("medsafe-check-%1").arg(counter.fetchAndAddRelaxed(1));
}

} // namespace

Error DatabaseFileCheck::missing(const QString& path) {
    return Error::forUser(QStringLiteral("no database file at %1").arg(path),
                          tr("There is no file %1. Choose an existing Medicinsikker database.").arg(path));
}

Error DatabaseFileCheck::empty(const QString& path) {
    return Error::forUser(
        QStringLiteral("not a Medicinsikker database (empty, no Medicinsikker tables): %1").arg(path),
        tr("The file %1 is empty and holds no Medicinsikker data. Medicinsikker has not changed it; "
           "choose another file, or create a new database.")
            .arg(path));
}

Error DatabaseFileCheck::notSqlite(const QString& path) {
    return Error::forUser(QStringLiteral("not a SQLite database: %1").arg(path),
                          tr("The file %1 is not a Medicinsikker database. Choose another file.").arg(path));
}

Error DatabaseFileCheck::foreign(const QString& path) {
    return Error::forUser(
        QStringLiteral("not a Medicinsikker database (application_id differs): %1").arg(path),
        tr("The file %1 is a database from another program. Medicinsikker has not changed it; "
           "choose another file.")
            .arg(path));
}

Error DatabaseFileCheck::newer(const QString& path, int found, int supported) {
    return Error::forUser(
        QStringLiteral("newer schema version %1 (supported %2): %3").arg(found).arg(supported).arg(path),
        tr("The database %1 was made by a newer version of Medicinsikker. Install the newest "
           "version to open it; the file has not been changed.")
            .arg(path));
}

Error DatabaseFileCheck::corrupt(const QString& path, const QString& detail) {
    return Error::forUser(QStringLiteral("corrupt or truncated database %1: %2").arg(path, detail),
                          tr("The database %1 is damaged or incomplete. It has not been changed. Restore it "
                             "from a backup, or ask for help.")
                              .arg(path));
}

Error DatabaseFileCheck::unreadable(const QString& path, const QString& detail) {
    return Error::forUser(
        QStringLiteral("cannot read %1: %2").arg(path, detail),
        tr("The file %1 could not be read. Check that it exists and that you may open it.").arg(path));
}

Status DatabaseFileCheck::inspect(const QString& path, qint32 applicationId, int supportedVersion,
                                  Options options) {
    if (auto status = inspectHeader(path, applicationId, supportedVersion); !status) return status;
    return inspectWithSqlite(path, applicationId, supportedVersion, options);
}

Status DatabaseFileCheck::inspectHeader(const QString& path, qint32 applicationId, int supportedVersion) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) return unreadable(path, file.errorString());
    const QByteArray header = file.read(kHeaderSize);
    const qint64 size = file.size();
    file.close();

    if (header.size() < kHeaderSize || !header.startsWith(QByteArray(kMagic, sizeof(kMagic))))
        return notSqlite(path);

    // Page size: 2 bytes at offset 16, the value 1 meaning 65536.
    quint32 pageSize = qFromBigEndian<quint16>(header.constData() + 16);
    if (pageSize == 1) pageSize = 65536;
    if (pageSize < 512 || pageSize > 65536 || (pageSize & (pageSize - 1)) != 0)
        return corrupt(path, QStringLiteral("invalid page size %1").arg(pageSize));
    if (size % pageSize != 0)
        return corrupt(
            path,
            QStringLiteral("file size %1 is not a multiple of the page size %2").arg(size).arg(pageSize));

    // The in-header page count is trustworthy only when "version-valid-for" equals the change
    // counter (SQLite file format, section 1.3.7), and only without a -wal file: a program killed
    // during a checkpoint leaves page 1 (with the new count) written before the pages after it,
    // while the write-ahead log still holds them all, so the file is whole once SQLite opens it.
    const bool hasWal = QFileInfo(path + QStringLiteral("-wal")).size() > 0;
    const quint32 changeCounter = be32(header, 24);
    const quint32 pageCount = be32(header, 28);
    if (!hasWal && be32(header, 92) == changeCounter && pageCount > 0 && qint64(pageCount) * pageSize > size)
        return corrupt(path, QStringLiteral("header says %1 pages of %2 bytes, file has %3 bytes")
                                 .arg(pageCount)
                                 .arg(pageSize)
                                 .arg(size));

    const auto userVersion = static_cast<qint32>(be32(header, 60));
    const auto fileAppId = static_cast<qint32>(be32(header, 68));
    if (fileAppId != 0 && fileAppId != applicationId) return foreign(path);
    if (fileAppId == applicationId && userVersion > supportedVersion)
        return newer(path, userVersion, supportedVersion);
    return success();
}

Status DatabaseFileCheck::inspectWithSqlite(const QString& path, qint32 applicationId, int supportedVersion,
                                            Options options) {
    const QString name = checkConnectionName();
    Status result = success();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        // Without a -wal file there is nothing SQLite could miss by treating the file as
        // immutable, and immutable guarantees it creates no -wal/-shm files. With a -wal file
        // (another program has it open, or a crash) a plain read-only open is needed to see it.
        const bool hasWal = QFileInfo::exists(path + QStringLiteral("-wal"));
        QString uri = QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toString(QUrl::FullyEncoded);
        uri += hasWal ? QStringLiteral("?mode=ro") : QStringLiteral("?mode=ro&immutable=1");
        db.setDatabaseName(uri);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
        if (!db.open()) {
            result = unreadable(path, db.lastError().text());
        } else {
            QSqlQuery q(db);
            auto scalar = [&q](const QString& sql, QVariant& out) {
                if (!q.exec(sql) || !q.next()) return false;
                out = q.value(0);
                q.finish();
                return true;
            };
            QVariant appId, version, pageSize, pageCount, tables, check;
            if (!scalar(QStringLiteral("PRAGMA application_id"), appId) ||
                !scalar(QStringLiteral("PRAGMA user_version"), version) ||
                !scalar(QStringLiteral("PRAGMA page_size"), pageSize) ||
                !scalar(QStringLiteral("PRAGMA page_count"), pageCount) ||
                !scalar(QStringLiteral("SELECT COUNT(*) FROM sqlite_master"), tables)) {
                // SQLite reports a damaged schema or header as an error on the first read.
                result = corrupt(path, q.lastError().text());
            } else if (appId.toInt() != applicationId &&
                       (appId.toInt() != 0 || tables.toInt() > 0 || version.toInt() != 0)) {
                result = foreign(path);
            } else if (options.requireMedicinsikker && appId.toInt() != applicationId) {
                result = empty(path); // id 0, no tables, version 0: an empty SQLite file
            } else if (version.toInt() > supportedVersion) {
                result = newer(path, version.toInt(), supportedVersion);
            } else if (!hasWal && pageSize.toLongLong() * pageCount.toLongLong() > QFileInfo(path).size()) {
                result = corrupt(path, QStringLiteral("page_size * page_count exceeds the file size"));
            } else if (options.quickCheck && (!scalar(QStringLiteral("PRAGMA quick_check"), check) ||
                                              check.toString() != QLatin1String("ok"))) {
                result = corrupt(path, check.isValid() ? check.toString() : q.lastError().text());
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    if (!result) storageLog()->warn("refusing database: {}", result.error().message.toStdString());
    return result;
}

} // namespace medsafe::storage
