#include "cli/TrustCommand.h"

#include "cli/CliMessages.h"
#include "cli/CommandDatabase.h"
#include "cli/CommandLine.h"
#include "services/packages/PackageTrust.h"
#include "storage/Database.h"

namespace medsafe::cli {

int TrustCommand::run(const QStringList& args, QTextStream& out, QTextStream& err) {
    QCommandLineParser parser;
    parser.addOption(
        {QStringLiteral("database"), tr("The database file (must exist)."), CliMessages::fileValue()});
    parser.addOption({QStringLiteral("package"), tr("A package signed by the key to trust."), tr("PACKAGE")});
    parser.addOption({QStringLiteral("fingerprint"),
                      tr("The fingerprint the sender read to you; the key is trusted only if it matches."),
                      QStringLiteral("XXXX-XXXX-XXXX-XXXX")});
    parser.addOption(
        {QStringLiteral("replace"), tr("Replace another key already trusted for this botilbud.")});
    if (auto code = parseCommandLine(
            parser, name(),
            summary() + QStringLiteral(".\n") +
                tr("Ask the sender for their fingerprint (medicinsikker-cli fingerprint) by phone and "
                   "compare it "
                   "with the one shown here.\n"
                   "Example: medicinsikker-cli trust --database consultant.db --package sep.json"),
            args, out, err))
        return *code;
    const auto dbPath = requiredOption(parser, name(), QStringLiteral("database"), err);
    if (!dbPath) return 2;
    const auto packagePath = requiredOption(parser, name(), QStringLiteral("package"), err);
    if (!packagePath) return 2;
    auto db = openExistingDatabase(name(), *dbPath, err);
    if (!db) return 1;

    const services::PackageTrust trust(*db);
    auto candidate = trust.inspectFile(*packagePath);
    if (!candidate) {
        CliMessages::print(err, name(), tr("nothing trusted: %1").arg(candidate.error().display()));
        return 1;
    }
    out << tr("Package signed for %1").arg(candidate->partyName) << "\n";
    out << tr("Fingerprint: %1").arg(candidate->fingerprint) << "\n";
    if (parser.isSet(QStringLiteral("fingerprint"))) {
        const QString expected = parser.value(QStringLiteral("fingerprint")).trimmed().toUpper();
        if (expected != candidate->fingerprint) {
            CliMessages::print(
                err, name(),
                tr("nothing trusted: the package's fingerprint %1 is not the one you were given "
                   "(%2) — contact the sender")
                    .arg(candidate->fingerprint, expected));
            return 1;
        }
    }
    if (candidate->alreadyTrusted()) {
        out << tr("This key is already trusted for %1; nothing changed.").arg(candidate->partyName) << "\n";
        return 0;
    }
    if (auto status = trust.trust(*candidate, parser.isSet(QStringLiteral("replace"))); !status) {
        CliMessages::print(err, name(), status.error().display());
        return 1;
    }
    out << tr("Trusted: packages signed by %1 for %2 are imported into '%3' from now on.")
               .arg(candidate->fingerprint, candidate->partyName, *dbPath)
        << "\n";
    return 0;
}

} // namespace medsafe::cli
