#pragma once

#include "analysis/RuleSet.h"

#include <optional>
#include <vector>

namespace medsafe::analysis {

// A possibly missing observation. Missing is std::nullopt, never NaN: a NaN or an infinity
// in the input is rejected as bad input, so "missing" has exactly one spelling.
using Value = std::optional<double>;

// Everything the engine needs to compute one chart. Plain values, no ownership tricks.
// All indexes are 0-based point indexes (for xbar: subgroup indexes, in ascending id order).
struct ChartInput {
    // Values (run/i/mr/g/t), counts (c, and numerators for u/p/pp/up) or raw observations (xbar).
    std::vector<Value> y;
    // Denominators: required for u/p/pp/up, optional for run/i/mr (then y/n is analysed),
    // empty otherwise. Same length as y when given.
    std::vector<Value> n;
    // xbar only: the subgroup id of each raw observation (same length as y). Observations with
    // the same id form one point; points are ordered by ascending id.
    std::vector<int> subgroup;
    // Baseline length k: points 0..k-1 set the centre line and limits. Ignored when parts are given.
    std::optional<int> freeze;
    // A new part starts at each index (1..N-1); order and duplicates do not matter.
    std::vector<int> parts;
    // Points left out of centre line, limits and runs analysis (still plotted and tested).
    std::vector<int> exclude;
    // Scales the plotted values, centre line and limits after the computation (e.g. 100 for %).
    double multiply = 1.0;
    RuleSet rules = RuleSet::Anhoej;
};

} // namespace medsafe::analysis
