#pragma once

#include "analysis/AnalysisError.h"
#include "analysis/ChartInput.h"
#include "analysis/ChartResult.h"
#include "analysis/ChartType.h"

#include <variant>

namespace medsafe::analysis {

// Either a result or an error; the engine never throws for bad input.
using AnalysisOutcome = std::variant<ChartResult, AnalysisError>;

// The entry point of the engine: validates the input, computes centre line, limits and
// signals for every part, and runs the chosen runs rules. Stateless and thread-safe; it
// reproduces qicharts2 0.8.1 (see docs/analysis.md for the rules and the deviations).
class ChartAnalyzer {
public:
    static AnalysisOutcome analyze(ChartType chart, const ChartInput& input);
};

} // namespace medsafe::analysis
