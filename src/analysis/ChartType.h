#pragma once

#include <optional>
#include <string_view>

namespace medsafe::analysis {

// The chart types the engine computes. Names follow qicharts2 ("run", "i", "pp", ...), so a
// chart stored or typed as text reads the same as in the reference package.
// S is the subgroup standard deviation chart beside Xbar; IP is Laney's I' (individuals adjusted
// for varying subgroup sizes).
enum class ChartType { Run, I, MR, C, U, P, G, T, Xbar, PP, UP, S, IP };

// "run", "i", "mr", "c", "u", "p", "g", "t", "xbar", "pp", "up", "s", "ip".
std::string_view toString(ChartType type);
// Accepts the names above, case-insensitively; nullopt for anything else.
std::optional<ChartType> chartTypeFromString(std::string_view text);

// u, p, pp and up need a denominator for every point.
bool requiresDenominator(ChartType type);
// run, i, mr and ip may take a denominator: the analysed value is then y / n (a ratio run chart;
// ip also weighs each point by its n).
bool acceptsDenominator(ChartType type);
// Charts that have control limits (everything but the run chart).
bool hasControlLimits(ChartType type);
// xbar and s are drawn from subgroups of raw measurements and need a subgroup id per observation.
bool requiresSubgroups(ChartType type);
// Charts whose centre line is a median (run, g); the others use a mean or pooled rate.
bool centreLineIsMedian(ChartType type);

} // namespace medsafe::analysis
