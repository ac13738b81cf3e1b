#include "cli/CommandDatabase.h"

#include "cli/CliMessages.h"
#include "cli/ServerLogin.h"
#include "services/backup/BackupService.h"
#include "services/organisation/OrganisationService.h"

#include <QFileInfo>

namespace medsafe::cli {

std::unique_ptr<storage::Database> openDatabase(const QString& command, const QString& path,
                                                storage::OpenMode mode, const storage::OpenHooks& hooks,
                                                QTextStream& err) {
    // A connection string instead of a file: the same command on the shared server.
    if (ServerLogin::isConnInfo(path)) {
        const auto server = ServerLogin::read(command, path, err);
        if (!server) return nullptr;
        auto db = storage::Database::openServer(*server, mode);
        if (!db) {
            CliMessages::print(err, command, CliMessages::cannotOpen(server->display(), db.error().display()));
            return nullptr;
        }
        return std::move(db.value());
    }
    // Database::open refuses a missing file in these modes too; saying it first keeps the one
    // wording for it.
    if (!QFileInfo(path).isFile()) {
        CliMessages::print(err, command, CliMessages::noDatabaseFile(path));
        return nullptr;
    }
    auto db = storage::Database::open(path, mode, hooks);
    if (!db) {
        CliMessages::print(err, command, CliMessages::cannotOpen(path, db.error().display()));
        return nullptr;
    }
    return std::move(db.value());
}

std::unique_ptr<storage::Database> openExistingDatabase(const QString& command, const QString& path,
                                                        QTextStream& err) {
    return openDatabase(command, path, storage::OpenMode::OpenExisting, services::BackupService::openHooks(),
                        err);
}

std::optional<domain::Botilbud> findBotilbud(const QString& command, storage::Database& db, const QString& name,
                                             QTextStream& err) {
    const auto home = services::OrganisationService(db).botilbudNamed(name);
    if (!home) {
        CliMessages::print(err, command, home.error().display());
        return std::nullopt;
    }
    if (!home->has_value()) CliMessages::print(err, command, CliMessages::noBotilbud(name));
    return home.value();
}

} // namespace medsafe::cli
