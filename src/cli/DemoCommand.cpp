#include "cli/DemoCommand.h"

#include "cli/CommandLine.h"
#include "demo/DemoGenerator.h"
#include "demo/DemoReceivedPackages.h"
#include "demo/DemoWriter.h"
#include "storage/Database.h"

#include <QElapsedTimer>

namespace medsafe::cli {

int DemoCommand::run(const QStringList& args, QTextStream& out, QTextStream& err)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("out"), QStringLiteral("The database file to create."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("seed"), QStringLiteral("Random seed; the same seed gives the same data."),
                      QStringLiteral("N")});
    parser.addOption({QStringLiteral("botilbud"), QStringLiteral("Number of botilbud (default 1)."), QStringLiteral("N")});
    parser.addOption({QStringLiteral("months"), QStringLiteral("Programme months (default 24, at least 18)."),
                      QStringLiteral("N")});
    parser.addOption({QStringLiteral("incidents"),
                      QStringLiteral("Incidents in total, spread over the botilbud (default 80 per botilbud)."),
                      QStringLiteral("N")});
    parser.addOption({QStringLiteral("force"), QStringLiteral("Replace FILE if it exists.")});
    parser.addOption({QStringLiteral("received"),
                      QStringLiteral("Also add N more botilbud as received data packages (their last 12 monthly "
                                     "reports, with PS!'s feedback), as on a consultant's machine (default 0)."),
                      QStringLiteral("N")});
    if (auto code = parseCommandLine(parser, name(),
                                     summary() + QStringLiteral(".\nExample: medicinsikker-cli demo --out demo.db\n"
                                                                "Benchmark: --botilbud 100 --months 60 --incidents 100000"),
                                     args, out, err))
        return *code;
    const auto path = requiredOption(parser, QStringLiteral("out"), err);
    if (!path)
        return 2;

    demo::DemoOptions options;
    int received = 0;
    int seed = static_cast<int>(demo::DemoOptions::kDefaultSeed);
    if (!readIntOption(parser, QStringLiteral("seed"), 0, seed, err)
        || !readIntOption(parser, QStringLiteral("botilbud"), 1, options.botilbudCount, err)
        || !readIntOption(parser, QStringLiteral("months"), demo::DemoOptions::kMinMonths, options.months, err)
        || !readIntOption(parser, QStringLiteral("incidents"), 0, options.incidents, err)
        || !readIntOption(parser, QStringLiteral("received"), 0, received, err))
        return 2;
    options.seed = static_cast<std::uint64_t>(seed);

    QElapsedTimer timer;
    timer.start();
    const demo::DemoDataset dataset = demo::DemoGenerator(options).generate();
    const qint64 generated = timer.elapsed();
    const Status written = demo::DemoWriter::writeFile(dataset, *path, parser.isSet(QStringLiteral("force")));
    if (!written) {
        err << "demo: " << written.error().message << "\n";
        return 1;
    }
    const qint64 total = timer.elapsed();
    out << "Wrote " << dataset.botilbud.size() << " botilbud and " << dataset.incidentCount() << " incidents to '"
        << *path << "' (seed " << seed << ", " << options.months << " months) in " << total << " ms (generation "
        << generated << " ms, writing " << (total - generated) << " ms)\n";
    if (received > 0) {
        auto db = storage::Database::open(*path, storage::OpenMode::OpenExisting); // just written
        const Status added = db ? demo::DemoReceivedPackages::add(**db, received) : Status(db.error());
        if (!added) {
            err << "demo: " << added.error().message << "\n";
            return 1;
        }
        out << "Added " << received << " more botilbud as received data packages (a consultant's view)\n";
    }
    return 0;
}

} // namespace medsafe::cli
