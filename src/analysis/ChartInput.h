#pragma once

#include "analysis/ChartOptions.h"
#include "analysis/RuleSet.h"

#include <optional>
#include <vector>

namespace medsafe::analysis {

// A possibly missing observation. Missing is std::nullopt, never NaN: a NaN or an infinity
// in the input is rejected as bad input, so "missing" has exactly one spelling.
using Value = std::optional<double>;

// Everything the engine needs to compute one chart. Plain values, no ownership tricks.
// All indexes are 0-based point indexes (with subgroup ids: point indexes in ascending id order).
struct ChartInput {
    // Values (run/i/mr/g/t/ip), counts (c, and numerators for u/p/pp/up) or raw observations
    // (xbar, s, or any chart whose periods hold several values).
    std::vector<Value> y;
    // Denominators: required for u/p/pp/up, optional for run/i/mr/ip (then y/n is analysed),
    // empty otherwise. Same length as y when given.
    std::vector<Value> n;
    // The period (subgroup id) of each observation, same length as y: required for xbar and s,
    // optional for the other charts. Observations with the same id form one point; points are
    // ordered by ascending id. Empty: every observation is its own point, in input order.
    std::vector<int> subgroup;
    // How the values of one point are combined when there is no denominator (agg.fun). It is
    // applied to single values too, as qicharts2 does: `Sd` of one value is missing, `Sum` of a
    // missing value is 0.
    Aggregate aggregate = Aggregate::Mean;
    // A known centre line instead of the computed one (qicharts2's `cl`): empty for none, one
    // value for all points, or one per point (missing = none there). A part whose points do not
    // all have one computes its own. In the chart's own units, before multiply (t chart: on the
    // transformed scale, and the g chart draws 0.693 times it, both as qicharts2).
    std::vector<Value> cl;
    // A target line carried into the result unchanged (not multiplied): empty, one value, or one
    // per point.
    std::vector<Value> target;
    // false = qicharts2's y.neg = FALSE: when no plotted value is negative, negative lower limits
    // become 0 (after the signals, which a cut limit cannot change).
    bool allowNegativeLimits = true;
    // Baseline length k: points 0..k-1 set the centre line and limits. Ignored when parts are given.
    std::optional<int> freeze;
    // A new part starts at each index (1..N-1); order and duplicates do not matter.
    std::vector<int> parts;
    // Points left out of centre line, limits and runs analysis (still plotted and tested).
    std::vector<int> exclude;
    // Scales the plotted values, centre line and limits after the computation (e.g. 100 for %).
    double multiply = 1.0;
    RuleSet rules = RuleSet::Anhoej;
    // The Anhøj variant when rules == Anhoej (ignored for IHI).
    RunsMethod method = RunsMethod::Anhoej;
};

} // namespace medsafe::analysis
