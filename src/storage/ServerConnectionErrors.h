#pragma once

#include "domain/Result.h"

#include <QCoreApplication>
#include <QString>

namespace medsafe::storage {

// Turns what libpq said when a server connection failed into a message a tovholder can act
// on: the server is down or unreachable, the user name or password is wrong, the database does
// not exist, or something else (the technical text goes to the log). `where` is the address
// as ServerAddress::display() writes it.
class ServerConnectionErrors {
    Q_DECLARE_TR_FUNCTIONS(ServerConnectionErrors)

public:
    enum class Kind { Unreachable, WrongLogin, NoSuchDatabase, Other };

    static Kind classify(const QString& driverText);
    static Error connectFailed(const QString& where, const QString& driverText);
    static Error notMedicinsikker(const QString& where);
    static Error emptyDatabase(const QString& where);
    // True for the error of emptyDatabase(): the caller may offer to set the database up.
    static bool isEmptyDatabase(const Error& error);
    static Error driverMissing();
};

} // namespace medsafe::storage
