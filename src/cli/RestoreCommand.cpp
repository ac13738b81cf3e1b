#include "cli/RestoreCommand.h"

#include "cli/CliMessages.h"
#include "cli/CommandLine.h"
#include "services/backup/BackupService.h"

#include <QFileInfo>

namespace medsafe::cli {

int RestoreCommand::run(const QStringList& args, QTextStream& out, QTextStream& err) {
    QCommandLineParser parser;
    parser.addOption(
        {QStringLiteral("database"), tr("The database file to replace."), CliMessages::fileValue()});
    parser.addOption({QStringLiteral("from"), tr("The backup to restore."), tr("BACKUP")});
    if (auto code = parseCommandLine(parser, name(), summary(), args, out, err)) return *code;
    const auto path = requiredOption(parser, name(), QStringLiteral("database"), err);
    if (!path) return 2;
    const auto from = requiredOption(parser, name(), QStringLiteral("from"), err);
    if (!from) return 2;
    // The database is not opened (restore replaces the file), so only its existence is checked.
    if (!QFileInfo(*path).isFile()) {
        CliMessages::print(err, name(), CliMessages::noDatabaseFile(*path));
        return 1;
    }
    const auto info = services::BackupService::inspect(*from);
    if (!info) {
        CliMessages::print(err, name(),
                           tr("refused '%1', nothing changed: %2").arg(*from, info.error().display()));
        return 1;
    }
    const auto kept = services::BackupService::restore(*path, *from);
    if (!kept) {
        CliMessages::print(err, name(), kept.error().display());
        return 1;
    }
    out << tr("Restored %1 from %2 (taken %3, schema %4)")
               .arg(*path, *from, info->takenAt.toString(Qt::ISODate), QString::number(info->schemaVersion))
        << "\n";
    for (const auto& table : info->tables)
        if (table.rows > 0) out << "  " << table.table.leftJustified(28) << " " << table.rows << "\n";
    out << tr("The previous file is kept as %1").arg(*kept) << "\n";
    return 0;
}

} // namespace medsafe::cli
