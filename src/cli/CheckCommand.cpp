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

    // Read-only: a check never creates, migrates or writes, and leaves no -wal/-shm files.
    auto db = storage::Database::open(*path, storage::OpenMode::ReadOnly);
    if (!db) {
        err << "check: cannot open '" << *path << "': " << db.error().message << "\n";
        return 1;
    }
    const auto report = (*db)->checkReport();
    if (!report) {
        err << "check: cannot read '" << *path << "': " << report.error().message << "\n";
        return 1;
    }
    out << "Database:       " << report->path << " (opened read-only, nothing written)\n"
        << "Schema version: " << report->schemaVersion;
    if (report->wouldMigrate())
        out << ", would be migrated to " << report->supportedVersion << " when opened to work in";
    out << " (this build supports " << report->supportedVersion << ")\n";
    // integrity_check (the full one: b-trees, records, indexes against their tables, NOT NULL,
    // UNIQUE and CHECK constraints) lists one problem a line.
    if (report->integrityOk) {
        out << "Integrity:      ok\n";
    } else {
        out << "Integrity:      problems found by PRAGMA integrity_check:\n";
        for (const QString& line : report->integrity.split(u'\n'))
            out << "  " << line << "\n";
    }
    out << "Rows per table:\n";
    for (const auto& table : report->tables)
        out << "  " << table.table.leftJustified(28) << " " << table.rows << "\n";
    if (!report->integrityOk) {
        err << "check: the integrity check found problems in '" << *path << "'\n";
        return 1;
    }
    return 0;
}

} // namespace medsafe::cli
