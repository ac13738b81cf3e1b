#include "cli/CheckCommand.h"

#include "cli/CommandLine.h"
#include "storage/Database.h"

#include <QFileInfo>

namespace medsafe::cli {

int CheckCommand::run(const QStringList& args, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("database"), QStringLiteral("The database file to check."), QStringLiteral("FILE")});
    if (auto code = parseCommandLine(parser, name(), summary(), args, out, err))
        return *code;
    const auto path = requiredOption(parser, QStringLiteral("database"), err);
    if (!path)
        return 2;
    // Database::open would create a missing file; a check must not.
    if (!QFileInfo(*path).isFile()) {
        err << "check: no database file at '" << *path << "'\n";
        return 1;
    }

    auto db = storage::Database::open(*path);
    if (!db) {
        err << "check: cannot open '" << *path << "': " << db.error().message << "\n";
        return 1;
    }
    const auto report = (*db)->checkReport();
    if (!report) {
        err << "check: cannot read '" << *path << "': " << report.error().message << "\n";
        return 1;
    }
    out << "Database:       " << report->path << "\n"
        << "Schema version: " << report->schemaVersion << " (this build supports " << report->supportedVersion
        << ")\n"
        << "Integrity:      " << (report->integrityOk ? QStringLiteral("ok") : report->integrity) << "\n"
        << "Rows per table:\n";
    for (const auto& table : report->tables)
        out << "  " << table.table.leftJustified(28) << " " << table.rows << "\n";
    if (!report->integrityOk) {
        err << "check: the integrity check found problems in '" << *path << "'\n";
        return 1;
    }
    return 0;
}

} // namespace medsafe::cli
