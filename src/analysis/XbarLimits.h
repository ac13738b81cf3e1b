#pragma once

#include "analysis/PreparedSeries.h"

#include <vector>

namespace medsafe::analysis {

// The subgroup charts: xbar (subgroup means, A3 limits) and s (subgroup standard deviations,
// B3/B4 limits), both with the c4 bias correction. The subgroups themselves are formed by
// SeriesAggregator.
class XbarLimits {
public:
    // Number of distinct ids, i.e. the number of points the grouping will produce.
    static std::size_t countGroups(const std::vector<int>& ids);

    static void compute(const PreparedSeries& series, PartRange part, ChartLines& lines, Scratch& scratch);
    static void computeS(const PreparedSeries& series, PartRange part, ChartLines& lines, Scratch& scratch);

    // c4(k) = sqrt(2 / (k - 1)) * exp(lgamma(k / 2) - lgamma((k - 1) / 2)); NaN for k < 2.
    static double c4(int k);
};

} // namespace medsafe::analysis
