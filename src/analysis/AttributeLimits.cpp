#include "analysis/AttributeLimits.h"

#include "analysis/AccurateStats.h"
#include "analysis/MovingRange.h"

#include <cmath>
#include <limits>

namespace medsafe::analysis {

namespace {
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// Lower limits of counts and rates cannot be negative. Non-finite limits (a missing point's
// infinite sigma) are left alone so they come out as null, not as a clipped 0.
double clipLow(double v)
{
    return std::isfinite(v) && v < 0.0 ? 0.0 : v;
}

double clipHigh(double v, double high)
{
    return std::isfinite(v) && v > high ? high : v;
}

// The given centre line at point i when the part has one, else the computed `computed`.
double centreAt(const PreparedSeries& series, bool given, std::size_t i, double computed)
{
    return given ? series.givenCl[i] : computed;
}
} // namespace

void AttributeLimits::computeRun(const PreparedSeries& series, PartRange part, ChartLines& lines, Scratch& scratch)
{
    const bool given = hasGivenCentre(series, part);
    double median = kNaN;
    if (!given) {
        collectBase(series, part, series.value, scratch.a);
        median = AccurateStats::median(scratch.a, scratch.b);
    }
    for (std::size_t i = part.first; i <= part.last; ++i) {
        lines.y[i] = series.value[i];
        lines.cl[i] = centreAt(series, given, i, median);
        lines.ucl[i] = lines.lcl[i] = lines.ucl95[i] = lines.lcl95[i] = kNaN;
    }
}

void AttributeLimits::computeC(const PreparedSeries& series, PartRange part, ChartLines& lines, Scratch& scratch)
{
    const bool given = hasGivenCentre(series, part);
    double mean = kNaN;
    if (!given) {
        collectBase(series, part, series.value, scratch.a);
        mean = AccurateStats::mean(scratch.a);
    }
    for (std::size_t i = part.first; i <= part.last; ++i) {
        const double cl = centreAt(series, given, i, mean);
        const double sigma = std::sqrt(cl);
        lines.y[i] = series.value[i];
        lines.cl[i] = cl;
        lines.ucl[i] = cl + 3.0 * sigma;
        lines.lcl[i] = clipLow(cl - 3.0 * sigma);
        lines.ucl95[i] = cl + 2.0 * sigma;
        lines.lcl95[i] = clipLow(cl - 2.0 * sigma);
    }
}

void AttributeLimits::computeG(const PreparedSeries& series, PartRange part, ChartLines& lines, Scratch& scratch)
{
    // Limits from the geometric model around the mean; the centre line (and so the runs
    // analysis) is the median, because the distribution is strongly skewed. A given centre line
    // is taken as the mean, and the line drawn is 0.693 times it (the geometric median), as
    // qicharts2 does.
    const bool given = hasGivenCentre(series, part);
    double mean = kNaN;
    double median = kNaN;
    if (!given) {
        collectBase(series, part, series.value, scratch.a);
        mean = AccurateStats::mean(scratch.a);
        median = AccurateStats::median(scratch.a, scratch.b);
    }
    for (std::size_t i = part.first; i <= part.last; ++i) {
        const double m = centreAt(series, given, i, mean);
        const double sigma = std::sqrt(m * (m + 1.0));
        lines.y[i] = series.value[i];
        lines.cl[i] = given ? 0.693 * m : median;
        lines.ucl[i] = m + 3.0 * sigma;
        lines.lcl[i] = clipLow(m - 3.0 * sigma);
        lines.ucl95[i] = m + 2.0 * sigma;
        lines.lcl95[i] = clipLow(m - 2.0 * sigma);
    }
}

void AttributeLimits::computeRate(const PreparedSeries& series, PartRange part, ChartLines& lines, Scratch& scratch)
{
    const ChartType chart = series.chart;
    const bool proportion = chart == ChartType::P || chart == ChartType::PP;
    const bool laney = chart == ChartType::PP || chart == ChartType::UP;

    // Pooled rate Σy / Σn over base points (each sum rounded once, as R's sum()).
    const bool given = hasGivenCentre(series, part);
    double pooled = kNaN;
    if (!given) {
        collectBase(series, part, series.numerator, scratch.a);
        const double sumY = AccurateStats::sum(scratch.a);
        collectBase(series, part, series.denominator, scratch.a);
        const double sumN = AccurateStats::sum(scratch.a);
        pooled = sumY / sumN;
    }
    const auto sigmaAt = [&](std::size_t i) {
        const double cl = centreAt(series, given, i, pooled);
        const double spread = proportion ? cl * (1.0 - cl) : cl;
        return std::sqrt(spread / series.denominator[i]);
    };

    double sigmaZ = 1.0;
    if (laney) {
        // Laney: the between-point variation of the standardised values z_i scales every sigma_i.
        scratch.c.clear();
        for (std::size_t i = part.first; i <= part.last; ++i) {
            if (series.isBase(i))
                scratch.c.push_back((series.value[i] - centreAt(series, given, i, pooled)) / sigmaAt(i));
        }
        sigmaZ = MovingRange::screenedSigma(scratch.c, scratch.b);
    }

    for (std::size_t i = part.first; i <= part.last; ++i) {
        // n = 0 marks a missing point: infinite sigma, so its limits come out null.
        const double cl = centreAt(series, given, i, pooled);
        const double sigma = sigmaAt(i) * sigmaZ;
        lines.y[i] = series.value[i];
        lines.cl[i] = cl;
        double ucl = cl + 3.0 * sigma;
        double ucl95 = cl + 2.0 * sigma;
        if (proportion) {
            ucl = clipHigh(ucl, 1.0);
            ucl95 = clipHigh(ucl95, 1.0);
        }
        lines.ucl[i] = ucl;
        lines.ucl95[i] = ucl95;
        lines.lcl[i] = clipLow(cl - 3.0 * sigma);
        lines.lcl95[i] = clipLow(cl - 2.0 * sigma);
    }
}

} // namespace medsafe::analysis
