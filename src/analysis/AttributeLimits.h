#pragma once

#include "analysis/PreparedSeries.h"

namespace medsafe::analysis {

// Centre line and limits of the run chart and the count-based charts: run, c, g, u, p,
// and the Laney variants pp (P') and up (U').
class AttributeLimits {
public:
    // Each fills lines for the points of `part` (before multiply).
    static void computeRun(const PreparedSeries& series, PartRange part, ChartLines& lines, Scratch& scratch);
    static void computeC(const PreparedSeries& series, PartRange part, ChartLines& lines, Scratch& scratch);
    static void computeG(const PreparedSeries& series, PartRange part, ChartLines& lines, Scratch& scratch);
    // u, p, pp and up share one routine; the chart type in `series` picks the variant.
    static void computeRate(const PreparedSeries& series, PartRange part, ChartLines& lines, Scratch& scratch);
};

} // namespace medsafe::analysis
