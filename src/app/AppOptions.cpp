#include "app/AppOptions.h"

#include <QCoreApplication>

namespace medsafe::app {

std::optional<AppOptions> parseAppOptions(const QStringList& arguments, QString& error) {
    AppOptions options;
    for (int i = 1; i < arguments.size(); ++i) {
        const QString& arg = arguments.at(i);
        auto takeValue = [&](QString& target) {
            if (i + 1 >= arguments.size()) {
                error = QStringLiteral("%1 needs a value").arg(arg);
                return false;
            }
            target = arguments.at(++i);
            return true;
        };
        if (arg == QLatin1String("--database")) {
            if (!takeValue(options.databasePath)) return std::nullopt;
        } else if (arg == QLatin1String("--server")) {
            if (!takeValue(options.server)) return std::nullopt;
        } else if (arg == QLatin1String("--lang")) {
            if (!takeValue(options.languageCode)) return std::nullopt;
            if (options.languageCode != QLatin1String("da") && options.languageCode != QLatin1String("en")) {
                error = QStringLiteral("--lang takes 'da' or 'en', not '%1'").arg(options.languageCode);
                return std::nullopt;
            }
        } else if (arg == QLatin1String("--demo")) {
            options.demo = true;
        } else if (arg == QLatin1String("--sign-in")) {
            if (!takeValue(options.signInLogin)) return std::nullopt;
        } else if (arg == QLatin1String("--startup-benchmark")) {
            options.startupBenchmark = true;
        } else if (arg == QLatin1String("--verbose") || arg == QLatin1String("-v")) {
            options.verbose = true;
        } else if (arg.startsWith(QLatin1String("-platform")) || arg.startsWith(QLatin1String("-style"))) {
            ++i; // Qt's own options, already handled by QApplication
        } else {
            error = QStringLiteral("unknown argument '%1'").arg(arg);
            return std::nullopt;
        }
    }
    if (int(options.demo) + int(!options.databasePath.isEmpty()) + int(!options.server.isEmpty()) > 1) {
        error = QStringLiteral("--demo, --database and --server cannot be combined");
        return std::nullopt;
    }
    return options;
}

QString appUsage() {
    return QStringLiteral(
        "Usage: medicinsikker [--database PATH | --server CONNINFO | --demo] [--sign-in LOGIN]\n"
        "                    [--lang da|en] [--verbose]\n"
        "  --database PATH  open this Medicinsikker database (it must exist; make a new one\n"
        "                   with 'medicinsikker-cli init --out PATH')\n"
        "  --server CONNINFO  open a database on a PostgreSQL server, e.g.\n"
        "                   \"host=db.kommune.dk dbname=medicinsikker user=tovholder\";\n"
        "                   the password is asked for in a dialog\n"
        "  --demo           open the demo database in the data folder, creating it\n"
        "                   on first run\n"
        "  --sign-in LOGIN  sign in as LOGIN with the password in the environment\n"
        "                   variable MEDSAFE_PASSWORD (scripted starts), no dialog\n"
        "  --lang da|en     language of the user interface (default: Danish)\n"
        "  --verbose        log to the console as well as to the log file\n");
}

} // namespace medsafe::app
