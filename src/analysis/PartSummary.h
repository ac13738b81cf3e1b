#pragma once

#include "analysis/ChartInput.h"
#include "analysis/RuleSet.h"

#include <optional>

namespace medsafe::analysis {

enum class RunSide { None, Above, Below };
enum class TrendDirection { None, Increasing, Decreasing };

// The facts behind the runs verdict of one part, plus its averaged lines (qicharts2's summary()).
// The integer facts are nullopt when the part has no useful observation.
struct PartSummary {
    static constexpr int kIhiShiftLimit = 6; // IHI: a shift is 6 or more points on one side
    static constexpr int kIhiTrendLimit = 5; // IHI: a trend is 5 or more points up or down

    int part = 0;
    int first = 0; // 0-based, inclusive
    int last = 0;  // 0-based, inclusive
    int nObs = 0;    // included points, missing values counted
    int nUseful = 0; // included points neither missing nor exactly on the centre line

    // Anhøj facts (always computed; they are also the IHI "shift" facts).
    std::optional<int> longestRun;
    std::optional<int> longestRunMax;
    std::optional<int> nCrossings;
    std::optional<int> nCrossingsMin;
    RunSide longestRunSide = RunSide::None; // side of the (first) longest run

    // IHI trend facts (always computed over included, non-missing points).
    std::optional<int> longestTrend;
    TrendDirection longestTrendDirection = TrendDirection::None;

    // Verdict of the active rule set (ChartResult::rules). False for every mr chart.
    bool runsSignal = false;
    // Which rule of the active set fired; the flags of the inactive set stay false.
    bool longRunSignal = false;   // Anhøj: longestRun > longestRunMax
    bool crossingsSignal = false; // Anhøj: nCrossings < nCrossingsMin
    bool shiftSignal = false;     // IHI: longestRun >= kIhiShiftLimit
    bool trendSignal = false;     // IHI: longestTrend >= kIhiTrendLimit
    // Best box / cut box (RunsMethod): the pair (crossings, longest run) lies outside the box.
    // The box replaces the two Anhøj tests, so longRunSignal and crossingsSignal stay false then.
    bool boxSignal = false;

    int sigmaSignalCount = 0;

    // Averages over the part's points, nulls skipped; nullopt if every value was null.
    Value meanCl;
    Value meanLcl;
    Value meanUcl;
    Value meanLcl95;
    Value meanUcl95;
};

} // namespace medsafe::analysis
