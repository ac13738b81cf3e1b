#include "cli/ImportPackageCommand.h"

#include "cli/CliMessages.h"
#include "cli/CommandDatabase.h"
#include "cli/CommandLine.h"
#include "services/packages/PackageFormat.h"
#include "services/packages/PackageImporter.h"
#include "storage/Database.h"

#include <QFileInfo>

namespace medsafe::cli {

namespace {

QString describe(const services::PackageImportOutcome& outcome) {
    const QString month = services::PackageFormat::monthText(outcome.month);
    const bool isFeedback = outcome.kind == services::PackageImportOutcome::Kind::Feedback;
    if (outcome.unchanged) {
        return isFeedback
                   ? ImportPackageCommand::tr("already imported, nothing changed: feedback for '%1', %2")
                         .arg(outcome.botilbudName, month)
                   : ImportPackageCommand::tr("already imported, nothing changed: report of '%1', %2")
                         .arg(outcome.botilbudName, month);
    }
    QString line =
        isFeedback
            ? ImportPackageCommand::tr("imported: feedback for '%1', %2").arg(outcome.botilbudName, month)
            : ImportPackageCommand::tr("imported: report of '%1', %2").arg(outcome.botilbudName, month);
    QStringList notes;
    if (outcome.createdBotilbud) notes << ImportPackageCommand::tr("new botilbud");
    if (outcome.replaced) notes << ImportPackageCommand::tr("replaced the earlier one");
    if (!notes.isEmpty()) line += QStringLiteral(" (%1)").arg(notes.join(QStringLiteral(", ")));
    return line;
}

} // namespace

int ImportPackageCommand::run(const QStringList& args, QTextStream& out, QTextStream& err) {
    QCommandLineParser parser;
    parser.addOption(
        {QStringLiteral("database"), tr("The database file (must exist)."), CliMessages::fileValue()});
    parser.addPositionalArgument(tr("PACKAGE"), tr("Package files (.json)."), tr("PACKAGE..."));
    if (auto code = parseCommandLine(
            parser, name(),
            summary() + QStringLiteral(".\n") +
                tr("Example: medicinsikker-cli import-package --database consultant.db *.json"),
            args, out, err))
        return *code;
    const auto dbPath = requiredOption(parser, name(), QStringLiteral("database"), err);
    if (!dbPath) return 2;
    const QStringList packages = parser.positionalArguments();
    if (packages.isEmpty()) return CliMessages::usage(err, name(), tr("name at least one package file"));
    // Never create a database by accident: a mistyped path is an error, not a new empty file.
    if (!QFileInfo(*dbPath).isFile()) {
        CliMessages::print(err, name(), CliMessages::noDatabaseFile(*dbPath));
        err << CliMessages::createDatabaseHint() << "\n";
        return 1;
    }
    auto db = openExistingDatabase(name(), *dbPath, err);
    if (!db) return 1;
    services::PackageImporter importer(*db);
    int imported = 0;
    int unchanged = 0;
    int refused = 0;
    for (const QString& package : packages) {
        auto outcome = importer.importFile(package);
        if (outcome) {
            ++(outcome->unchanged ? unchanged : imported);
            out << package << ": " << describe(*outcome) << "\n";
        } else {
            ++refused;
            out << package << ": " << tr("refused: %1").arg(outcome.error().display()) << "\n";
        }
    }
    out << tr("Imported %1, already imported %2, refused %3 (of %4 packages; a refused package changes "
              "nothing).")
               .arg(imported)
               .arg(unchanged)
               .arg(refused)
               .arg(packages.size())
        << "\n";
    return refused > 0 ? 1 : 0;
}

} // namespace medsafe::cli
