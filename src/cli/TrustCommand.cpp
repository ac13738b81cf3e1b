#include "cli/TrustCommand.h"

#include "cli/CommandDatabase.h"
#include "cli/CommandLine.h"
#include "services/packages/PackageTrust.h"
#include "storage/Database.h"

namespace medsafe::cli {

int TrustCommand::run(const QStringList& args, QTextStream& out, QTextStream& err) {
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("database"), QStringLiteral("The database file (must exist)."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("package"), QStringLiteral("A package signed by the key to trust."),
                      QStringLiteral("PACKAGE")});
    parser.addOption({QStringLiteral("fingerprint"),
                      QStringLiteral("The fingerprint the sender read to you; the key is trusted only if it "
                                     "matches."),
                      QStringLiteral("XXXX-XXXX-XXXX-XXXX")});
    parser.addOption({QStringLiteral("replace"),
                      QStringLiteral("Replace another key already trusted for this botilbud.")});
    if (auto code = parseCommandLine(
            parser, name(),
            summary() + QStringLiteral(".\nAsk the sender for their fingerprint (medicinsikker-cli fingerprint) "
                                       "by phone and compare it with the one shown here.\nExample: "
                                       "medicinsikker-cli trust --database consultant.db --package sep.json"),
            args, out, err))
        return *code;
    const auto dbPath = requiredOption(parser, QStringLiteral("database"), err);
    if (!dbPath) return 2;
    const auto packagePath = requiredOption(parser, QStringLiteral("package"), err);
    if (!packagePath) return 2;
    auto db = openExistingDatabase(name(), *dbPath, err);
    if (!db) return 1;

    const services::PackageTrust trust(*db);
    auto candidate = trust.inspectFile(*packagePath);
    if (!candidate) {
        err << "trust: nothing trusted: " << candidate.error().display() << "\n";
        return 1;
    }
    out << "Package signed for " << candidate->partyName << "\n";
    out << "Fingerprint: " << candidate->fingerprint << "\n";
    if (parser.isSet(QStringLiteral("fingerprint"))) {
        const QString expected = parser.value(QStringLiteral("fingerprint")).trimmed().toUpper();
        if (expected != candidate->fingerprint) {
            err << "trust: nothing trusted: the package's fingerprint " << candidate->fingerprint
                << " is not the one you were given (" << expected << ") — contact the sender\n";
            return 1;
        }
    }
    if (candidate->alreadyTrusted()) {
        out << "This key is already trusted for " << candidate->partyName << "; nothing changed.\n";
        return 0;
    }
    if (auto status = trust.trust(*candidate, parser.isSet(QStringLiteral("replace"))); !status) {
        err << "trust: " << status.error().display() << "\n";
        return 1;
    }
    out << "Trusted: packages signed by " << candidate->fingerprint << " for " << candidate->partyName
        << " are imported into '" << *dbPath << "' from now on.\n";
    return 0;
}

} // namespace medsafe::cli
