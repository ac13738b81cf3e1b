#include "analysis/IndividualsLimits.h"

#include "analysis/AccurateStats.h"
#include "analysis/MovingRange.h"

#include <cmath>
#include <limits>
#include <numbers>

namespace medsafe::analysis {

namespace {
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
// The t chart's power transform (Nelson): y^(1/3.6) is roughly symmetric for exponential gaps.
constexpr double kTPower = 3.6;
// The ip chart screens its scaled ranges with 3.2665 (qicharts2), not the 3.267 of the others.
constexpr double kIpScreen = 3.2665;

// Centre line per point and sigma of an i chart over `values` (indexed by point, this part
// only): the given centre line where there is one for the whole part, else the base mean.
// The moving ranges are taken of the deviations from the centre line over the base points, as
// qicharts2 does, so a varying given centre line is followed.
double individualsSigma(const PreparedSeries& series, PartRange part, const std::vector<double>& values,
                        std::vector<double>& cl, Scratch& scratch)
{
    const bool given = hasGivenCentre(series, part);
    double mean = kNaN;
    if (!given) {
        collectBase(series, part, values, scratch.a);
        mean = AccurateStats::mean(scratch.a);
    }
    scratch.a.clear();
    for (std::size_t i = part.first; i <= part.last; ++i) {
        cl[i] = given ? series.givenCl[i] : mean;
        if (series.isBase(i))
            scratch.a.push_back(values[i] - cl[i]);
    }
    return MovingRange::screenedSigma(scratch.a, scratch.b);
}
} // namespace

void IndividualsLimits::computeI(const PreparedSeries& series, PartRange part, ChartLines& lines, Scratch& scratch)
{
    const double sigma = individualsSigma(series, part, series.value, lines.cl, scratch);
    for (std::size_t i = part.first; i <= part.last; ++i) {
        const double cl = lines.cl[i];
        lines.y[i] = series.value[i];
        // No clipping: an i chart's lower limit may be negative.
        lines.ucl[i] = cl + 3.0 * sigma;
        lines.lcl[i] = cl - 3.0 * sigma;
        lines.ucl95[i] = cl + 2.0 * sigma;
        lines.lcl95[i] = cl - 2.0 * sigma;
    }
}

void IndividualsLimits::computeMR(const PreparedSeries& series, PartRange part, ChartLines& lines, Scratch& scratch)
{
    // The plotted ranges use every point of the part, excluded ones too; only the centre line
    // is restricted to base points. So excluding point k drops MR_k but keeps MR_(k+1).
    lines.y[part.first] = kNaN;
    for (std::size_t i = part.first + 1; i <= part.last; ++i)
        lines.y[i] = std::fabs(series.value[i] - series.value[i - 1]);
    const bool given = hasGivenCentre(series, part);
    double mean = kNaN;
    if (!given) {
        collectBase(series, part, lines.y, scratch.a);
        mean = AccurateStats::mean(scratch.a);
    }
    for (std::size_t i = part.first; i <= part.last; ++i) {
        const double cl = given ? series.givenCl[i] : mean;
        lines.cl[i] = cl;
        lines.ucl[i] = MovingRange::kD4 * cl;
        lines.lcl[i] = 0.0;
        lines.ucl95[i] = MovingRange::kD4 / 3.0 * 2.0 * cl;
        lines.lcl95[i] = 0.0;
    }
}

void IndividualsLimits::computeT(const PreparedSeries& series, PartRange part, ChartLines& lines, Scratch& scratch)
{
    // Work on the transformed values, then bring every line back with ^3.6. A given centre line
    // is taken on the transformed scale (qicharts2 hands it unchanged to its i chart).
    std::vector<double>& z = scratch.c;
    z.resize(series.size()); // only this part's entries are written and read
    for (std::size_t i = part.first; i <= part.last; ++i)
        z[i] = std::pow(series.value[i], 1.0 / kTPower);
    const double sigmaZ = individualsSigma(series, part, z, lines.cl, scratch);
    for (std::size_t i = part.first; i <= part.last; ++i) {
        const double clZ = lines.cl[i];
        const double lclZ = clZ - 3.0 * sigmaZ;
        const double lcl95Z = clZ - 2.0 * sigmaZ;
        lines.y[i] = std::pow(z[i], kTPower);
        lines.cl[i] = std::pow(clZ, kTPower);
        lines.ucl[i] = std::pow(clZ + 3.0 * sigmaZ, kTPower);
        lines.ucl95[i] = std::pow(clZ + 2.0 * sigmaZ, kTPower);
        // Deliberately asymmetric, as qicharts2: every lcl without a finite back-transform (a
        // negative transformed lcl, or no sigma at all: constant data, a one-point part) becomes
        // 0, while a negative transformed lcl_95 has no back-transform and stays null.
        lines.lcl[i] = !(lclZ >= 0.0) ? 0.0 : std::pow(lclZ, kTPower);
        lines.lcl95[i] = lcl95Z < 0.0 ? kNaN : std::pow(lcl95Z, kTPower);
    }
}

void IndividualsLimits::computeIP(const PreparedSeries& series, PartRange part, ChartLines& lines, Scratch& scratch)
{
    const std::vector<double>& n = series.weight;
    // Centre line: the n-weighted mean of the base values, Σ y·n / Σ n (missing values skipped).
    const bool given = hasGivenCentre(series, part);
    double weighted = kNaN;
    if (!given) {
        scratch.a.clear();
        scratch.b.clear();
        for (std::size_t i = part.first; i <= part.last; ++i) {
            if (series.isBase(i)) {
                scratch.a.push_back(series.value[i] * n[i]);
                scratch.b.push_back(n[i]);
            }
        }
        weighted = AccurateStats::sum(scratch.a) / AccurateStats::sum(scratch.b);
    }
    // Sigma: consecutive differences scaled by their standard error, s_j = sqrt(pi/2)·|Δy| /
    // sqrt(1/n_j + 1/n_(j+1)), averaged and screened once. qicharts2 takes them over every point
    // of the part, baseline or not, excluded or not, and so does this.
    std::vector<double>& s = scratch.c;
    s.clear();
    const double rootHalfPi = std::sqrt(std::numbers::pi / 2.0);
    for (std::size_t i = part.first + 1; i <= part.last; ++i) {
        const double d1 = std::fabs(series.value[i] - series.value[i - 1]);
        const double d2 = std::sqrt(1.0 / n[i - 1] + 1.0 / n[i]);
        s.push_back(rootHalfPi * d1 / d2);
    }
    const double cut = AccurateStats::mean(s) * kIpScreen;
    std::size_t kept = 0;
    for (double v : s) {
        // NaN ranges survive R's s[s < uls] as NA and are skipped by the mean afterwards.
        if (std::isnan(v) || v < cut)
            s[kept++] = v;
    }
    s.resize(kept);
    const double as = AccurateStats::mean(s);
    for (std::size_t i = part.first; i <= part.last; ++i) {
        const double cl = given ? series.givenCl[i] : weighted;
        const double sigma = as * std::sqrt(1.0 / n[i]); // n = 0 (missing): infinite, so null limits
        lines.y[i] = series.value[i];
        lines.cl[i] = cl;
        lines.ucl[i] = cl + 3.0 * sigma;
        lines.lcl[i] = cl - 3.0 * sigma;
        lines.ucl95[i] = cl + 2.0 * sigma;
        lines.lcl95[i] = cl - 2.0 * sigma;
    }
}

} // namespace medsafe::analysis
