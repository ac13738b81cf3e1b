#pragma once

#include "analysis/ChartInput.h"
#include "analysis/PreparedSeries.h"

#include <vector>

namespace medsafe::analysis {

// Turns validated observations into one entry per plotted point, as qicharts2 aggregates the
// rows of one x value: the plotted value (agg.fun, or Σy/Σn with a denominator, Σy for the c
// chart, the SD for the s chart), and the per-point facts the limits need (Σy and Σn of rate
// charts, the ip weight, subgroup size, mean and SD). Without subgroup ids every observation is
// its own point and the result equals the input. Fills everything of `series` but baseline,
// include, givenCl and target.
class SeriesAggregator {
public:
    static void aggregate(ChartType chart, const ChartInput& input, PreparedSeries& series);
    // Number of distinct ids, i.e. the number of points the grouping will produce.
    static std::size_t countGroups(const std::vector<int>& ids);
    // The number of points `input` gives: distinct ids, or one per observation.
    static std::size_t pointCount(const ChartInput& input);
};

} // namespace medsafe::analysis
