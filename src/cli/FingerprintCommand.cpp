#include "cli/FingerprintCommand.h"

#include "cli/CommandDatabase.h"
#include "cli/CommandLine.h"
#include "services/packages/PackageTrust.h"
#include "storage/Database.h"

namespace medsafe::cli {

int FingerprintCommand::run(const QStringList& args, QTextStream& out, QTextStream& err) {
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("database"), QStringLiteral("The database file (must exist)."),
                      QStringLiteral("FILE")});
    if (auto code = parseCommandLine(
            parser, name(),
            summary() + QStringLiteral(".\nRead the fingerprint to the other party by phone; they compare it "
                                       "before 'medicinsikker-cli trust'. The first call makes the key pair "
                                       "(stored in the database).\nExample: medicinsikker-cli fingerprint "
                                       "--database home.db"),
            args, out, err))
        return *code;
    const auto dbPath = requiredOption(parser, QStringLiteral("database"), err);
    if (!dbPath) return 2;
    auto db = openExistingDatabase(name(), *dbPath, err);
    if (!db) return 1;
    auto fingerprint = services::PackageTrust(*db).ownFingerprint();
    if (!fingerprint) {
        err << "fingerprint: " << fingerprint.error().display() << "\n";
        return 1;
    }
    out << "This database signs packages with fingerprint " << *fingerprint << "\n";
    auto trusted = services::PackageTrust(*db).trustedKeys();
    if (!trusted) {
        err << "fingerprint: " << trusted.error().display() << "\n";
        return 1;
    }
    if (trusted->isEmpty()) {
        out << "It trusts no other key yet.\n";
    } else {
        out << "Trusted keys:\n";
        for (const auto& signer : *trusted)
            out << "  " << signer.fingerprint << "  " << signer.partyName << " (since "
                << signer.addedOn.toString(Qt::ISODate) << ")\n";
    }
    return 0;
}

} // namespace medsafe::cli
