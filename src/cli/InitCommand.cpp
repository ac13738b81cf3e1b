#include "cli/InitCommand.h"

#include "cli/CliMessages.h"
#include "cli/CommandLine.h"
#include "storage/Database.h"

#include <QFileInfo>

namespace medsafe::cli {

int InitCommand::run(const QStringList& args, QTextStream& out, QTextStream& err) {
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("out"), tr("The database file to create."), CliMessages::fileValue()});
    if (auto code = parseCommandLine(parser, name(),
                                     summary() + QStringLiteral(".\n") +
                                         tr("Example: medicinsikker-cli init --out consultant.db"),
                                     args, out, err))
        return *code;
    const auto path = requiredOption(parser, name(), QStringLiteral("out"), err);
    if (!path) return 2;
    if (QFileInfo::exists(*path)) {
        CliMessages::print(err, name(), tr("'%1' already exists; nothing was changed").arg(*path));
        return 1;
    }
    auto db = storage::Database::open(*path, storage::OpenMode::CreateOrMigrate);
    if (!db) {
        CliMessages::print(err, name(), tr("cannot create '%1': %2").arg(*path, db.error().display()));
        return 1;
    }
    out << tr("Created an empty database at '%1' (schema version %2).")
               .arg(*path, QString::number(storage::Database::supportedSchemaVersion()))
        << "\n";
    return 0;
}

} // namespace medsafe::cli
