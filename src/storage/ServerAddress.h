#pragma once

#include "domain/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace medsafe::storage {

// Where a PostgreSQL database is, read from libpq's "key=value" connection string
// ("host=db.kommune.dk port=5432 dbname=medicinsikker user=tovholder"); values may be single-
// quoted. The password may be in it (tests, scripts); people type it at connect instead, and
// libpq also reads PGPASSWORD and ~/.pgpass. Keys other than the five below (sslmode,
// connect_timeout, options, ...) go to libpq untouched.
struct ServerAddress {
    Q_DECLARE_TR_FUNCTIONS(ServerAddress)

public:
    static constexpr int kDefaultPort = 5432;

    QString host = QStringLiteral("localhost");
    int port = kDefaultPort;
    QString databaseName;
    QString user;
    QString password;
    QStringList otherOptions; // "key=value", quoted as libpq wants

    static Result<ServerAddress> parse(const QString& conninfo);
    // "user@host:port/dbname", never the password: for the status bar, logs and messages.
    QString display() const;
    // The connection string again (password left out unless `withPassword`).
    QString toConnInfo(bool withPassword = false) const;
};

} // namespace medsafe::storage
