#include "cli/ListCommand.h"

#include "cli/CliMessages.h"
#include "cli/CommandDatabase.h"
#include "cli/CommandLine.h"
#include "services/measures/MeasureService.h"
#include "services/organisation/OrganisationService.h"
#include "storage/Database.h"

namespace medsafe::cli {

int ListCommand::run(const QStringList& args, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    // The words themselves are typed as they stand, so only the description is translated.
    parser.addPositionalArgument(QStringLiteral("botilbud|measures"), tr("What to list."));
    parser.addOption({QStringLiteral("database"), tr("The database file."), CliMessages::fileValue()});
    parser.addOption({QStringLiteral("botilbud"), tr("Name of the botilbud (for 'measures')."),
                      CliMessages::nameValue()});
    if (auto code = parseCommandLine(parser, name(), summary(), args, out, err))
        return *code;
    const QStringList positional = parser.positionalArguments();
    const QString what = positional.value(0);
    if (positional.size() != 1 || (what != QLatin1String("botilbud") && what != QLatin1String("measures")))
        return CliMessages::usage(err, name(), tr("say what to list: 'botilbud' or 'measures'"));
    const auto path = requiredOption(parser, name(), QStringLiteral("database"), err);
    if (!path)
        return 2;
    std::optional<QString> botilbudName;
    if (what == QLatin1String("measures")) {
        botilbudName = requiredOption(parser, name(), QStringLiteral("botilbud"), err);
        if (!botilbudName)
            return 2;
    }
    auto db = openExistingDatabase(name(), *path, err);
    if (!db)
        return 1;

    if (!botilbudName) {
        const auto homes = services::OrganisationService(*db).allBotilbud();
        if (!homes) {
            CliMessages::print(err, name(), homes.error().display());
            return 1;
        }
        for (const auto& home : *homes)
            out << home.name << "\n";
        return 0;
    }
    const auto home = findBotilbud(name(), *db, *botilbudName, err);
    if (!home)
        return 1;
    const auto measures = services::MeasureService(*db).measures(home->id);
    if (!measures) {
        CliMessages::print(err, name(), measures.error().display());
        return 1;
    }
    for (const auto& measure : *measures)
        out << measure.name << "\n";
    return 0;
}

} // namespace medsafe::cli
