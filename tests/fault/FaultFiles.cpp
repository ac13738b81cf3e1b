#include "FaultFiles.h"

#include "demo/DemoGenerator.h"
#include "demo/DemoWriter.h"

#include <QFile>
#include <catch2/catch.hpp>

namespace medsafe::fault {

std::unique_ptr<storage::Database> writeDemoDatabase(const QString& path, std::uint64_t seed) {
    demo::DemoOptions options;
    options.seed = seed;
    const Status written = demo::DemoWriter::writeFile(demo::DemoGenerator(options).generate(), path, true);
    INFO((written ? QString() : written.error().message).toStdString());
    REQUIRE(written.ok());
    return openExisting(path);
}

std::unique_ptr<storage::Database> openExisting(const QString& path) {
    auto db = storage::Database::open(path, storage::OpenMode::OpenExisting);
    INFO((db ? QString() : db.error().message).toStdString());
    REQUIRE(db.ok());
    return std::move(db).value();
}

QByteArray onDiskBytes(const QString& databasePath) {
    QByteArray snapshot;
    for (const QString& path : {databasePath, databasePath + QStringLiteral("-wal")}) {
        QFile file(path);
        if (!file.exists()) continue;
        REQUIRE(file.open(QIODevice::ReadOnly));
        snapshot += path.toUtf8() + '\0';
        snapshot += file.readAll();
    }
    return snapshot;
}

void writeFile(const QString& path, const QByteArray& bytes) {
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(bytes) == bytes.size());
}

} // namespace medsafe::fault
