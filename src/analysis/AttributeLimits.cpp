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

void fillConstant(PartRange part, ChartLines& lines, const std::vector<double>& y, double cl, double ucl,
                  double lcl, double ucl95, double lcl95)
{
    for (std::size_t i = part.first; i <= part.last; ++i) {
        lines.y[i] = y[i];
        lines.cl[i] = cl;
        lines.ucl[i] = ucl;
        lines.lcl[i] = lcl;
        lines.ucl95[i] = ucl95;
        lines.lcl95[i] = lcl95;
    }
}
} // namespace

void AttributeLimits::computeRun(const PreparedSeries& series, PartRange part, ChartLines& lines, Scratch& scratch)
{
    collectBase(series, part, series.value, scratch.a);
    const double cl = AccurateStats::median(scratch.a, scratch.b);
    fillConstant(part, lines, series.value, cl, kNaN, kNaN, kNaN, kNaN);
}

void AttributeLimits::computeC(const PreparedSeries& series, PartRange part, ChartLines& lines, Scratch& scratch)
{
    collectBase(series, part, series.value, scratch.a);
    const double cl = AccurateStats::mean(scratch.a);
    const double sigma = std::sqrt(cl);
    fillConstant(part, lines, series.value, cl, cl + 3.0 * sigma, clipLow(cl - 3.0 * sigma), cl + 2.0 * sigma,
                 clipLow(cl - 2.0 * sigma));
}

void AttributeLimits::computeG(const PreparedSeries& series, PartRange part, ChartLines& lines, Scratch& scratch)
{
    collectBase(series, part, series.value, scratch.a);
    // Limits from the geometric model around the mean; the centre line (and so the runs
    // analysis) is the median, because the distribution is strongly skewed.
    const double m = AccurateStats::mean(scratch.a);
    const double sigma = std::sqrt(m * (m + 1.0));
    const double median = AccurateStats::median(scratch.a, scratch.b);
    fillConstant(part, lines, series.value, median, m + 3.0 * sigma, clipLow(m - 3.0 * sigma), m + 2.0 * sigma,
                 clipLow(m - 2.0 * sigma));
}

void AttributeLimits::computeRate(const PreparedSeries& series, PartRange part, ChartLines& lines, Scratch& scratch)
{
    const ChartType chart = series.chart;
    const bool proportion = chart == ChartType::P || chart == ChartType::PP;
    const bool laney = chart == ChartType::PP || chart == ChartType::UP;

    // Pooled rate Σy / Σn over base points (each sum rounded once, as R's sum()).
    collectBase(series, part, series.numerator, scratch.a);
    const double sumY = AccurateStats::sum(scratch.a);
    collectBase(series, part, series.denominator, scratch.a);
    const double sumN = AccurateStats::sum(scratch.a);
    const double cl = sumY / sumN;
    const double spread = proportion ? cl * (1.0 - cl) : cl;

    double sigmaZ = 1.0;
    if (laney) {
        // Laney: the between-point variation of the standardised values z_i scales every sigma_i.
        scratch.c.clear();
        for (std::size_t i = part.first; i <= part.last; ++i) {
            if (series.isBase(i)) {
                const double sigmaI = std::sqrt(spread / series.denominator[i]);
                scratch.c.push_back((series.value[i] - cl) / sigmaI);
            }
        }
        sigmaZ = MovingRange::screenedSigma(scratch.c, scratch.b);
    }

    for (std::size_t i = part.first; i <= part.last; ++i) {
        // n = 0 marks a missing point: infinite sigma, so its limits come out null.
        const double sigma = std::sqrt(spread / series.denominator[i]) * sigmaZ;
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
