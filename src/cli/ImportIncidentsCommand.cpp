#include "cli/ImportIncidentsCommand.h"

#include "cli/CliMessages.h"
#include "cli/CommandDatabase.h"
#include "cli/CommandLine.h"
#include "services/incidents/IncidentImport.h"
#include "storage/Database.h"

#include <QFile>

namespace medsafe::cli {

int ImportIncidentsCommand::run(const QStringList& args, QTextStream& out, QTextStream& err) {
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("database"), tr("The database file."), CliMessages::fileValue()});
    parser.addOption({QStringLiteral("botilbud"), tr("Name of the botilbud the incidents belong to."),
                      CliMessages::nameValue()});
    parser.addOption(
        {QStringLiteral("csv"), tr("The CSV file (UTF-8, ';' or ',')."), CliMessages::fileValue()});
    if (auto code = parseCommandLine(parser, name(), summary(), args, out, err)) return *code;
    const auto dbPath = requiredOption(parser, name(), QStringLiteral("database"), err);
    if (!dbPath) return 2;
    const auto botilbudName = requiredOption(parser, name(), QStringLiteral("botilbud"), err);
    if (!botilbudName) return 2;
    const auto csvPath = requiredOption(parser, name(), QStringLiteral("csv"), err);
    if (!csvPath) return 2;

    QFile csv(*csvPath);
    if (!csv.open(QIODevice::ReadOnly)) {
        CliMessages::print(err, name(), CliMessages::cannotRead(*csvPath, csv.errorString()));
        return 1;
    }
    const QByteArray bytes = csv.readAll();

    // Check every row before touching the database.
    auto preview = services::IncidentImport::parse(bytes, domain::BotilbudId{});
    if (preview.hasErrors()) {
        for (const QString& line : preview.errorLines())
            err << line << "\n";
        CliMessages::print(err, name(),
                           tr("nothing imported: %1 of %2 rows have errors")
                               .arg(preview.errorRowCount())
                               .arg(preview.rows.size()));
        return 1;
    }
    auto db = openExistingDatabase(name(), *dbPath, err);
    if (!db) return 1;
    const auto home = findBotilbud(name(), *db, *botilbudName, err);
    if (!home) return 1;
    const auto summary = services::IncidentImport::commit(*db, home->id, preview);
    if (!summary) {
        CliMessages::print(err, name(), tr("nothing imported: %1").arg(summary.error().display()));
        return 1;
    }
    out << tr("Imported %1 incidents; skipped %2 already in the database.")
               .arg(summary->imported)
               .arg(summary->skippedDuplicates)
        << "\n";
    return 0;
}

} // namespace medsafe::cli
