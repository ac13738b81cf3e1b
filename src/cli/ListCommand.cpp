#include "cli/ListCommand.h"

#include "cli/CommandLine.h"
#include "services/measures/MeasureService.h"
#include "services/organisation/OrganisationService.h"
#include "storage/Database.h"

#include <QFileInfo>

namespace medsafe::cli {

int ListCommand::run(const QStringList& args, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("what"), QStringLiteral("botilbud | measures"));
    parser.addOption({QStringLiteral("database"), QStringLiteral("The database file."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("botilbud"), QStringLiteral("Name of the botilbud (for 'measures')."),
                      QStringLiteral("NAME")});
    if (auto code = parseCommandLine(parser, name(), summary(), args, out, err))
        return *code;
    const QStringList positional = parser.positionalArguments();
    const QString what = positional.value(0);
    if (positional.size() != 1 || (what != QLatin1String("botilbud") && what != QLatin1String("measures"))) {
        err << "list: say what to list: 'botilbud' or 'measures'\n"
            << "Try 'medicinsikker-cli list --help'.\n";
        return 2;
    }
    const auto path = requiredOption(parser, QStringLiteral("database"), err);
    if (!path)
        return 2;
    std::optional<QString> botilbudName;
    if (what == QLatin1String("measures")) {
        botilbudName = requiredOption(parser, QStringLiteral("botilbud"), err);
        if (!botilbudName)
            return 2;
    }
    if (!QFileInfo(*path).isFile()) {
        err << "list: no database file at '" << *path << "'\n";
        return 1;
    }
    auto db = storage::Database::open(*path, storage::OpenMode::OpenExisting);
    if (!db) {
        err << "list: cannot open '" << *path << "': " << db.error().message << "\n";
        return 1;
    }

    const auto homes = services::OrganisationService(**db).allBotilbud();
    if (!homes) {
        err << "list: " << homes.error().message << "\n";
        return 1;
    }
    if (!botilbudName) {
        for (const auto& home : *homes)
            out << home.name << "\n";
        return 0;
    }
    for (const auto& home : *homes) {
        if (home.name != *botilbudName)
            continue;
        const auto measures = services::MeasureService(**db).measures(home.id);
        if (!measures) {
            err << "list: " << measures.error().message << "\n";
            return 1;
        }
        for (const auto& measure : *measures)
            out << measure.name << "\n";
        return 0;
    }
    err << "list: no botilbud named '" << *botilbudName << "'\n";
    return 1;
}

} // namespace medsafe::cli
