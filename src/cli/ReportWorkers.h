#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QTextStream>
#include <optional>

namespace medsafe::cli {

// `report --all` on several cores. Qt Charts and QTextDocument lay out and paint on the GUI
// thread only, so the work is split over processes, not threads: the command runs itself again
// `jobs` times with `--part I/N`, each worker writing every N-th botilbud's PDF through its own
// read-only connection, and the parent waits for all and adds up what they wrote.
class ReportWorkers {
    Q_DECLARE_TR_FUNCTIONS(ReportWorkers)

public:
    // The worker's share: botilbud number i (0-based, in the database's order) when i % N == I.
    struct Part {
        int index = 0;
        int count = 1;
        bool includes(int botilbudIndex) const { return botilbudIndex % count == index; }
    };
    // "I/N" with 0 <= I < N; nothing (after printing why) when malformed.
    static std::optional<Part> parsePart(const QString& text);
    // One worker per core, at most 8; 1 where the count is unknown.
    static int defaultJobs();

    // Runs the workers with the command line the CLI was started with (`--jobs` dropped,
    // `--part I/N` added) and relays their output. Returns the exit code for the parent: 0 when
    // every worker wrote every report. `serverPassword` (a password the parent asked for) goes
    // to the workers in their environment (PGPASSWORD), so they do not ask again.
    static int run(int jobs, const QString& serverPassword, QTextStream& out, QTextStream& err);
};

} // namespace medsafe::cli
