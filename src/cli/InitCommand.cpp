#include "cli/InitCommand.h"

#include "cli/CommandLine.h"
#include "storage/Database.h"

#include <QFileInfo>

namespace medsafe::cli {

int InitCommand::run(const QStringList& args, QTextStream& out, QTextStream& err) {
    QCommandLineParser parser;
    parser.addOption(
        {QStringLiteral("out"), QStringLiteral("The database file to create."), QStringLiteral("FILE")});
    if (auto code = parseCommandLine(
            parser, name(),
            summary() + QStringLiteral(".\nExample: medicinsikker-cli init --out consultant.db"), args, out,
            err))
        return *code;
    const auto path = requiredOption(parser, QStringLiteral("out"), err);
    if (!path) return 2;
    if (QFileInfo::exists(*path)) {
        err << "init: '" << *path << "' already exists; nothing was changed\n";
        return 1;
    }
    auto db = storage::Database::open(*path, storage::OpenMode::CreateOrMigrate);
    if (!db) {
        err << "init: cannot create '" << *path << "': " << db.error().display() << "\n";
        return 1;
    }
    out << "Created an empty database at '" << *path << "' (schema version "
        << storage::Database::supportedSchemaVersion() << ").\n";
    return 0;
}

} // namespace medsafe::cli
