#include "cli/ImportPackageCommand.h"

#include "cli/CommandLine.h"
#include "services/packages/PackageFormat.h"
#include "services/packages/PackageImporter.h"
#include "storage/Database.h"

#include <QFileInfo>

namespace medsafe::cli {

namespace {

QString describe(const services::PackageImportOutcome& outcome) {
    const QString what = outcome.kind == services::PackageImportOutcome::Kind::Feedback
                             ? QStringLiteral("feedback for '%1', %2")
                             : QStringLiteral("report of '%1', %2");
    QString line = what.arg(outcome.botilbudName, services::PackageFormat::monthText(outcome.month));
    if (outcome.unchanged) return QStringLiteral("already imported, nothing changed: ") + line;
    QStringList notes;
    if (outcome.createdBotilbud) notes << QStringLiteral("new botilbud");
    if (outcome.replaced) notes << QStringLiteral("replaced the earlier one");
    line = QStringLiteral("imported: ") + line;
    if (!notes.isEmpty()) line += QStringLiteral(" (%1)").arg(notes.join(QStringLiteral(", ")));
    return line;
}

} // namespace

int ImportPackageCommand::run(const QStringList& args, QTextStream& out, QTextStream& err) {
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("database"), QStringLiteral("The database file (must exist)."),
                      QStringLiteral("FILE")});
    parser.addPositionalArgument(QStringLiteral("PACKAGE"), QStringLiteral("Package files (.json)."),
                                 QStringLiteral("PACKAGE..."));
    if (auto code = parseCommandLine(
            parser, name(),
            summary() + QStringLiteral(".\nExample: medicinsikker-cli import-package --database "
                                       "consultant.db *.json"),
            args, out, err))
        return *code;
    const auto dbPath = requiredOption(parser, QStringLiteral("database"), err);
    if (!dbPath) return 2;
    const QStringList packages = parser.positionalArguments();
    if (packages.isEmpty()) {
        err << "import-package: name at least one package file\n";
        return 2;
    }
    // Never create a database by accident: a mistyped path is an error, not a new empty file.
    if (!QFileInfo(*dbPath).isFile()) {
        err << "import-package: no database file at '" << *dbPath
            << "' (create one with 'medicinsikker-cli init --out FILE')\n";
        return 1;
    }
    auto db = storage::Database::open(*dbPath, storage::OpenMode::OpenExisting);
    if (!db) {
        err << "import-package: cannot open '" << *dbPath << "': " << db.error().display() << "\n";
        return 1;
    }
    services::PackageImporter importer(**db);
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
            out << package << ": refused: " << outcome.error().display() << "\n";
        }
    }
    out << "Imported " << imported << ", already imported " << unchanged << ", refused " << refused << " (of "
        << packages.size() << " packages; a refused package changes nothing).\n";
    return refused > 0 ? 1 : 0;
}

} // namespace medsafe::cli
