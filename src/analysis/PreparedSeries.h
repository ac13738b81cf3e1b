#pragma once

#include "analysis/ChartType.h"

#include <cstddef>
#include <vector>

namespace medsafe::analysis {

// Internal working form of a validated input, one entry per plotted point. Inside the engine
// NaN means "missing" (the public types use std::optional); NaN never leaves the engine.
struct PreparedSeries {
    ChartType chart = ChartType::Run;
    std::vector<double> value;       // plotted statistic before multiply: y, y/n, aggregate, mean or SD
    std::vector<double> numerator;   // u/p/pp/up: Σy of the point, NaN where y or n is missing
    std::vector<double> denominator; // u/p/pp/up: Σn of the point, 0 where y or n is missing (as qicharts2)
    std::vector<double> weight;      // ip: the point's n (Σn, or the number of values without n)
    std::vector<int> subgroupSize;   // with subgroup ids: non-missing observations per point
    std::vector<double> subgroupMean; // xbar: mean per subgroup (NaN when empty)
    std::vector<double> subgroupSd;  // xbar, s: SD per subgroup (NaN below two observations)
    std::vector<int> subgroupId;     // with subgroup ids: the id the point was grouped by
    std::vector<double> givenCl;     // a given centre line per point (NaN = none); empty if none
    std::vector<double> target;      // a given target per point (NaN = none); empty if none
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

// True when a centre line was given for every point of the part (qicharts2 computes its own
// as soon as one is missing).
inline bool hasGivenCentre(const PreparedSeries& series, PartRange part)
{
    if (series.givenCl.empty())
        return false;
    for (std::size_t i = part.first; i <= part.last; ++i) {
        if (series.givenCl[i] != series.givenCl[i]) // NaN: none at this point
            return false;
    }
    return true;
}

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
