#include "cli/ChangePackageCommands.h"

#include "cli/CliMessages.h"
#include "cli/CommandDatabase.h"
#include "cli/CommandLine.h"
#include "services/spread/ChangePackageService.h"
#include "storage/Database.h"

namespace medsafe::cli {

int ExportChangeCommand::run(const QStringList& args, QTextStream& out, QTextStream& err) {
    QCommandLineParser parser;
    parser.addOptions({
        {QStringLiteral("database"), tr("The botilbud's database file."), CliMessages::fileValue()},
        {QStringLiteral("botilbud"), tr("Name of the botilbud."), CliMessages::nameValue()},
        {QStringLiteral("change"), tr("Title of the adopted change idea."), CliMessages::nameValue()},
        {QStringLiteral("out"), tr("The change package file to write."), CliMessages::fileValue()},
    });
    const QString help =
        tr("Writes an adopted change (a change idea with a PDSA cycle decided \"adopt\") as a change\n"
           "package: the idea, its driver, its PDSA story with months only and no names, and the\n"
           "measures with their definitions and medians before and after. Signed with the database's\n"
           "key; the receiver compares the fingerprint once ('medicinsikker-cli fingerprint').\n");
    if (auto code = parseCommandLine(parser, name(), summary() + QStringLiteral("\n") + help, args, out, err))
        return *code;
    const auto path = requiredOption(parser, name(), QStringLiteral("database"), err);
    const auto homeName =
        path ? requiredOption(parser, name(), QStringLiteral("botilbud"), err) : std::nullopt;
    const auto title =
        homeName ? requiredOption(parser, name(), QStringLiteral("change"), err) : std::nullopt;
    const auto target = title ? requiredOption(parser, name(), QStringLiteral("out"), err) : std::nullopt;
    if (!target) return 2;

    const auto db = openExistingDatabase(name(), *path, err);
    if (!db) return 1;
    const auto home = findBotilbud(name(), *db, *homeName, err);
    if (!home) return 1;
    const services::ChangePackageService packages(*db);
    auto adopted = packages.adoptedChanges(home->id);
    if (!adopted) {
        CliMessages::print(err, name(), adopted.error().display());
        return 1;
    }
    QStringList titles;
    for (const services::ExportableChange& change : *adopted) {
        titles << change.idea.title;
        if (change.idea.title.compare(title->trimmed(), Qt::CaseInsensitive) != 0) continue;
        auto written = packages.exportToFile(home->id, change.idea.id, *target);
        if (!written) {
            CliMessages::print(err, name(), written.error().display());
            return 1;
        }
        out << tr("Wrote the change package \"%1\" to '%2' (%3 bytes)")
                   .arg(written->title, written->path)
                   .arg(written->bytes)
            << "\n";
        return 0;
    }
    CliMessages::print(err, name(),
                       titles.isEmpty()
                           ? tr("%1 has no adopted change (a PDSA cycle decided \"adopt\")").arg(home->name)
                           : tr("%1 has no adopted change called '%2'; the adopted ones are: %3")
                                 .arg(home->name, *title, titles.join(QStringLiteral("; "))));
    return 1;
}

int ImportChangeCommand::run(const QStringList& args, QTextStream& out, QTextStream& err) {
    QCommandLineParser parser;
    parser.addOptions({
        {QStringLiteral("database"), tr("The receiving botilbud's database file."), CliMessages::fileValue()},
        {QStringLiteral("botilbud"), tr("Name of the receiving botilbud."), CliMessages::nameValue()},
    });
    parser.addPositionalArgument(QStringLiteral("file"), tr("The change package."));
    const QString help =
        tr("Takes a change package from another botilbud into this botilbud, all or nothing: the change\n"
           "idea under the driver with the same text (made if missing), the measures matched by name\n"
           "(typed ones that are missing are made from the package's definitions), a planned first\n"
           "PDSA cycle, and the origin and story kept. The whole file is checked first; a bad package\n"
           "is refused with the reason and nothing is written. The same change again changes nothing.\n"
           "Trust the sender's key first: 'medicinsikker-cli trust --package FILE'.\n");
    if (auto code = parseCommandLine(parser, name(), summary() + QStringLiteral("\n") + help, args, out, err))
        return *code;
    const auto path = requiredOption(parser, name(), QStringLiteral("database"), err);
    const auto homeName =
        path ? requiredOption(parser, name(), QStringLiteral("botilbud"), err) : std::nullopt;
    if (!homeName) return 2;
    if (parser.positionalArguments().size() != 1)
        return CliMessages::usage(err, name(), tr("name exactly one change package file"));

    const auto db = openExistingDatabase(name(), *path, err);
    if (!db) return 1;
    const auto home = findBotilbud(name(), *db, *homeName, err);
    if (!home) return 1;
    auto imported =
        services::ChangePackageService(*db).importFile(home->id, parser.positionalArguments().first());
    if (!imported) {
        CliMessages::print(err, name(), imported.error().display());
        return 1;
    }
    if (imported->unchanged) {
        out << tr("\"%1\" from %2 was already received %3; nothing was changed")
                   .arg(imported->title, imported->originBotilbud, imported->receivedOn.toString(Qt::ISODate))
            << "\n";
        return 0;
    }
    if (!imported->joinedExisting)
        out << tr("Took \"%1\" from %2 into %3 as a change idea with a planned first PDSA cycle")
                   .arg(imported->title, imported->originBotilbud, home->name)
            << "\n";
    else
        out << tr("\"%1\" was already a change idea in %2; it now carries the story from %3%4")
                   .arg(imported->title, home->name, imported->originBotilbud,
                        imported->cycle.isValid() ? tr(", with a planned first PDSA cycle") : QString())
            << "\n";
    if (!imported->createdMeasures.isEmpty())
        out << tr("Measures made from the package: %1")
                   .arg(imported->createdMeasures.join(QStringLiteral("; ")))
            << "\n";
    if (!imported->skippedMeasures.isEmpty())
        out << tr("Measures not made here (counted from incidents): %1")
                   .arg(imported->skippedMeasures.join(QStringLiteral("; ")))
            << "\n";
    return 0;
}

} // namespace medsafe::cli
