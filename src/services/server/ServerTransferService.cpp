#include "services/server/ServerTransferService.h"

#include "services/backup/BackupService.h"
#include "storage/Database.h"

#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace medsafe::services {

namespace {

Error copyFailed(const QString& from, const QString& to, const Error& cause) {
    return Error::forUser(QStringLiteral("copy %1 -> %2 failed: %3").arg(from, to, cause.message),
                          ServerTransferService::tr("Copying %1 to %2 failed, and nothing was copied: %3")
                              .arg(from, to, cause.display()));
}

Error differs(const QString& from, const QString& to, const ServerTransferService::Summary& summary) {
    QStringList tables;
    for (const auto& table : summary)
        if (!table.matches()) tables << table.table;
    return Error::forUser(QStringLiteral("copy %1 -> %2 differs in %3").arg(from, to, tables.join(QStringLiteral(", "))),
                          ServerTransferService::tr("The copy of %1 in %2 does not match the original in these "
                                                    "tables: %3.")
                              .arg(from, to, tables.join(QStringLiteral(", "))));
}

Result<ServerTransferService::Summary> copyAndCompare(storage::Database& source, storage::Database& target,
                                                      const storage::DatabaseCopier::Progress& progress) {
    storage::DatabaseCopier copier(source, target);
    auto copied = copier.copy(progress);
    if (!copied) {
        const QString message = copied.error().message;
        if (message.startsWith(QLatin1String("the target already holds rows")))
            return Error::forUser(message, ServerTransferService::tr("%1 already holds data. Copy only into an "
                                                                      "empty database.")
                                               .arg(target.path()));
        if (message.startsWith(QLatin1String("schema versions differ")))
            return Error::forUser(message, ServerTransferService::tr("%1 and %2 come from different versions of "
                                                                      "Medicinsikker. Open the older one in the "
                                                                      "newest version first.")
                                               .arg(source.path(), target.path()));
        return copyFailed(source.path(), target.path(), copied.error());
    }
    // Compared again from a fresh read after the commit: what is stored is what was sent.
    auto summary = copier.compare();
    if (!summary) return summary.error();
    if (!ServerTransferService::allMatch(*summary)) return differs(source.path(), target.path(), *summary);
    return summary;
}

} // namespace

bool ServerTransferService::allMatch(const Summary& summary) {
    return std::all_of(summary.cbegin(), summary.cend(), [](const auto& t) { return t.matches(); });
}

Result<ServerTransferService::Summary> ServerTransferService::push(const QString& filePath,
                                                                   const storage::ServerAddress& server,
                                                                   const storage::DatabaseCopier::Progress& progress) {
    auto source = storage::Database::open(filePath, storage::OpenMode::OpenExisting, BackupService::openHooks());
    if (!source) return source.error();
    auto target = storage::Database::openServer(server, storage::OpenMode::CreateOrMigrate);
    if (!target) return target.error();
    return copyAndCompare(*source.value(), *target.value(), progress);
}

Result<ServerTransferService::Summary> ServerTransferService::pull(const storage::ServerAddress& server,
                                                                   const QString& filePath,
                                                                   const storage::DatabaseCopier::Progress& progress) {
    if (QFileInfo::exists(filePath))
        return Error::forUser(QStringLiteral("pull target exists: %1").arg(filePath),
                              tr("The file %1 already exists. Choose a new file name for the copy.").arg(filePath));
    auto source = storage::Database::openServer(server, storage::OpenMode::ReadOnly);
    if (!source) return source.error();
    // Written under a temporary name and renamed when whole, as the demo writer does.
    const QString partial = filePath + QStringLiteral(".partial");
    QFile::remove(partial);
    Result<Summary> result = Error::technical(QStringLiteral("not copied"));
    {
        auto target = storage::Database::open(partial, storage::OpenMode::CreateOrMigrate);
        if (!target) return target.error();
        result = copyAndCompare(*source.value(), *target.value(), progress);
        target.value()->close();
    }
    if (result && !QFile::rename(partial, filePath))
        result = Error::forUser(QStringLiteral("rename %1 failed").arg(partial),
                                tr("The copy could not be saved as %1.").arg(filePath));
    if (!result) {
        for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(partial + suffix);
    }
    return result;
}

} // namespace medsafe::services
