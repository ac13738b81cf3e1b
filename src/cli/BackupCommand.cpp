#include "cli/BackupCommand.h"

#include "cli/CommandLine.h"
#include "services/backup/BackupService.h"
#include "storage/Database.h"

#include <QFileInfo>

namespace medsafe::cli {

int BackupCommand::run(const QStringList& args, QTextStream& out, QTextStream& err) {
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("database"), QStringLiteral("The database file to back up."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("out"),
                      QStringLiteral("Write the backup to this new file instead of the backups folder."),
                      QStringLiteral("FILE")});
    if (auto code = parseCommandLine(parser, name(), summary(), args, out, err)) return *code;
    const auto path = requiredOption(parser, QStringLiteral("database"), err);
    if (!path) return 2;
    if (!QFileInfo(*path).isFile()) {
        err << "backup: no database file at '" << *path << "'\n";
        return 1;
    }
    // Read-only: a backup never migrates or writes the database it copies.
    auto db = storage::Database::open(*path, storage::OpenMode::ReadOnly);
    if (!db) {
        err << "backup: cannot open '" << *path << "': " << db.error().message << "\n";
        return 1;
    }
    const auto made = parser.isSet(QStringLiteral("out"))
                          ? services::BackupService::backUpTo(**db, parser.value(QStringLiteral("out")))
                          : services::BackupService::backUp(**db, services::BackupService::Reason::Manual);
    if (!made) {
        err << "backup: " << made.error().message << "\n";
        return 1;
    }
    out << "Backup written to " << *made << " (verified: integrity ok)\n";
    return 0;
}

} // namespace medsafe::cli
