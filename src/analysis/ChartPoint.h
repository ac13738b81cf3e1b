#pragma once

#include "analysis/ChartInput.h"

#include <optional>

namespace medsafe::analysis {

// One plotted point of a chart. Lines and values are nullopt where they are missing or where
// the computation gives no finite number (qicharts2's NA/NaN/Inf); never NaN or infinity.
struct ChartPoint {
    int index = 0;         // 0-based point index
    Value y;               // plotted statistic after multiply
    Value cl;              // centre line
    Value ucl;             // upper 3-sigma limit
    Value lcl;             // lower 3-sigma limit
    Value ucl95;           // upper 2-sigma limit
    Value lcl95;           // lower 2-sigma limit
    bool sigmaSignal = false; // y outside the 3-sigma limits (strictly)
    bool runsSignal = false;  // the runs rules fired in this point's part
    int part = 0;             // 0-based part number
    bool baseline = true;     // inside the freeze period
    bool include = true;      // false for excluded points
    Value target;             // the given target at this point (never multiplied); nullopt if none
    std::optional<int> subgroupSize; // xbar and s: non-missing observations in the subgroup
    std::optional<int> subgroupId;   // with subgroup ids: the id the point was grouped by
};

} // namespace medsafe::analysis
