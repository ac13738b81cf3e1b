#pragma once

// Helpers shared by the storage tests: databases that must open, a botilbud to hang data on,
// and file snapshots for the "refused files stay byte-identical" checks.
#include "storage/BotilbudRepository.h"
#include "storage/Database.h"

#include <QByteArray>
#include <QFile>
#include <QFileInfo>
#include <catch2/catch.hpp>
#include <memory>

namespace medsafe::storage::test {

inline std::unique_ptr<Database> memoryDb() {
    auto db = Database::openInMemory();
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

} // namespace medsafe::storage::test
