#pragma once

// The database a parametrised suite runs on. Normally a fresh in-memory SQLite database; when
// MEDSAFE_TEST_SERVER_FILE names a file holding a connection string (the PostgreSQL run of the
// same suite: ctest starts a throw-away cluster, see tests/postgres/CMakeLists.txt), a fresh
// schema of its own on that server, so every test starts as empty as it does in memory.
#include "storage/Database.h"
#include "storage/ServerAddress.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <memory>

namespace medsafe::testing {

inline QString scratchServerFile() {
    return qEnvironmentVariable("MEDSAFE_TEST_SERVER_FILE");
}

inline bool scratchIsServer() {
    return !scratchServerFile().isEmpty();
}

// The server's connection string (the role may create schemas in its database).
inline Result<storage::ServerAddress> scratchServerAddress() {
    QFile file(scratchServerFile());
    if (!file.open(QIODevice::ReadOnly))
        return Error::technical(QStringLiteral("cannot read %1 (is the scratch cluster running?)").arg(file.fileName()));
    return storage::ServerAddress::parse(QString::fromUtf8(file.readAll()).trimmed());
}

// Runs `statements` on a raw QPSQL connection to `address` (its options included, so a
// schema-scoped address runs them in that schema); the first failure stops and is returned.
inline Status runOnScratch(const storage::ServerAddress& address, const QStringList& statements) {
    const QString name = QStringLiteral("scratch-raw");
    Status status = success();
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        raw.setHostName(address.host);
        raw.setPort(address.port);
        raw.setDatabaseName(address.databaseName);
        raw.setUserName(address.user);
        raw.setPassword(address.password);
        raw.setConnectOptions(address.otherOptions.join(u';'));
        if (!raw.open()) {
            status = Error::technical(QStringLiteral("scratch server: %1").arg(raw.lastError().text()));
        } else {
            for (const QString& sql : statements) {
                QSqlQuery q(raw);
                if (!q.exec(sql)) {
                    status = Error::technical(QStringLiteral("%1: %2").arg(sql, q.lastError().text()));
                    break;
                }
            }
            raw.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return status;
}

// Creates an empty schema on the scratch server and returns an address whose connections use it.
inline Result<storage::ServerAddress> newScratchSchema() {
    auto address = scratchServerAddress();
    if (!address) return address.error();
    static QAtomicInteger<int> counter;
    const QString schema = QStringLiteral("t%1_%2").arg(QCoreApplication::applicationPid()).arg(counter.fetchAndAddRelaxed(1));
    if (auto created = runOnScratch(address.value(), {QStringLiteral("CREATE SCHEMA %1").arg(schema)}); !created)
        return created.error();
    storage::ServerAddress scoped = address.value();
    scoped.otherOptions << QStringLiteral("options='-c search_path=%1'").arg(schema);
    return scoped;
}

inline Result<std::unique_ptr<storage::Database>> openScratchDatabase() {
    if (!scratchIsServer()) return storage::Database::openInMemory();
    auto address = newScratchSchema();
    if (!address) return address.error();
    return storage::Database::openServer(address.value(), storage::OpenMode::CreateOrMigrate);
}

} // namespace medsafe::testing

