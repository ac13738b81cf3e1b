#pragma once

#include <optional>
#include <string_view>

namespace medsafe::analysis {

// How several values that fall in one period (one subgroup id) become the plotted value of a
// chart without a denominator: qicharts2's `agg.fun`. With a denominator the value is always
// Σy / Σn; the c chart always sums; xbar and s use the subgroup mean and SD for their lines.
enum class Aggregate { Mean, Median, Sum, Sd };

// Which test of the Anhøj runs analysis decides the runs signal (qicharts2's `method`).
// Anhoej: longest run > round(log2 n) + 3 or crossings < qbinom(0.05, n - 1, 0.5).
// BestBox / CutBox: the joint bounds of Anhøj & Wentzel-Larsen (2020), tabulated for
// 10..100 useful points; outside that range the Anhøj test is used, as in qicharts2.
enum class RunsMethod { Anhoej, BestBox, CutBox };

// "mean", "median", "sum", "sd".
std::string_view toString(Aggregate aggregate);
std::optional<Aggregate> aggregateFromString(std::string_view text);
// "anhoej", "bestbox", "cutbox".
std::string_view toString(RunsMethod method);
std::optional<RunsMethod> runsMethodFromString(std::string_view text);

} // namespace medsafe::analysis
