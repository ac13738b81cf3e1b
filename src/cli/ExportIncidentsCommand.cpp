#include "cli/ExportIncidentsCommand.h"

#include "cli/CliMessages.h"
#include "cli/CommandDatabase.h"
#include "cli/CommandLine.h"
#include "services/incidents/IncidentExport.h"
#include "services/organisation/OrganisationService.h"
#include "storage/Database.h"

#include <QSaveFile>

namespace medsafe::cli {

int ExportIncidentsCommand::run(const QStringList& args, QTextStream& out, QTextStream& err) {
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("database"), tr("The database file."), CliMessages::fileValue()});
    parser.addOption(
        {QStringLiteral("botilbud"), tr("Only this botilbud (default: all)."), CliMessages::nameValue()});
    parser.addOption({QStringLiteral("out"), tr("The CSV file to write."), CliMessages::fileValue()});
    parser.addOption({QStringLiteral("comma"), tr("Plain comma CSV without BOM instead of Danish Excel's.")});
    if (auto code = parseCommandLine(parser, name(), summary(), args, out, err)) return *code;
    const auto dbPath = requiredOption(parser, name(), QStringLiteral("database"), err);
    if (!dbPath) return 2;
    const auto outPath = requiredOption(parser, name(), QStringLiteral("out"), err);
    if (!outPath) return 2;
    auto db = openExistingDatabase(name(), *dbPath, err);
    if (!db) return 1;
    QList<domain::Botilbud> only;
    if (parser.isSet(QStringLiteral("botilbud"))) {
        // Every botilbud of that name: names are not unique, and an export leaves none out.
        const QString wanted = parser.value(QStringLiteral("botilbud"));
        const auto homes = services::OrganisationService(*db).allBotilbud();
        if (!homes) {
            CliMessages::print(err, name(), homes.error().display());
            return 1;
        }
        for (const auto& home : *homes) {
            if (home.name == wanted) only << home;
        }
        if (only.isEmpty()) {
            CliMessages::print(err, name(), CliMessages::noBotilbud(wanted));
            return 1;
        }
    }
    const auto dialect = parser.isSet(QStringLiteral("comma")) ? services::CsvDialect::plainComma()
                                                                : services::CsvDialect::danishExcel();
    int rows = 0;
    const auto bytes = services::IncidentExport::fromDatabase(*db, only, dialect, &rows);
    if (!bytes) {
        CliMessages::print(err, name(), bytes.error().display());
        return 1;
    }
    QSaveFile file(*outPath);
    if (!file.open(QIODevice::WriteOnly) || file.write(*bytes) != bytes->size() || !file.commit()) {
        CliMessages::print(err, name(), CliMessages::cannotWrite(*outPath, file.errorString()));
        return 1;
    }
    out << tr("Exported %1 incidents to %2").arg(QString::number(rows), *outPath) << "\n";
    return 0;
}

} // namespace medsafe::cli
