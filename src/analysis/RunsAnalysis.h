#pragma once

#include "analysis/ChartOptions.h"
#include "analysis/PartSummary.h"
#include "analysis/RuleSet.h"

#include <span>

namespace medsafe::analysis {

// The runs analysis of one part: counts runs, crossings and trends over the part's included
// points and applies the chosen rule set. Stateless; all work happens in evaluate().
class RunsAnalysis {
public:
    // `values` are the included points of the part in order (excluded points already removed,
    // NaN = missing), before multiply, and `centreLines` the centre line at each of them (the
    // same length; constant unless a varying centre line was given).
    // Fills nObs, nUseful, the Anhøj and IHI facts and the verdict flags of `summary`; `method`
    // picks the Anhøj variant (best box, cut box) when `rules` is Anhoej.
    // `forceNoSignal` keeps every verdict false (the mr chart) while still reporting the facts.
    static void evaluate(std::span<const double> values, std::span<const double> centreLines, RuleSet rules,
                         RunsMethod method, bool forceNoSignal, PartSummary& summary);
};

} // namespace medsafe::analysis
