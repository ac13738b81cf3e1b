#include "storage/Database.h"

#include "storage/DatabaseFileCheck.h"
#include "storage/Migrator.h"
#include "storage/Schema.h"
#include "storage/ServerConnectionErrors.h"
#include "storage/SqliteAuditFunctions.h"
#include "storage/StorageLog.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <algorithm>

namespace medsafe::storage {

namespace {

QString nextConnectionName() {
    static QAtomicInteger<int> counter;
    return QStringLiteral("medsafe-%1").arg(counter.fetchAndAddRelaxed(1));
}

constexpr QFileDevice::Permissions kOwnerFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr QFileDevice::Permissions kOwnerFolder = kOwnerFile | QFileDevice::ExeOwner;

// Creates an empty file readable by its owner only. SQLite then writes the database into it
// (an empty file is a valid empty database) and gives its -wal/-shm files the same mode.
Status createPrivateFile(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, kOwnerFile))
        return Error::forUser(QStringLiteral("cannot create %1: %2").arg(path, file.errorString()),
                              Database::tr("The database %1 could not be created. Check that the folder "
                                           "exists and that you may write to it.")
                                  .arg(path));
    return success();
}

} // namespace

Database::Database(QString path, bool inMemory, bool readOnly)
    : m_connectionName(nextConnectionName()), m_path(std::move(path)), m_inMemory(inMemory),
      m_readOnly(readOnly), m_dialect(SqlDialect::forDriver(QStringLiteral("QSQLITE"))),
      m_audit(std::make_unique<AuditContext>()) {
    m_audit->actor = ownerActor();
}

void Database::setAuditActor(const QString& login) {
    m_audit->actor = login;
}

void Database::setSession(const SessionIdentity& identity) {
    m_session = identity;
    // Signed out, the changes that follow (failed sign-ins counted on an account) are nobody's
    // login but the computer user's.
    m_audit->actor = identity.signedIn ? identity.login : ownerActor();
}

QString Database::ownerActor() {
    return QStringLiteral("os:") +
           qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME", QStringLiteral("ukendt")));
}

Status Database::setAnonymousIncident(bool anonymous) {
    m_audit->anonymousIncident = anonymous;
    return setServerAuditSetting("medsafe.anonymous", anonymous);
}

Status Database::pauseAuditTrail(bool paused) {
    m_audit->paused = paused;
    return setServerAuditSetting("medsafe.copying", paused);
}

// The server's trigger reads these transaction-local settings; a file's functions read m_audit.
Status Database::setServerAuditSetting(const char* name, bool on) {
    if (!isServer()) return success();
    QSqlQuery q(connection());
    if (!q.exec(QStringLiteral("SELECT set_config('%1', '%2', true)")
                    .arg(QLatin1String(name), on ? QStringLiteral("on") : QStringLiteral("off"))))
        return Error::technical(QStringLiteral("%1: %2").arg(QLatin1String(name), q.lastError().text()));
    return success();
}

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

Result<std::unique_ptr<Database>> Database::open(const QString& path, OpenMode mode) {
    return open(path, mode, OpenHooks{});
}

Result<std::unique_ptr<Database>> Database::open(const QString& path, OpenMode mode, const OpenHooks& hooks) {
    const QFileInfo info(path);
    const bool existingData = info.exists() && info.size() > 0;
    if (info.exists() && !info.isFile())
        return DatabaseFileCheck::unreadable(path, QStringLiteral("not a regular file"));
    const bool mayCreate = mode == OpenMode::CreateOrMigrate;
    if (!mayCreate && !info.exists()) return DatabaseFileCheck::missing(path);
    // A 0-byte file is a valid empty SQLite database, so SQLite alone would happily fill it.
    if (!mayCreate && info.size() == 0) return DatabaseFileCheck::empty(path);
    if (info.exists() && info.size() > 0) {
        DatabaseFileCheck::Options check;
        check.requireMedicinsikker = !mayCreate;
        check.quickCheck = mode != OpenMode::ReadOnly; // check runs the full integrity_check itself
        if (auto status = DatabaseFileCheck::inspect(path, kApplicationId, Migrator::latestVersion(), check);
            !status)
            return status.error();
    } else if (!info.exists()) {
        if (auto status = createPrivateFile(path); !status) return status.error();
    }
    std::unique_ptr<Database> db(new Database(path, false, mode == OpenMode::ReadOnly));
    if (auto status = db->openConnection(); !status) return status.error();
    if (mode != OpenMode::ReadOnly) {
        if (hooks.beforeMigration && existingData) {
            auto version = db->schemaVersion();
            if (!version) return version.error();
            if (*version > 0 && *version < Migrator::latestVersion()) {
                if (auto status = hooks.beforeMigration(*db, *version); !status) {
                    storageLog()->error("not migrating {}: {}", path.toStdString(),
                                        status.error().message.toStdString());
                    return status.error();
                }
            }
        }
        if (auto status = db->migrate(); !status) return status.error();
    }
    storageLog()->info("opened database {}{}", path.toStdString(),
                       mode == OpenMode::ReadOnly ? " read-only" : "");
    return db;
}

Status Database::ensurePrivateFolder(const QString& path) {
    // QDir::mkpath takes no permissions: make each missing folder ourselves, owner only.
    const QString absolute = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    QStringList missing;
    QString existing = absolute;
    while (!QFileInfo::exists(existing)) {
        missing.prepend(QFileInfo(existing).fileName());
        const QString parent = QFileInfo(existing).absolutePath();
        if (parent == existing) break;
        existing = parent;
    }
    QDir dir(existing);
    for (const QString& name : missing) {
        if (!dir.mkdir(name, kOwnerFolder) && !dir.exists(name))
            return Error::technical(QStringLiteral("cannot create folder %1").arg(dir.filePath(name)));
        dir.cd(name);
    }
    if (!QFile::setPermissions(absolute, kOwnerFolder))
        return Error::technical(QStringLiteral("cannot make folder %1 private").arg(absolute));
    return success();
}

Result<std::unique_ptr<Database>> Database::openInMemory() {
    std::unique_ptr<Database> db(new Database(QStringLiteral(":memory:"), true));
    if (auto status = db->openConnection(); !status) return status.error();
    if (auto status = db->migrate(); !status) return status.error();
    return db;
}

Result<std::unique_ptr<Database>> Database::openServer(const ServerAddress& address, OpenMode mode) {
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return ServerConnectionErrors::driverMissing();
    std::unique_ptr<Database> db(new Database(address.display(), false, mode == OpenMode::ReadOnly));
    db->m_server = address;
    db->m_dialect = SqlDialect::forDriver(QStringLiteral("QPSQL"));
    if (auto status = db->openServerConnection(); !status) return status.error();
    if (auto status = db->checkServerContents(mode); !status) return status.error();
    if (mode != OpenMode::ReadOnly) {
        if (auto status = db->migrate(); !status) return status.error();
    }
    storageLog()->info("opened server database {}{}", db->m_path.toStdString(),
                       mode == OpenMode::ReadOnly ? " read-only" : "");
    return db;
}

bool Database::isEmptyServerDatabase(const Error& error) {
    return ServerConnectionErrors::isEmptyDatabase(error);
}

Status Database::openServerConnection() {
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connectionName);
    db.setHostName(m_server->host);
    db.setPort(m_server->port);
    db.setDatabaseName(m_server->databaseName);
    if (!m_server->user.isEmpty()) db.setUserName(m_server->user);
    // Without a password here libpq still reads PGPASSWORD and ~/.pgpass (0600) itself.
    if (!m_server->password.isEmpty()) db.setPassword(m_server->password);
    QStringList options = m_server->otherOptions;
    // A server that does not answer should not hold the window for libpq's default of forever.
    if (!std::any_of(options.cbegin(), options.cend(),
                     [](const QString& o) { return o.startsWith(QLatin1String("connect_timeout=")); }))
        options << QStringLiteral("connect_timeout=10");
    db.setConnectOptions(options.join(u';'));
    if (!db.open()) return ServerConnectionErrors::connectFailed(m_path, db.lastError().text());
    if (auto status = m_dialect.configureConnection(db, false); !status) return status;
    if (m_readOnly) {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY")))
            return Error::technical(QStringLiteral("read-only session failed: %1").arg(q.lastError().text()));
    }
    return success();
}

// Like DatabaseFileCheck for files: a server database is ours, empty (set up only where the
// mode allows it), another program's, or from a newer version; only the first two go on.
Status Database::checkServerContents(OpenMode mode) {
    auto version = schemaVersion();
    if (!version) return version.error();
    if (*version == 0) {
        QSqlQuery q(connection());
        if (!q.exec(m_dialect.listTablesSql()))
            return Error::technical(QStringLiteral("listing tables failed: %1").arg(q.lastError().text()));
        if (q.next()) return ServerConnectionErrors::notMedicinsikker(m_path);
        if (mode != OpenMode::CreateOrMigrate) return ServerConnectionErrors::emptyDatabase(m_path);
        return success();
    }
    auto appId = m_dialect.applicationId(connection());
    if (!appId) return appId.error();
    if (*appId != kApplicationId) return ServerConnectionErrors::notMedicinsikker(m_path);
    if (*version > Migrator::latestVersion())
        return DatabaseFileCheck::newer(m_path, *version, Migrator::latestVersion());
    return success();
}

Status Database::openConnection() {
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    if (m_readOnly) {
        // mode=ro never writes; immutable (when no -wal file exists, so nothing could be missed)
        // also keeps SQLite from creating -wal/-shm files next to a file it only reads.
        const bool hasWal = QFileInfo::exists(m_path + QStringLiteral("-wal"));
        QString uri = QUrl::fromLocalFile(QFileInfo(m_path).absoluteFilePath()).toString(QUrl::FullyEncoded);
        uri += hasWal ? QStringLiteral("?mode=ro") : QStringLiteral("?mode=ro&immutable=1");
        db.setDatabaseName(uri);
        db.setConnectOptions(
            QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI;QSQLITE_BUSY_TIMEOUT=5000"));
    } else {
        db.setDatabaseName(m_path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    }
    if (!db.open()) {
        return Error::forUser(QStringLiteral("cannot open %1: %2").arg(m_path, db.lastError().text()),
                              tr("The database %1 could not be opened. Check that the folder exists and that "
                                 "you may write to it.")
                                  .arg(m_path));
    }
    // journal_mode=WAL would write the file header; a read-only connection sets nothing.
    if (m_readOnly) return success();
    if (auto status = installSqliteAuditFunctions(db, m_audit.get()); !status) return status;
    if (auto status = m_dialect.configureConnection(db, m_inMemory); !status) return status;
    if (m_inMemory) return success();
    // The file a person types into: in WAL mode NORMAL may lose the last transactions on a
    // power cut; FULL syncs the WAL on every commit, so a save the app reported survives.
    // Its cost is measured in docs/performance.md.
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA synchronous = FULL")))
        return Error::technical(
            QStringLiteral("PRAGMA synchronous = FULL failed: %1").arg(q.lastError().text()));
    return success();
}

void Database::close() {
    QSqlDatabase db = connection();
    if (db.isOpen()) db.close();
}

bool Database::isOpen() const {
    return connection().isOpen();
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

Result<qint64> Database::dataVersion() const {
    QSqlQuery q(connection());
    if (!q.exec(m_dialect.dataVersionSql()) || !q.next())
        return Error::technical(QStringLiteral("data version: %1").arg(q.lastError().text()));
    return q.value(0).toLongLong();
}

Result<CheckReport> Database::checkReport() const {
    CheckReport report;
    report.path = m_path;
    report.supportedVersion = Migrator::latestVersion();
    report.readOnly = m_readOnly;
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
    // An older schema (read-only, not migrated) lacks the newer tables: count those it has.
    QStringList present;
    {
        QSqlQuery q(connection());
        if (!q.exec(m_dialect.listTablesSql()))
            return Error::technical(QStringLiteral("listing tables failed: %1").arg(q.lastError().text()));
        while (q.next())
            present << q.value(0).toString();
    }
    for (const QString& table : Schema::tableNames()) {
        if (!present.contains(table)) continue;
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
    // VACUUM INTO writes into an empty file, which keeps the permissions made here.
    if (auto created = createPrivateFile(targetPath); !created) return created;
    auto status = m_dialect.backupTo(connection(), targetPath);
    if (!status) QFile::remove(targetPath);
    if (status) storageLog()->info("backup written to {}", targetPath.toStdString());
    return status;
}

} // namespace medsafe::storage
