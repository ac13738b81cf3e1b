#pragma once

#include "cli/SeriesRequest.h"

#include <QString>

#include <string>

namespace medsafe::cli {

// The result of one series: the JSON document, or why the series could not be analysed.
struct SeriesOutcome {
    bool ok = false;
    std::string json; // {"id", "outputs"[, "explanation"]}, ending in a newline
    QString error;    // a translated message (ok == false)
};

// Runs one series of `analyze` through the engine: orders the rows by x (numbers or ISO dates,
// as qicharts2 sorts), groups repeated x values into one point (agg.fun), applies the options
// and writes the result in the reference case format: ChartResultJson for qic charts,
// ExtraChartJson for bchart and pareto. Shared by the single-file and the batch mode of the
// command, so both give the same numbers. Stateless; any thread.
class SeriesAnalysis {
public:
    // `compact` writes the document on one line (JSON Lines); otherwise indented as the case
    // files. `explain` adds the plain-language sentences (domain::SignalExplanation).
    static SeriesOutcome run(SeriesRequest request, bool explain, bool compact);
};

} // namespace medsafe::cli
