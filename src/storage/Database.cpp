#include "storage/Database.h"

#include "storage/DatabaseFileCheck.h"
#include "storage/Migrator.h"
#include "storage/Schema.h"
#include "storage/StorageLog.h"

#include <QAtomicInteger>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

namespace medsafe::storage {

namespace {

QString nextConnectionName() {
    static QAtomicInteger<int> counter;
    return QStringLiteral("medsafe-%1").arg(counter.fetchAndAddRelaxed(1));
}

} // namespace

Database::Database(QString path, bool inMemory)
    : m_connectionName(nextConnectionName()), m_path(std::move(path)), m_inMemory(inMemory),
      m_dialect(SqlDialect::forDriver(QStringLiteral("QSQLITE"))) {}

Database::~Database() {
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen()) db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase Database::connection() const {
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::supportedSchemaVersion() {
    return Migrator::latestVersion();
}

Result<std::unique_ptr<Database>> Database::open(const QString& path) {
    const QFileInfo info(path);
    if (info.exists() && !info.isFile())
        return DatabaseFileCheck::unreadable(path, QStringLiteral("not a regular file"));
    if (info.exists() && info.size() > 0) {
        if (auto status = DatabaseFileCheck::inspect(path, kApplicationId, Migrator::latestVersion());
            !status)
            return status.error();
    }
    std::unique_ptr<Database> db(new Database(path, false));
    if (auto status = db->openConnection(); !status) return status.error();
    if (auto status = db->migrate(); !status) return status.error();
    storageLog()->info("opened database {}", path.toStdString());
    return db;
}

Result<std::unique_ptr<Database>> Database::openInMemory() {
    std::unique_ptr<Database> db(new Database(QStringLiteral(":memory:"), true));
    if (auto status = db->openConnection(); !status) return status.error();
    if (auto status = db->migrate(); !status) return status.error();
    return db;
}

Status Database::openConnection() {
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(m_path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open()) {
        return Error::forUser(QStringLiteral("cannot open %1: %2").arg(m_path, db.lastError().text()),
                              tr("The database %1 could not be opened. Check that the folder exists and that "
                                 "you may write to it.")
                                  .arg(m_path));
    }
    return m_dialect.configureConnection(db, m_inMemory);
}

Status Database::migrate() {
    Status status = Migrator::migrate(*this);
    if (!status && status.error().userMessage.isEmpty()) {
        return Error::forUser(status.error().message,
                              tr("The database %1 could not be updated to this version of Medicinsikker. "
                                 "It has not been changed.")
                                  .arg(m_path));
    }
    return status;
}

Result<int> Database::schemaVersion() const {
    return m_dialect.schemaVersion(connection());
}

Result<CheckReport> Database::checkReport() const {
    CheckReport report;
    report.path = m_path;
    report.supportedVersion = Migrator::latestVersion();
    auto version = schemaVersion();
    if (!version) return version.error();
    report.schemaVersion = *version;
    auto appId = m_dialect.applicationId(connection());
    if (!appId) return appId.error();
    report.applicationId = *appId;
    auto integrity = m_dialect.integrityCheck(connection());
    if (!integrity) return integrity.error();
    report.integrity = *integrity;
    report.integrityOk = *integrity == QLatin1String("ok");
    for (const QString& table : Schema::tableNames()) {
        // Table names come from our own constant list, never from input.
        QSqlQuery q(connection());
        if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table)) || !q.next())
            return Error::technical(
                QStringLiteral("count of %1 failed: %2").arg(table, q.lastError().text()));
        report.tables.append({table, q.value(0).toLongLong()});
    }
    return report;
}

Status Database::backupTo(const QString& targetPath) const {
    if (QFileInfo::exists(targetPath)) {
        return Error::forUser(
            QStringLiteral("backup target exists: %1").arg(targetPath),
            tr("The file %1 already exists. Choose a new file name for the backup.").arg(targetPath));
    }
    auto status = m_dialect.backupTo(connection(), targetPath);
    if (status) storageLog()->info("backup written to {}", targetPath.toStdString());
    return status;
}

} // namespace medsafe::storage
