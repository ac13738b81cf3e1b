#pragma once

#include "analysis/PreparedSeries.h"

namespace medsafe::analysis {

// Centre line and limits of the charts built on individual values: i, mr, t and ip (Laney's
// I′, individuals weighted by their subgroup sizes).
class IndividualsLimits {
public:
    // Fills lines for the points of `part` (before multiply).
    static void computeI(const PreparedSeries& series, PartRange part, ChartLines& lines, Scratch& scratch);
    static void computeMR(const PreparedSeries& series, PartRange part, ChartLines& lines, Scratch& scratch);
    static void computeT(const PreparedSeries& series, PartRange part, ChartLines& lines, Scratch& scratch);
    static void computeIP(const PreparedSeries& series, PartRange part, ChartLines& lines, Scratch& scratch);
};

} // namespace medsafe::analysis
