#include "cli/ServerTransferCommands.h"

#include "cli/CliMessages.h"
#include "cli/CommandLine.h"
#include "cli/ServerLogin.h"
#include "services/server/ServerTransferService.h"

#include <QElapsedTimer>

namespace medsafe::cli {

namespace {

QString serverHelp() {
    return QCoreApplication::translate("PushToServerCommand",
                                       "The server database as a connection string, e.g. \"host=db.kommune.dk "
                                       "port=5432 dbname=medicinsikker user=tovholder\". The password is asked "
                                       "for when it is needed (or taken from PGPASSWORD or ~/.pgpass).");
}

// One line per table: rows and the first 12 hex digits of the checksum on each side.
void printSummary(QTextStream& out, const services::ServerTransferService::Summary& summary, qint64 ms) {
    qint64 rows = 0;
    for (const auto& table : summary) {
        out << QStringLiteral("%1 %2 %3 %4 %5 %6")
                   .arg(table.table, -20)
                   .arg(table.sourceRows, 8)
                   .arg(table.sourceChecksum.left(12))
                   .arg(table.targetRows, 8)
                   .arg(table.targetChecksum.left(12))
                   .arg(table.matches() ? QStringLiteral("ok") : QStringLiteral("DIFFERENT"))
            << "\n";
        rows += table.targetRows;
    }
    out << QCoreApplication::translate("PushToServerCommand", "%1 rows in %2 tables copied and compared in %3 ms")
               .arg(rows)
               .arg(summary.size())
               .arg(ms)
        << "\n";
}

} // namespace

int PushToServerCommand::run(const QStringList& args, QTextStream& out, QTextStream& err) {
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("database"), tr("The database file to copy."), CliMessages::fileValue()});
    parser.addOption({QStringLiteral("server"), serverHelp(), QStringLiteral("CONNINFO")});
    if (auto code = parseCommandLine(parser, name(),
                                     summary() + QStringLiteral(".\n") +
                                         tr("Example: medicinsikker-cli push-to-server --database botilbud.db "
                                            "--server \"host=db.kommune.dk dbname=medicinsikker user=tovholder\""),
                                     args, out, err))
        return *code;
    const auto path = requiredOption(parser, name(), QStringLiteral("database"), err);
    const auto conninfo = path ? requiredOption(parser, name(), QStringLiteral("server"), err) : std::nullopt;
    if (!path || !conninfo) return 2;
    const auto server = ServerLogin::read(name(), *conninfo, err);
    if (!server) return 2;
    QElapsedTimer timer;
    timer.start();
    auto summary = services::ServerTransferService::push(*path, *server);
    if (!summary) {
        CliMessages::print(err, name(), summary.error().display());
        return 1;
    }
    printSummary(out, *summary, timer.elapsed());
    return 0;
}

int PullFromServerCommand::run(const QStringList& args, QTextStream& out, QTextStream& err) {
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("server"), serverHelp(), QStringLiteral("CONNINFO")});
    parser.addOption({QStringLiteral("out"), tr("The new database file (must not exist)."), CliMessages::fileValue()});
    if (auto code = parseCommandLine(parser, name(),
                                     summary() + QStringLiteral(".\n") +
                                         tr("Example: medicinsikker-cli pull-from-server --server \"host=db.kommune.dk "
                                            "dbname=medicinsikker user=tovholder\" --out besoeg.db"),
                                     args, out, err))
        return *code;
    const auto conninfo = requiredOption(parser, name(), QStringLiteral("server"), err);
    const auto path = conninfo ? requiredOption(parser, name(), QStringLiteral("out"), err) : std::nullopt;
    if (!path || !conninfo) return 2;
    const auto server = ServerLogin::read(name(), *conninfo, err);
    if (!server) return 2;
    QElapsedTimer timer;
    timer.start();
    auto summary = services::ServerTransferService::pull(*server, *path);
    if (!summary) {
        CliMessages::print(err, name(), summary.error().display());
        return 1;
    }
    printSummary(out, *summary, timer.elapsed());
    return 0;
}

} // namespace medsafe::cli
