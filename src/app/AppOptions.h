#pragma once

#include <QString>
#include <QStringList>
#include <optional>

namespace medsafe::app {

// What the person asked for on the command line of `medicinsikker`.
struct AppOptions {
    QString databasePath; // empty: the default database in the data folder
    bool demo = false;    // open (and on first run create) the demo database
    QString server;       // a PostgreSQL connection string ("host=… dbname=… user=…"), or empty
    QString languageCode; // "da", "en" or empty (use the saved setting)
    bool verbose = false;
    // Benchmarks (scripts/bench.sh): after Oversigt's first paint, print the time since start
    // and the peak memory, open every view, print the peak memory again, and quit.
    bool startupBenchmark = false;
    // Scripted starts (benchmarks, screenshots): sign in as this login with the password in the
    // environment variable MEDSAFE_PASSWORD instead of showing the sign-in dialog.
    QString signInLogin;
};

// Parses the arguments; on a mistake returns nothing and puts the explanation in `error`.
std::optional<AppOptions> parseAppOptions(const QStringList& arguments, QString& error);

// The help text for --help.
QString appUsage();

} // namespace medsafe::app
