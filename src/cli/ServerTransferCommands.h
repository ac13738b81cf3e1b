#pragma once

#include "cli/Command.h"

namespace medsafe::cli {

// `push-to-server --database FILE --server CONNINFO`: copies the whole file into an empty
// server database, all or nothing, then prints each table's rows and checksum on both sides.
class PushToServerCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(PushToServerCommand)

public:
    QString name() const override { return QStringLiteral("push-to-server"); }
    QString summary() const override { return tr("Copy a database file into an empty database on a PostgreSQL server"); }
    int run(const QStringList& args, QTextStream& out, QTextStream& err) override;
};

// `pull-from-server --server CONNINFO --out FILE`: a local SQLite copy of a server database
// (a laptop for a PS! visit), compared table by table like push-to-server.
class PullFromServerCommand : public Command {
    Q_DECLARE_TR_FUNCTIONS(PullFromServerCommand)

public:
    QString name() const override { return QStringLiteral("pull-from-server"); }
    QString summary() const override { return tr("Make a local database file from a database on a PostgreSQL server"); }
    int run(const QStringList& args, QTextStream& out, QTextStream& err) override;
};

} // namespace medsafe::cli
