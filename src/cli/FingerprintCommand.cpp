#include "cli/FingerprintCommand.h"

#include "cli/CliMessages.h"
#include "cli/CommandDatabase.h"
#include "cli/CommandLine.h"
#include "services/packages/PackageTrust.h"
#include "storage/Database.h"

namespace medsafe::cli {

int FingerprintCommand::run(const QStringList& args, QTextStream& out, QTextStream& err) {
    QCommandLineParser parser;
    parser.addOption(
        {QStringLiteral("database"), tr("The database file (must exist)."), CliMessages::fileValue()});
    if (auto code =
            parseCommandLine(parser, name(),
                             summary() + QStringLiteral(".\n") +
                                 tr("Read the fingerprint to the other party by phone; they compare it "
                                    "before 'medicinsikker-cli "
                                    "trust'. The first call makes the key pair (stored in the database).\n"
                                    "Example: medicinsikker-cli fingerprint --database home.db"),
                             args, out, err))
        return *code;
    const auto dbPath = requiredOption(parser, name(), QStringLiteral("database"), err);
    if (!dbPath) return 2;
    auto db = openExistingDatabase(name(), *dbPath, err);
    if (!db) return 1;
    auto fingerprint = services::PackageTrust(*db).ownFingerprint();
    if (!fingerprint) {
        CliMessages::print(err, name(), fingerprint.error().display());
        return 1;
    }
    out << tr("This database signs packages with fingerprint %1").arg(*fingerprint) << "\n";
    auto trusted = services::PackageTrust(*db).trustedKeys();
    if (!trusted) {
        CliMessages::print(err, name(), trusted.error().display());
        return 1;
    }
    if (trusted->isEmpty()) {
        out << tr("It trusts no other key yet.") << "\n";
    } else {
        out << tr("Trusted keys:") << "\n";
        for (const auto& signer : *trusted)
            out << "  " << signer.fingerprint << "  "
                << tr("%1 (since %2)").arg(signer.partyName, signer.addedOn.toString(Qt::ISODate)) << "\n";
    }
    return 0;
}

} // namespace medsafe::cli
