#pragma once

// Helpers shared by the storage tests: databases that must open, a botilbud to hang data on,
// file snapshots for the "refused files stay byte-identical" checks, and raw SQL on a file.
#include "storage/BotilbudRepository.h"
#include "storage/Database.h"
#include "../common/ScratchDatabase.h"

#include <QByteArray>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <catch2/catch.hpp>
#include <memory>

namespace medsafe::storage::test {

// A fresh database of the suite's engine: SQLite in memory, or a new schema on the scratch
// PostgreSQL server in the suite's PostgreSQL run.
inline std::unique_ptr<Database> memoryDb() {
    auto db = testing::openScratchDatabase();
    INFO((db.ok() ? QString() : db.error().message).toStdString());
    REQUIRE(db.ok());
    return std::move(db).value();
}

inline std::unique_ptr<Database> fileDb(const QString& path) {
    auto db = Database::open(path);
    INFO((db.ok() ? QString() : db.error().message).toStdString());
    REQUIRE(db.ok());
    return std::move(db).value();
}

inline domain::BotilbudId addBotilbud(Database& db,
                                      const QString& name = QStringLiteral("Bostedet Lærkehøj")) {
    auto id = BotilbudRepository(db).add(
        domain::Botilbud{{}, name, QStringLiteral("Aarhus"), 12, QDate(2020, 3, 1)});
    REQUIRE(id.ok());
    return *id;
}

inline QByteArray fileBytes(const QString& path) {
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

inline bool hasSidecarFiles(const QString& path) {
    return QFileInfo::exists(path + QStringLiteral("-wal")) ||
           QFileInfo::exists(path + QStringLiteral("-shm")) ||
           QFileInfo::exists(path + QStringLiteral("-journal"));
}

inline void writeFile(const QString& path, const QByteArray& bytes) {
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(bytes) == bytes.size());
}

// Runs SQL on a file through a plain QtSql connection, outside Database: how an older
// Medicinsikker (or another program) would have written it.
inline void rawExecAll(const QString& path, const QStringList& statements) {
    const QString name = QStringLiteral("raw-test-connection");
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        raw.setDatabaseName(path);
        REQUIRE(raw.open());
        for (const QString& sql : statements) {
            QSqlQuery q(raw);
            INFO(sql.toStdString());
            INFO(q.lastError().text().toStdString());
            REQUIRE(q.exec(sql));
        }
        raw.close();
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace medsafe::storage::test
