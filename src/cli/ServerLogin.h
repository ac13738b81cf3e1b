#pragma once

#include "storage/ServerAddress.h"

#include <QCoreApplication>
#include <QString>
#include <QTextStream>
#include <optional>

namespace medsafe::cli {

// Reads a server connection string for a command. When it carries no password and libpq has
// none to find (no PGPASSWORD, no ~/.pgpass or PGPASSFILE) and the command runs in a terminal,
// asks for the password there without echoing it; the password lives only in memory.
// Prints why and returns nothing when the string cannot be read.
class ServerLogin {
    Q_DECLARE_TR_FUNCTIONS(ServerLogin)

public:
    static std::optional<storage::ServerAddress> read(const QString& command, const QString& conninfo,
                                                      QTextStream& err);
    // A --database value naming a server rather than a file ("host=… dbname=…").
    static bool isConnInfo(const QString& value);

private:
    static bool libpqHasPassword();
    static QString askPassword(const QString& prompt);
};

} // namespace medsafe::cli
