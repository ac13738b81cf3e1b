#include "analysis/XbarLimits.h"

#include "analysis/AccurateStats.h"
#include "analysis/SeriesAggregator.h"

#include <cmath>
#include <limits>

namespace medsafe::analysis {

namespace {
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// Whether the subgroup sizes differ anywhere in the part (all points, not only the base ones):
// this picks the mean SD or the pooled SD, as qicharts2 does.
bool sizesVary(const PreparedSeries& series, PartRange part)
{
    for (std::size_t i = part.first; i <= part.last; ++i) {
        if (series.subgroupSize[i] != series.subgroupSize[part.first])
            return true;
    }
    return false;
}

// The process SD estimate of the part: the mean of the base subgroups' SDs when all sizes are
// equal, otherwise sqrt(Σ(k−1)·SD² / Σ(k−1)). The sums skip missing SDs in the numerator only,
// so an empty base subgroup (k = 0) takes 1 from the denominator, exactly as R's na.rm does.
double sigmaOf(const PreparedSeries& series, PartRange part, Scratch& scratch)
{
    scratch.a.clear();
    scratch.b.clear();
    const bool vary = sizesVary(series, part);
    for (std::size_t i = part.first; i <= part.last; ++i) {
        if (!series.isBase(i))
            continue;
        const double sd = series.subgroupSd[i];
        if (!vary) {
            scratch.a.push_back(sd);
        } else {
            const double dof = series.subgroupSize[i] - 1.0;
            scratch.a.push_back(dof * (sd * sd)); // NaN (skipped) below two observations
            scratch.b.push_back(dof);
        }
    }
    return vary ? std::sqrt(AccurateStats::sum(scratch.a) / AccurateStats::sum(scratch.b))
                : AccurateStats::mean(scratch.a);
}

double c5(int k)
{
    const double c = XbarLimits::c4(k);
    return std::sqrt(1.0 - c * c);
}
} // namespace

std::size_t XbarLimits::countGroups(const std::vector<int>& ids)
{
    return SeriesAggregator::countGroups(ids);
}

double XbarLimits::c4(int k)
{
    if (k < 2)
        return kNaN;
    const double kk = k;
    // The log-gamma difference stays finite for any subgroup size (Gamma overflows past 171).
    return std::sqrt(2.0 / (kk - 1.0)) * std::exp(std::lgamma(kk / 2.0) - std::lgamma((kk - 1.0) / 2.0));
}

void XbarLimits::compute(const PreparedSeries& series, PartRange part, ChartLines& lines, Scratch& scratch)
{
    double grand = kNaN;
    const bool given = hasGivenCentre(series, part);
    if (!given) {
        // The grand mean of the base observations, Σ k_i·mean_i / Σ k_i.
        scratch.a.clear();
        scratch.b.clear();
        for (std::size_t i = part.first; i <= part.last; ++i) {
            if (series.isBase(i)) {
                scratch.a.push_back(series.subgroupSize[i] * series.subgroupMean[i]);
                scratch.b.push_back(series.subgroupSize[i]);
            }
        }
        grand = AccurateStats::sum(scratch.a) / AccurateStats::sum(scratch.b);
    }
    const double sigma = sigmaOf(series, part, scratch);
    for (std::size_t i = part.first; i <= part.last; ++i) {
        const int k = series.subgroupSize[i];
        const double root = c4(k) * std::sqrt(static_cast<double>(k)); // NaN for k < 2
        const double cl = given ? series.givenCl[i] : grand;
        lines.y[i] = series.value[i];
        lines.cl[i] = cl;
        lines.ucl[i] = cl + 3.0 / root * sigma;
        lines.lcl[i] = cl - 3.0 / root * sigma;
        lines.ucl95[i] = cl + 2.0 / root * sigma;
        lines.lcl95[i] = cl - 2.0 / root * sigma;
    }
}

void XbarLimits::computeS(const PreparedSeries& series, PartRange part, ChartLines& lines, Scratch& scratch)
{
    const bool given = hasGivenCentre(series, part);
    const double sigma = given ? kNaN : sigmaOf(series, part, scratch);
    for (std::size_t i = part.first; i <= part.last; ++i) {
        const int k = series.subgroupSize[i];
        const double cl = given ? series.givenCl[i] : sigma;
        // B4 = 1 + z·c5/c4 and B3 = max(0, 1 − z·c5/c4); both NaN for k < 2 (no limits there).
        const auto b3 = [&](double z) {
            const double b = 1.0 - z * c5(k) / c4(k);
            return b < 0.0 ? 0.0 : b;
        };
        lines.y[i] = series.value[i];
        lines.cl[i] = cl;
        lines.ucl[i] = (1.0 + 3.0 * c5(k) / c4(k)) * cl;
        lines.ucl95[i] = (1.0 + 2.0 * c5(k) / c4(k)) * cl;
        lines.lcl[i] = b3(3.0) * cl;
        lines.lcl95[i] = b3(2.0) * cl;
    }
}

} // namespace medsafe::analysis
