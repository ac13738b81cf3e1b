#include "analysis/RunsThresholds.h"

#include <algorithm>
#include <array>
#include <cfloat>
#include <cmath>

namespace medsafe::analysis {

namespace {
constexpr int kCachedUseful = 1024;

struct ThresholdTable {
    std::array<int, kCachedUseful + 1> runMax{};
    std::array<int, kCachedUseful + 1> crossMin{};
};

const ThresholdTable& table()
{
    // Built once (thread-safe static initialisation): charts of up to 1024 useful points,
    // i.e. every real chart, then cost one lookup per part.
    static const ThresholdTable t = [] {
        ThresholdTable built;
        for (int n = 1; n <= kCachedUseful; ++n) {
            built.runMax[static_cast<std::size_t>(n)] = static_cast<int>(std::lround(std::log2(static_cast<double>(n)))) + 3;
            built.crossMin[static_cast<std::size_t>(n)] = RunsThresholds::binomialHalfQuantile(0.05, n - 1);
        }
        return built;
    }();
    return t;
}
} // namespace

int RunsThresholds::longestRunMax(int nUseful)
{
    if (nUseful >= 1 && nUseful <= kCachedUseful)
        return table().runMax[static_cast<std::size_t>(nUseful)];
    // log2 of an integer never ends exactly in .5, so the rounding mode does not matter.
    return static_cast<int>(std::lround(std::log2(static_cast<double>(std::max(nUseful, 1))))) + 3;
}

int RunsThresholds::crossingsMin(int nUseful)
{
    if (nUseful >= 1 && nUseful <= kCachedUseful)
        return table().crossMin[static_cast<std::size_t>(nUseful)];
    return binomialHalfQuantile(0.05, std::max(nUseful, 1) - 1);
}

int RunsThresholds::binomialHalfQuantile(double p, int trials)
{
    if (trials <= 0)
        return 0;
    // R nudges p down by 64 ulps so that a cumulative probability equal to p up to rounding
    // still counts as reaching it; doing the same keeps the quantile identical to qbinom().
    const long double target = static_cast<long double>(p) * (1.0L - 64.0L * DBL_EPSILON);
    const long double m = trials;
    // Start far enough below the mean that the skipped lower tail is negligible (< 1e-20),
    // but never so far that 2^-m underflows: exact from k = 0 for small m.
    int k = 0;
    long double pmf = 0.0L;
    if (trials <= 4000) {
        pmf = std::ldexp(1.0L, -trials); // P(X = 0) = 2^-m, exact
    } else {
        const long double sigma = std::sqrt(m) / 2.0L;
        k = std::max(0, static_cast<int>(std::floor(m / 2.0L - 12.0L * sigma)));
        const long double kk = k;
        pmf = std::exp(std::lgamma(m + 1.0L) - std::lgamma(kk + 1.0L) - std::lgamma(m - kk + 1.0L) - m * std::log(2.0L));
    }
    long double cdf = pmf;
    while (cdf < target && k < trials) {
        // P(X = k + 1) = P(X = k) * (m - k) / (k + 1): exact enough in long double.
        pmf = pmf * (m - static_cast<long double>(k)) / static_cast<long double>(k + 1);
        ++k;
        cdf += pmf;
    }
    return k;
}

} // namespace medsafe::analysis
