#include "cli/ImportIncidentsCommand.h"

#include "cli/CommandLine.h"
#include "services/incidents/IncidentImport.h"
#include "services/organisation/OrganisationService.h"
#include "storage/Database.h"

#include <QFile>
#include <QFileInfo>

namespace medsafe::cli {

int ImportIncidentsCommand::run(const QStringList& args, QTextStream& out, QTextStream& err) {
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("database"), QStringLiteral("The database file."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("botilbud"), QStringLiteral("Name of the botilbud the incidents belong to."),
                      QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("csv"), QStringLiteral("The CSV file (UTF-8, ';' or ',')."), QStringLiteral("FILE")});
    if (auto code = parseCommandLine(parser, name(), summary(), args, out, err)) return *code;
    const auto dbPath = requiredOption(parser, QStringLiteral("database"), err);
    if (!dbPath) return 2;
    const auto botilbudName = requiredOption(parser, QStringLiteral("botilbud"), err);
    if (!botilbudName) return 2;
    const auto csvPath = requiredOption(parser, QStringLiteral("csv"), err);
    if (!csvPath) return 2;

    QFile csv(*csvPath);
    if (!csv.open(QIODevice::ReadOnly)) {
        err << "import-incidents: cannot read '" << *csvPath << "': " << csv.errorString() << "\n";
        return 1;
    }
    const QByteArray bytes = csv.readAll();

    // Check every row before touching the database.
    auto preview = services::IncidentImport::parse(bytes, domain::BotilbudId{});
    if (preview.hasErrors()) {
        for (const QString& line : preview.errorLines())
            err << line << "\n";
        err << "import-incidents: nothing imported: " << preview.errorRowCount() << " of " << preview.rows.size()
            << " rows have errors\n";
        return 1;
    }
    if (!QFileInfo(*dbPath).isFile()) {
        err << "import-incidents: no database file at '" << *dbPath << "'\n";
        return 1;
    }
    auto db = storage::Database::open(*dbPath, storage::OpenMode::OpenExisting);
    if (!db) {
        err << "import-incidents: cannot open '" << *dbPath << "': " << db.error().message << "\n";
        return 1;
    }
    const auto homes = services::OrganisationService(**db).allBotilbud();
    if (!homes) {
        err << "import-incidents: " << homes.error().message << "\n";
        return 1;
    }
    domain::BotilbudId botilbud;
    for (const auto& home : *homes) {
        if (home.name == *botilbudName) botilbud = home.id;
    }
    if (!botilbud.isValid()) {
        err << "import-incidents: no botilbud named '" << *botilbudName << "'\n";
        return 1;
    }
    const auto summary = services::IncidentImport::commit(**db, botilbud, preview);
    if (!summary) {
        err << "import-incidents: nothing imported: " << summary.error().message << "\n";
        return 1;
    }
    out << "Imported " << summary->imported << " incidents; skipped " << summary->skippedDuplicates
        << " already in the database.\n";
    return 0;
}

} // namespace medsafe::cli
