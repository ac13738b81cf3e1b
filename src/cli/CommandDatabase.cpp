#include "cli/CommandDatabase.h"

#include "services/backup/BackupService.h"
#include "services/organisation/OrganisationService.h"
#include "storage/Database.h"

#include <QFileInfo>

namespace medsafe::cli {

std::unique_ptr<storage::Database> openExistingDatabase(const QString& command, const QString& path,
                                                        QTextStream& err) {
    if (!QFileInfo(path).isFile()) {
        err << command << ": no database file at '" << path << "'\n";
        return nullptr;
    }
    auto db = storage::Database::open(path, storage::OpenMode::OpenExisting, services::BackupService::openHooks());
    if (!db) {
        err << command << ": cannot open '" << path << "': " << db.error().message << "\n";
        return nullptr;
    }
    return std::move(db.value());
}

std::optional<domain::Botilbud> findBotilbud(const QString& command, storage::Database& db, const QString& name,
                                             QTextStream& err) {
    const auto home = services::OrganisationService(db).botilbudNamed(name);
    if (!home) {
        err << command << ": " << home.error().message << "\n";
        return std::nullopt;
    }
    if (!home->has_value())
        err << command << ": no botilbud named '" << name << "' (see 'medicinsikker-cli list botilbud')\n";
    return home.value();
}

} // namespace medsafe::cli
