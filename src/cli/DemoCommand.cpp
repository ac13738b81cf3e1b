#include "cli/DemoCommand.h"

#include "cli/CliMessages.h"
#include "cli/CommandLine.h"
#include "demo/DemoGenerator.h"
#include "demo/DemoReceivedPackages.h"
#include "demo/DemoPhaseWork.h"
#include "demo/DemoWriter.h"
#include "storage/Database.h"

#include <QElapsedTimer>

namespace medsafe::cli {

int DemoCommand::run(const QStringList& args, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("out"), tr("The database file to create."), CliMessages::fileValue()});
    parser.addOption({QStringLiteral("seed"), tr("Random seed; the same seed gives the same data."),
                      QStringLiteral("N")});
    parser.addOption(
        {QStringLiteral("botilbud"), tr("Number of botilbud (default 1)."), QStringLiteral("N")});
    parser.addOption({QStringLiteral("months"), tr("Programme months (default %1, at least %2).")
                          .arg(demo::DemoOptions::kDefaultMonths)
                          .arg(demo::DemoOptions::kMinMonths),
                      QStringLiteral("N")});
    parser.addOption({QStringLiteral("incidents"),
                      tr("Incidents in total, spread over the botilbud (default 80 per botilbud)."),
                      QStringLiteral("N")});
    parser.addOption({QStringLiteral("as-of"),
                      tr("A programme in progress on this date (YYYY-MM-DD or 'today'), as the app's demo is: "
                         "nothing after it has happened yet. Default: the finished programme of 2024-2025."),
                      CliMessages::dateValue()});
    parser.addOption({QStringLiteral("force"), tr("Replace FILE if it exists.")});
    parser.addOption({QStringLiteral("received"),
                      tr("Also add N more botilbud as received data packages (their last 12 monthly "
                         "reports, with PS!'s feedback), as on a consultant's machine (default 0)."),
                      QStringLiteral("N")});
    if (auto code = parseCommandLine(parser, name(),
                                     summary() + QStringLiteral(".\n") +
                                         tr("Example: medicinsikker-cli demo --out demo.db\n"
                                            "Benchmark: --botilbud 100 --months 60 --incidents 100000"),
                                     args, out, err))
        return *code;
    const auto path = requiredOption(parser, name(), QStringLiteral("out"), err);
    if (!path)
        return 2;

    demo::DemoOptions options;
    int received = 0;
    int seed = static_cast<int>(demo::DemoOptions::kDefaultSeed);
    if (!readIntOption(parser, name(), QStringLiteral("seed"), 0, seed, err)
        || !readIntOption(parser, name(), QStringLiteral("botilbud"), 1, options.botilbudCount, err)
        || !readIntOption(parser, name(), QStringLiteral("months"), demo::DemoOptions::kMinMonths, options.months,
                          err)
        || !readIntOption(parser, name(), QStringLiteral("incidents"), 0, options.incidents, err)
        || !readIntOption(parser, name(), QStringLiteral("received"), 0, received, err)
        || !readDateOption(parser, name(), QStringLiteral("as-of"), options.asOf, err))
        return 2;
    options.seed = static_cast<std::uint64_t>(seed);
    // The story up to a future date would put incidents and measurements in the future,
    // which the database refuses; say so before generating anything.
    if (options.asOf.isValid() && options.asOf > QDate::currentDate()) {
        CliMessages::usage(err, name(), tr("--as-of cannot be after today (%1)").arg(QDate::currentDate().toString(Qt::ISODate)));
        return 2;
    }

    QElapsedTimer timer;
    timer.start();
    const demo::DemoDataset dataset = demo::DemoGenerator(options).generate();
    const qint64 generated = timer.elapsed();
    const Status written = demo::DemoWriter::writeFile(dataset, *path, parser.isSet(QStringLiteral("force")));
    if (!written) {
        CliMessages::print(err, name(), written.error().display());
        return 1;
    }
    {
        // Phases 1 and 3 build on what was just written (incidents, adopted changes).
        auto db = storage::Database::open(*path, storage::OpenMode::OpenExisting);
        const Status phases = db ? demo::DemoPhaseWork::add(**db, options.asOf) : Status(db.error());
        if (!phases) {
            CliMessages::print(err, name(), phases.error().display());
            return 1;
        }
    }
    const qint64 total = timer.elapsed();
    out << tr("Wrote %1 botilbud and %2 incidents to '%3' (seed %4, %5 months) in %6 ms (generation %7 ms, "
              "writing %8 ms)")
               .arg(QString::number(dataset.botilbud.size()), QString::number(dataset.incidentCount()), *path,
                    QString::number(seed), QString::number(options.months), QString::number(total),
                    QString::number(generated), QString::number(total - generated))
        << "\n";
    if (received > 0) {
        auto db = storage::Database::open(*path, storage::OpenMode::OpenExisting); // just written
        const Status added = db ? demo::DemoReceivedPackages::add(**db, received, demo::DemoReceivedPackages::kDefaultMonths,
                                                                    demo::DemoReceivedPackages::kDefaultSeed, options.asOf) : Status(db.error());
        if (!added) {
            CliMessages::print(err, name(), added.error().display());
            return 1;
        }
        out << tr("Added %1 more botilbud as received data packages (a consultant's view)").arg(received)
            << "\n";
    }
    return 0;
}

} // namespace medsafe::cli
