#include "storage/ServerConnectionErrors.h"

namespace medsafe::storage {

ServerConnectionErrors::Kind ServerConnectionErrors::classify(const QString& driverText) {
    const QString text = driverText.toLower();
    if (text.contains(QLatin1String("password authentication failed")) ||
        text.contains(QLatin1String("no password supplied")) ||
        text.contains(QLatin1String("authentication failed")) || text.contains(QLatin1String("role \"")))
        return Kind::WrongLogin;
    if (text.contains(QLatin1String("database \"")) && text.contains(QLatin1String("does not exist")))
        return Kind::NoSuchDatabase;
    if (text.contains(QLatin1String("connection refused")) || text.contains(QLatin1String("could not connect")) ||
        text.contains(QLatin1String("timeout expired")) || text.contains(QLatin1String("could not translate host")) ||
        text.contains(QLatin1String("no route to host")) || text.contains(QLatin1String("network is unreachable")))
        return Kind::Unreachable;
    return Kind::Other;
}

Error ServerConnectionErrors::connectFailed(const QString& where, const QString& driverText) {
    const QString technical = QStringLiteral("cannot connect to %1: %2").arg(where, driverText.trimmed());
    switch (classify(driverText)) {
    case Kind::Unreachable:
        return Error::forUser(technical, tr("The server %1 does not answer. Check the address and the network, "
                                            "or ask the person who runs the server.")
                                             .arg(where));
    case Kind::WrongLogin:
        return Error::forUser(technical,
                              tr("The server %1 did not accept the user name or password. Try again.").arg(where));
    case Kind::NoSuchDatabase:
        return Error::forUser(technical, tr("The database %1 does not exist on the server. Check the name, or "
                                            "ask the person who runs the server to create it.")
                                             .arg(where));
    case Kind::Other:
        break;
    }
    return Error::forUser(technical, tr("Could not connect to %1. The server said: %2").arg(where, driverText.trimmed()));
}

Error ServerConnectionErrors::notMedicinsikker(const QString& where) {
    return Error::forUser(QStringLiteral("%1 holds tables but is not a Medicinsikker database").arg(where),
                          tr("The database %1 on the server belongs to another program. Nothing was changed; "
                             "choose another database.")
                              .arg(where));
}

Error ServerConnectionErrors::emptyDatabase(const QString& where) {
    return Error::forUser(QStringLiteral("%1 is empty").arg(where),
                          tr("The database %1 on the server is empty. Copy a database to it with "
                             "\"push-to-server\", or start a new one there.")
                              .arg(where));
}

bool ServerConnectionErrors::isEmptyDatabase(const Error& error) {
    return error.message.endsWith(QLatin1String(" is empty"));
}

Error ServerConnectionErrors::driverMissing() {
    return Error::forUser(QStringLiteral("the Qt PostgreSQL driver (QPSQL) is not installed"),
                          tr("This installation cannot reach a PostgreSQL server: the package libqt6sql6-psql "
                             "is missing."));
}

} // namespace medsafe::storage
