#pragma once

#include "analysis/ChartInput.h"
#include "analysis/PreparedSeries.h"

#include <vector>

namespace medsafe::analysis {

// The xbar chart: groups raw observations into subgroups and computes the subgroup means'
// centre line and limits (A3 with the c4 bias correction).
class XbarLimits {
public:
    // Fills value, subgroupSize, subgroupSd and subgroupId of `series`, one entry per distinct
    // id in ascending order. `y` and `ids` have equal length (validated by the caller).
    static void group(const std::vector<Value>& y, const std::vector<int>& ids, PreparedSeries& series);
    // Number of distinct ids, i.e. the number of points the grouping will produce.
    static std::size_t countGroups(const std::vector<int>& ids);

    static void compute(const PreparedSeries& series, PartRange part, ChartLines& lines, Scratch& scratch);

    // c4(k) = sqrt(2 / (k - 1)) * Gamma(k / 2) / Gamma((k - 1) / 2); NaN for k < 2.
    static double c4(int k);
};

} // namespace medsafe::analysis
