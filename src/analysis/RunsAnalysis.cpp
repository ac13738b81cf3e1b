#include "analysis/RunsAnalysis.h"

#include "analysis/RunsBoxBounds.h"
#include "analysis/RunsThresholds.h"

#include <cmath>

namespace medsafe::analysis {

namespace {
// Longest streak of strictly rising or falling values. Equal neighbours are skipped
// (they neither break nor extend a trend), as in the IHI convention.
void countTrend(std::span<const double> values, PartSummary& summary)
{
    bool any = false;
    double previous = 0.0;
    int direction = 0; // +1 rising, -1 falling, 0 not yet known
    int length = 0;
    int longest = 0;
    int longestDirection = 0;
    for (double v : values) {
        if (std::isnan(v))
            continue;
        if (!any) {
            any = true;
            previous = v;
            length = 1;
            longest = 1;
            continue;
        }
        if (v == previous)
            continue;
        const int step = v > previous ? 1 : -1;
        length = step == direction ? length + 1 : 2;
        direction = step;
        previous = v;
        if (length > longest) {
            longest = length;
            longestDirection = direction;
        }
    }
    if (!any)
        return;
    summary.longestTrend = longest;
    summary.longestTrendDirection = longestDirection > 0   ? TrendDirection::Increasing
                                    : longestDirection < 0 ? TrendDirection::Decreasing
                                                           : TrendDirection::None;
}
} // namespace

void RunsAnalysis::evaluate(std::span<const double> values, std::span<const double> centreLines, RuleSet rules,
                            RunsMethod method, bool forceNoSignal, PartSummary& summary)
{
    summary.nObs = static_cast<int>(values.size());
    int useful = 0;
    int crossings = 0;
    int run = 0;
    int longest = 0;
    int side = 0; // +1 above, -1 below
    int longestSide = 0;
    for (std::size_t i = 0; i < values.size(); ++i) {
        const double v = values[i];
        const double centreLine = centreLines[i];
        // Missing points, points without a centre line and points exactly on it neither break
        // nor extend a run.
        if (std::isnan(v) || std::isnan(centreLine) || v == centreLine)
            continue;
        const int s = v > centreLine ? 1 : -1;
        if (useful > 0 && s != side) {
            ++crossings;
            run = 0;
        }
        side = s;
        ++run;
        ++useful;
        if (run > longest) {
            longest = run;
            longestSide = side;
        }
    }
    summary.nUseful = useful;
    countTrend(values, summary);
    if (useful > 0) {
        summary.longestRun = longest;
        summary.longestRunMax = RunsThresholds::longestRunMax(useful);
        summary.nCrossings = crossings;
        summary.nCrossingsMin = RunsThresholds::crossingsMin(useful);
        summary.longestRunSide = longestSide > 0 ? RunSide::Above : RunSide::Below;
    }
    if (forceNoSignal)
        return;
    if (rules == RuleSet::Anhoej) {
        const bool box = method != RunsMethod::Anhoej && RunsBoxBounds::forUseful(useful).has_value();
        if (box) {
            summary.boxSignal = RunsBoxBounds::signal(method, useful, crossings, longest);
        } else if (useful > 0) {
            summary.longRunSignal = longest > *summary.longestRunMax;
            summary.crossingsSignal = crossings < *summary.nCrossingsMin;
        }
        summary.runsSignal = summary.longRunSignal || summary.crossingsSignal || summary.boxSignal;
    } else {
        summary.shiftSignal = useful > 0 && longest >= PartSummary::kIhiShiftLimit;
        summary.trendSignal = summary.longestTrend && *summary.longestTrend >= PartSummary::kIhiTrendLimit;
        summary.runsSignal = summary.shiftSignal || summary.trendSignal;
    }
}

} // namespace medsafe::analysis
