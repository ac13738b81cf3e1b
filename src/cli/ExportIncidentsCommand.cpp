#include "cli/ExportIncidentsCommand.h"

#include "cli/CommandLine.h"
#include "services/incidents/IncidentExport.h"
#include "services/organisation/OrganisationService.h"
#include "storage/Database.h"

#include <QFileInfo>
#include <QSaveFile>

namespace medsafe::cli {

int ExportIncidentsCommand::run(const QStringList& args, QTextStream& out, QTextStream& err) {
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("database"), QStringLiteral("The database file."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("botilbud"), QStringLiteral("Only this botilbud (default: all)."),
                      QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("out"), QStringLiteral("The CSV file to write."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("comma"), QStringLiteral("Plain comma CSV without BOM instead of Danish Excel's.")});
    if (auto code = parseCommandLine(parser, name(), summary(), args, out, err)) return *code;
    const auto dbPath = requiredOption(parser, QStringLiteral("database"), err);
    if (!dbPath) return 2;
    const auto outPath = requiredOption(parser, QStringLiteral("out"), err);
    if (!outPath) return 2;
    if (!QFileInfo(*dbPath).isFile()) {
        err << "export-incidents: no database file at '" << *dbPath << "'\n";
        return 1;
    }
    auto db = storage::Database::open(*dbPath, storage::OpenMode::OpenExisting);
    if (!db) {
        err << "export-incidents: cannot open '" << *dbPath << "': " << db.error().message << "\n";
        return 1;
    }
    QList<domain::Botilbud> only;
    if (parser.isSet(QStringLiteral("botilbud"))) {
        const QString wanted = parser.value(QStringLiteral("botilbud"));
        const auto homes = services::OrganisationService(**db).allBotilbud();
        if (!homes) {
            err << "export-incidents: " << homes.error().message << "\n";
            return 1;
        }
        for (const auto& home : *homes) {
            if (home.name == wanted) only << home;
        }
        if (only.isEmpty()) {
            err << "export-incidents: no botilbud named '" << wanted << "'\n";
            return 1;
        }
    }
    const auto dialect = parser.isSet(QStringLiteral("comma")) ? services::CsvDialect::plainComma()
                                                                : services::CsvDialect::danishExcel();
    int rows = 0;
    const auto bytes = services::IncidentExport::fromDatabase(**db, only, dialect, &rows);
    if (!bytes) {
        err << "export-incidents: " << bytes.error().message << "\n";
        return 1;
    }
    QSaveFile file(*outPath);
    if (!file.open(QIODevice::WriteOnly) || file.write(*bytes) != bytes->size() || !file.commit()) {
        err << "export-incidents: cannot write '" << *outPath << "': " << file.errorString() << "\n";
        return 1;
    }
    out << "Exported " << rows << " incidents to " << *outPath << "\n";
    return 0;
}

} // namespace medsafe::cli
