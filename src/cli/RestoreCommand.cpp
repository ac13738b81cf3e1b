#include "cli/RestoreCommand.h"

#include "cli/CommandLine.h"
#include "services/backup/BackupService.h"

#include <QFileInfo>

namespace medsafe::cli {

int RestoreCommand::run(const QStringList& args, QTextStream& out, QTextStream& err) {
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("database"), QStringLiteral("The database file to replace."),
                      QStringLiteral("FILE")});
    parser.addOption(
        {QStringLiteral("from"), QStringLiteral("The backup to restore."), QStringLiteral("BACKUP")});
    if (auto code = parseCommandLine(parser, name(), summary(), args, out, err)) return *code;
    const auto path = requiredOption(parser, QStringLiteral("database"), err);
    if (!path) return 2;
    const auto from = requiredOption(parser, QStringLiteral("from"), err);
    if (!from) return 2;
    if (!QFileInfo(*path).isFile()) {
        err << "restore: no database file at '" << *path << "'\n";
        return 1;
    }
    const auto info = services::BackupService::inspect(*from);
    if (!info) {
        err << "restore: refused '" << *from << "', nothing changed: " << info.error().message << "\n";
        return 1;
    }
    const auto kept = services::BackupService::restore(*path, *from);
    if (!kept) {
        err << "restore: " << kept.error().message << "\n";
        return 1;
    }
    out << "Restored " << *path << " from " << *from << " (taken " << info->takenAt.toString(Qt::ISODate)
        << ", schema " << info->schemaVersion << ")\n";
    for (const auto& table : info->tables)
        if (table.rows > 0) out << "  " << table.table.leftJustified(28) << " " << table.rows << "\n";
    out << "The previous file is kept as " << *kept << "\n";
    return 0;
}

} // namespace medsafe::cli
