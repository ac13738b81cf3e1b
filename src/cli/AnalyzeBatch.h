#pragma once

#include "cli/SeriesRequest.h"

#include <QByteArray>
#include <QString>
#include <QTextStream>

namespace medsafe::cli {

// `analyze --batch`: many series in one run, so a script analysing thousands of series pays
// the program's start-up once. Reads JSON Lines (one series per line, SeriesJson's batch
// shape) or a long CSV file (series,x,y[,n[,chart]], SeriesCsv::readLong); the format is told
// by the first character ('{' = JSON Lines). Writes one JSON document per series and line, in
// input order: the result ({"id", "outputs"[, "explanation"]}) or {"id", "line", "error"} for a
// series that could not be analysed, which does not stop the others. Main thread.
class AnalyzeBatch {
public:
    // `defaults` carries the chart and options of the command line, which a batch line's own
    // "chart" and "options" override. Returns the exit code: 0 when every series was analysed,
    // 1 when any failed (a count goes to `err`).
    static int run(const QByteArray& input, const SeriesRequest& defaults, bool explain, QTextStream& out,
                   QTextStream& err);
};

} // namespace medsafe::cli
