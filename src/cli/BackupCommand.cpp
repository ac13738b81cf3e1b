#include "cli/BackupCommand.h"

#include "cli/CliMessages.h"
#include "cli/CommandDatabase.h"
#include "cli/CommandLine.h"
#include "services/backup/BackupService.h"
#include "storage/Database.h"

namespace medsafe::cli {

int BackupCommand::run(const QStringList& args, QTextStream& out, QTextStream& err) {
    QCommandLineParser parser;
    parser.addOption(
        {QStringLiteral("database"), tr("The database file to back up."), CliMessages::fileValue()});
    parser.addOption({QStringLiteral("out"),
                      tr("Write the backup to this new file instead of the backups folder."),
                      CliMessages::fileValue()});
    if (auto code = parseCommandLine(parser, name(), summary(), args, out, err)) return *code;
    const auto path = requiredOption(parser, name(), QStringLiteral("database"), err);
    if (!path) return 2;
    // Read-only: a backup never migrates or writes the database it copies.
    auto db = openDatabase(name(), *path, storage::OpenMode::ReadOnly, {}, err);
    if (!db) return 1;
    const auto made = parser.isSet(QStringLiteral("out"))
                          ? services::BackupService::backUpTo(*db, parser.value(QStringLiteral("out")))
                          : services::BackupService::backUp(*db, services::BackupService::Reason::Manual);
    if (!made) {
        CliMessages::print(err, name(), made.error().display());
        return 1;
    }
    out << tr("Backup written to %1 (verified: integrity ok)").arg(*made) << "\n";
    return 0;
}

} // namespace medsafe::cli
