#pragma once

#include "analysis/ChartType.h"

#include <cstddef>
#include <vector>

namespace medsafe::analysis {

// Internal working form of a validated input, one entry per plotted point. Inside the engine
// NaN means "missing" (the public types use std::optional); NaN never leaves the engine.
struct PreparedSeries {
    ChartType chart = ChartType::Run;
    std::vector<double> value;       // plotted statistic before multiply: y, y/n or subgroup mean
    std::vector<double> numerator;   // u/p/pp/up: y, NaN where y or n is missing
    std::vector<double> denominator; // u/p/pp/up: n, 0 where y or n is missing (as qicharts2)
    std::vector<int> subgroupSize;   // xbar: non-missing observations per subgroup
    std::vector<double> subgroupSd;  // xbar: SD per subgroup (NaN below two observations)
    std::vector<int> subgroupId;     // xbar: the id the subgroup was grouped by
    std::vector<unsigned char> baseline;
    std::vector<unsigned char> include;

    std::size_t size() const { return value.size(); }
    // Baseline and not excluded: the points that estimate centre line and limits.
    bool isBase(std::size_t i) const { return baseline[i] && include[i]; }
};

// One part's inclusive point range.
struct PartRange {
    std::size_t first = 0;
    std::size_t last = 0;
};

// Copies values[i] of the part's base points, in order, into `out` (cleared first).
inline void collectBase(const PreparedSeries& series, PartRange part, const std::vector<double>& values,
                        std::vector<double>& out)
{
    out.clear();
    for (std::size_t i = part.first; i <= part.last; ++i) {
        if (series.isBase(i))
            out.push_back(values[i]);
    }
}

// The computed lines of the whole series before multiply; NaN = null.
struct ChartLines {
    std::vector<double> y, cl, ucl, lcl, ucl95, lcl95;

    void resize(std::size_t n)
    {
        for (auto* v : {&y, &cl, &ucl, &lcl, &ucl95, &lcl95})
            v->assign(n, 0.0);
    }
};

// Reusable buffers so that analysing many short series does not allocate per part.
struct Scratch {
    std::vector<double> a, b, c;
};

} // namespace medsafe::analysis
