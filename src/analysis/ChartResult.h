#pragma once

#include "analysis/ChartPoint.h"
#include "analysis/ChartType.h"
#include "analysis/PartSummary.h"
#include "analysis/RuleSet.h"

#include <vector>

namespace medsafe::analysis {

// The complete outcome of one successful analysis: one ChartPoint per plotted point (in order)
// and one PartSummary per part. Owns plain values only, so it is cheap to copy between threads.
struct ChartResult {
    ChartType chart = ChartType::Run;
    RuleSet rules = RuleSet::Anhoej;
    RunsMethod method = RunsMethod::Anhoej;
    double multiply = 1.0;
    bool hasTarget = false; // a target was given (points carry it)
    std::vector<ChartPoint> points;
    std::vector<PartSummary> parts;
};

} // namespace medsafe::analysis
